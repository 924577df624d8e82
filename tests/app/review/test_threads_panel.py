"""The author's threads panel: reading threads, answering, accepting a suggestion (undoable)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.gui.review.decline_dialog import DeclineDialog
from app.gui.review.threads_panel import ThreadsPanel
from app.gui.studio import Studio
from authoring import blocks as b
from review.anchors import find_quote
from review.state import Verdict

from .test_review_window import save_screenshot


@pytest.fixture
def reviewed(trio):
    """Ann's module, reviewed by Ben (a blocking comment, a suggestion) and Cem (a comment)."""
    _folder, (ann, ben, cem) = trio
    module_id = ann.write_module()
    request = ann.review.submit(module_id)
    ben.review.sync()
    cem.review.sync()
    snap, _ = ben.review.version(request)
    comment = ben.review.comment(str(request.id), "Which number do they call?",
                                 anchor=find_quote(snap, 1, "service desk").to_dict(),
                                 blocking=True)
    suggestion = ben.review.suggest(str(request.id),
                                    find_quote(snap, 1, "rest the mouse pointer").to_dict(),
                                    "hold the mouse pointer still", "Clearer verb")
    ben.review.finish(str(request.id), Verdict.REQUEST_CHANGES)
    aside = cem.review.comment(str(request.id), "Nice and short.")
    ann.review.sync()
    return ann, module_id, {"comment": comment, "suggestion": suggestion, "aside": aside}


@pytest.fixture
def panel(qtbot, reviewed):
    ann, module_id, _threads = reviewed
    studio = Studio(ann.services)
    studio.messages = []
    studio.failed.connect(studio.messages.append)
    panel = ThreadsPanel(studio, ann.review)
    qtbot.addWidget(panel)
    panel.resize(420, 760)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _text(ann, module_id) -> str:
    return ann.text_block(module_id)[1]


def test_author_sees_the_threads_with_markers_per_block(qtbot, panel, reviewed, light):
    ann, module_id, threads = reviewed
    assert "No module open" in panel.list.empty.text()
    with qtbot.waitSignal(panel.markers_changed) as markers:
        panel.show_module(module_id)
    tracking = ann.services.modules.snapshot(module_id).pages[0].blocks[0].tracking_id
    assert markers.args == [{tracking: 2}], "the comment on the whole version has no block"
    cards = {c.thread.id: c for c in panel.list.cards()}
    assert set(cards) == {t.id for t in threads.values()}
    assert "3 open" in panel.summary.text() and "1 blocking" in panel.summary.text()
    suggestion = cards[threads["suggestion"].id]
    assert "rest the mouse pointer" in suggestion.quote.text()
    assert "<del" in suggestion.suggestion.text() and "still" in suggestion.suggestion.text()
    assert suggestion.accept_button is not None and suggestion.decline_button is not None
    assert cards[threads["comment"].id].accept_button is None
    assert "Blocking" in [c.text() for c in cards[threads["comment"].id].chips]
    save_screenshot(qtbot, panel, "threads-panel-light.png")


def test_accepting_a_suggestion_is_one_undoable_step(qtbot, panel, reviewed):
    ann, module_id, threads = reviewed
    panel.show_module(module_id)
    studio = panel.studio
    card = panel.list.card(threads["suggestion"].id)
    steps = studio.undo_stack.count()
    qtbot.mouseClick(card.accept_button, Qt.MouseButton.LeftButton)

    assert "hold the mouse pointer still on it" in _text(ann, module_id)
    assert studio.undo_stack.count() == steps + 1
    assert studio.undo_stack.undoText() == "Accept suggestion"
    assert ann.review.state().threads[threads["suggestion"].id].suggestion == "accepted"
    card = panel.list.card(threads["suggestion"].id)
    assert "Accepted" in [c.text() for c in card.chips] and card.accept_button is None

    studio.undo()
    assert "rest the mouse pointer on it" in _text(ann, module_id)
    assert "hold the mouse pointer still" not in _text(ann, module_id)
    assert studio.messages == []


def test_accepting_after_the_quote_changed_shows_both_texts_and_keeps_the_thread(
        qtbot, panel, reviewed):
    ann, module_id, threads = reviewed
    block_id, text = ann.text_block(module_id)
    ann.services.blocks.edit(block_id, b.TextData(text.replace("rest the mouse pointer",
                                                               "keep the cursor")))
    panel.show_module(module_id)
    card = panel.list.card(threads["suggestion"].id)
    assert "Outdated" in [c.text() for c in card.chips]
    steps = panel.studio.undo_stack.count()
    qtbot.mouseClick(card.accept_button, Qt.MouseButton.LeftButton)

    box = panel.last_message
    assert box is not None and "changed in your draft" in box.text()
    info = box.informativeText()
    assert "rest the mouse pointer" in info and "hold the mouse pointer still" in info
    assert "keep the cursor" in info
    assert panel.studio.undo_stack.count() == steps
    assert ann.review.state().threads[threads["suggestion"].id].suggestion == "pending"
    assert "keep the cursor" in _text(ann, module_id)


def test_declining_a_suggestion_asks_why(qtbot, panel, reviewed, monkeypatch):
    ann, module_id, threads = reviewed
    panel.show_module(module_id)

    def exec_(dialog: DeclineDialog) -> int:
        assert not dialog.ok_button.isEnabled(), "a reason is required"
        dialog.reason.setPlainText("Our style guide says rest.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DeclineDialog, "exec", exec_)
    qtbot.mouseClick(panel.list.card(threads["suggestion"].id).decline_button,
                     Qt.MouseButton.LeftButton)
    thread = ann.review.state().threads[threads["suggestion"].id]
    assert thread.suggestion == "declined" and thread.decline_reason.startswith("Our style")
    card = panel.list.card(thread.id)
    assert "Declined" in [c.text() for c in card.chips]
    assert panel.list.cards()[-1].thread.id == thread.id, "resolved threads come last"


def test_replying_and_resolving_moves_the_thread_to_resolved(qtbot, panel, reviewed):
    ann, module_id, threads = reviewed
    panel.show_module(module_id)
    card = panel.list.card(threads["comment"].id)
    qtbot.keyClicks(card.reply_edit, "Added the number: 1234.")
    with qtbot.waitSignal(panel.markers_changed):
        qtbot.mouseClick(card.reply_button, Qt.MouseButton.LeftButton)
        card = panel.list.card(threads["comment"].id)
        assert [c.text for c in ann.review.state().threads[card.thread.id].comments][-1] == \
            "Added the number: 1234."
        assert card.reply_text() == ""
        qtbot.mouseClick(card.resolve_button, Qt.MouseButton.LeftButton)
    assert ann.review.state().threads[threads["comment"].id].resolved
    assert panel.markers == {ann.services.modules.snapshot(module_id).pages[0].blocks[0]
                             .tracking_id: 1}
    card = panel.list.card(threads["comment"].id)
    assert card.resolve_button.text() == "Reopen"


def test_a_half_written_reply_survives_a_refresh(qtbot, panel, reviewed):
    _ann, module_id, threads = reviewed
    panel.show_module(module_id)
    panel.list.card(threads["aside"].id).reply_edit.setText("Thanks, I")
    panel.refresh()
    assert panel.list.card(threads["aside"].id).reply_text() == "Thanks, I"


def test_clicking_a_thread_jumps_to_its_block_in_the_draft(qtbot, panel, reviewed):
    ann, module_id, threads = reviewed
    panel.show_module(module_id)
    page = ann.services.modules.snapshot(module_id).pages[0]
    with qtbot.waitSignal(panel.jump) as jumped:
        qtbot.mouseClick(panel.list.card(threads["comment"].id).place_button,
                         Qt.MouseButton.LeftButton)
    assert jumped.args == [page.id, page.blocks[0].id]


def test_the_reviewer_filter_shows_one_reviewers_threads(qtbot, panel, reviewed):
    _ann, module_id, threads = reviewed
    panel.show_module(module_id)
    assert [panel.reviewer.itemText(i) for i in range(panel.reviewer.count())] == [
        "All reviewers", "Ben", "Cem"]
    panel.reviewer.setCurrentIndex(2)
    assert [c.thread.id for c in panel.list.cards()] == [threads["aside"].id]
    panel.refresh()  # the choice is kept
    assert panel.reviewer.currentText() == "Cem"


def test_a_module_never_reviewed_says_so(qtbot, panel, reviewed):
    ann, _module_id, _threads = reviewed
    other = ann.write_module("Strong passwords")
    with qtbot.waitSignal(panel.markers_changed) as markers:
        panel.show_module(other)
    assert markers.args == [{}]
    assert "not been sent for review" in panel.list.empty.text()
    assert panel.list.cards() == []


def test_the_panel_follows_the_draft_deleting_a_commented_block_clears_its_marker(
        qtbot, panel, reviewed):
    ann, module_id, threads = reviewed
    panel.show_module(module_id)
    block_id, _text_now = ann.text_block(module_id)
    with qtbot.waitSignal(panel.markers_changed) as markers:
        panel.studio.do("Delete block", lambda: ann.services.blocks.delete(block_id))
    assert markers.args == [{}]
    card = panel.list.card(threads["comment"].id)
    assert "Outdated" in [c.text() for c in card.chips]
    assert "service desk" in card.quote.text(), "shown with its quote, never dropped"
    with qtbot.waitSignal(panel.markers_changed) as markers:
        panel.studio.undo()
    assert list(markers.args[0].values()) == [2]
