"""Forms for blocks made of items: accordion and tabs (titled sections), flashcards."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.gui.editor.forms.base import BlockForm, FormContext, hint_label
from app.gui.editor.forms.markdown_field import MarkdownField
from app.gui.editor.forms.rich_edit import RichTextEdit
from app.gui.editor.forms.row_list import Row, RowList
from authoring.blocks import BlockData, Card, FlashcardsData, Section, SectionsData
from authoring.kinds import BlockKind


class SectionRow(Row):
    """A section: its title and its Markdown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("Section title"))
        self.title.setAccessibleName(self.tr("Section title"))
        self.title.textEdited.connect(lambda: self.edited.emit(True))
        self.markdown = MarkdownField(2, self)
        self.markdown.edited.connect(lambda: self.edited.emit(True))
        layout.addWidget(self.title)
        layout.addWidget(self.markdown)

    def value(self) -> Section:
        """Return the section."""
        return Section(title=self.title.text(), markdown=self.markdown.text())

    def set_value(self, value: Any) -> None:
        """Show a section."""
        if self.title.text() != value.title:
            self.title.setText(value.title)
        self.markdown.set_text(value.markdown)


class CardRow(Row):
    """A flashcard: front and back side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        self.front = RichTextEdit(2, self)
        self.front.setPlaceholderText(self.tr("Front: a term or a question"))
        self.front.setAccessibleName(self.tr("Front"))
        self.back = RichTextEdit(2, self)
        self.back.setPlaceholderText(self.tr("Back: the explanation"))
        self.back.setAccessibleName(self.tr("Back"))
        for column, (caption, edit) in enumerate(((self.tr("Front"), self.front),
                                                  (self.tr("Back"), self.back))):
            label = QLabel(caption, self)
            label.setObjectName("fieldLabel")
            label.setBuddy(edit)
            grid.addWidget(label, 0, column)
            grid.addWidget(edit, 1, column)
            edit.textChanged.connect(lambda: self.edited.emit(True))

    def value(self) -> Card:
        """Return the card."""
        return Card(front=self.front.markdown(), back=self.back.markdown())

    def set_value(self, value: Any) -> None:
        """Show a card."""
        self.front.set_markdown(value.front)
        self.back.set_markdown(value.back)


class SectionsForm(BlockForm):
    """Accordion or tabs: titled sections in order."""

    def __init__(self, context: FormContext, kind: BlockKind,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, kind, parent)
        tabs = kind is BlockKind.TABS
        self.column.addWidget(hint_label(
            self.tr("Learners see one tab at a time; keep the tabs parallel (one per role, "
                    "per tool…).") if tabs else
            self.tr("Learners open the sections they need; put what everyone must read "
                    "outside the accordion."), self))
        self.items = RowList(lambda: SectionRow(self), lambda: Section(title=""),
                             self.tr("Add tab") if tabs else self.tr("Add section"),
                             lambda n: self.tr("Section {n}").format(n=n), self)
        self.items.edited.connect(lambda typing: self._typed() if typing else self._changed())
        self.column.addWidget(self.items)

    def _load(self, data: BlockData) -> None:
        assert isinstance(data, SectionsData)
        self.items.set_values(list(data.items))

    def data(self) -> SectionsData:
        """Return the sections."""
        return SectionsData(items=tuple(self.items.values()))


class FlashcardsForm(BlockForm):
    """A stack of cards: front and back."""

    def __init__(self, context: FormContext, kind: BlockKind,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, kind, parent)
        self.column.addWidget(hint_label(self.tr(
            "Keep each side short: a term on the front, a one-line explanation on the back."),
            self))
        self.cards = RowList(lambda: CardRow(self), lambda: Card(front=""), self.tr("Add card"),
                             lambda n: self.tr("Card {n}").format(n=n), self)
        self.cards.edited.connect(lambda typing: self._typed() if typing else self._changed())
        self.column.addWidget(self.cards)

    def _load(self, data: BlockData) -> None:
        assert isinstance(data, FlashcardsData)
        self.cards.set_values(list(data.cards))

    def data(self) -> FlashcardsData:
        """Return the cards."""
        return FlashcardsData(cards=tuple(self.cards.values()))
