"""Matching: pairs of a left item and the right item it belongs with, plus extra right items."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from app.gui.editor.questions.rows import IdPool, KindEditor, Row, RowList, Texts
from authoring.questions import MatchingData, MatchPair, QuestionData, option_id


class PairRow(Row):
    """A left item → the right item that matches it."""

    def __init__(self, pair: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.id = pair
        self.left = QLineEdit(self)
        self.left.setPlaceholderText(self.tr("Item"))
        self.left.setAccessibleName(self.tr("Item on the left"))
        self.right = QLineEdit(self)
        self.right.setPlaceholderText(self.tr("Its match"))
        self.right.setAccessibleName(self.tr("Matching item on the right"))
        arrow = QLabel(self.tr("→"), self)
        self.line.addWidget(self.left, 1)
        self.line.addWidget(arrow)
        self.line.addWidget(self.right, 1)
        self.edits = [self.left, self.right]
        self.watch(self.left, self.right)


class ExtraRow(Row):
    """A right-hand item that matches nothing (a distractor)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Extra match that fits nothing"))
        self.text.setAccessibleName(self.tr("Extra match"))
        self.line.addWidget(self.text, 1)
        self.edits = [self.text]
        self.watch(self.text)


class MatchingEditor(KindEditor):
    """Pairs in any order (the player shuffles the right side) and optional extra matches."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ids = IdPool()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        help_text = QLabel(self.tr("Write each item with its match. Learners see the matches "
                                   "shuffled."), self)
        help_text.setWordWrap(True)
        layout.addWidget(help_text)
        self.pairs = RowList(lambda: PairRow(self._ids.take()), self.tr("Add pair"),
                             parent=self)
        self.pairs.changed.connect(self.changed)
        layout.addWidget(self.pairs)
        extra = QLabel(self.tr("Extra matches make guessing harder (optional):"), self)
        extra.setWordWrap(True)
        layout.addSpacing(6)
        layout.addWidget(extra)
        self.extras = RowList(ExtraRow, self.tr("Add extra match"), movable=False, parent=self)
        self.extras.changed.connect(self.changed)
        layout.addWidget(self.extras)

    def pair_rows(self) -> list[PairRow]:
        """Return the pair rows, in order."""
        return [r for r in self.pairs.rows if isinstance(r, PairRow)]

    def extra_rows(self) -> list[ExtraRow]:
        """Return the extra-match rows, in order."""
        return [r for r in self.extras.rows if isinstance(r, ExtraRow)]

    def load(self, data: QuestionData) -> None:
        """Show `data` (a MatchingData)."""
        assert isinstance(data, MatchingData)
        self.pairs.clear()
        self.extras.clear()
        self._ids.reset()
        for pair in data.pairs:
            row = self.pairs.add_row()
            assert isinstance(row, PairRow)
            row.id = pair.id
            row.left.setText(pair.left)
            row.right.setText(pair.right)
        self._ids.reset([p.id for p in data.pairs])
        for text in data.distractors:
            extra = self.extras.add_row()
            assert isinstance(extra, ExtraRow)
            extra.text.setText(text)

    def data(self) -> MatchingData:
        """Return the pairs and extra matches typed so far."""
        return MatchingData(
            pairs=tuple(MatchPair(r.id, r.left.text().strip(), r.right.text().strip())
                        for r in self.pair_rows() if not r.is_blank()),
            distractors=tuple(r.text.text().strip() for r in self.extra_rows()
                              if not r.is_blank()))

    def reset(self) -> None:
        """Two empty pairs, no extra matches."""
        self.load(MatchingData(tuple(MatchPair(option_id(i), "", "") for i in range(2))))

    def texts(self) -> Texts:
        """Return the left items."""
        return [(r.left.text().strip(), False) for r in self.pair_rows()
                if r.left.text().strip()]

    def seed(self, texts: Texts) -> None:
        """Start pairs from the kept texts, matches still to write."""
        self.load(MatchingData(tuple(MatchPair(option_id(i), t, "")
                                     for i, (t, _ok) in enumerate(texts))))
        while len(self.pair_rows()) < 2:
            self.pairs.add_row()
