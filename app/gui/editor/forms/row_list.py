"""An editable list of small forms (sections, cards, choices): add, remove, move up and down."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.editor.forms.base import focus_first_field
from app.gui.editor.tinted import tint
from app.gui.icons import IconName


class Row(QFrame):
    """One item's fields; `edited(typing)` after each user change."""

    edited = Signal(bool)
    number: QLabel  # set by the list, like `buttons` (move-up, move-down, delete)
    buttons: dict[str, QToolButton]

    def focus_first(self) -> None:
        """Put the cursor in the row's first field."""
        focus_first_field(self)

    def value(self) -> Any:
        """Return the item shown."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show `value` (the list guards against reporting it as an edit)."""
        raise NotImplementedError


class RowList(QWidget):
    """Rows made by `make_row`, each with Move up, Move down and Remove; an Add button below."""

    edited = Signal(bool)

    def __init__(self, make_row: Callable[[], Row], blank: Callable[[], Any], add_text: str,
                 item_name: Callable[[int], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make_row = make_row
        self._blank = blank
        self._item_name = item_name
        self._loading = False
        self.rows: list[Row] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self._rows_box = QVBoxLayout()
        self._rows_box.setSpacing(8)
        layout.addLayout(self._rows_box)
        self.add_button = QPushButton(add_text, self)
        tint(self.add_button, IconName.ADD)
        self.add_button.clicked.connect(self.add)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def values(self) -> list[Any]:
        """Return the items in order."""
        return [row.value() for row in self.rows]

    def set_values(self, values: Sequence[Any]) -> None:
        """Show `values`, reusing rows (a row being typed in keeps its cursor)."""
        self._loading = True
        try:
            while len(self.rows) > len(values):
                self._drop(self.rows[-1])
            while len(self.rows) < len(values):
                self._append()
            for row, value in zip(self.rows, values, strict=True):
                if row.value() != value:
                    row.set_value(value)
        finally:
            self._loading = False
        self._renumber()

    def add(self) -> Row:
        """Add a blank item at the end and put the cursor in it."""
        self._loading = True
        try:
            row = self._append()
            row.set_value(self._blank())
        finally:
            self._loading = False
        self._renumber()
        row.focus_first()
        self.edited.emit(False)
        return row

    def _append(self) -> Row:
        row = self._make_row()
        row.setObjectName("itemRow")
        row.edited.connect(self._row_edited)
        holder = QFrame(self)
        holder.setObjectName("itemHolder")
        line = QHBoxLayout(holder)
        line.setContentsMargins(6, 8, 4, 8)
        line.setSpacing(6)
        number = QLabel(holder)
        number.setObjectName("itemNumber")
        number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        number.setMinimumWidth(18)
        line.addWidget(number)
        line.addWidget(row, 1)
        tools = QVBoxLayout()
        tools.setSpacing(0)
        row.buttons = {}
        for name, tip, slot in ((IconName.MOVE_UP, self.tr("Move up"), lambda: self.move(row, -1)),
                                (IconName.MOVE_DOWN, self.tr("Move down"),
                                 lambda: self.move(row, 1)),
                                (IconName.DELETE, self.tr("Remove"), lambda: self.remove(row))):
            button = QToolButton(holder)
            tint(button, name, 16)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setAutoRaise(True)
            button.clicked.connect(slot)
            tools.addWidget(button)
            row.buttons[name.value] = button
        tools.addStretch(1)
        line.addLayout(tools)
        row.number = number
        self.rows.append(row)
        self._rows_box.addWidget(holder)
        holder.show()  # now, not from the event loop: the cursor goes in at once
        return row

    def _drop(self, row: Row) -> None:
        self.rows.remove(row)
        holder = row.parentWidget()
        self._rows_box.removeWidget(holder)
        holder.deleteLater()

    def _renumber(self) -> None:
        for i, row in enumerate(self.rows):
            label = row.number
            label.setText(f"{i + 1}.")
            label.setAccessibleName(self._item_name(i + 1))

    def move(self, row: Row, delta: int) -> None:
        """Move `row` up (-1) or down (+1)."""
        at = self.rows.index(row)
        to = at + delta
        if not 0 <= to < len(self.rows):
            return
        self.rows.insert(to, self.rows.pop(at))
        holder = row.parentWidget()
        self._rows_box.removeWidget(holder)
        self._rows_box.insertWidget(to, holder)
        holder.show()
        self._renumber()
        self.edited.emit(False)

    def remove(self, row: Row) -> None:
        """Remove `row`."""
        self._drop(row)
        self._renumber()
        self.edited.emit(False)

    def _row_edited(self, typing: bool) -> None:
        if not self._loading:
            self.edited.emit(typing)
