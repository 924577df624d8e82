"""Screenshots of the player for people to look at: the first page on a desktop and a phone,
the quiz with feedback and its result, and every block kind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from fake_lms import publish
from learner import answer, check, go_next, keys_on_page, questions


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where screenshots go: $KIEM_SCREENSHOTS if set (to keep them), else the test's folder."""
    folder = Path(os.environ.get("KIEM_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_screenshots_of_the_first_page_on_desktop_and_phone(page, phone, site, sample_doc, shots):
    src = site.url + publish(site, sample_doc, "none")
    page.goto(src)
    page.screenshot(path=str(shots / "first-page-desktop.png"))
    phone.goto(src)
    phone.screenshot(path=str(shots / "first-page-phone.png"))
    phone.screenshot(path=str(shots / "first-page-phone-full.png"), full_page=True)
    assert (shots / "first-page-desktop.png").stat().st_size > 10_000


def test_screenshot_of_the_quiz_with_feedback(page, phone, site, sample_doc, shots):
    src = site.url + publish(site, sample_doc, "none")
    for pg, name in ((page, "quiz-feedback-desktop.png"), (phone, "quiz-feedback-phone.png")):
        pg.goto(src)
        frame = pg.main_frame
        for _ in range(6):
            go_next(frame)
        data = questions(frame)
        keys = keys_on_page(frame)
        for n, key in enumerate(keys[:4]):
            answer(frame, key, data[key], correct=n != 1)
            check(frame, key)
        pg.locator(f"#kiem-{keys[0]}").scroll_into_view_if_needed()
        pg.screenshot(path=str(shots / name))
        for key in keys[4:]:
            answer(frame, key, data[key], correct=False)
            check(frame, key)
        pg.wait_for_selector(".k-results", state="visible")  # all scored ones checked
        pg.screenshot(path=str(shots / name.replace("feedback", "result")))


def test_screenshots_of_every_block_kind(page, site, kinds_doc, shots):
    page.goto(site.url + publish(site, kinds_doc, "none"))
    frame = page.main_frame
    page.screenshot(path=str(shots / "kinds-0.png"), full_page=True)
    go_next(frame)
    page.click(".k-card__turn >> nth=1")
    page.wait_for_timeout(400)
    page.screenshot(path=str(shots / "kinds-1.png"), full_page=True)
    go_next(frame)
    page.click(".k-choice >> nth=1")
    page.screenshot(path=str(shots / "kinds-2.png"), full_page=True)
    for _ in range(3):  # the choice leads to page 4, then 5 and 6
        go_next(frame)
    page.screenshot(path=str(shots / "kinds-6.png"), full_page=True)
