"""What the editor wrote is in the workspace: closing and reopening it brings everything back."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from app.gui.editor.module_editor import ModuleEditor
from app.gui.studio import Studio
from authoring.kinds import BlockKind
from authoring.services import Services
from authoring.snapshot import to_dict
from authoring.workspace import Workspace

from .conftest import make_module, outline_titles


def test_a_module_built_in_the_editor_is_all_back_after_reopening(qtbot, editor, studio,
                                                                  workspace_path, tmp_path):
    module, pages = make_module(studio, "Why it matters", "What to do")
    editor.open_module(module)
    page_editor = editor.page_editor
    text = page_editor.add_block(BlockKind.TEXT)
    image = page_editor.add_block(BlockKind.IMAGE)
    callout = page_editor.add_block(BlockKind.CALLOUT)
    QApplication.processEvents()
    qtbot.keyClicks(page_editor.frames[text].form.markdown.editor, "One email is enough.")
    picture = tmp_path / "inbox.png"
    Image.new("RGB", (200, 120), "#eeeeee").save(picture)
    image_form = page_editor.frames[image].form
    image_form.picker.choose(picture)
    qtbot.keyClicks(image_form.alt, "An inbox with one unread message")
    callout_form = page_editor.frames[callout].form
    callout_form.style.setCurrentIndex(callout_form.style.findData("tip"))
    qtbot.keyClicks(callout_form.title, "Slow down")
    qtbot.mouseClick(page_editor.frames[callout].up_button, Qt.MouseButton.LeftButton)
    page_editor.title.selectAll()
    qtbot.keyClicks(page_editor.title, "Why one email matters")
    editor.select(pages[1])  # leaving the page saves what was typed
    editor.outline.view.setFocus()
    qtbot.keyClick(editor.outline.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    before = to_dict(studio.services.modules.snapshot(module))
    assert [p["title"] for p in before["pages"]] == ["What to do", "Why one email matters"]
    assert studio.messages == []

    studio.services.workspace.close()
    reopened = Workspace.open(workspace_path)
    try:
        services = Services(reopened)
        assert to_dict(services.modules.snapshot(module)) == before
        again = ModuleEditor(Studio(services))
        qtbot.addWidget(again)
        again.resize(1280, 800)
        again.open_module(module)
        assert outline_titles(again) == ["What to do", "Why one email matters"]
        again.select(pages[0])
        frames = again.page_editor.frames
        assert again.page_editor.title.text() == "Why one email matters"
        assert list(frames) == [text, callout, image]
        assert frames[text].form.markdown.text() == "One email is enough."
        assert frames[image].form.alt.toPlainText() == "An inbox with one unread message"
        assert not frames[image].form.picker.preview.pixmap().isNull()
        assert frames[callout].form.data().title == "Slow down"
        assert frames[callout].form.style.currentData() == "tip"
    finally:
        reopened.close()


def test_undo_and_redo_of_every_kind_of_step_show_in_the_widgets(qtbot, editor, studio):
    module, pages = make_module(studio, "Only page")
    editor.open_module(module)
    page_editor = editor.page_editor
    reflection = page_editor.add_block(BlockKind.REFLECTION)
    QApplication.processEvents()
    form = page_editor.frames[reflection].form
    qtbot.keyClicks(form.prompt, "What would you do?")
    editor.flush()
    scenario = page_editor.add_block(BlockKind.SCENARIO)
    QApplication.processEvents()
    choices = page_editor.frames[scenario].form.choices
    qtbot.mouseClick(choices.rows[0].buttons["delete"], Qt.MouseButton.LeftButton,
                     pos=QPoint(8, 8))
    assert len(choices.rows) == 1

    studio.undo()  # the removed choice comes back, in the same widgets
    assert len(choices.rows) == 2
    studio.undo()  # the scenario block goes
    assert scenario not in page_editor.frames
    studio.undo()  # the prompt text
    assert form.prompt.toPlainText() == ""
    studio.redo()
    studio.redo()
    assert form.prompt.toPlainText() == "What would you do?"
    assert scenario in page_editor.frames
    assert page_editor.frames[reflection].form is form
    while studio.undo_stack.canUndo():
        studio.undo()
    assert editor.current_module() is None  # the module's creation undone: nothing to edit
    assert page_editor.stack.currentWidget() is page_editor.nothing
