"""The module editor: the outline of pages, the page being edited, and a slot for the preview.

It reads the module as a frozen snapshot after each change that concerns it and hands the
page editor only what changed; every edit goes through `Studio.do` (see `EditorActions`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, Qt, Signal
from PySide6.QtWidgets import QApplication, QSplitter, QVBoxLayout, QWidget

from app.gui.editor.actions import EditorActions
from app.gui.editor.findings import Findings
from app.gui.editor.one_undo import OneUndo
from app.gui.editor.outline import OutlinePanel
from app.gui.editor.page_editor import PageEditor
from app.gui.editor.style import editor_stylesheet
from app.gui.editor.tinted import retint
from app.gui.studio import Studio
from authoring.services import Changes
from authoring.snapshot import ModuleSnap


class ModuleEditor(QWidget):
    """Outline | page | preview slot, in a splitter whose sizes can be saved and restored."""

    page_shown = Signal(object, int)  # module snapshot, index of the page being edited
    block_text_edited = Signal(object, str, object)  # module snapshot, tracking id, block data
    comments_requested = Signal(object, object)  # page id, block id: its review marker clicked

    def __init__(self, studio: Studio, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.actions = EditorActions(studio, self)
        self._module: ModuleSnap | None = None
        self._module_id: uuid.UUID | None = None
        self._page_id: uuid.UUID | None = None
        self._page_index = 0
        self.findings = Findings(None)
        self.one_undo = OneUndo(self, lambda: self._flush_then(studio.undo),
                                lambda: self._flush_then(studio.redo))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("editorSplitter")
        self.splitter.setChildrenCollapsible(True)
        self.outline = OutlinePanel(self.actions, self.splitter)
        self.page_editor = PageEditor(self.actions, self.splitter)
        self.preview_slot = QWidget(self.splitter)
        self.preview_slot.setObjectName("previewSlot")
        slot_layout = QVBoxLayout(self.preview_slot)
        slot_layout.setContentsMargins(0, 0, 0, 0)
        for index, widget in enumerate((self.outline, self.page_editor, self.preview_slot)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(index, 1 if widget is self.page_editor else 0)
            self.splitter.setCollapsible(index, widget is not self.page_editor)
        self.splitter.setSizes([250, 640, 390])
        layout.addWidget(self.splitter)

        self.addAction(self.outline.add_action)  # Ctrl+Shift+N from anywhere in the editor
        self.outline.page_selected.connect(self.show_page)
        self.page_editor.add_page_requested.connect(self.outline.add_page)
        self.page_editor.comments_requested.connect(
            lambda block_id: self.comments_requested.emit(self._page_id, block_id))
        self.page_editor.typed.connect(
            lambda tracking, data: self.block_text_edited.emit(self._module, tracking, data))
        studio.changed.connect(self._workspace_changed)
        studio.saves.state_changed.connect(self._kept_changed)
        self._restyle()

    # Public API ----------------------------------------------------------------------------
    def open_module(self, module_id: uuid.UUID | None) -> None:
        """Edit `module_id` (None closes the module), starting at its first page."""
        self.flush()
        module = self.actions.snapshot(module_id) if module_id is not None else None
        self._module, self._module_id = module, module.id if module else None
        first = module.pages[0].id if module and module.pages else None
        self._page_id = None
        self.page_editor.show_open_threads({})  # the marks of another module's threads go
        self._show(first)

    def current_module(self) -> uuid.UUID | None:
        """The module being edited."""
        return self._module_id

    def current_page(self) -> uuid.UUID | None:
        """The page being edited."""
        return self._page_id

    def module(self) -> ModuleSnap | None:
        """The module as last read."""
        return self._module

    def show_page(self, page_id: uuid.UUID | None) -> None:
        """Edit another page of the module (pending typing is saved first)."""
        if page_id == self._page_id:
            return
        self.flush()
        self._show(page_id)

    def select(self, page_id: uuid.UUID, block_id: uuid.UUID | None = None) -> None:
        """Go to a page and, when given, scroll to a block and put the cursor in it."""
        self.show_page(page_id)
        if block_id is not None:
            self.page_editor.focus_block(block_id)

    def show_open_threads(self, markers: dict[str, int]) -> None:
        """Mark blocks with reviewers' open threads (block tracking id → count)."""
        self.page_editor.show_open_threads(markers)

    def flush(self) -> None:
        """Save every pending edit now (call before undo, export or closing)."""
        self.page_editor.flush()

    def _flush_then(self, run: Callable[[], None]) -> None:
        self.flush()
        run()

    def saveState(self) -> QByteArray:  # noqa: N802 (named like Qt's)
        """Return the splitter's sizes, to restore with `restoreState`."""
        return self.splitter.saveState()

    def restoreState(self, state: QByteArray | bytes) -> bool:  # noqa: N802 (named like Qt's)
        """Restore sizes saved by `saveState`."""
        return self.splitter.restoreState(QByteArray(state))

    # Following the workspace ---------------------------------------------------------------
    def _show(self, page_id: uuid.UUID | None, changed: frozenset[uuid.UUID] | None = None) -> None:
        module = self._module
        if module is not None and page_id is not None and module.page(page_id) is None:
            page_id = None
        if module is not None and page_id is None and module.pages:
            page_id = module.pages[min(self._page_index, len(module.pages) - 1)].id
        self._page_id = page_id
        self.findings = Findings(module)
        self.outline.set_module(module, self.findings)
        self.outline.select(page_id)
        self.page_editor.show_page(module, page_id, self.findings, changed)
        if module is not None:
            self._page_index = next((i for i, p in enumerate(module.pages) if p.id == page_id), 0)
            self.page_shown.emit(module, self._page_index)

    def _workspace_changed(self, changes: Changes) -> None:
        if self._module_id is None:
            return
        if self._module_id not in changes.modules and not changes.banks:
            return
        module = self.actions.snapshot(self._module_id)
        if module is None:  # the module was deleted (or its creation undone)
            self._module = self._module_id = None
            self._show(None)
            return
        self._module = module
        self._show(self._page_id, changes.blocks)

    def _kept_changed(self) -> None:
        # Typing kept for later is part of the module as shown: a page shown again shows it.
        if self._module_id is not None:
            self._module = self.actions.snapshot(self._module_id) or self._module

    def _restyle(self) -> None:
        sheet = editor_stylesheet(QApplication.palette())
        if sheet != self.styleSheet():  # setting it sends events of its own: no loops
            self.setStyleSheet(sheet)

    def follow_theme(self) -> None:
        """Take the application's palette (light or dark) and restyle what is drawn from it.

        A widget with a style sheet is not handed its parent's new palette, so the main
        window calls this when the theme switches; a stand-alone editor gets the event.
        """
        self.setPalette(QApplication.palette())
        self._restyle()
        retint(self)
        self.page_editor.show_open_threads(self.page_editor.open_threads)  # marks' icons

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Follow a switch between the light and the dark theme."""
        if event.type() == QEvent.Type.PaletteChange and \
                self.palette() != QApplication.palette():
            self.follow_theme()
        elif event.type() == QEvent.Type.PaletteChange:
            self._restyle()
            retint(self)
            self.page_editor.show_open_threads(self.page_editor.open_threads)
        super().changeEvent(event)
