"""The player in a strict SCORM 2004 (4th edition) LMS: statuses, score, interactions, time."""

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

DURATION = re.compile(r"^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$")
STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{1,2}(Z|[+-]\d{2}:\d{2})$")


def interactions(store: dict[str, str]) -> list[dict[str, str]]:
    out: dict[int, dict[str, str]] = {}
    for key, value in store.items():
        found = re.match(r"^cmi\.interactions\.(\d+)\.(.+)$", key)
        if found:
            out.setdefault(int(found[1]), {})[found[2]] = value
    return [out[n] for n in sorted(out)]


def test_learner_who_answers_everything_right_is_passed_and_completed(page, site, sample_doc):
    lms = LMS(page, site, "2004", publish(site, sample_doc, "scorm2004"))
    play_through(lms.frame, correct=True)
    before_close = len(lms.calls())
    lms.close()
    calls = lms.calls()
    assert lms.violations() == []
    sent = lms.sets()
    assert sent["cmi.success_status"] == "passed"
    assert sent["cmi.completion_status"] == "completed"
    assert sent["cmi.score.scaled"] == "1"
    assert (sent["cmi.score.raw"], sent["cmi.score.min"], sent["cmi.score.max"]) == (
        "100",
        "0",
        "100",
    )
    assert sent["cmi.exit"] == "normal"
    assert DURATION.match(sent["cmi.session_time"])
    assert sent["cmi.progress_measure"] == "1"
    assert not any(c["args"][0].startswith("cmi.core.") for c in calls if c["args"])
    # Terminate once, and no separate Commit while unloading (Terminate commits).
    unload = [c["fn"] for c in calls[before_close:]]
    assert unload[-1] == "Terminate" and "Commit" not in unload
    assert [c["fn"] for c in calls].count("Terminate") == 1


def test_interactions_use_urns_and_2004_response_patterns(page, site, kinds_doc):
    lms = LMS(page, site, "2004", publish(site, kinds_doc, "scorm2004"))
    frame = lms.frame
    module_id = frame.evaluate("() => Kiem.data.id")
    for _ in range(6):
        go_next(frame)
    play_through(frame, correct=True)
    lms.close()
    assert lms.violations() == []
    found = interactions(lms.store())
    by_type = {i["type"]: i for i in found}
    assert set(by_type) == {"choice", "true-false", "fill-in", "matching", "sequencing", "numeric"}
    for item in found:
        assert re.match(rf"^urn:kiem:{module_id}:[qb]-[0-9a-z]+$", item["id"])
        assert item["result"] == "correct"
        assert STAMP.match(item["timestamp"]) and DURATION.match(item["latency"])
        assert item["description"]
    assert by_type["sequencing"]["learner_response"] == "a[,]b[,]c[,]d"
    assert by_type["sequencing"]["correct_responses.0.pattern"] == "a[,]b[,]c[,]d"
    assert by_type["matching"]["learner_response"] == "1[.]a[,]2[.]b[,]3[.]c"
    assert by_type["numeric"]["learner_response"] == "3.5"
    assert by_type["numeric"]["correct_responses.0.pattern"] == "3.49[:]3.51"
    assert by_type["fill-in"]["learner_response"].strip().lower() == "new york"
    choices = [i for i in found if i["type"] == "choice"]
    assert {c["learner_response"] for c in choices} == {"a", "a[,]b"}
    assert {c["weighting"] for c in found} >= {"2", "1"}


def test_learner_who_fails_is_failed_and_incomplete_and_suspended(page, site, sample_doc):
    lms = LMS(page, site, "2004", publish(site, sample_doc, "scorm2004"))
    play_through(lms.frame, correct=False)
    lms.close()
    assert lms.violations() == []
    sent = lms.sets()
    assert sent["cmi.success_status"] == "failed"
    assert sent["cmi.completion_status"] == "incomplete"
    assert float(sent["cmi.score.scaled"]) < 0.8
    assert sent["cmi.exit"] == "suspend"
    assert {i["result"] for i in interactions(lms.store())} == {"incorrect"}


def test_relaunch_resumes_on_the_same_page_with_the_answers(page, browser, site, sample_doc):
    src = publish(site, sample_doc, "scorm2004")
    lms = LMS(page, site, "2004", src)
    frame = lms.frame
    data = questions(frame)
    for _ in range(6):
        go_next(frame)
    first = keys_on_page(frame)[0]
    answer(frame, first, data[first], correct=True)
    check(frame, first)
    lms.close()
    store = lms.store()
    assert lms.violations() == []
    assert store["cmi.exit"] == "suspend"
    assert json_of(store["cmi.suspend_data"])["p"] == 6
    seed = {
        k: v
        for k, v in store.items()
        if k.startswith(
            ("cmi.suspend_data", "cmi.location", "cmi.interactions", "cmi.completion_status")
        )
    }
    seed["cmi.entry"] = "resume"
    lms2 = LMS(page, site, "2004", src, seed)
    frame = lms2.frame
    assert current_page(frame) == 6
    assert frame.is_visible(f"#kiem-{first} .k-feedback--correct")
    second = keys_on_page(frame)[1]
    answer(frame, second, data[second], correct=True)
    check(frame, second)
    lms2.close()
    assert lms2.violations() == []
    assert lms2.store()["cmi.interactions.1.id"].endswith(second)


def test_the_lms_scaled_passing_score_overrides_the_pass_mark(page, site, sample_doc):
    lms = LMS(
        page,
        site,
        "2004",
        publish(site, sample_doc, "scorm2004"),
        {"cmi.scaled_passing_score": "0.55"},
    )
    # The first question met is page 4's practice check; then 4 of the 7 scored ones right.
    play_through(lms.frame, correct=lambda n: n < 5)
    sent = lms.sets()
    assert float(sent["cmi.score.scaled"]) == pytest.approx(4 / 7, abs=0.01)
    assert sent["cmi.success_status"] == "passed"
    lms.close()
    assert lms.violations() == []
