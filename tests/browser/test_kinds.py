"""Every block kind and question kind in the browser, with branching, draws, feedback timing,
attempts and remediation (module from modules.kinds_module; plain HTML, no LMS)."""

from __future__ import annotations

import pytest
from fake_lms import publish
from learner import answer, check, current_page, go_next, keys_on_page, play_through, questions

from authoring.settings import FeedbackTiming, NavigationMode

# Math.random made repeatable, so attempt seeds (and so draws) are the same on every run.
SEEDED_RANDOM = """(() => { let s = 12345; Math.random = () => {
  s = (Math.imul(s, 1103515245) + 12345) >>> 0; return s / 4294967296; }; })()"""


def open_module(page, site, doc, tracking="none"):
    page.add_init_script(SEEDED_RANDOM)
    page.goto(site.url + publish(site, doc, tracking))
    return page.main_frame


def go_to(frame, index):
    while current_page(frame) < index:
        go_next(frame)


def test_tabs_follow_the_aria_pattern_with_arrows_home_and_end(page, site, kinds_doc):
    open_module(page, site, kinds_doc)
    tabs = page.locator("[role=tab]")
    panels = page.locator("[role=tabpanel]")
    assert panels.nth(0).is_visible() and not panels.nth(1).is_visible()
    tabs.nth(0).focus()
    page.keyboard.press("ArrowRight")
    assert tabs.nth(1).get_attribute("aria-selected") == "true"
    assert page.evaluate("() => document.activeElement.textContent") == "Beta"
    assert panels.nth(1).is_visible() and not panels.nth(0).is_visible()
    page.keyboard.press("End")
    assert tabs.nth(2).get_attribute("aria-selected") == "true"
    page.keyboard.press("ArrowRight")  # wraps around
    assert tabs.nth(0).get_attribute("aria-selected") == "true"
    page.keyboard.press("End")
    page.keyboard.press("Home")
    assert tabs.nth(0).get_attribute("aria-selected") == "true"
    assert [tabs.nth(i).get_attribute("tabindex") for i in range(3)] == ["0", "-1", "-1"]
    assert page.is_visible("text=Tab A text.")


def test_callout_accordion_image_and_table_on_the_first_page(page, site, kinds_doc):
    open_module(page, site, kinds_doc)
    note = page.locator("[role=note]")
    assert note.get_attribute("aria-label") == "Tip: Remember"
    assert page.get_attribute(".k-figure img", "alt") == "A blue rectangle"
    assert page.inner_text(".k-figure figcaption") == "A blue caption"
    assert not page.is_visible("text=One.")
    page.click("summary:has-text('First')")
    assert page.is_visible("text=One.")
    assert page.is_visible(".kiem-table table")


def test_flashcards_media_attachment_and_reflection(page, site, kinds_doc):
    frame = open_module(page, site, kinds_doc)
    go_next(frame)
    card = page.locator(".k-card").first
    assert card.locator(".k-card__back").is_hidden()
    card.locator("button").click()
    assert card.locator(".k-card__back").is_visible() and card.locator(".k-card__front").is_hidden()
    assert card.locator("button").inner_text() == "Turn back"
    page.wait_for_timeout(120)
    assert page.inner_text("#kiem-live") == "Back: Back one"
    assert page.get_attribute("audio", "controls") is not None
    assert page.get_attribute("video", "controls") is not None
    page.click(".k-block--audio summary")
    assert page.is_visible("text=Someone talks.")
    link = page.locator(".k-attachment")
    assert link.get_attribute("download") == "checklist.pdf"
    assert "PDF, 2 KB" in link.inner_text()
    page.fill(".k-reflection textarea", "I will stop and think.")
    page.locator(".k-reflection textarea").blur()
    # Kept in this browser only, by module; never in the suspend data.
    page.reload()
    assert page.input_value(".k-reflection textarea") == "I will stop and think."
    suspend = page.evaluate("() => Kiem.encode(Kiem.state, 4096, Kiem.quiz.isScored)")
    assert "think" not in suspend


def test_scenario_choice_shows_feedback_then_leads_to_its_page(page, site, kinds_doc):
    frame = open_module(page, site, kinds_doc)
    go_to(frame, 2)
    page.click(".k-choice:has-text('Give the code')")
    assert page.is_visible("text=Risky.") and not page.is_visible("text=Good call.")
    assert page.get_attribute(".k-choice:has-text('Give the code')", "aria-pressed") == "true"
    page.click("text=Continue: Branch B")
    assert current_page(frame) == 4
    page.click("[data-nav=prev]")  # back along the path taken
    assert current_page(frame) == 2
    page.click(".k-choice:has-text('Hang up')")
    go_next(frame)  # Next follows the choice made
    assert current_page(frame) == 3


def test_branching_rule_sends_a_wrong_practice_answer_to_its_page(page, site, kinds_doc):
    frame = open_module(page, site, kinds_doc)
    go_to(frame, 5)
    key = keys_on_page(frame)[0]
    data = questions(frame)[key]
    answer(frame, key, data, correct=False)
    check(frame, key)
    assert page.is_visible(f"#kiem-{key} .k-feedback--incorrect")
    go_next(frame)
    assert current_page(frame) == 3
    go_to(frame, 5)
    page.click(f"#kiem-{key} [data-act=retry]")  # practice questions can be tried again
    answer(frame, key, data, correct=True)
    check(frame, key)
    go_next(frame)
    assert current_page(frame) == 6


def test_each_question_kind_is_graded_as_configured(page, site, kinds_doc):
    frame = open_module(page, site, kinds_doc)
    go_to(frame, 6)
    data = questions(frame)
    key = {data[k]["kind"]: k for k in keys_on_page(frame) if k.startswith("q-")}
    # Ordering starts in a wrong order.
    start = frame.evaluate(
        f"() => Array.from(document.querySelectorAll('#kiem-{key['ordering']} li'))"
        ".map(li => li.dataset.item)"
    )
    assert start != ["a", "b", "c", "d"]
    # Matching lists the right items and the distractor, alphabetically.
    options = page.locator(f"#kiem-{key['matching']}-a option").all_inner_texts()
    assert options == ["Choose…", "Meow", "Moo", "Quack", "Woof"]
    # Multiple response: weights add up and are clamped; 50 - 50 = 0.
    multi = key["multiple_response"]
    page.check(f"#kiem-{multi}-a")
    page.check(f"#kiem-{multi}-c")
    check(frame, multi)
    assert page.is_visible(f"#kiem-{multi} .k-feedback--incorrect")
    assert page.locator(f"#kiem-{multi}").get_by_text("3 is odd.").is_visible()
    # Numeric with a comma; fill-in trimmed, case and inner spaces ignored.
    page.fill(f"#kiem-{key['numeric']}-in", "3,5")
    check(frame, key["numeric"])
    assert page.is_visible(f"#kiem-{key['numeric']} .k-feedback--correct")
    page.fill(f"#kiem-{key['fill_in']}-in", "  new    YORK ")
    page.press(f"#kiem-{key['fill_in']}-in", "Enter")  # Enter checks a text answer
    assert page.is_visible(f"#kiem-{key['fill_in']} .k-feedback--correct")
    # An empty answer is not checked; the learner is told why.
    check(frame, key["single_choice"])
    assert (
        page.inner_text(f"#kiem-{key['single_choice']} .k-q__feedback")
        == "Answer the question first."
    )
    answer(frame, key["single_choice"], data[key["single_choice"]], correct=False)
    check(frame, key["single_choice"])
    fb = page.inner_text(f"#kiem-{key['single_choice']} .k-q__feedback")
    assert "Not quite" in fb and "Look up." in fb and "The right answer" in fb and "Blue" in fb
    assert page.is_disabled(f"#kiem-{key['single_choice']}-a")


def test_a_single_choice_option_with_partial_credit_scores_what_the_author_set(
    page, site, kinds_doc
):
    frame = open_module(page, site, kinds_doc)
    go_to(frame, 6)
    data = questions(frame)
    key = next(k for k in keys_on_page(frame) if data[k]["kind"] == "single_choice")
    page.check(f"#kiem-{key}-d")  # "Grey-blue", worth 50%
    check(frame, key)
    assert page.is_visible(f"#kiem-{key} .k-feedback--partly")
    assert "Half right" in page.inner_text(f"#kiem-{key} .k-q__feedback")
    saved = frame.evaluate(f"() => Kiem.state.answers[{key!r}].s")
    assert saved == 0.5


def test_numeric_rejects_text_that_is_not_a_number(page, site, kinds_doc):
    frame = open_module(page, site, kinds_doc)
    go_to(frame, 6)
    key = next(k for k, q in questions(frame).items() if q["kind"] == "numeric")
    page.fill(f"#kiem-{key}-in", "three")
    check(frame, key)
    assert "Enter a number, for example 12.5." in page.inner_text(f"#kiem-{key} .k-q__feedback")
    assert not page.is_disabled(f"#kiem-{key}-in")


def test_draws_come_from_the_tagged_bank_stay_on_resume_and_change_on_try_again(
    page, site, make_doc
):
    doc = make_doc(attempts=0)
    frame = open_module(page, site, doc)
    go_to(frame, 6)
    drawn = frame.evaluate(
        "() => Array.from(document.querySelectorAll('.k-draw .k-q')).map(e => e.dataset.key)"
    )
    banks = frame.evaluate("() => Object.values(Kiem.data.banks)[0]")
    links = {q["key"] for q in banks if "links" in q["tags"]}
    assert len(drawn) == 2 and set(drawn) <= links
    headings = page.locator(
        ".k-page:not([hidden]) .k-q[data-scored] .k-q__title"
    ).all_text_contents()
    assert headings == [f"Question {i} of 9" for i in range(1, 10)]
    page.reload()
    frame = page.main_frame
    assert (
        frame.evaluate(
            "() => Array.from(document.querySelectorAll('.k-draw .k-q')).map(e => e.dataset.key)"
        )
        == drawn
    )
    seen = {tuple(drawn)}
    for _ in range(6):
        play_through(frame, correct=False)
        page.click("[data-act=again]")
        assert current_page(frame) == 6
        now = frame.evaluate(
            "() => Array.from(document.querySelectorAll('.k-draw .k-q')).map(e => e.dataset.key)"
        )
        assert len(now) == 2 and set(now) <= links
        assert not page.is_visible(".k-results")
        assert (
            frame.evaluate(
                "() => Object.keys(Kiem.state.answers).filter(k => k.startsWith('b-')).length"
            )
            == 0
        )
        seen.add(tuple(now))
    assert len(seen) > 1
    assert frame.evaluate("() => Kiem.state.attempt") == 7


def test_feedback_at_the_end_grades_everything_when_the_learner_submits(page, site, make_doc):
    frame = open_module(page, site, make_doc(feedback=FeedbackTiming.END))
    go_to(frame, 5)
    assert page.is_visible(".k-page:not([hidden]) [data-act=check]")  # practice keeps its Check
    go_next(frame)
    data = questions(frame)
    keys = keys_on_page(frame)
    assert not page.is_visible(".k-page:not([hidden]) .k-q[data-scored] [data-act=check]")
    answer(frame, keys[0], data[keys[0]], True)
    page.click("[data-act=submit]")
    warning = page.inner_text(".k-submit__note")
    assert "8 questions have no answer yet." in warning
    assert page.inner_text("[data-act=submit]") == "Submit anyway"
    for key in keys[1:]:
        answer(frame, key, data[key], True)
    page.click("[data-act=submit]")
    assert page.is_visible(".k-results.is-passed")
    assert page.locator(".k-page:not([hidden]) .k-feedback--correct").count() == 9
    assert page.evaluate("() => document.activeElement.textContent") == "Your result"


def test_feedback_never_shows_only_the_score(page, site, make_doc):
    frame = open_module(page, site, make_doc(feedback=FeedbackTiming.NEVER))
    go_to(frame, 6)
    data = questions(frame)
    for key in keys_on_page(frame):
        answer(frame, key, data[key], False)
    page.click("[data-act=submit]")
    assert page.is_visible(".k-results.is-failed")
    assert page.locator(".k-page:not([hidden]) .k-feedback").count() == 0
    assert page.is_disabled(".k-page:not([hidden]) .k-q input >> nth=0")


def test_attempts_run_out_and_remediation_points_to_the_missed_topics(page, site, make_doc):
    frame = open_module(page, site, make_doc(attempts=2))
    go_to(frame, 6)
    play_through(frame, correct=False)
    results = page.inner_text(".k-results")
    assert "You have 1 more attempt." in results and "These pages cover what you missed:" in results
    page.click("[data-act=again]")
    play_through(frame, correct=False)
    assert "You have used all your attempts." in page.inner_text(".k-results")
    assert not page.is_visible("[data-act=again]")
    page.click(".k-results a:has-text('Branch B')")
    assert current_page(frame) == 4


def test_free_navigation_opens_any_page_from_the_page_list(page, site, make_doc):
    frame = open_module(page, site, make_doc(mode=NavigationMode.FREE))
    page.set_viewport_size({"width": 800, "height": 800})
    page.click(".k-menu")
    assert page.get_attribute(".k-menu", "aria-expanded") == "true"
    assert page.evaluate("() => document.activeElement.getAttribute('aria-current')") == "page"
    page.click(".k-toc a:has-text('Practice')")
    assert current_page(frame) == 5
    assert page.get_attribute(".k-menu", "aria-expanded") == "false"
    assert page.evaluate("() => document.activeElement.id") == "kiem-p-5-h"


def test_linear_navigation_locks_pages_not_yet_reached(page, site, kinds_doc):
    frame = open_module(page, site, kinds_doc)
    assert page.get_attribute(".k-toc a:has-text('Quiz')", "aria-disabled") == "true"
    page.click(".k-toc a:has-text('Quiz')", force=True)
    assert current_page(frame) == 0
    go_next(frame)
    page.click(".k-toc a:has-text('Welcome')")
    assert current_page(frame) == 0


def test_page_change_moves_focus_to_the_heading_and_is_announced(page, site, kinds_doc):
    frame = open_module(page, site, kinds_doc)
    go_next(frame)
    assert page.evaluate("() => document.activeElement.id") == "kiem-p-1-h"
    page.wait_for_timeout(120)
    assert page.inner_text("#kiem-live") == "Page 2 of 7: Explore"
    assert page.inner_text(".k-progress__text") == "Page 2 of 7"
    assert page.get_attribute("[role=progressbar]", "aria-valuenow") == "29"


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("nl", ["Volgende", "Vorige", "Controleren", "Waar"]),
        ("fr", ["Suivant", "Précédent", "Vérifier", "Vrai"]),
        ("de", ["Weiter", "Zurück", "Prüfen", "Wahr"]),
    ],
)
def test_the_player_speaks_the_module_language(page, site, make_doc, language, words):
    frame = open_module(page, site, make_doc(language=language))
    assert page.get_attribute("html", "lang") == language
    go_to(frame, 6)
    text = page.inner_text("body")
    for word in words:
        assert word in text


def test_shuffled_questions_and_options_keep_their_order_on_resume(page, site, make_doc):
    frame = open_module(page, site, make_doc(shuffle_questions=True))
    go_to(frame, 6)
    layout = """() => Array.from(document.querySelectorAll('.k-page:not([hidden]) .k-q')).map(
        e => e.dataset.key + ':' + Array.from(e.querySelectorAll('.k-option')).map(
        o => o.dataset.option).join(''))"""
    before = frame.evaluate(layout)
    assert [k.split(":")[0] for k in before] != sorted(k.split(":")[0] for k in before)
    page.reload()
    assert page.main_frame.evaluate(layout) == before
    # The text block stays first: only questions trade places.
    assert (
        page.locator(".k-page:not([hidden]) .k-block").first.inner_text() == "Answer all questions."
    )
