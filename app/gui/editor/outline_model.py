"""The outline's list model (pages in order, renamed in place, moved by drag) and its delegate."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.gui.icons import IconName, icon
from authoring.kinds import Severity

MIME = "application/x-kiem-page"
ID_ROLE = Qt.ItemDataRole.UserRole
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class PageRow:
    """One page as the outline shows it."""

    id: uuid.UUID
    title: str
    worst: Severity | None = None
    tip: str = ""


class OutlineModel(QAbstractListModel):
    """Pages in order; editing a title asks for a rename, moving a row asks for a move."""

    rename_requested = Signal(object, str)  # page id, new title
    move_requested = Signal(object, int)  # page id, new index

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PageRow] = []
        self.untitled = ""

    def set_pages(self, rows: list[PageRow]) -> None:
        """Show `rows`: updated in place when only titles or markers changed."""
        if rows == self._rows:
            return
        if [r.id for r in rows] == [r.id for r in self._rows]:
            changed = [i for i, (a, b) in enumerate(zip(rows, self._rows, strict=True)) if a != b]
            self._rows = rows
            for i in changed:
                self.dataChanged.emit(self.index(i), self.index(i))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def page_id(self, row: int) -> uuid.UUID | None:
        """Return the id of the page at `row`."""
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, page_id: uuid.UUID | None) -> int:
        """Return the row of a page (-1 when not shown)."""
        return next((i for i, r in enumerate(self._rows) if r.id == page_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        """The number of pages."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Title, id, finding marker and tooltip of a page."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title or self.untitled
        if role == Qt.ItemDataRole.EditRole:
            return row.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tip or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{index.row() + 1}. {row.title or self.untitled}"
        if role == ID_ROLE:
            return str(row.id)
        if role == SEVERITY_ROLE:
            return row.worst.value if row.worst else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Pages are selectable, editable in place and draggable; the list accepts drops."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled)

    def setData(self, index: Index, value: object,  # noqa: N802 (Qt API)
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ask to rename the page (the outline refreshes when the rename is done)."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        title = str(value).strip()
        row = self._rows[index.row()]
        if title and title != row.title:
            self.rename_requested.emit(row.id, title)
        return True

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 (Qt API)
        """Pages are moved, never copied, by dragging."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 (Qt API)
        """Dragged pages travel as their ids."""
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802 (Qt API)
        """Carry the dragged page's id."""
        mime = QMimeData()
        ids = [str(self._rows[i.row()].id) for i in indexes if i.isValid()]
        mime.setData(MIME, QByteArray(",".join(ids).encode()))
        return mime

    def moveRows(self, source_parent: Index, source_row: int, count: int,  # noqa: N802
                 destination_parent: Index, destination_child: int) -> bool:
        """Ask to move one page to before `destination_child` (the row numbers before moving)."""
        if count != 1 or not 0 <= source_row < len(self._rows):
            return False
        target = destination_child if destination_child <= source_row else destination_child - 1
        target = max(0, min(target, len(self._rows) - 1))
        if target != source_row:
            self.move_requested.emit(self._rows[source_row].id, target)
        return True


class OutlineDelegate(QStyledItemDelegate):
    """Draws a page as: its number (muted), its title, and a marker when check found problems."""

    NUMBER_WIDTH = 30

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        """Rows tall enough to hit comfortably."""
        size = super().sizeHint(option, index)
        return QSize(size.width() + self.NUMBER_WIDTH, max(size.height() + 14, 36))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Paint background, number, title and marker."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = opt.rect
        painter.save()
        muted = opt.palette.color(role)
        muted.setAlpha(150)
        painter.setPen(muted)
        number = QRect(rect.left() + 4, rect.top(), self.NUMBER_WIDTH - 10, rect.height())
        painter.drawText(number, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         str(index.row() + 1))
        marker = 0
        severity = index.data(SEVERITY_ROLE)
        if severity:
            marker = 22
            glyph = icon(IconName.ERROR if severity == "error" else IconName.WARNING, 16)
            glyph.paint(painter, QRect(rect.right() - 20, rect.center().y() - 8, 16, 16))
        painter.setPen(opt.palette.color(role))
        text_rect = rect.adjusted(self.NUMBER_WIDTH + 4, 0, -6 - marker, 0)
        painter.setFont(opt.font)
        elided = opt.fontMetrics.elidedText(title, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         elided)
        painter.restore()

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                             index: Index) -> None:
        """Edit the title where it is drawn, after the number."""
        editor.setGeometry(option.rect.adjusted(self.NUMBER_WIDTH, 2, -2, -2))
