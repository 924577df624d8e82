"""The library's actions: words, icons, tooltips and shortcuts, for its toolbar and menus."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from app.gui.icons import IconName, icon

Keys = QKeySequence.StandardKey


class LibraryActions(QObject):
    """Every library action, added to `widget` so its shortcuts work anywhere inside it."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._icons: list[tuple[QAction, IconName]] = []
        self.new = self._make(self.tr("New module…"), IconName.ADD, self.tr(
            "Create a module: blank, from a template or the sample"), Keys.New)
        self.open = self._make(self.tr("Open"), IconName.MODULE, self.tr(
            "Open the selected module (Enter or double-click)"))
        self.duplicate = self._make(self.tr("Duplicate"), IconName.DUPLICATE, self.tr(
            "Copy the selected module as a new draft"), self.tr("Ctrl+D"))
        self.delete = self._make(self.tr("Delete"), IconName.DELETE, self.tr(
            "Move the selected modules to the trash"), Keys.Delete)
        self.import_folder = self._make(self.tr("Module folder…"), IconName.IMPORT, self.tr(
            "Import a module written as a folder of Markdown files"), self.tr("Ctrl+I"))
        self.import_bundle = self._make(self.tr("Kiem bundle (.kiem)…"), IconName.MODULE,
                                        self.tr("Import a module a colleague saved as a bundle"))
        self.import_gift = self._make(self.tr("Questions into a bank (GIFT)…"), IconName.BANK,
                                      self.tr("Add the questions of a GIFT file to a question "
                                              "bank"))
        self.import_menu = QMenu(widget)
        self.import_menu.addActions([self.import_folder, self.import_bundle, self.import_gift])
        self.import_ = self._make(self.tr("Import"), IconName.IMPORT, self.tr(
            "Import a module folder, a bundle or questions"))
        self.import_.setMenu(self.import_menu)
        self.export = self._make(self.tr("Export bundle…"), IconName.EXPORT, self.tr(
            "Save the selected module as one .kiem file to share"), self.tr("Ctrl+Shift+E"))
        self.trash = self._make(self.tr("Trash"), IconName.TRASH, self.tr(
            "Show deleted modules, to restore them or to empty the trash"))
        self.trash.setCheckable(True)
        self.restore = self._make(self.tr("Restore"), IconName.RESTORE, self.tr(
            "Take the selected modules out of the trash"))
        self.empty_trash = self._make(self.tr("Empty trash…"), IconName.DELETE, self.tr(
            "Delete every module in the trash for good"))
        self.search = self._make(self.tr("Search"), IconName.SEARCH, self.tr("Search modules"),
                                 Keys.Find)
        self.library_only = [self.new, self.open, self.duplicate, self.delete, self.import_,
                             self.export]
        self.trash_only = [self.restore, self.empty_trash]

    def _make(self, text: str, name: IconName, tip: str,
              keys: str | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self._widget)
        if keys is not None:
            sequence = QKeySequence(keys)
            action.setShortcut(sequence)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            tip = f"{tip} ({sequence.toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tip)
        self._widget.addAction(action)
        self._icons.append((action, name))
        return action

    def wire(self, slots: dict[QAction, Callable[[], object]]) -> None:
        """Connect each action's `triggered` to its slot (called without arguments)."""
        for action, slot in slots.items():
            action.triggered.connect(lambda _checked=False, s=slot: s())

    def set_icons(self) -> None:
        """Tint the icons with the current palette (again, after a theme change)."""
        for action, name in self._icons:
            action.setIcon(icon(name))

    def update(self, selected: int, trash: bool, count: int) -> None:
        """Show the actions of the mode and enable those the selection allows."""
        for action in self.library_only:
            action.setVisible(not trash)
        for action in self.trash_only:
            action.setVisible(trash)
        self.open.setEnabled(selected == 1)
        self.export.setEnabled(selected == 1)
        self.duplicate.setEnabled(selected >= 1)
        self.delete.setEnabled(selected >= 1)
        self.restore.setEnabled(selected >= 1)
        self.empty_trash.setEnabled(count > 0)
        self.trash.setChecked(trash)
