"""The module editor as the main window embeds it: its parts, its state, opening and closing."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.gui.editor.module_editor import ModuleEditor

from .conftest import make_module


def test_the_splitter_sizes_are_saved_and_restored(qtbot, editor, studio):
    editor.splitter.setSizes([300, 560, 420])
    state = editor.saveState()
    other = ModuleEditor(studio)
    qtbot.addWidget(other)
    other.resize(1280, 800)
    other.show()
    assert other.restoreState(state)
    assert other.splitter.sizes()[0] == editor.splitter.sizes()[0]


def test_the_preview_slot_takes_a_widget_and_the_module_can_be_closed(qtbot, editor, studio):
    pane = QLabel("preview", editor.preview_slot)
    editor.preview_slot.layout().addWidget(pane)
    assert editor.splitter.widget(2) is editor.preview_slot
    module, pages = make_module(studio, "One")
    editor.open_module(module)
    assert (editor.current_module(), editor.current_page()) == (module, pages[0])
    editor.open_module(None)
    assert editor.current_module() is None and editor.current_page() is None
    assert editor.outline.model.rowCount() == 0
    assert not editor.outline.add_action.isEnabled()
    assert editor.page_editor.stack.currentWidget() is editor.page_editor.nothing


def test_changes_to_other_modules_leave_the_editor_alone(qtbot, editor, studio):
    module, _ = make_module(studio, "Mine")
    editor.open_module(module)
    shown = []
    editor.page_shown.connect(lambda *args: shown.append(args))
    other, _ = make_module(studio, "Someone else's")
    assert shown == []
    assert editor.current_module() == module and other != module
