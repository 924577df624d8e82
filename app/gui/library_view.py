"""The library: every module of the workspace, to find, open, create, copy, delete and move.

Search, filters and sort re-query LibraryService into one table model; each edit is a
`Studio.do` step (through LibraryController), so it can be undone; imports run as jobs.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.icons import IconName, icon
from app.gui.library_actions import LibraryActions
from app.gui.library_controller import LibraryController
from app.gui.library_filters import LibraryFilters
from app.gui.library_model import LibraryModel, LibraryTable, restyle, styled
from app.gui.library_transfer import NoticeBar, Transfers
from app.gui.new_module_dialog import NewModuleDialog
from app.gui.studio import Studio
from app.gui.worker import Job
from authoring.services import Changes


class LibraryView(QWidget):
    """Lists the workspace's modules (or the trash) with search, filters and actions."""

    open_requested = Signal(object)  # a module's UUID

    def __init__(self, studio: Studio, parent: QWidget | None = None) -> None:
        self._restyling = True  # until built
        super().__init__(parent)
        self.studio = studio
        self.controller = LibraryController(studio, self)
        self.transfers = Transfers(studio, self)
        self.model = LibraryModel(self)
        self.commands = LibraryActions(self)
        self.filters = LibraryFilters(self.model, self)
        self.search = self.filters.search
        self.trash_mode = False
        self._stale = False  # changes came while hidden: refresh when shown
        self.setStyleSheet("QPushButton { padding: 5px 14px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 16)
        layout.setSpacing(14)
        layout.addLayout(self._build_header())
        layout.addWidget(self._build_trash_banner())
        layout.addLayout(self._build_toolbar())
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_table())
        self.stack.addWidget(self._build_empty_state())
        layout.addWidget(self.stack, 1)
        self.notice = NoticeBar(self)
        self.notice.undo_clicked.connect(studio.undo)
        layout.addWidget(self.notice)
        a = self.commands
        a.wire({a.new: self.new_module, a.open: self.open_selected,
                a.duplicate: self.duplicate_selected, a.delete: self.delete_selected,
                a.import_: self._show_import_menu, a.import_folder: self.import_folder,
                a.import_bundle: self.import_bundle, a.import_gift: self.import_gift,
                a.export: self.export_bundle, a.restore: self.restore_selected,
                a.empty_trash: self.empty_trash, a.search: self._focus_search,
                a.trash: lambda: self.set_trash_mode(a.trash.isChecked())})
        self._set_icons()
        studio.changed.connect(self._changed)
        studio.failed.connect(lambda _message: self.refresh())  # the list may be out of date
        self.filters.changed.connect(self.refresh)
        self.filters.sort_changed.connect(self._sort)
        self.search.returnPressed.connect(self._focus_first_row)
        self.transfers.busy_changed.connect(self.notice.busy)
        self.transfers.reported.connect(self.notice.say)
        self.transfers.imported.connect(lambda module_id: module_id and self.select([module_id]))
        self.filters.set_sort("changed")
        self.refresh()
        self._restyling = False

    # --- layout -----------------------------------------------------------------------------

    def _build_header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.heading = styled(QLabel(self.tr("Modules")), 1.6, bold=True)
        self.count = styled(QLabel(), 1.6, muted=True)
        row.addWidget(self.heading)
        row.addWidget(self.count)
        row.addStretch(1)
        self.search.addAction(self.commands.search, QLineEdit.ActionPosition.LeadingPosition)
        row.addWidget(self.search)
        for combo in self.filters.combos():
            row.addWidget(combo)
        return row

    def _build_trash_banner(self) -> QFrame:
        self.trash_banner = QFrame(objectName="trashBanner")
        self.trash_banner.setStyleSheet("#trashBanner { background: palette(alternate-base); "
                                        "border-radius: 6px; }")
        row = QHBoxLayout(self.trash_banner)
        row.setContentsMargins(14, 8, 8, 8)
        text = QLabel(self.tr("Deleted modules wait here. Restore one to bring it back, or empty "
                              "the trash to delete them for good."))
        text.setWordWrap(True)
        row.addWidget(text, 1)
        self.back_button = QPushButton(self.tr("Back to modules"))
        self.back_button.clicked.connect(lambda: self.set_trash_mode(False))
        row.addWidget(self.back_button)
        self.trash_banner.hide()
        return self.trash_banner

    def _build_toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        a = self.commands
        self.toolbar = QToolBar(self.tr("Modules"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addActions([*a.library_only, *a.trash_only])
        import_button: QToolButton = self.toolbar.widgetForAction(a.import_)  # type: ignore
        import_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        import_button.setStyleSheet("QToolButton { padding-right: 14px; } QToolButton::menu-"
                                    "indicator { subcontrol-position: right center; }")
        row.addWidget(self.toolbar, 1)
        self.trash_button = QToolButton(autoRaise=True)
        self.trash_button.setDefaultAction(a.trash)
        self.trash_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        row.addWidget(self.trash_button)
        return row

    def _build_table(self) -> LibraryTable:
        self.table = LibraryTable(self.model)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._header_sorted)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        return self.table

    def _build_empty_state(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setSpacing(10)
        self.empty_icon = QLabel()
        self.empty_title = styled(QLabel(), 1.25, bold=True)
        self.empty_body = styled(QLabel(), muted=True)
        self.clear_button = QPushButton(self.tr("Clear search and filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        box.addStretch(1)
        for widget in (self.empty_icon, self.empty_title, self.empty_body, self.clear_button):
            box.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(2)
        return page

    def _set_icons(self) -> None:
        self.commands.set_icons()
        trash = self.trash_mode and not self.filters.filtered()
        name = IconName.TRASH if trash else IconName.SEARCH
        self.empty_icon.setPixmap(icon(name, 48).pixmap(48, 48))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Re-tint the icons when the theme changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._restyling:
            self._restyling = True  # re-reading the style sheets changes the palette again
            restyle(self)
            self._set_icons()
            self._restyling = False

    # --- reading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-query the library for the search, filters and mode; keep the selection."""
        f = self.filters
        f.debounce.stop()
        selected = self.selected_ids()
        f.set_groups(self.controller.groups())
        entries = self.controller.query(f.text(), f.status_choice(), f.group_choice(),
                                        self.trash_mode)
        self.model.set_entries(entries, trash=self.trash_mode)
        self.select(selected)
        self.count.setText(str(len(entries)))
        self.stack.setCurrentIndex(0 if entries else 1)
        if not entries:
            self._describe_empty()
        self._update_actions()

    def _describe_empty(self) -> None:
        text = self.search.text().strip()
        if self.filters.filtered():
            title = (self.tr("Nothing matches “%1”").replace("%1", text) if text
                     else self.tr("No module matches these filters"))
            body = self.tr("Check the spelling, try fewer or shorter words, or clear the "
                           "filters.")
        elif self.trash_mode:
            title = self.tr("The trash is empty")
            body = self.tr("Modules you delete wait here until you empty the trash.")
        else:
            title = self.tr("No modules yet")
            body = self.tr("Create your first module with “New module…”, or import one.")
        self.empty_title.setText(title)
        self.empty_body.setText(body)
        self.clear_button.setVisible(self.filters.filtered())
        self._set_icons()

    def _changed(self, changes: Changes) -> None:
        if not changes.modules:
            return
        if self.window().isVisible() and not self.isVisible():  # behind the editor: later
            self._stale = True
        else:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """Catch up with changes made while the library was out of sight."""
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def selected_ids(self) -> list[uuid.UUID]:
        """Return the ids of the selected modules, in the order shown."""
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.entry(r).id for r in rows]

    def select(self, ids: list[uuid.UUID]) -> None:
        """Select the rows of these modules (those shown) and scroll to the first."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        rows = [r for r in map(self.model.row_of, ids) if r >= 0]
        for row in rows:
            selection.select(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)
        if rows:
            selection.setCurrentIndex(self.model.index(rows[0], 0),
                                      QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(self.model.index(rows[0], 0))

    def _update_actions(self) -> None:
        self.commands.update(len(self.table.selectionModel().selectedRows()), self.trash_mode,
                            self.model.rowCount())

    # --- searching and sorting --------------------------------------------------------------

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)
        self.model.sort(column, order)

    def _header_sorted(self, column: int, order: Qt.SortOrder) -> None:
        self.model.sort(column, order)
        self.filters.sorted_by(column, order)

    def clear_filters(self) -> None:
        """Empty the search box and reset the status and group filters."""
        self.filters.clear()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _focus_first_row(self) -> None:
        self.refresh()
        if self.model.rowCount():
            self.select([self.model.entry(0).id])
            self.table.setFocus()

    # --- actions ----------------------------------------------------------------------------

    def open_selected(self) -> None:
        """Ask to open the (first) selected module."""
        ids = self.selected_ids()
        if ids and not self.trash_mode:
            self.open_requested.emit(ids[0])

    def new_module(self) -> uuid.UUID | None:
        """Ask for a new module (blank, template or sample), create it and ask to open it."""
        module_id, created = NewModuleDialog.ask(self.studio, self)
        if created:
            self.select([module_id])
            self.open_requested.emit(module_id)
        return module_id if created else None

    def duplicate_selected(self) -> list[uuid.UUID]:
        """Copy the selected modules as new drafts and select the copies."""
        copies = self.controller.duplicate(self.selected_ids())
        self.select(copies)
        return copies

    def delete_selected(self) -> None:
        """Move the selected modules to the trash, with an Undo at hand."""
        ids = self.selected_ids()
        title = self._title(ids[0]) if ids else ""
        if ids and (done := self.controller.delete(ids)):
            self.show_notice(self.tr("“%1” moved to the trash.").replace("%1", title)
                             if done == 1 else self.tr("%n modules moved to the trash.", "",
                                                       done), undo=True)

    def restore_selected(self) -> None:
        """Take the selected modules out of the trash."""
        ids = self.selected_ids()
        title = self._title(ids[0]) if ids else ""
        if ids and (done := self.controller.restore(ids)):
            self.show_notice(self.tr("“%1” is back in the library.").replace(
                "%1", title) if done == 1 else self.tr(
                "%n modules are back in the library.", "", done), undo=True)

    def empty_trash(self) -> int:
        """After a confirmation, delete the modules in the trash for good; say how many."""
        trashed = self.controller.query("", trash=True)
        if not trashed:
            return 0
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Empty the trash?"), self.tr(
            "Delete “%1” for good?").replace("%1", trashed[0].title) if len(trashed) == 1
            else self.tr("Delete the %n modules in the trash for good?", "", len(trashed)),
            QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr("This cannot be undone: the modules, their pages and "
                                       "their files are gone for good."))
        delete = box.addButton(self.tr("Delete for good"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return 0
        gone = self.controller.empty_trash()
        self.show_notice(self.tr("The trash is empty."))
        return gone

    def set_trash_mode(self, trash: bool) -> None:
        """Show the trash (deleted modules) or the library."""
        self.trash_mode = trash
        self.heading.setText(self.tr("Trash") if trash else self.tr("Modules"))
        self.trash_banner.setVisible(trash)
        self.table.clearSelection()
        self.refresh()

    def import_folder(self, folder: Path | None = None) -> Job | None:
        """Import a module folder in the background (asking for it when not given)."""
        return self.transfers.import_folder(folder)

    def import_bundle(self, path: Path | None = None) -> Job | None:
        """Import a .kiem bundle in the background (asking for it when not given)."""
        return self.transfers.import_bundle(path)

    def import_gift(self, path: Path | None = None, bank_title: str | None = None) -> Job | None:
        """Add a GIFT file's questions to a bank in the background."""
        return self.transfers.import_gift(path, bank_title)

    def export_bundle(self, path: Path | None = None) -> Job | None:
        """Save the selected module as a .kiem bundle in the background."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        return self.transfers.export_bundle(ids[0], self._title(ids[0]), path)

    def _title(self, module_id: uuid.UUID) -> str:
        row = self.model.row_of(module_id)
        return self.model.entry(row).title if row >= 0 else ""

    def _show_import_menu(self) -> None:
        button = self.toolbar.widgetForAction(self.commands.import_)
        self.commands.import_menu.popup(button.mapToGlobal(button.rect().bottomLeft()))

    def _context_menu(self, point: QPoint) -> QMenu | None:
        if not self.table.indexAt(point).isValid():
            return None
        a = self.commands
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addActions([a.restore] if self.trash_mode else [a.open, a.duplicate, a.export])
        if not self.trash_mode:
            menu.addSeparator()
            menu.addAction(a.delete)
        menu.popup(self.table.viewport().mapToGlobal(point))
        return menu

    def show_notice(self, text: str, undo: bool = False) -> None:
        """Show a short note under the list (with Undo for the last step) for a few seconds."""
        self.notice.say(text, undo)
