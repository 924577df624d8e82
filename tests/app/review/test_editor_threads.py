"""The author's editor with the reviewers' threads: marks beside blocks and the Comments dock.

Ben reviews Ann's module through the service (review mode is driven elsewhere); Ann's studio
window opens the module, sees the mark on the commented block, and answers from the dock.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QLabel

from app.gui.main_window import MainWindow
from authoring import blocks as b
from authoring.kinds import BlockKind
from review.anchors import find_quote
from review.state import Verdict

from .test_review_window import save_screenshot

SECOND_PAGE = "Forward a suspicious mail to the service desk, then delete it."


@pytest.fixture(autouse=True)
def _wait_for_jobs() -> Iterator[None]:
    yield
    assert QThreadPool.globalInstance().waitForDone(60_000)


@pytest.fixture
def module(trio):
    """Ann's two-page module, submitted; Ben and Cem have it to review."""
    _folder, (ann, ben, cem) = trio
    module_id = ann.write_module()
    page = ann.services.pages.add(module_id, "Report it").id
    ann.services.blocks.add(page, BlockKind.TEXT, b.TextData(SECOND_PAGE))
    request = ann.review.submit(module_id)
    ben.review.sync()
    cem.review.sync()
    return ann, ben, module_id, request


def _suggest(reviewer, request):
    """The reviewer suggests a clearer verb on page one and asks for changes."""
    snap, _ = reviewer.review.version(request)
    anchor = find_quote(snap, request.version, "rest the mouse pointer").to_dict()
    thread = reviewer.review.suggest(str(request.id), anchor, "hold the mouse pointer still",
                                     "Clearer verb")
    reviewer.review.finish(str(request.id), Verdict.REQUEST_CHANGES)
    return thread


@pytest.fixture
def window(qtbot, trio, tmp_path: Path) -> Iterator[MainWindow]:
    """Ann's studio window on her own workspace and review service."""
    _folder, (ann, _ben, _cem) = trio
    settings = QSettings(str(tmp_path / "kiem.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(ann.services, settings, review=ann.review)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.close()  # before the workspaces close


def _frames(window: MainWindow) -> dict:
    return window.editor.page_editor.frames


def _marked(window: MainWindow) -> dict:
    """Block id → the count its mark shows, for every block showing one."""
    return {block_id: frame.comment_badge.text() for block_id, frame in _frames(window).items()
            if frame.comment_badge.isVisible()}


def test_author_sees_a_suggestion_beside_its_block_accepts_it_and_undo_takes_it_back(
        qtbot, module, window, light):
    ann, ben, module_id, request = module
    suggestion = _suggest(ben, request)
    ann.review.sync()
    window.open_module(module_id)
    page = ann.services.modules.snapshot(module_id).pages[0]
    block = page.blocks[0]
    frame = _frames(window)[block.id]
    assert _marked(window) == {block.id: "1"}
    assert frame.comment_badge.toolTip() == "1 open comment from reviewers"
    assert window.comments_dock.isVisible(), "open threads not seen yet: the dock opens"
    save_screenshot(qtbot, window, "editor-comments-light.png")

    window.comments_action.trigger()  # View › Comments hides it; the mark brings it back
    assert not window.comments_dock.isVisible()
    qtbot.mouseClick(frame.comment_badge, Qt.MouseButton.LeftButton)
    assert window.comments_dock.isVisible() and window.comments_action.isChecked()
    card = window.comments.list.card(suggestion.id)
    assert card is not None and card.property("current") is True
    assert "rest the mouse pointer" in card.quote.text()
    assert window.editor.page_editor.current_block() == block.id

    qtbot.mouseClick(card.accept_button, Qt.MouseButton.LeftButton)
    assert "hold the mouse pointer still on it" in frame.form.markdown.text()
    assert _marked(window) == {}, "an accepted suggestion is resolved"
    accepted = window.comments.list.card(suggestion.id)
    chips = [c.text() for c in accepted.chips]
    assert "Changed since" in chips and "Outdated" not in chips  # no problem: it was answered

    window.undo_action.trigger()  # Edit › Undo
    assert "rest the mouse pointer on it" in frame.form.markdown.text()
    assert "hold the mouse pointer still" not in frame.form.markdown.text()
    assert ann.text_block(module_id)[1] == frame.form.markdown.text()
    # The acceptance is taken back too: the suggestion waits again, here and for Ben.
    assert _marked(window) == {block.id: "1"}
    card = window.comments.list.card(suggestion.id)
    qtbot.waitUntil(card.accept_button.isVisible)  # the card is the suggestion's, to answer
    ann.review.sync()
    ben.review.sync()
    state, thread = ben.review.thread(str(suggestion.id))
    assert (thread.suggestion, thread.resolved) == ("pending", False)
    steps = [entry.summary for entry in state.modules[module_id].audit]
    assert steps[-2:] == ["accepted a suggestion", "took back accepting a suggestion (undone)"]

    window.redo_action.trigger()  # Edit › Redo: the text and the acceptance come back
    assert "hold the mouse pointer still on it" in frame.form.markdown.text()
    assert ann.review.thread(str(suggestion.id))[1].suggestion == "accepted"


def test_a_page_without_threads_shows_no_marks(qtbot, module, window):
    ann, ben, module_id, request = module
    _suggest(ben, request)
    ann.review.sync()
    window.open_module(module_id)
    second = ann.services.modules.snapshot(module_id).pages[1]
    window.editor.select(second.id)
    assert set(_frames(window)) == {second.blocks[0].id}
    assert _marked(window) == {}
    first = ann.services.modules.snapshot(module_id).pages[0]
    window.editor.select(first.id)  # back on page one, its new frame is marked again
    assert _marked(window) == {first.blocks[0].id: "1"}


def test_a_module_without_open_threads_keeps_the_dock_closed(qtbot, module, window):
    _ann, _ben, module_id, _request = module
    window.open_module(module_id)
    assert _marked(window) == {}
    assert not window.comments_dock.isVisible()
    assert "No comments yet" in window.comments.list.empty.text()
    window.comments_action.trigger()  # View › Comments opens it
    assert window.comments_dock.isVisible()
    window.show_home()  # the dock belongs to the editor
    assert not window.comments_dock.isVisible() and not window.comments_action.isEnabled()
    window.open_module(module_id)
    assert window.comments_dock.isVisible(), "back in the editor, as the author left it"


def test_a_sync_that_brings_a_review_marks_the_block_in_the_open_editor(qtbot, module, window):
    ann, ben, module_id, request = module
    window.open_module(module_id)
    assert _marked(window) == {}
    _suggest(ben, request)
    window.reviews.sync.sync_now()
    block = ann.services.modules.snapshot(module_id).pages[0].blocks[0]
    assert _marked(window) == {block.id: "1"}
    assert len(window.comments.list.cards()) == 1


def test_clicking_a_thread_in_the_dock_goes_to_its_block(qtbot, module, window):
    ann, ben, module_id, request = module
    suggestion = _suggest(ben, request)
    ann.review.sync()
    window.open_module(module_id)
    snap = ann.services.modules.snapshot(module_id)
    window.editor.select(snap.pages[1].id)
    card = window.comments.list.card(suggestion.id)
    qtbot.mouseClick(card.place_button, Qt.MouseButton.LeftButton)
    assert window.editor.current_page() == snap.pages[0].id
    assert window.editor.page_editor.current_block() == snap.pages[0].blocks[0].id



def test_a_reply_written_offline_says_it_is_not_sent_yet_until_a_sync_sends_it(
        qtbot, trio, module, window):
    folder = trio[0]
    ann, ben, module_id, request = module
    suggestion = _suggest(ben, request)
    ann.review.sync()
    window.open_module(module_id)
    away = folder.with_name("unplugged")
    folder.rename(away)  # the laptop is offline: the group folder cannot be reached
    card = window.comments.list.card(suggestion.id)
    card.reply_edit.setText("I will change it.")
    card.reply_button.click()
    qtbot.waitUntil(lambda: len(window.comments.list.card(suggestion.id).thread.comments) == 2)
    card = window.comments.list.card(suggestion.id)
    notes = [w.text() for w in card.findChildren(QLabel, "pendingNote")]
    assert notes == ["Not sent yet: it goes to the group folder at the next sync."]
    away.rename(folder)
    window.reviews.sync.sync_now()
    window.comments.refresh()
    card = window.comments.list.card(suggestion.id)
    assert card.findChildren(QLabel, "pendingNote") == []
    ben.review.sync()
    assert [c.text for c in ben.review.thread(str(suggestion.id))[1].comments][-1] == \
        "I will change it."
