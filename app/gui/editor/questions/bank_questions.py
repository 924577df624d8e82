"""The questions of one bank: title, count, a tag filter and a search, and the list itself."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui.editor.questions.question_form import kind_name
from app.gui.icons import IconName, icon
from authoring.snapshot import BankSnap, QuestionSnap

ID_ROLE = Qt.ItemDataRole.UserRole


def short(text: str, limit: int = 90) -> str:
    """Return `text` on one line, cut at `limit` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def heading(text: str, parent: QWidget) -> QLabel:
    """Return a bold, slightly larger label."""
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


class BankQuestions(QWidget):
    """Lists a bank's questions with their type, tags and points; filters by tag and words."""

    activated = Signal()  # a question was double-clicked
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bank: BankSnap | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = heading("", self)
        self.count = QLabel(self)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.count)
        layout.addLayout(header)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Tag:"), self))
        self.tag_filter = QComboBox(self)
        self.tag_filter.setAccessibleName(self.tr("Show questions with tag"))
        self.tag_filter.setMinimumContentsLength(14)
        self.tag_filter.currentIndexChanged.connect(self._apply_filter)
        filters.addWidget(self.tag_filter)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search questions"))
        self.search.setAccessibleName(self.tr("Search questions"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon(IconName.SEARCH, 16), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self._apply_filter)
        filters.addWidget(self.search, 1)
        layout.addLayout(filters)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Question"), self.tr("Type"), self.tr("Tags"),
                                   self.tr("Points")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        self.tree.headerItem().setTextAlignment(
            3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        head = self.tree.header()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            head.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        self.tree.itemSelectionChanged.connect(self.selection_changed)
        layout.addWidget(self.tree, 1)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setVisible(False)
        layout.addWidget(self.empty)

    def _double_clicked(self, _item: QTreeWidgetItem, _column: int) -> None:
        self.activated.emit()

    def show_bank(self, bank: BankSnap | None) -> None:
        """Show `bank` (None: no bank chosen), keeping the filter and the selection."""
        selected = self.selected()
        self._bank = bank
        self.title.setText(bank.title if bank else self.tr("No bank yet"))
        questions = bank.questions if bank else ()
        tags = sorted({t for q in questions for t in q.tags}, key=str.casefold)
        chosen = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), "")
        for tag in tags:
            count = sum(tag in q.tags for q in questions)
            self.tag_filter.addItem(self.tr("%1 (%2)").replace("%1", tag)
                                    .replace("%2", str(count)), tag)
        self.tag_filter.setCurrentIndex(max(self.tag_filter.findData(chosen or ""), 0))
        self.tag_filter.blockSignals(False)
        self.tree.clear()
        for question in questions:
            item = self._item(question)
            self.tree.addTopLevelItem(item)
            if selected is not None and question.id == selected.id:
                item.setSelected(True)
        for widget in (self.tag_filter, self.search):
            widget.setEnabled(bank is not None)
        if bank is None:
            self.empty.setText(self.tr("Make a bank to collect questions that a quiz can draw "
                                       "from at random, or import a GIFT file."))
        elif not questions:
            self.empty.setText(self.tr("No questions yet: add one, or import a GIFT file."))
        self.empty.setVisible(not questions)
        self._apply_filter()

    def _item(self, question: QuestionSnap) -> QTreeWidgetItem:
        label = question.title or short(question.stem) or self.tr("(no question text)")
        item = QTreeWidgetItem([label, kind_name(question.kind), ", ".join(question.tags),
                                f"{question.points:g}"])
        item.setData(0, ID_ROLE, question.id)
        item.setToolTip(0, short(question.stem, 400))
        item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def set_tag(self, tag: str) -> None:
        """Show only the questions tagged `tag` ("" for all)."""
        self.tag_filter.setCurrentIndex(max(self.tag_filter.findData(tag), 0))

    def visible(self) -> list[str]:
        """Return the labels of the questions the filter lets through, in order."""
        items = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        return [i.text(0) for i in items if not i.isHidden()]

    def selected(self) -> QuestionSnap | None:
        """Return the selected question, if any."""
        items = self.tree.selectedItems()
        if not items or self._bank is None:
            return None
        wanted = items[0].data(0, ID_ROLE)
        return next((q for q in self._bank.questions if q.id == wanted), None)

    def _how_many(self, n: int) -> str:
        return self.tr("1 question") if n == 1 else self.tr("%n questions", "", n)

    def _apply_filter(self, *_args: object) -> None:
        tag = self.tag_filter.currentData() or ""
        words = self.search.text().casefold().split()
        questions = {q.id: q for q in self._bank.questions} if self._bank else {}
        shown = 0
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            question = questions[item.data(0, ID_ROLE)]
            haystack = " ".join((question.title, question.stem, *question.tags)).casefold()
            hide = bool(tag and tag not in question.tags) or not all(w in haystack for w in words)
            item.setHidden(hide)
            shown += not hide
        total = len(questions)
        self.count.setText("" if self._bank is None else self._how_many(total) if shown == total
                           else self.tr("%1 of %2 questions").replace("%1", str(shown))
                           .replace("%2", str(total)))
        self.selection_changed.emit()
