"""The library's table: one row per module, fast at thousands of modules, with status pills.

The model holds frozen `LibraryEntry` rows from LibraryService and formats them on demand
(only visible cells are asked for); re-querying means one model reset, not widgets per row.
Also the small styling helpers the library, its dialog and the welcome screen share.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.gui import i18n
from authoring.kinds import ModuleStatus

if TYPE_CHECKING:
    from authoring.services.search_index import LibraryEntry

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's LibraryEntry
STALE = "stale"  # the pill colour key of "review overdue"
PADDING = 10  # the cells' left and right padding (the view's style sheet says the same)
Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """The table's columns, left to right."""

    TITLE = 0
    STATUS = 1
    GROUP = 2
    OWNER = 3
    CHANGED = 4
    MINUTES = 5


# Pill colours (background, text) per status in the light and the dark theme.
_PILLS = {
    False: {ModuleStatus.DRAFT: ("#e6eaf0", "#3b4557"),
            ModuleStatus.IN_REVIEW: ("#dfe9fb", "#1e4f9c"),
            ModuleStatus.CHANGES_REQUESTED: ("#fbe7c6", "#7a4300"),
            ModuleStatus.APPROVED: ("#d8f1e1", "#1b6436"),
            ModuleStatus.PUBLISHED: ("#d2eeeb", "#0d5953"),
            ModuleStatus.ARCHIVED: ("#ececec", "#5f6368"),
            STALE: ("#fbe0db", "#a0281a")},
    True: {ModuleStatus.DRAFT: ("#343b48", "#cdd4e0"),
           ModuleStatus.IN_REVIEW: ("#23395f", "#abc6ff"),
           ModuleStatus.CHANGES_REQUESTED: ("#4a3514", "#ffcf85"),
           ModuleStatus.APPROVED: ("#1d4230", "#93e2b1"),
           ModuleStatus.PUBLISHED: ("#153f3c", "#86dbd3"),
           ModuleStatus.ARCHIVED: ("#33363c", "#a4a8ae"),
           STALE: ("#52231e", "#ffb0a3")},
}


def styled(label: QLabel, factor: float = 1.0, bold: bool = False,
           muted: bool = False) -> QLabel:
    """Scale a label's font, make it bold or give it the muted (secondary) colour."""
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    label.setFont(font)
    if muted:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def restyle(root: QWidget) -> None:
    """Re-read the style sheets under `root`: their palette(...) colours are fixed when set."""
    for widget in (root, *root.findChildren(QWidget)):
        if widget.styleSheet():
            widget.setStyleSheet(widget.styleSheet())


def pill_colours(key: str) -> tuple[QColor, QColor]:
    """Return the background and text colour of a status pill in the current theme."""
    dark = QGuiApplication.palette().window().color().lightness() < 128
    background, text = _PILLS[dark][key]  # type: ignore[index]
    return QColor(background), QColor(text)


def _sort_key(column: Column, trash: bool) -> Callable[[LibraryEntry], Any]:
    order = list(ModuleStatus)
    text = i18n.sort_key()  # as the interface language orders words
    return {
        Column.TITLE: lambda e: text(e.title),
        Column.STATUS: lambda e: (order.index(e.status), not e.stale),
        Column.GROUP: lambda e: (not e.group_name, text(e.group_name)),
        Column.OWNER: lambda e: (not e.owner, text(e.owner)),
        Column.CHANGED: ((lambda e: e.deleted_at or e.updated_at) if trash
                         else (lambda e: e.updated_at)),
        Column.MINUTES: lambda e: e.estimated_minutes,
    }[column]


class LibraryModel(QAbstractTableModel):
    """Modules as table rows: title, status (with a stale marker), group, owner, change, time."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[LibraryEntry] = []
        self._found: list[LibraryEntry] = []  # as the service ordered them (best match first)
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self.trash = False  # rows are deleted modules: "Changed" shows when they were deleted
        self.now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)

    # --- contents ---------------------------------------------------------------------------

    def set_entries(self, entries: Sequence[LibraryEntry], trash: bool = False) -> None:
        """Show these entries, in the current sort order (or as given when unsorted)."""
        self.beginResetModel()
        self.trash = trash
        self._found = list(entries)
        self._entries = self._sorted()
        self.endResetModel()

    def entry(self, row: int) -> LibraryEntry:
        """Return the entry shown on `row`."""
        return self._entries[row]

    def entries(self) -> list[LibraryEntry]:
        """Return the entries in display order."""
        return list(self._entries)

    def row_of(self, module_id: uuid.UUID) -> int:
        """Return the row showing `module_id`, or -1."""
        return next((i for i, e in enumerate(self._entries) if e.id == module_id), -1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by `column`; -1 keeps the service's order (best match first when searching)."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._entries = self._sorted()
        self.layoutChanged.emit()

    def sorted_by(self) -> tuple[int, Qt.SortOrder]:
        """Return the sort column (-1: as the service ordered them) and order."""
        return self._sort

    def _sorted(self) -> list[LibraryEntry]:
        column, order = self._sort
        if column < 0:
            return list(self._found)
        return sorted(self._found, key=_sort_key(Column(column), self.trash),
                      reverse=order == Qt.SortOrder.DescendingOrder)

    # --- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """Return the number of modules shown."""
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of columns."""
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the column titles (the length's on the right, above its numbers)."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and section == Column.MINUTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.TITLE: self.tr("Title"), Column.STATUS: self.tr("Status"),
            Column.GROUP: self.tr("Group"), Column.OWNER: self.tr("Owner"),
            Column.CHANGED: self.tr("Deleted") if self.trash else self.tr("Last change"),
            Column.MINUTES: self.tr("Length"),
        }[Column(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return what a cell shows, its tooltip, alignment and the row's entry."""
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.MINUTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column != Column.TITLE:
            return QApplication.palette().placeholderText()
        if role == Qt.ItemDataRole.FontRole and column == Column.TITLE:
            font = QFont(QApplication.font())
            font.setWeight(QFont.Weight.DemiBold)
            return font
        return None

    def _display(self, entry: LibraryEntry, column: Column) -> str:
        if column == Column.TITLE:
            return entry.title
        if column == Column.STATUS:
            return self.status_label(entry.status)
        if column == Column.GROUP:
            return entry.group_name or "–"
        if column == Column.OWNER:
            return entry.owner or "–"
        if column == Column.CHANGED:
            return self.relative_time(self._when(entry))
        if not entry.estimated_minutes:
            return "–"
        return self.tr("%n min", "", entry.estimated_minutes)

    def _tooltip(self, entry: LibraryEntry, column: Column) -> str | None:
        if column == Column.CHANGED:
            when = self._when(entry).astimezone()
            return QLocale().toString(when, QLocale.FormatType.LongFormat)
        if column == Column.MINUTES:
            return self.tr("About %n min to complete", "", entry.estimated_minutes)
        if column in (Column.TITLE, Column.STATUS) and entry.stale and entry.review_by:
            return self.tr("The review-by date (%1) has passed: check that the content is still "
                           "right.").replace("%1", QLocale().toString(
                               entry.review_by, QLocale.FormatType.ShortFormat))
        return entry.title if column == Column.TITLE else None

    def _when(self, entry: LibraryEntry) -> dt.datetime:
        return (entry.deleted_at or entry.updated_at) if self.trash else entry.updated_at

    # --- words ------------------------------------------------------------------------------

    def status_label(self, status: ModuleStatus) -> str:
        """Return a status in the person's words."""
        return {
            ModuleStatus.DRAFT: self.tr("Draft"),
            ModuleStatus.IN_REVIEW: self.tr("In review"),
            ModuleStatus.CHANGES_REQUESTED: self.tr("Changes requested"),
            ModuleStatus.APPROVED: self.tr("Approved"),
            ModuleStatus.PUBLISHED: self.tr("Published"),
            ModuleStatus.ARCHIVED: self.tr("Archived"),
        }[status]

    def stale_label(self) -> str:
        """Return the words of the stale marker."""
        return self.tr("Review overdue")

    def relative_time(self, when: dt.datetime) -> str:
        """Return "just now", "3 min ago", "2 hours ago", "yesterday", "4 days ago" or a date."""
        now = self.now()
        seconds = (now - when).total_seconds()
        if seconds < 60:
            return self.tr("just now")
        if seconds < 3600:
            return self.tr("%n min ago", "", int(seconds // 60))
        local, today = when.astimezone().date(), now.astimezone().date()
        if local == today:
            hours = int(seconds // 3600)
            return self.tr("1 hour ago") if hours == 1 else self.tr("%n hours ago", "", hours)
        days = (today - local).days
        if days == 1:
            return self.tr("yesterday")
        if days < 7:
            return self.tr("%n days ago", "", days)
        return QLocale().toString(local, QLocale.FormatType.ShortFormat)


class StatusDelegate(QStyledItemDelegate):
    """Paints the status as a coloured pill, followed by a red "Review overdue" pill if stale."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Draw the cell's background (selection, hover) and then the pills."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        entry: LibraryEntry = index.data(ENTRY_ROLE)
        model: LibraryModel = index.model()  # type: ignore[assignment]
        pills = [(model.status_label(entry.status), entry.status)]
        if entry.stale and not model.trash:
            pills.append((model.stale_label(), STALE))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(opt.font)
        metrics = QFontMetrics(opt.font)
        height = metrics.height() + 6
        x = opt.rect.x() + PADDING
        y = opt.rect.y() + (opt.rect.height() - height) / 2
        for text, key in pills:
            room = opt.rect.right() - PADDING - x
            width = min(metrics.horizontalAdvance(text) + 22, room)
            if width <= 24:
                break
            background, colour = pill_colours(key)
            rect = QRectF(x, y, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(background)
            painter.drawRoundedRect(rect, height / 2, height / 2)
            painter.setPen(colour)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, metrics.elidedText(
                text, Qt.TextElideMode.ElideRight, int(width) - 16))
            x += width + 6
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Leave room for the pills."""
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 40, hint.height() + 10)


SORT_ARROW_ROOM = 48  # the header's padding and its sort arrow, in pixels
WIDTHS = {Column.STATUS: 240, Column.GROUP: 150, Column.OWNER: 150, Column.CHANGED: 130,
          Column.MINUTES: 80}
TABLE_STYLE = f"""
QTableView {{ background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }}
QTableView::item {{ padding: 0 {PADDING - 3}px; border-bottom: 1px solid palette(alternate-base); }}
QTableView::item:selected {{ background: palette(highlight); color: palette(highlighted-text); }}
QHeaderView::section {{ background: palette(base); border: none; padding: 0 {PADDING}px;
                       border-bottom: 1px solid palette(mid); font-weight: 600;
                       color: palette(placeholder-text); }}
"""


class LibraryTable(QTableView):
    """The table of modules: whole rows selected, calm rows, sortable by a header click."""

    def __init__(self, model: LibraryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegateForColumn(Column.STATUS, StatusDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setStyleSheet(TABLE_STYLE)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(40)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumHeight(34)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in WIDTHS.items():
            # Wide enough for the heading in any language, with room for the sort arrow
            # ("Laatste wijziging" was overlapped by it).
            label = str(model.headerData(column, Qt.Orientation.Horizontal,
                                         Qt.ItemDataRole.DisplayRole) or "")
            room = header.fontMetrics().horizontalAdvance(label) + SORT_ARROW_ROOM
            header.resizeSection(column, max(width, room))
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
