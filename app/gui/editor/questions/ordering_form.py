"""Put in order: the items, listed in the right order; the player shuffles them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from app.gui.editor.questions.rows import IdPool, KindEditor, Row, RowList, Texts
from authoring.questions import OrderingData, OrderItem, QuestionData, option_id


class ItemRow(Row):
    """One item, with its place in the right order."""

    def __init__(self, item: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.id = item
        self.number = QLabel(self)
        self.number.setMinimumWidth(24)
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Item"))
        self.text.setAccessibleName(self.tr("Item"))
        self.line.addWidget(self.number)
        self.line.addWidget(self.text, 1)
        self.edits = [self.text]
        self.watch(self.text)

    def set_number(self, number: int) -> None:
        """Show the item's place."""
        self.number.setText(self.tr("%1.").replace("%1", str(number)))


class OrderingEditor(KindEditor):
    """Items in the right order; move them with the arrows (or Alt+Up and Alt+Down)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ids = IdPool()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        help_text = QLabel(self.tr("List the items in the right order. Learners see them "
                                   "shuffled."), self)
        help_text.setWordWrap(True)
        layout.addWidget(help_text)
        self.items = RowList(lambda: ItemRow(self._ids.take()), self.tr("Add item"),
                             parent=self)
        self.items.changed.connect(self.changed)
        layout.addWidget(self.items)

    def rows(self) -> list[ItemRow]:
        """Return the item rows, in order."""
        return [r for r in self.items.rows if isinstance(r, ItemRow)]

    def load(self, data: QuestionData) -> None:
        """Show `data` (an OrderingData)."""
        assert isinstance(data, OrderingData)
        self.items.clear()
        self._ids.reset()
        for item in data.items:
            row = self.items.add_row()
            assert isinstance(row, ItemRow)
            row.id = item.id
            row.text.setText(item.text)
        self._ids.reset([i.id for i in data.items])

    def data(self) -> OrderingData:
        """Return the items typed so far, in the order shown."""
        return OrderingData(tuple(OrderItem(r.id, r.text.text().strip())
                                  for r in self.rows() if not r.is_blank()))

    def reset(self) -> None:
        """Three empty items."""
        self.load(OrderingData(tuple(OrderItem(option_id(i), "") for i in range(3))))

    def texts(self) -> Texts:
        """Return the items (none is "right" on its own)."""
        return [(r.text.text().strip(), False) for r in self.rows() if not r.is_blank()]

    def seed(self, texts: Texts) -> None:
        """Make items of the kept texts."""
        self.load(OrderingData(tuple(OrderItem(option_id(i), t)
                                     for i, (t, _ok) in enumerate(texts))))
        while len(self.rows()) < 2:
            self.items.add_row()
