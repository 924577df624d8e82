"""The sample module in a strict SCORM 1.2 LMS: what the LMS receives, not only what shows."""

from __future__ import annotations

import re

import pytest
from fake_lms import LMS, publish
from learner import (
    answer,
    check,
    current_page,
    go_next,
    json_of,
    keys_on_page,
    play_through,
    questions,
)
from sample_modules import big_module, kinds_module

from authoring.settings import CompletionKind, NavigationMode

TIMESPAN = re.compile(r"^\d{4}:\d{2}:\d{2}\.\d{2}$")


def finish_calls(calls: list[dict]) -> list[str]:
    return [c["fn"] for c in calls if c["fn"] in ("LMSCommit", "LMSFinish")]


def test_learner_who_answers_everything_right_passes_with_full_score(page, site, sample_doc):
    lms = LMS(page, site, "1.2", publish(site, sample_doc, "scorm12"))
    play_through(lms.frame, correct=True)
    assert lms.frame.is_visible(".k-results.is-passed")
    sent = lms.sets()
    assert sent["cmi.core.lesson_status"] == "passed"
    assert sent["cmi.core.score.raw"] == "100"
    assert (sent["cmi.core.score.min"], sent["cmi.core.score.max"]) == ("0", "100")
    lms.close()

    calls = lms.calls()
    assert lms.violations() == []
    assert [c["fn"] for c in calls].count("LMSFinish") == 1
    assert [c["fn"] for c in calls][-2:] == ["LMSCommit", "LMSFinish"]
    sent = lms.sets()
    assert sent["cmi.core.exit"] == ""
    assert TIMESPAN.match(sent["cmi.core.session_time"])
    first_status = next(
        c for c in calls if c["fn"] == "LMSSetValue" and c["args"][0] == "cmi.core.lesson_status"
    )
    assert first_status["args"][1] == "incomplete"  # never "not attempted"
    # Commits are batched: far fewer than values written.
    n_sets = sum(c["fn"] == "LMSSetValue" for c in calls)
    assert [c["fn"] for c in calls].count("LMSCommit") < n_sets / 4


def test_interactions_reach_the_lms_in_scorm12_formats(page, site, sample_doc):
    lms = LMS(page, site, "1.2", publish(site, sample_doc, "scorm12"))
    play_through(lms.frame, correct=True)
    lms.close()
    store = lms.store()
    count = len([k for k in store if re.match(r"cmi\.interactions\.\d+\.id$", k)])
    data = questions(lms.frame) if lms.frame else None
    assert count == 8
    ids = [store[f"cmi.interactions.{n}.id"] for n in range(count)]
    assert len(set(ids)) == count and all(re.match(r"^[qb]-[0-9a-z]+$", i) for i in ids)
    types = {store[f"cmi.interactions.{n}.type"] for n in range(count)}
    assert types == {"choice", "true-false", "fill-in", "matching", "numeric"}
    for n in range(count):
        assert store[f"cmi.interactions.{n}.result"] == "correct"
        response = store[f"cmi.interactions.{n}.student_response"]
        kind = store[f"cmi.interactions.{n}.type"]
        if kind == "true-false":
            assert response in ("t", "f")
        if kind == "choice":
            assert re.match(r"^[0-9a-z](,[0-9a-z])*$", response)
        if kind == "matching":
            assert re.match(r"^[1-9a-z]\.[a-z](,[1-9a-z]\.[a-z])*$", response)
        if kind == "numeric":
            assert response == "15"
        assert re.match(r"^\d{4}:\d{2}:\d{2}\.\d{2}$", store[f"cmi.interactions.{n}.latency"])
    assert data is None  # the frame is gone; nothing more can be asked of the player


def test_learner_who_answers_wrongly_fails_and_can_come_back(page, site, sample_doc):
    lms = LMS(page, site, "1.2", publish(site, sample_doc, "scorm12"))
    play_through(lms.frame, correct=False)
    assert lms.frame.is_visible(".k-results.is-failed")
    assert lms.frame.is_visible("[data-act=again]")
    lms.close()
    sent = lms.sets()
    assert lms.violations() == []
    assert sent["cmi.core.lesson_status"] == "failed"
    assert float(sent["cmi.core.score.raw"]) < 80
    assert sent["cmi.core.exit"] == "suspend"  # attempts left: the attempt is not over
    assert {lms.store()[f"cmi.interactions.{n}.result"] for n in range(8)} == {"wrong"}


def test_leaving_halfway_suspends_and_relaunch_resumes_with_answers(
    page, browser, site, sample_doc
):
    src = publish(site, sample_doc, "scorm12")
    lms = LMS(page, site, "1.2", src)
    frame = lms.frame
    data = questions(frame)
    for _ in range(3):
        go_next(frame)
    quick = keys_on_page(frame)[0]
    answer(frame, quick, data[quick], correct=True)
    check(frame, quick)
    for _ in range(3):
        go_next(frame)
    assert current_page(frame) == 6
    first, second, third, *_ = [k for k in keys_on_page(frame)]
    answer(frame, first, data[first], correct=True)
    check(frame, first)
    answer(frame, second, data[second], correct=False)
    check(frame, second)
    fill = next(k for k in keys_on_page(frame) if data[k]["kind"] == "fill_in")
    frame.fill(f"#kiem-{fill}-in", "typed but not checked")
    lms.close()

    calls = lms.calls()
    assert lms.violations() == []
    assert [c["fn"] for c in calls].count("LMSFinish") == 1
    store = lms.store()
    assert store["cmi.core.exit"] == "suspend"
    assert store["cmi.core.lesson_status"] == "incomplete"
    suspend = store["cmi.suspend_data"]
    assert len(suspend) <= 4096
    state = json_of(suspend)
    assert state["p"] == 6
    assert store["cmi.core.lesson_location"] == sample_doc.pages[6].id

    # A second session, with what the LMS kept (entry is resume).
    seed = {
        k: v for k, v in store.items() if k.startswith(("cmi.suspend_data", "cmi.interactions"))
    }
    seed.update(
        {
            "cmi.core.lesson_location": store["cmi.core.lesson_location"],
            "cmi.core.lesson_status": store["cmi.core.lesson_status"],
            "cmi.core.entry": "resume",
        }
    )
    again = browser.new_page()
    lms2 = LMS(again, site, "1.2", src, seed)
    frame = lms2.frame
    assert current_page(frame) == 6
    assert frame.is_visible(".k-banner")
    assert frame.is_visible(f"#kiem-{first} .k-feedback--correct")
    assert frame.is_visible(f"#kiem-{second} .k-feedback--incorrect")
    assert frame.is_disabled(f"#kiem-{first} input >> nth=0")
    assert frame.input_value(f"#kiem-{fill}-in") == "typed but not checked"
    assert frame.evaluate("() => Kiem.state.visited.filter(Boolean).length") == 7
    # New interactions continue after the ones already recorded.
    answer(frame, third, data[third], correct=True)
    check(frame, third)
    lms2.close()
    store2 = lms2.store()
    assert lms2.violations() == []
    assert "cmi.interactions.3.id" in store2 and "cmi.interactions.4.id" not in store2
    again.context.close() if again.context != page.context else again.close()


def test_resume_works_from_the_data_even_when_the_lms_says_ab_initio(page, site, sample_doc):
    src = publish(site, sample_doc, "scorm12")
    lms = LMS(page, site, "1.2", src)
    for _ in range(2):
        go_next(lms.frame)
    lms.close()
    store = lms.store()
    lms2 = LMS(
        page,
        site,
        "1.2",
        src,
        {"cmi.suspend_data": store["cmi.suspend_data"], "cmi.core.entry": "ab-initio"},
    )
    assert current_page(lms2.frame) == 2


def test_the_lms_mastery_score_overrides_the_pass_mark(page, site, sample_doc):
    lms = LMS(
        page,
        site,
        "1.2",
        publish(site, sample_doc, "scorm12"),
        {"cmi.student_data.mastery_score": "55"},
    )
    frame = lms.frame
    data = questions(frame)
    # The first question met is page 4's practice check; then 4 of the 7 scored ones right.
    play_through(frame, correct=lambda n: n < 5)
    score = float(lms.sets()["cmi.core.score.raw"])
    assert score == pytest.approx(400 / 7, abs=0.01)  # 57%: passes 55, would fail the 80
    assert lms.sets()["cmi.core.lesson_status"] == "passed"
    assert frame.is_visible(".k-results.is-passed")
    assert "57%" in frame.inner_text(".k-results")
    assert data


def test_suspend_data_of_a_big_module_stays_within_4096(page, site, make_doc):
    doc = make_doc(big_module(60))
    lms = LMS(page, site, "1.2", publish(site, doc, "scorm12"))
    frame = lms.frame
    play_through(frame, correct=False)
    lms.close()
    store = lms.store()
    assert lms.violations() == []
    suspend = store["cmi.suspend_data"]
    assert suspend.startswith("k1|") and len(suspend) <= 4096
    state = json_of(suspend)
    assert len(state["q"]) == 60  # every answer kept: the format is compact enough


def test_long_typed_answers_degrade_gracefully_before_the_limit(page, site, make_doc):
    doc = make_doc(big_module(60, kind="fill_in"))
    lms = LMS(page, site, "1.2", publish(site, doc, "scorm12"))
    frame = lms.frame
    keys = keys_on_page(frame)
    for key in keys:
        frame.fill(f"#kiem-{key}-in", "é" * 120)  # 120 characters each, escaped: far past 4096
    lms.close()
    store = lms.store()
    assert lms.violations() == []
    suspend = store["cmi.suspend_data"]
    assert len(suspend) <= 4096 and suspend.isascii()
    assert json_of(suspend)["p"] == 0


@pytest.mark.parametrize(
    ("rule", "status_after_quiz", "status_at_end"),
    [
        (CompletionKind.VIEWED_ALL, "incomplete", "completed"),
        (CompletionKind.PASSED, "passed", "passed"),
        (CompletionKind.VIEWED_ALL_AND_PASSED, "incomplete", "passed"),
    ],
)
def test_lesson_status_follows_the_completion_rule(
    page, site, make_doc, rule, status_after_quiz, status_at_end
):
    doc = make_doc(kinds_module(completion=rule, mode=NavigationMode.FREE))
    lms = LMS(page, site, "1.2", publish(site, doc, "scorm12"))
    frame = lms.frame
    frame.click(".k-toc a[data-page='6']")  # the page list is a sidebar at 1280 px
    play_through(frame, correct=True)  # the quiz first, most pages not seen yet
    assert lms.sets()["cmi.core.lesson_status"] == status_after_quiz
    for index in range(6):
        frame.click(f".k-toc a[data-page='{index}']")
    lms.close()
    assert lms.sets()["cmi.core.lesson_status"] == status_at_end
    assert lms.sets()["cmi.core.exit"] == ""
    assert lms.violations() == []
