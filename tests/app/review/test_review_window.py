"""Review mode: a reviewer reads the version in the learner's player, comments, and finishes."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.gui.review.comment_dialog import CommentDialog, SuggestionDialog
from app.gui.review.review_window import ReviewWindow
from authoring import blocks as b
from review.anchors import find_quote
from review.state import RequestState, Verdict

from .conftest import GUIDE, run_js, select_across, select_words, two_page_module


def open_review(qtbot, person, request_id) -> ReviewWindow:
    """Open review mode at a laptop's size and wait until the player shows the version."""
    window = ReviewWindow(person.review, request_id)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    with qtbot.waitSignal(window.player.loaded, timeout=30_000) as loaded:
        window.show()  # the export runs off the GUI thread; the page loads after it
    assert loaded.args == [True]
    return window


def submitted(ann, ben, module_id=None):
    """Ann submits a module (the guide, unless given); Ben, the reviewer, syncs."""
    module_id = module_id or ann.write_module()
    request = ann.review.submit(module_id)
    ben.review.sync()
    return module_id, request


def fill_comment(text: str, blocking: bool = False, seen: list | None = None):
    def exec_(dialog: CommentDialog) -> int:
        if seen is not None:  # the note, read while the dialog lives
            seen.append(dialog.note_label.text() if hasattr(dialog, "note_label") else "")
        dialog.text.setPlainText(text)
        dialog.blocking.setChecked(blocking)
        assert dialog.ok_button.isEnabled()
        return QDialog.DialogCode.Accepted
    return exec_


def test_reviewer_comments_on_a_selected_passage_and_the_verdict_sends_it(
        qtbot, trio, monkeypatch, light):
    _folder, (ann, ben, _cem) = trio
    module_id, request = submitted(ann, ben)
    window = open_review(qtbot, ben, request.id)
    assert window.title.text() == "Check a link"
    assert window.verdict_bar.isVisible()
    assert "No comments yet" in window.threads.empty.text()

    assert select_words(qtbot, window.player.view, "service desk") == "service desk"
    notes: list[str] = []
    monkeypatch.setattr(CommentDialog, "exec",
                        fill_comment("Which number do they call?", True, notes))
    qtbot.mouseClick(window.comment_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.threads.cards()), timeout=10_000)

    assert notes == [""], "the quote was found: no widening note"
    thread, = ben.review.state().threads.values()
    assert thread.pending and thread.blocking
    snap, _ = ben.review.version(request)
    assert thread.anchor["quote"] == "service desk"
    assert thread.anchor["block"] == snap.pages[0].blocks[0].tracking_id
    card, = window.threads.cards()
    chips = [c.text() for c in card.chips]
    assert "Pending" in chips and "Blocking" in chips and "Open" in chips
    assert "Which number do they call?" in card.comment_labels[0].text()
    assert card.reply_edit is None, "a pending thread takes no replies until it is sent"
    assert "1 comment" in window.verdict_bar.pending.text()
    save_screenshot(qtbot, window, "review-window-pending-light.png")

    ann.review.sync()
    assert not ann.review.state().threads, "pending threads stay on the reviewer's laptop"

    with qtbot.waitSignal(window.finished, timeout=5_000):
        window.verdict_bar.note.setText("One question")
        qtbot.mouseClick(window.verdict_bar.request_changes, Qt.MouseButton.LeftButton)
    assert not ben.review.state().threads[thread.id].pending
    assert not window.verdict_bar.isVisible()
    assert window.threads.hasFocus() and not window.player.view.hasFocus()  # no skip banner
    assert window.status.text() == "You requested changes to this version."
    card, = window.threads.cards()
    assert "Pending" not in [c.text() for c in card.chips]
    ann.review.sync()
    state = ann.review.state()
    assert thread.id in state.threads
    assert state.requests[request.id].state is RequestState.CHANGES_REQUESTED
    assert state.requests[request.id].reviewers["ben@example.com"].note == "One question"


def test_a_selection_across_formatting_comments_on_the_whole_block_and_says_so(
        qtbot, trio, monkeypatch):
    _folder, (ann, ben, _cem) = trio
    module_id, request = submitted(ann, ben, two_page_module(ann))
    window = open_review(qtbot, ben, request.id)
    run_js(qtbot, window.player.view, "(Kiem.nav.show(1, false), true)")
    selected = select_across(qtbot, window.player.view, "Never", "attachment")
    assert selected == "Never open the attachment"  # spans the bold words
    notes: list[str] = []
    monkeypatch.setattr(CommentDialog, "exec", fill_comment("Too strict?", seen=notes))
    window.comment_action.trigger()  # the Ctrl+Alt+M action
    qtbot.waitUntil(lambda: bool(window.threads.cards()), timeout=10_000)

    assert "whole block" in notes[0]
    thread, = ben.review.state().threads.values()
    snap, _ = ben.review.version(request)
    assert thread.anchor["quote"] == ""
    assert thread.anchor["block"] == snap.pages[1].blocks[0].tracking_id
    assert window.comment_action.shortcut().toString() == "Ctrl+Alt+M"


def test_of_two_equal_words_the_selected_one_is_anchored(qtbot, trio, monkeypatch):
    _folder, (ann, ben, _cem) = trio
    _module_id, request = submitted(ann, ben)
    window = open_review(qtbot, ben, request.id)
    assert window.comment_button.isEnabled(), "enabled once the player shows the version"
    assert select_words(qtbot, window.player.view, "link", occurrence=1) == "link"
    monkeypatch.setattr(CommentDialog, "exec", fill_comment("Which link?"))
    qtbot.mouseClick(window.comment_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.threads.cards()), timeout=10_000)
    thread, = ben.review.state().threads.values()
    assert thread.anchor["quote"] == "link"
    assert thread.anchor["offset"] == GUIDE.index("the link goes") + len("the ")
    assert thread.anchor["before"].endswith("tells you where the ")


def test_reviewer_suggests_new_words_for_a_selection(qtbot, trio, monkeypatch):
    _folder, (ann, ben, _cem) = trio
    module_id, request = submitted(ann, ben)
    window = open_review(qtbot, ben, request.id)
    select_words(qtbot, window.player.view, "rest the mouse pointer")

    def exec_(dialog: SuggestionDialog) -> int:
        assert dialog.replacement.toPlainText() == "rest the mouse pointer"
        assert not dialog.ok_button.isEnabled(), "nothing changed yet"
        dialog.replacement.setPlainText("hold the mouse pointer still")
        assert "<del" in dialog.preview.text() and "<ins" in dialog.preview.text()
        dialog.message.setText("Clearer verb")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SuggestionDialog, "exec", exec_)
    qtbot.mouseClick(window.suggest_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.threads.cards()), timeout=10_000)
    thread, = ben.review.state().threads.values()
    assert thread.replacement == "hold the mouse pointer still"
    assert thread.anchor["quote"] == "rest the mouse pointer"
    card, = window.threads.cards()
    assert "Suggestion" in [c.text() for c in card.chips]
    assert "<del" in card.suggestion.text()


def test_a_suggestion_without_exact_words_is_explained_and_nothing_is_sent(
        qtbot, trio, monkeypatch):
    _folder, (ann, ben, _cem) = trio
    module_id, request = submitted(ann, ben, two_page_module(ann))
    window = open_review(qtbot, ben, request.id)
    run_js(qtbot, window.player.view, "(Kiem.nav.show(1, false), true)")
    select_across(qtbot, window.player.view, "Never", "attachment")
    monkeypatch.setattr(SuggestionDialog, "exec", lambda d: pytest_fail("no dialog"))
    qtbot.mouseClick(window.suggest_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.last_message is not None, timeout=10_000)
    assert "cannot be found as written" in window.last_message.text()
    assert not ben.review.state().threads


def pytest_fail(message: str) -> int:
    raise AssertionError(message)


def test_pressing_comment_with_nothing_selected_says_how(qtbot, trio):
    _folder, (ann, ben, _cem) = trio
    _module_id, request = submitted(ann, ben)
    window = open_review(qtbot, ben, request.id)
    qtbot.mouseClick(window.comment_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.last_message is not None, timeout=10_000)
    assert window.last_message.text() == "Select some text in the module first."
    assert "Comment on this page" in window.last_message.informativeText()


def test_comment_on_this_page_points_at_the_page_the_player_shows(qtbot, trio, monkeypatch):
    _folder, (ann, ben, _cem) = trio
    module_id, request = submitted(ann, ben, two_page_module(ann))
    window = open_review(qtbot, ben, request.id)
    run_js(qtbot, window.player.view, "(Kiem.nav.show(1, false), true)")
    monkeypatch.setattr(CommentDialog, "exec", fill_comment("Add a picture here."))
    qtbot.mouseClick(window.page_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.threads.cards()), timeout=10_000)
    thread, = ben.review.state().threads.values()
    snap, _ = ben.review.version(request)
    assert thread.anchor["page_id"] == str(snap.pages[1].id)
    assert thread.anchor["block"] == "" and thread.anchor["quote"] == ""


def test_clicking_a_thread_shows_its_passage_on_its_page(qtbot, trio):
    _folder, (ann, ben, _cem) = trio
    module_id, request = submitted(ann, ben, two_page_module(ann))
    snap, _ = ben.review.version(request)
    ben.review.comment(str(request.id), "Say why.",
                       anchor=find_quote(snap, 1, "Ask the sender").to_dict())
    window = open_review(qtbot, ben, request.id)
    assert run_js(qtbot, window.player.view, "Kiem.state.page") == 0
    card, = window.threads.cards()
    assert card.place_button.text() == "Page “When in doubt” · Text"
    qtbot.mouseClick(card.place_button, Qt.MouseButton.LeftButton)
    tracking = snap.pages[1].blocks[0].tracking_id
    qtbot.waitUntil(lambda: run_js(qtbot, window.player.view, "Kiem.state.page") == 1,
                    timeout=5_000)
    assert run_js(qtbot, window.player.view,
                  f"document.querySelector('[data-block=\"{tracking}\"]')"
                  ".classList.contains('kiem-review-flash')")
    assert card.property("current") is True


def test_a_new_version_shows_what_changed_since_my_verdict_and_keeps_outdated_threads(
        qtbot, trio, light):
    _folder, (ann, ben, _cem) = trio
    module_id, first = submitted(ann, ben)
    old, _ = ben.review.version(first)
    fixed = ben.review.comment(str(first.id), "Which number do they call?",
                               anchor=find_quote(old, 1, "service desk").to_dict())
    gone = ben.review.comment(str(first.id), "Too long?",
                              anchor=find_quote(old, 1, "tells you where the link goes")
                              .to_dict())
    ben.review.finish(str(first.id), Verdict.REQUEST_CHANGES)
    ann.review.sync()
    ann.review.reply(str(fixed.id), "Added the number.")
    ann.review.resolve(str(fixed.id))
    block_id, text = ann.text_block(module_id)
    ann.services.blocks.edit(block_id, b.TextData(
        "## Before you click\n\n"
        + text.replace("tells you where the link goes", "shows the real destination")
        + " Call 1234."))
    second = ann.review.submit(module_id)
    ben.review.sync()

    window = open_review(qtbot, ben, second.id)
    assert window.changes.isVisible()
    assert "version 1" in window.changes.toggle.text()
    assert "1 of your threads resolved" in window.changes.summary.text()
    qtbot.mouseClick(window.changes.toggle, Qt.MouseButton.LeftButton)
    assert window.changes.text.isVisible()
    html = window.changes.text.toHtml()
    assert "line-through" in html and "underline" in html
    assert "tells you where" in html and "real destination" in html
    assert "Which number do they call?" in window.changes.text.toPlainText()
    shown = window.changes.text.toPlainText()
    assert "Before you click" in shown and "##" not in shown  # as learners read it
    tracking = old.pages[0].blocks[0].tracking_id
    qtbot.waitUntil(lambda: run_js(
        qtbot, window.player.view,
        "document.querySelectorAll('.kiem-review-changed').length") == 1, timeout=5_000)
    assert run_js(qtbot, window.player.view,
                  f"document.querySelector('[data-block=\"{tracking}\"]')"
                  ".getAttribute('data-kiem-review-badge')") == "changed"

    cards = {c.thread.id: c for c in window.threads.cards()}
    assert set(cards) == {fixed.id, gone.id}, "threads of every version are listed"
    outdated = cards[gone.id]
    assert "Outdated" in [c.text() for c in outdated.chips]
    assert "tells you where the link goes" in outdated.quote.text()
    assert "Resolved" in [c.text() for c in cards[fixed.id].chips]
    save_screenshot(qtbot, window, "review-window-light.png")


def test_a_refused_verdict_is_explained_instead_of_crashing(qtbot, trio):
    _folder, (ann, ben, _cem) = trio
    _module_id, request = submitted(ann, ben)
    window = open_review(qtbot, ben, request.id)
    ann.review.withdraw(str(request.id))
    ben.review.sync()
    qtbot.mouseClick(window.verdict_bar.approve, Qt.MouseButton.LeftButton)
    assert window.last_message is not None
    assert window.last_message.text() == "Your review was not finished"
    assert "closed" in window.last_message.informativeText()


def test_an_unknown_request_opens_with_an_explanation(qtbot, trio):
    _folder, (_ann, ben, _cem) = trio
    window = ReviewWindow(ben.review, uuid.uuid4())
    qtbot.addWidget(window)
    assert window.title.text() == "This review cannot be opened"
    assert "no single review request" in window.subtitle.text()
    assert not window.comment_button.isEnabled()
    assert not window.verdict_bar.isVisibleTo(window)


def save_screenshot(qtbot, widget, name: str) -> Path | None:
    """Keep a screenshot in $KIEM_SCREENSHOTS (looked at, not compared)."""
    folder = os.environ.get("KIEM_SCREENSHOTS")
    if not folder:
        return None
    qtbot.wait(300)  # cards are shown on the next turn of the loop; the page paints its marks
    path = Path(folder) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(path))
    return path


def test_a_pending_comment_can_be_edited_made_blocking_and_deleted(qtbot, trio, monkeypatch):
    _folder, (ann, ben, _cem) = trio
    _module_id, request = submitted(ann, ben)
    old, _ = ben.review.version(request)
    anchor = find_quote(old, 1, "service desk").to_dict()
    first = ben.review.comment(str(request.id), "Which numbr?", anchor=anchor)
    second = ben.review.comment(str(request.id), "Too long?")
    window = open_review(qtbot, ben, request.id)
    card = window.threads.card(first.id)
    assert card.edit_button is not None and card.discard_button is not None

    seen: list[tuple[str, bool]] = []

    def fix_typo(dialog: CommentDialog) -> int:
        seen.append((dialog.text.toPlainText(), dialog.blocking.isChecked()))
        dialog.text.setPlainText("Which number do they call?")
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(CommentDialog, "exec", fix_typo)
    qtbot.mouseClick(card.edit_button, Qt.MouseButton.LeftButton)
    assert seen == [("Which numbr?", False)]  # the dialog opens on what was written
    card = window.threads.card(first.id)
    assert card.comment_labels[0].text() == "Which number do they call?"
    qtbot.mouseClick(card.blocking_button, Qt.MouseButton.LeftButton)
    card = window.threads.card(first.id)
    assert "Blocking" in [c.text() for c in card.chips]
    assert card.blocking_button.text() == "Not blocking"

    qtbot.mouseClick(window.threads.card(second.id).discard_button, Qt.MouseButton.LeftButton)
    assert window.threads.card(second.id) is None
    with qtbot.waitSignal(window.finished, timeout=5_000):
        qtbot.mouseClick(window.verdict_bar.request_changes, Qt.MouseButton.LeftButton)
    assert window.threads.card(first.id).edit_button is None  # sent: answered by replies now
    ann.review.sync()
    threads = ann.review.state().threads
    assert set(threads) == {first.id}
    assert threads[first.id].blocking and threads[first.id].comments[0].text == \
        "Which number do they call?"


def test_while_the_player_starts_the_pane_says_what_is_coming(qtbot, trio):
    _folder, (ann, ben, _cem) = trio
    module_id, request = submitted(ann, ben)
    window = ReviewWindow(ben.review, request.id)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.player.loaded, timeout=30_000):
        window.show()
        text = window.player.message.text()
        assert text.startswith("Opening version 1 of “Check a link” as learners see it…")
        assert "1. Hover first" in text  # the pages, not an empty pane
        assert window.player.busy.isVisible()
    assert not window.player.busy.isVisible() and not window.player.message.isVisible()
