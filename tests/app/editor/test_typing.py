"""Typing is saved after a pause as one undoable step, previewed per keystroke, never lost."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog

from app.gui.editor.block_frame import DEBOUNCE_MS
from authoring.blocks import TextData
from authoring.kinds import BlockKind

from .conftest import SAMPLE, make_module


def _text(studio, module, index=0, page=0):
    return studio.services.modules.snapshot(module).pages[page].blocks[index].data.markdown


def _text_block(qtbot, editor, studio):
    module, pages = make_module(studio, "Page", "Other")
    editor.open_module(module)
    block = editor.page_editor.add_block(BlockKind.TEXT)
    QApplication.processEvents()
    return module, pages, block, editor.page_editor.frames[block].form.markdown


def test_typing_is_saved_after_a_pause_as_one_undo_step_and_previewed_per_key(qtbot, editor,
                                                                               studio):
    module, _, block, field = _text_block(qtbot, editor, studio)
    seen = []
    editor.block_text_edited.connect(lambda snap, tracking, data: seen.append((snap.id, tracking,
                                                                               data)))
    steps = studio.undo_stack.count()
    typed = "Use a passphrase."
    qtbot.keyClicks(field.editor, typed)

    assert len(seen) == len(typed)  # one per keystroke, for the live preview
    tracking = studio.services.modules.snapshot(module).pages[0].blocks[0].tracking_id
    assert seen[-1] == (module, tracking, TextData(typed))
    assert _text(studio, module) == ""  # not yet: the pause has not come
    qtbot.waitUntil(lambda: _text(studio, module) == typed, timeout=DEBOUNCE_MS * 10)
    assert studio.undo_stack.count() == steps + 1
    assert studio.undo_stack.undoText() == "Edit text"

    qtbot.keyClicks(field.editor, " Long ones.")
    qtbot.waitUntil(lambda: _text(studio, module).endswith("ones."), timeout=DEBOUNCE_MS * 10)
    assert studio.undo_stack.count() == steps + 2
    assert editor.page_editor.frames[block].form.markdown is field  # never rebuilt meanwhile
    studio.undo()
    assert _text(studio, module) == typed
    assert field.text() == typed  # the widget shows what undo restored
    studio.redo()
    assert field.text() == typed + " Long ones."
    assert studio.messages == []


def test_leaving_the_block_or_the_page_saves_at_once(qtbot, editor, studio):
    module, pages, block, field = _text_block(qtbot, editor, studio)
    field.editor.setFocus()
    qtbot.keyClicks(field.editor, "Saved on leaving")
    editor.page_editor.title.setFocus()  # focus out of the block
    assert _text(studio, module) == "Saved on leaving"

    qtbot.keyClicks(field.editor, ", and on switching pages")
    editor.select(pages[1])
    assert _text(studio, module) == "Saved on leaving, and on switching pages"
    assert editor.current_page() == pages[1]


def test_a_change_from_elsewhere_never_overwrites_typing_that_waits(qtbot, editor, studio):
    module, _, block, field = _text_block(qtbot, editor, studio)
    qtbot.keyClicks(field.editor, "mine")
    studio.do("Edit elsewhere", lambda: studio.services.blocks.edit(block, TextData("theirs")))
    assert field.text() == "mine"  # the person's typing wins…
    qtbot.waitUntil(lambda: _text(studio, module) == "mine", timeout=DEBOUNCE_MS * 10)
    studio.undo()  # …and stays undoable
    assert field.text() == "theirs"


def test_the_toolbar_and_shortcuts_format_the_text_as_learners_see_it(qtbot, editor, studio,
                                                                      monkeypatch):
    module, _, block, field = _text_block(qtbot, editor, studio)
    edit = field.editor
    edit.setFocus()
    qtbot.keyClicks(edit, "Report it")
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    qtbot.keyClick(edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "**Report** it"
    assert edit.toPlainText() == "Report it"  # no asterisks on screen: the word is bold
    qtbot.keyClick(edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # again: undone
    assert field.text() == "Report it"
    qtbot.keyClick(edit, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "*Report* it"
    field.actions_by_name["heading"].trigger()
    assert field.text() == "## *Report* it"
    edit.selectAll()

    def address(dialog: QInputDialog) -> int:
        assert dialog.textValue() == "https://"
        dialog.setTextValue("https://intranet.example.org/report")
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(QInputDialog, "exec", address)
    qtbot.keyClick(edit, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "## [*Report* it](https://intranet.example.org/report)"

    field.set_text("first\n\nsecond")
    edit.selectAll()
    field.actions_by_name["numbers"].trigger()
    assert field.text() == "1. first\n2. second"
    field.actions_by_name["numbers"].trigger()
    assert field.text() == "first\n\nsecond"
    field.actions_by_name["bullets"].trigger()
    assert field.text() == "- first\n- second"
    field.actions_by_name["bullets"].trigger()
    field.actions_by_name["quote"].trigger()
    assert field.text() == "> first\n>\n> second"
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    edit.setTextCursor(cursor)
    field.actions_by_name["table"].trigger()
    qtbot.keyClicks(edit, "Mail")
    assert field.text().endswith("| Column 1 | Column 2 |\n| --- | --- |\n| Mail |  |")
    qtbot.waitUntil(lambda: "| --- |" in _text(studio, module), timeout=DEBOUNCE_MS * 10)
    for action in field.actions_by_name.values():
        assert action.toolTip() and not action.icon().isNull()


def test_in_markdown_source_the_toolbar_and_shortcuts_write_markdown(qtbot, editor, studio):
    module, _, block, field = _text_block(qtbot, editor, studio)
    field.source_action.trigger()  # "Markdown": the source itself
    edit = field.source
    assert edit.isVisible() and not field.editor.isVisible()
    edit.setFocus()
    qtbot.keyClicks(edit, "Report it")
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    qtbot.keyClick(edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "**Report** it"
    qtbot.keyClick(edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # again: undone
    assert field.text() == "Report it"
    qtbot.keyClick(edit, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "*Report* it"
    field.actions_by_name["heading"].trigger()
    assert field.text() == "## *Report* it"
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "[## *Report* it](https://)"
    assert edit.textCursor().selectedText() == "https://"  # type the address over it

    edit.setPlainText("first\nsecond")
    edit.selectAll()
    field.actions_by_name["numbers"].trigger()
    assert field.text() == "1. first\n2. second"
    field.actions_by_name["numbers"].trigger()
    assert field.text() == "first\nsecond"
    field.actions_by_name["bullets"].trigger()
    assert field.text() == "- first\n- second"
    field.actions_by_name["quote"].trigger()
    assert field.text() == "> - first\n> - second"
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    edit.setTextCursor(cursor)
    field.actions_by_name["table"].trigger()
    assert "| Column 1 | Column 2 |\n| --- | --- |" in field.text()
    qtbot.waitUntil(lambda: "| --- |" in _text(studio, module), timeout=DEBOUNCE_MS * 10)
    for action in field.actions_by_name.values():
        assert action.toolTip() and not action.icon().isNull()


def test_select_jumps_to_a_block_of_another_page_and_focuses_it(qtbot, editor, studio):
    module = studio.services.transfer.import_folder(SAMPLE).id
    editor.open_module(module)
    snap = studio.services.modules.snapshot(module)
    quiz = snap.pages[-1]
    target = quiz.blocks[-1]  # the reflection at the end of the quiz
    shown = []
    editor.page_shown.connect(lambda m, index: shown.append(index))
    editor.select(quiz.id, target.id)
    assert editor.current_page() == quiz.id
    assert shown == [len(snap.pages) - 1]
    assert editor.page_editor.current_block() == target.id
    frame = editor.page_editor.frames[target.id]
    assert frame.isAncestorOf(QApplication.focusWidget())
    assert frame.property("current") is True
    qtbot.waitUntil(lambda: frame.visibleRegion().boundingRect().height() > 40, timeout=3000)


def test_page_shown_follows_the_page_and_every_change_of_the_module(qtbot, editor, studio):
    module, pages = make_module(studio, "One", "Two")
    shown = []
    editor.page_shown.connect(lambda snap, index: shown.append((snap.id, index)))
    editor.open_module(module)
    editor.select(pages[1])
    editor.page_editor.add_block(BlockKind.CALLOUT)
    assert shown == [(module, 0), (module, 1), (module, 1)]
    assert editor.current_module() == module


def test_italic_inside_bold_adds_emphasis_instead_of_breaking_the_bold(qtbot, editor, studio):
    _module, _, _block, field = _text_block(qtbot, editor, studio)
    field.show_source(True)
    field.source.setPlainText("**word**")
    cursor = field.source.textCursor()
    cursor.setPosition(2)
    cursor.setPosition(6, QTextCursor.MoveMode.KeepAnchor)
    field.source.setTextCursor(cursor)
    field.actions_by_name["italic"].trigger()
    assert field.text() == "***word***"
    field.actions_by_name["italic"].trigger()
    assert field.text() == "**word**"
    field.actions_by_name["bold"].trigger()
    assert field.text() == "word"


def test_ctrl_z_in_a_field_undoes_the_studio_step_like_the_toolbar(qtbot, editor, studio):
    module, _, _block, field = _text_block(qtbot, editor, studio)
    field.editor.setFocus()
    qtbot.keyClicks(field.editor, "Report it.")
    qtbot.waitUntil(lambda: _text(studio, module) == "Report it.", timeout=DEBOUNCE_MS * 10)
    steps = studio.undo_stack.count()
    qtbot.keyClicks(field.editor, " Today.")  # still waiting for the pause
    qtbot.keyClick(field.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # The waiting typing became a step and that step was undone: one history, not two.
    assert studio.undo_stack.count() == steps + 1 and studio.undo_stack.index() == steps
    assert _text(studio, module) == "Report it." and field.text() == "Report it."
    assert studio.undo_stack.redoText() == "Edit text"
    qtbot.keyClick(field.editor, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _text(studio, module) == "Report it. Today." == field.text()

    title = editor.page_editor.title
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Renamed")
    title.editingFinished.emit()
    qtbot.waitUntil(lambda: studio.services.modules.snapshot(module).pages[0].title == "Renamed",
                    timeout=DEBOUNCE_MS * 10)
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert studio.services.modules.snapshot(module).pages[0].title == "Page"
    assert title.text() == "Page"
