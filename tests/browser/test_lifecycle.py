"""The tracking life cycle that real LMSs punish: finding the API, committing (batched, on
hide, on a timer, retried), finishing exactly once, and tolerating "not implemented"."""

from __future__ import annotations

import re

from fake_lms import LMS, publish
from learner import answer, check, go_next, keys_on_page, play_through, questions


def fns(calls):
    return [c["fn"] for c in calls]


def test_api_is_found_through_the_window_opener(page, site, sample_doc):
    page.goto(f"{site.url}/harness.html")
    with page.expect_popup() as popup_info:
        page.evaluate(
            "src => startLMS({version: '1.2', seed: {}, src: src, popup: true})",
            publish(site, sample_doc, "scorm12"),
        )
    popup = popup_info.value
    popup.wait_for_function("() => window.Kiem && Kiem.state")
    assert popup.evaluate("() => Kiem.Tracker.mode") == "scorm12"
    go_next(popup.main_frame)
    popup.close()
    calls = page.evaluate("() => LMS.calls")
    assert fns(calls)[0] == "LMSInitialize" and fns(calls).count("LMSFinish") == 1
    assert page.evaluate("() => LMS.violations") == []


def test_a_cross_origin_parent_is_skipped_without_errors(page, site, sample_doc):
    # The harness is on 127.0.0.1, the package on localhost: another origin, so its API is
    # out of reach (touching it throws) and the player runs as plain HTML.
    other = site.url.replace("127.0.0.1", "localhost")
    lms = LMS(page, site, "1.2", other + publish(site, sample_doc, "scorm12"), wait=False)
    page.wait_for_function("() => document.getElementById('sco')")
    frame = None
    for _ in range(100):
        frame = page.frame(name="sco")
        if frame and frame.url.startswith(other):
            break
        page.wait_for_timeout(50)
    frame.wait_for_function("() => window.Kiem && Kiem.state")
    assert frame.evaluate("() => Kiem.Tracker.mode") == "none"
    assert lms.calls() == []
    assert page.console.errors == []


def test_finish_happens_once_and_the_api_is_never_called_after_it(page, site, sample_doc):
    lms = LMS(page, site, "1.2", publish(site, sample_doc, "scorm12"))
    frame = lms.frame
    go_next(frame)
    frame.evaluate(
        "() => { window.dispatchEvent(new PageTransitionEvent('pagehide'));"
        " window.dispatchEvent(new PageTransitionEvent('pagehide')); }"
    )
    frame.evaluate(
        "() => { Object.defineProperty(document, 'visibilityState', {value: 'hidden'});"
        " document.dispatchEvent(new Event('visibilitychange')); }"
    )
    go_next(frame)  # the page still works, the LMS hears nothing more
    lms.close()
    assert fns(lms.calls()).count("LMSFinish") == 1
    assert fns(lms.calls())[-1] == "LMSFinish"
    assert lms.violations() == []


def test_hiding_the_page_commits_what_changed(page, site, sample_doc):
    lms = LMS(page, site, "2004", publish(site, sample_doc, "scorm2004"))
    frame = lms.frame
    go_next(frame)
    go_next(frame)
    before = len(lms.calls())
    frame.evaluate(
        "() => { Object.defineProperty(document, 'visibilityState', {value: 'hidden',"
        " configurable: true}); document.dispatchEvent(new Event('visibilitychange')); }"
    )
    new = lms.calls()[before:]
    assert fns(new)[-1] == "Commit"
    written = {c["args"][0]: c["args"][1] for c in new if c["fn"] == "SetValue"}
    assert written["cmi.location"] == frame.evaluate("() => Kiem.data.pages[2].id")
    assert written["cmi.suspend_data"].startswith("k1|")
    # Nothing changed since: hiding again sends nothing.
    before = len(lms.calls())
    frame.evaluate("() => document.dispatchEvent(new Event('visibilitychange'))")
    assert lms.calls()[before:] == []


def test_a_gentle_timer_commits_and_a_failed_commit_is_retried(page, site, sample_doc):
    page.clock.install()
    lms = LMS(page, site, "1.2", publish(site, sample_doc, "scorm12"), failCommits=1)
    frame = lms.frame
    commits = fns(lms.calls()).count("LMSCommit")  # the first one (status) failed
    assert commits == 1
    page.clock.run_for(10_000)
    assert fns(lms.calls()).count("LMSCommit") == 2  # retried once, a few seconds later
    go_next(frame)  # a change: now there is something to save
    page.clock.run_for(60_000)
    assert fns(lms.calls()).count("LMSCommit") == 2  # not one commit per change
    page.clock.run_for(100_000)
    assert fns(lms.calls()).count("LMSCommit") == 3  # the timer, after 2.5 minutes
    page.clock.run_for(300_000)
    assert fns(lms.calls()).count("LMSCommit") == 3  # nothing new, nothing sent
    lms.close()
    assert lms.violations() == []
    assert re.match(r"^0000:0[78]:\d{2}\.\d{2}$", lms.sets()["cmi.core.session_time"])


def test_session_time_counts_the_whole_session_in_iso_8601(page, site, sample_doc):
    page.clock.install()
    lms = LMS(page, site, "2004", publish(site, sample_doc, "scorm2004"))
    page.clock.run_for(3_723_450)
    lms.close()
    assert re.match(r"^PT1H2M3(\.\d{1,2})?S$", lms.sets()["cmi.session_time"])


def test_not_implemented_optional_elements_are_no_failure(page, site, sample_doc):
    lms = LMS(
        page, site, "1.2", publish(site, sample_doc, "scorm12"), unsupported=r"^cmi\.interactions\."
    )
    play_through(lms.frame, correct=True)
    assert lms.frame.is_visible(".k-results.is-passed")
    lms.close()
    sent = lms.sets()
    assert sent["cmi.core.lesson_status"] == "passed" and sent["cmi.core.score.raw"] == "100"
    assert lms.violations() == []
    assert lms.page.console.errors == []


def test_checking_a_question_writes_its_interaction_but_does_not_commit(page, site, sample_doc):
    lms = LMS(page, site, "1.2", publish(site, sample_doc, "scorm12"))
    frame = lms.frame
    for _ in range(6):
        go_next(frame)
    data = questions(frame)
    key = keys_on_page(frame)[0]
    before = len(lms.calls())
    answer(frame, key, data[key], correct=True)
    check(frame, key)
    new = fns(lms.calls()[before:])
    assert "LMSSetValue" in new and "LMSCommit" not in new
