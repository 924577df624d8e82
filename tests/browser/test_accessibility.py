"""Accessibility of the player: axe-core finds nothing serious, keyboard alone completes a
question, focus is visible, and a 320 px phone needs no sideways scrolling."""

from __future__ import annotations

import pytest
from fake_lms import publish
from learner import answer, check, current_page, go_next, keys_on_page, questions

SERIOUS = ("serious", "critical")


def axe_problems(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in SERIOUS
    ]


def no_sideways_scroll(page) -> bool:
    return page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")


def test_axe_finds_nothing_serious_on_a_content_page(page, site, sample_doc):
    page.goto(site.url + publish(site, sample_doc, "none"))
    assert axe_problems(page) == []
    go_next(page.main_frame)
    go_next(page.main_frame)  # the page with the table
    assert axe_problems(page) == []


def test_axe_finds_nothing_serious_on_a_quiz_page_with_feedback(page, site, sample_doc):
    page.goto(site.url + publish(site, sample_doc, "none"))
    frame = page.main_frame
    for _ in range(6):
        go_next(frame)
    data = questions(frame)
    for n, key in enumerate(keys_on_page(frame)):
        answer(frame, key, data[key], correct=n % 2 == 0)
        check(frame, key)
    # Page 4's quick check is practice: once every scored question is checked, the result shows.
    page.wait_for_selector(".k-results", state="visible")
    assert page.locator(".k-feedback--incorrect").count() >= 3
    assert axe_problems(page) == []


def test_axe_finds_nothing_serious_on_any_block_kind(page, site, kinds_doc):
    page.goto(site.url + publish(site, kinds_doc, "none"))
    frame = page.main_frame
    page.click(".k-block--accordion summary >> nth=0")
    while True:
        if current_page(frame) == 1:
            page.click(".k-card__turn >> nth=0")
            page.wait_for_timeout(500)  # let the card finish turning (it fades in)
        assert axe_problems(page) == [], f"page {current_page(frame)}"
        if page.is_disabled("[data-nav=next]"):
            break
        go_next(frame)


@pytest.mark.parametrize("width", [320, 360])
def test_phone_width_reads_without_sideways_scrolling(browser, site, sample_doc, width):
    context = browser.new_context(viewport={"width": width, "height": 640})
    try:
        page = context.new_page()
        page.goto(site.url + publish(site, sample_doc, "none"))
        frame = page.main_frame
        for _ in range(7):
            assert no_sideways_scroll(page), f"page {current_page(frame)}"
            if page.is_disabled("[data-nav=next]"):
                break
            go_next(frame)
        key = keys_on_page(frame)[0]
        answer(frame, key, questions(frame)[key], correct=False)
        check(frame, key)
        assert no_sideways_scroll(page)
        assert axe_problems(page) == []
        # The navigation stays at the bottom of the screen while reading.
        box = page.locator(".k-nav").bounding_box()
        assert box and abs(box["y"] + box["height"] - 640) < 2
    finally:
        context.close()


def tab_to(page, test: str, limit: int = 150) -> None:
    """Press Tab until `test` (a JS expression on `el`) holds for the focused element."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"() => {{ const el = document.activeElement; return !!({test}); }}"):
            return
    raise AssertionError(f"Tab never reached {test}")


def test_keyboard_alone_completes_a_question(page, site, sample_doc):
    page.goto(site.url + publish(site, sample_doc, "none"))
    frame = page.main_frame
    for expected in (1, 2, 3):
        tab_to(page, "el.dataset.nav === 'next'")
        outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
        assert outline == "solid"  # :focus-visible draws a strong outline
        page.keyboard.press("Enter")
        assert current_page(frame) == expected
        assert page.evaluate("() => document.activeElement.tagName") == "H2"
    key = keys_on_page(frame)[0]
    tab_to(page, "el.type === 'radio'")
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")  # the second option, False, is the right one here
    assert page.is_checked(f"#kiem-{key}-false")
    tab_to(page, "el.dataset.act === 'check'")
    page.keyboard.press("Enter")
    assert page.is_visible(f"#kiem-{key} .k-feedback--correct")
    assert page.is_disabled(f"#kiem-{key}-false")


def test_keyboard_reorders_items_and_keeps_focus_on_the_moved_item(page, site, kinds_doc):
    page.goto(site.url + publish(site, kinds_doc, "none"))
    frame = page.main_frame
    while current_page(frame) < 6:
        go_next(frame)
    key = next(k for k, q in questions(frame).items() if q["kind"] == "ordering")
    tab_to(page, f"el.closest && el.closest('#kiem-{key}') && el.dataset.move === '1'")
    label = page.evaluate(
        "() => { const el = document.activeElement;"
        " return el.getAttribute('aria-labelledby').split(' ')"
        ".map(id => document.getElementById(id).textContent.trim()).join(' '); }"
    )
    assert label.startswith("Move down ")
    moved = page.evaluate("() => document.activeElement.closest('li').dataset.item")
    page.keyboard.press("Enter")
    order = frame.evaluate(
        f"() => Array.from(document.querySelectorAll('#kiem-{key} li')).map(li => li.dataset.item)"
    )
    assert order.index(moved) == 1
    assert page.evaluate("() => document.activeElement.closest('li').dataset.item") == moved
    page.wait_for_timeout(120)
    assert page.inner_text("#kiem-live") == "Moved to position 2 of 4."


def test_controls_have_names_in_the_module_language(page, site, make_doc):
    page.goto(site.url + publish(site, make_doc(language="nl"), "none"))
    assert page.get_attribute("html", "lang") == "nl"
    assert page.get_attribute("[role=progressbar]", "aria-label") == "Voortgang"
    assert page.get_attribute(".k-nav", "aria-label") == "Paginanavigatie"
    assert page.inner_text("[data-nav=next]").strip() == "Volgende"
    assert page.get_attribute("[role=note]", "aria-label") == "Tip: Remember"


def test_reduced_motion_turns_animation_off(browser, site, kinds_doc):
    context = browser.new_context(reduced_motion="reduce")
    try:
        page = context.new_page()
        page.goto(site.url + publish(site, kinds_doc, "none"))
        go_next(page.main_frame)
        page.click(".k-card__turn >> nth=0")
        assert (
            page.evaluate(
                "() => getComputedStyle(document.querySelector('.k-card__back')).animationName"
            )
            == "none"
        )
    finally:
        context.close()
