"""The outline: the module's pages in order, to pick, add, rename, reorder and delete.

Fully keyboard usable: arrows pick a page, F2 renames it in place, Alt+Up/Alt+Down move it,
Delete deletes it, Ctrl+Shift+N adds one after it (from anywhere in the editor).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.editor.actions import EditorActions
from app.gui.editor.findings import Findings, finding_text
from app.gui.editor.outline_model import MIME, OutlineDelegate, OutlineModel, PageRow
from app.gui.editor.page_import import QuizPageImport
from app.gui.editor.tinted import tint
from app.gui.icons import IconName
from authoring.outline import block_label
from authoring.snapshot import ModuleSnap


class OutlineView(QListView):
    """The page list; a dropped page is moved through the model (never copied or removed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outline")
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setUniformItemSizes(True)
        self.setItemDelegate(OutlineDelegate(self))

    def drop_row(self, at: QPoint) -> int:
        """Return the row a page dropped at `at` goes before."""
        index = self.indexAt(at)
        if not index.isValid():
            return self.model().rowCount()
        return index.row() + (1 if at.y() > self.visualRect(index).center().y() else 0)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        """Move the dragged page to where it was dropped."""
        if not event.mimeData().hasFormat(MIME):
            event.ignore()
            return
        model = self.model()
        dragged = bytes(event.mimeData().data(MIME).data()).decode().split(",")[0]
        source = next((r for r in range(model.rowCount())
                       if str(model.page_id(r)) == dragged), -1)
        if source >= 0:
            model.moveRows(QModelIndex(), source, 1, QModelIndex(),
                           self.drop_row(event.position().toPoint()))
        event.setDropAction(Qt.DropAction.CopyAction)  # nothing for the drag source to remove
        event.accept()


class OutlinePanel(QWidget):
    """The outline with its tools; `page_selected(page id)` when the person picks a page."""

    page_selected = Signal(object)

    def __init__(self, actions: EditorActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actions = actions
        self._module: ModuleSnap | None = None
        self._selecting = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.setSpacing(6)
        self.model = OutlineModel(self)
        self.model.untitled = self.tr("Untitled page")
        self.model.rename_requested.connect(self._actions.rename_page)
        self.model.move_requested.connect(self._actions.move_page)
        self.view = OutlineView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Pages"))
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)

        self.add_action = self._action(IconName.ADD, self.tr("Add page"), "Ctrl+Shift+N",
                                       self.add_page, self)
        self.rename_action = self._action(IconName.PAGE, self.tr("Rename page"), "F2",
                                          self.rename_current, None)
        self.duplicate_action = self._action(IconName.DUPLICATE, self.tr("Duplicate page"),
                                             "Ctrl+D", self.duplicate_current, self.view)
        self.up_action = self._action(IconName.MOVE_UP, self.tr("Move page up"), "Alt+Up",
                                      lambda: self.move_current(-1), self.view)
        self.down_action = self._action(IconName.MOVE_DOWN, self.tr("Move page down"),
                                        "Alt+Down", lambda: self.move_current(1), self.view)
        self.delete_action = self._action(IconName.DELETE, self.tr("Delete page"), "Delete",
                                          self.delete_current, self.view)
        self.import_action = QAction(self.tr("Quiz page from a question file…"), self)
        self.import_action.setToolTip(self.tr("Put the questions of a GIFT or Moodle XML file "
                                              "on a new page at the end"))
        self.import_action.triggered.connect(self.import_questions)
        self.page_import = QuizPageImport(actions.studio, self)
        self.page_import.imported.connect(self._show_imported)
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        header = QHBoxLayout()
        header.setSpacing(2)
        title = QLabel(self.tr("Pages"), self)
        title.setObjectName("panelTitle")
        header.addWidget(title)
        header.addStretch(1)
        self.buttons: dict[str, QToolButton] = {}
        for key, action in (("add", self.add_action), ("duplicate", self.duplicate_action),
                            ("up", self.up_action), ("down", self.down_action),
                            ("delete", self.delete_action)):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            header.addWidget(button)
            self.buttons[key] = button
        layout.addLayout(header)
        layout.addWidget(self.view, 1)
        self._update_enabled()

    def _action(self, name: IconName, text: str, keys: str, run: object,
                owner: QWidget | None) -> QAction:
        action = QAction(text, self)
        tint(action, name, 18)
        sequence = QKeySequence(keys)
        action.setToolTip(f"{text} ({sequence.toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(run)
        if owner is not None:
            action.setShortcut(sequence)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            owner.addAction(action)
        return action

    # Showing -------------------------------------------------------------------------------
    def set_module(self, module: ModuleSnap | None, findings: Findings) -> None:
        """Show the module's pages, each with its number and any finding marker."""
        self._module = module
        rows = []
        for page in module.pages if module else ():
            found = findings.by_page.get(page.id, [])
            lines = [block_label(module, b) for b in page.blocks] or [self.tr("(no blocks yet)")]
            tip = "\n".join(lines[:12])
            if found:
                tip += "\n\n" + "\n".join(f"⚠ {finding_text(f)}" for f in found[:6])
            rows.append(PageRow(page.id, page.title, findings.worst(page.id), tip))
        self.model.set_pages(rows)
        self._update_enabled()

    def select(self, page_id: uuid.UUID | None) -> None:
        """Make `page_id` the current row without announcing it as the person's choice."""
        row = self.model.row_of(page_id)
        self._selecting = True
        try:
            if row < 0:
                self.view.selectionModel().clear()
            elif self.view.currentIndex().row() != row or not self.view.selectionModel(
            ).isSelected(self.model.index(row)):
                self.view.selectionModel().setCurrentIndex(
                    self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.view.scrollTo(self.model.index(row))
        finally:
            self._selecting = False
        self._update_enabled()

    def current_page(self) -> uuid.UUID | None:
        """Return the page whose row is current."""
        return self.model.page_id(self.view.currentIndex().row())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_enabled()
        if not self._selecting and current.isValid():
            self.page_selected.emit(self.model.page_id(current.row()))

    def _update_enabled(self) -> None:
        row, count = self.view.currentIndex().row(), self.model.rowCount()
        has = 0 <= row < count
        self.add_action.setEnabled(self._module is not None)
        for action in (self.rename_action, self.duplicate_action, self.delete_action):
            action.setEnabled(has)
        self.up_action.setEnabled(has and row > 0)
        self.down_action.setEnabled(has and row < count - 1)

    # Doing ---------------------------------------------------------------------------------
    def add_page(self) -> uuid.UUID | None:
        """Add a page after the current one and start typing its title in place."""
        if self._module is None:
            return None
        row = self.view.currentIndex().row()
        index = row + 1 if row >= 0 else None
        page_id = self._actions.add_page(self._module.id, self.tr("Untitled page"), index)
        if page_id is not None:
            self.page_selected.emit(page_id)
            self.select(page_id)
            self.view.setFocus()
            self.view.edit(self.model.index(self.model.row_of(page_id)))
        return page_id

    def rename_current(self) -> None:
        """Start renaming the current page in place."""
        self.view.setFocus()
        self.view.edit(self.view.currentIndex())

    def duplicate_current(self) -> None:
        """Copy the current page right after it, and go to the copy."""
        page_id = self.current_page()
        if page_id is None:
            return
        copy = self._actions.duplicate_page(page_id)
        if copy is not None:
            self.page_selected.emit(copy)

    def move_current(self, delta: int) -> None:
        """Move the current page up (-1) or down (+1)."""
        row = self.view.currentIndex().row()
        page_id = self.model.page_id(row)
        if page_id is not None and 0 <= row + delta < self.model.rowCount():
            self._actions.move_page(page_id, row + delta)

    def delete_current(self) -> None:
        """Delete the current page (undo brings it back)."""
        page_id = self.current_page()
        if page_id is not None:
            self._actions.delete_page(page_id)

    def _menu(self, at: QPoint) -> None:
        menu = QMenu(self)
        for action in (self.add_action, self.rename_action, self.duplicate_action,
                       self.up_action, self.down_action, self.delete_action, None,
                       self.import_action):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(self.view.viewport().mapToGlobal(at))

    def import_questions(self) -> None:
        """Choose a question file and put its questions on a new page at the end."""
        if self._module is not None:
            self.page_import.choose(self._module.id)

    def _show_imported(self, page_id: uuid.UUID) -> None:
        self.page_selected.emit(page_id)
        self.select(page_id)
