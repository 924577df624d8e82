"""The outline: pages are added, renamed in place, reordered and deleted, by mouse or keyboard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox

from app.gui.editor.outline_model import SEVERITY_ROLE
from authoring.kinds import BlockKind

from .conftest import make_module, outline_titles, titles


def _rename_in_place(qtbot, editor, text: str) -> None:
    line = editor.outline.view.findChild(QLineEdit)
    assert line is not None and line.isVisible(), "no in-place editor open"
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)  # Qt commits the edit from the event loop
    qtbot.waitUntil(lambda: editor.outline.view.findChild(QLineEdit) is None, timeout=5000)


def test_creator_starts_an_empty_module_and_adds_pages_with_the_keyboard(qtbot, editor, studio):
    module, _ = make_module(studio)
    editor.open_module(module)
    page_editor = editor.page_editor
    assert page_editor.stack.currentWidget() is page_editor.no_pages

    qtbot.mouseClick(page_editor.no_pages.add_button, Qt.MouseButton.LeftButton)
    _rename_in_place(qtbot, editor, "Why length matters")
    assert titles(studio, module) == ["Why length matters"]
    assert page_editor.stack.currentWidget() is page_editor.scroll
    assert page_editor.title.text() == "Why length matters"

    qtbot.keyClick(editor.outline.view, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    _rename_in_place(qtbot, editor, "Passphrases")
    assert titles(studio, module) == ["Why length matters", "Passphrases"]
    assert outline_titles(editor) == ["Why length matters", "Passphrases"]
    assert editor.current_page() == studio.services.modules.snapshot(module).pages[1].id
    assert studio.messages == []


def test_ctrl_shift_n_adds_a_page_after_the_current_one_from_inside_a_block(qtbot, editor,
                                                                            studio):
    module, pages = make_module(studio, "One", "Two")
    editor.open_module(module)
    editor.select(pages[0])
    title = editor.page_editor.title
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert titles(studio, module) == ["One", "Untitled page", "Two"]
    assert editor.page_editor.title.text() == "Untitled page"


def test_f2_and_double_click_rename_a_page_in_place(qtbot, editor, studio):
    module, pages = make_module(studio, "Draft title", "Other")
    editor.open_module(module)
    view = editor.outline.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    _rename_in_place(qtbot, editor, "Better title")
    assert titles(studio, module) == ["Better title", "Other"]
    assert editor.page_editor.title.text() == "Better title"
    assert studio.undo_stack.undoText() == "Rename page"


def test_creator_reorders_pages_with_alt_arrows_and_undo_restores_order(qtbot, editor, studio):
    module, pages = make_module(studio, "A", "B", "C")
    editor.open_module(module)
    view = editor.outline.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert titles(studio, module) == ["B", "A", "C"]
    assert editor.current_page() == pages[0]  # the moved page stays the one being edited
    assert view.currentIndex().row() == 1
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert outline_titles(editor) == ["B", "C", "A"]
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert titles(studio, module) == ["B", "A", "C"]

    studio.undo()
    studio.undo()
    studio.undo()
    assert outline_titles(editor) == ["A", "B", "C"]
    studio.redo()
    assert outline_titles(editor) == ["B", "A", "C"]


def test_pages_are_moved_through_the_model_and_by_dropping(qtbot, editor, studio):
    module, pages = make_module(studio, "A", "B", "C", "D")
    editor.open_module(module)
    model = editor.outline.model
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)  # A before D
    assert titles(studio, module) == ["B", "C", "A", "D"]

    view = editor.outline.view
    dragged: QMimeData = model.mimeData([model.index(3)])  # D
    first = view.visualRect(model.index(0))
    drop = QDropEvent(QPointF(first.center().x(), first.top() + 2),  # upper half of row 1
                      Qt.DropAction.MoveAction, dragged, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    view.dropEvent(drop)
    assert titles(studio, module) == ["D", "B", "C", "A"]
    assert model.rowCount() == 4  # nothing removed by the drag itself


def test_delete_key_deletes_the_page_and_undo_brings_it_back(qtbot, editor, studio):
    module, pages = make_module(studio, "Keep", "Remove me", "Also keep")
    editor.open_module(module)
    editor.select(pages[1])
    view = editor.outline.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert titles(studio, module) == ["Keep", "Also keep"]
    assert editor.current_page() == pages[2]  # the next page takes its place
    assert editor.page_editor.title.text() == "Also keep"
    studio.undo()
    assert outline_titles(editor) == ["Keep", "Remove me", "Also keep"]


def test_duplicate_copies_the_page_with_its_blocks_and_goes_to_the_copy(qtbot, editor, studio):
    module, pages = make_module(studio, "Original")
    editor.open_module(module)
    editor.page_editor.add_block(BlockKind.TEXT)
    qtbot.mouseClick(editor.outline.buttons["duplicate"], Qt.MouseButton.LeftButton)
    snap = studio.services.modules.snapshot(module)
    assert [p.title for p in snap.pages] == ["Original", "Original"]
    assert editor.current_page() == snap.pages[1].id
    assert len(editor.page_editor.frames) == 1


def test_the_outline_marks_pages_with_findings_and_numbers_them(qtbot, editor, studio):
    module, pages = make_module(studio, "Fine", "")
    editor.open_module(module)
    model = editor.outline.model
    assert model.index(1).data() == "Untitled page"
    assert model.index(1).data(SEVERITY_ROLE) is not None  # an empty page is a finding
    assert model.index(0).data(Qt.ItemDataRole.AccessibleTextRole).startswith("1. ")


MOODLE_QUIZ = Path(__file__).resolve().parents[2] / "fixtures" / "moodle" / "quiz.xml"


def test_a_question_file_becomes_a_quiz_page_after_the_creator_sees_what_it_holds(
        qtbot, monkeypatch, editor, studio):
    module, _ = make_module(studio)
    editor.open_module(module)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(MOODLE_QUIZ), "")))
    asked = []

    def answer(box):  # what will be added and skipped comes first; the creator goes ahead
        asked.append((box.text(), box.detailedText()))
        return QMessageBox.StandardButton.Ok.value

    monkeypatch.setattr(QMessageBox, "exec", answer)
    with qtbot.waitSignal(editor.outline.page_import.imported, timeout=60_000):
        editor.outline.import_action.trigger()  # read, then written, off the GUI thread
    ((question, details),) = asked
    assert question == "Put 6 question(s) on a new quiz page “quiz”?"
    assert "cloze" in details
    assert titles(studio, module)[-1] == "quiz"
    assert outline_titles(editor)[-1] == "quiz"
    assert editor.page_editor.title.text() == "quiz", "the new page is shown"
    assert studio.undo_stack.undoText() == "Quiz page from quiz.xml"
    studio.undo()
    assert "quiz" not in titles(studio, module)
