"""The player with no LMS at all: plain HTML over http and from file://, without errors."""

from __future__ import annotations

import re

from fake_lms import publish
from learner import current_page, go_next, play_through

from export.package import learner_files, write_folder


def test_plain_html_package_plays_to_the_end_without_console_errors(page, site, sample_doc):
    page.goto(site.url + publish(site, sample_doc, "none"))
    assert page.evaluate("() => Kiem.Tracker.mode") == "none"
    play_through(page.main_frame, correct=True)
    assert page.is_visible(".k-results.is-passed")
    assert page.console.errors == []


def test_scorm_package_without_an_lms_falls_back_to_plain_html(page, site, sample_doc):
    page.goto(site.url + publish(site, sample_doc, "scorm12"))
    assert page.evaluate("() => Kiem.Tracker.mode") == "none"
    go_next(page.main_frame)
    assert current_page(page.main_frame) == 1
    page.goto(site.url + publish(site, sample_doc, "scorm2004"))
    assert page.evaluate("() => Kiem.Tracker.mode") == "none"
    assert page.console.errors == []


def test_package_works_from_file_and_resumes_from_local_storage(browser, tmp_path, sample_doc):
    folder = write_folder(learner_files(sample_doc, "none"), tmp_path / "pkg")
    context = browser.new_context()
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on(
            "console", lambda m: errors.append(m.text) if m.type in ("error", "warning") else None
        )
        page.on("pageerror", lambda e: errors.append(str(e)))
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto((folder / "index.html").as_uri())
        frame = page.main_frame
        assert page.is_visible(".k-page:not([hidden]) h2")
        go_next(frame)
        go_next(frame)
        page.reload()  # pagehide saved the state in this browser
        assert current_page(page.main_frame) == 2
        assert page.is_visible(".k-banner")
        assert errors == []
        assert all(url.startswith("file://") for url in requests)
    finally:
        context.close()


def test_without_javascript_every_page_is_readable(browser, site, sample_doc):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site.url + publish(site, sample_doc, "scorm12"))
        assert page.locator("section.k-page:visible").count() == len(sample_doc.pages)
        assert "JavaScript is turned off" in page.inner_text(".k-noscript")
        # The page list links to every page; no answer keys are in the markup.
        assert page.locator(".k-toc a").count() == len(sample_doc.pages)
        html = page.content().split('id="kiem-data"')[0]
        assert not re.search(r"(correct|answer|weight)\w*=", html)
        assert "is-right" not in html and "is-answer" not in html
    finally:
        context.close()


def test_the_player_makes_no_request_outside_the_package(page, site, sample_doc):
    src = publish(site, sample_doc, "none")
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(site.url + src)
    play_through(page.main_frame, correct=False)
    base = site.url + src.rsplit("/", 1)[0] + "/"
    assert requests and all(url.startswith(base) for url in requests)


def test_printing_shows_every_page_without_the_controls(page, site, kinds_doc):
    page.goto(site.url + publish(site, kinds_doc, "none"))
    page.emulate_media(media="print")
    assert page.locator("section.k-page:visible").count() == len(kinds_doc.pages)
    assert page.locator("[role=tabpanel]:visible").count() == 3
    assert not page.is_visible(".k-nav") and not page.is_visible(".k-toc")
    pdf = page.pdf()
    assert pdf.startswith(b"%PDF")
