"""Options of a single-choice or multiple-response question: right answer(s), scores, feedback.

Multiple response scores each ticked option by its weight (percent of the points). A weight
left empty is computed: the right options share 100 % and the wrong ones share −100 %, after
any weights typed by hand; the computed value shows in the empty field.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.editor.questions.rows import Feedback, IdPool, KindEditor, Row, RowList, Texts
from authoring.questions import Choice, ChoiceData, QuestionData, option_id

# -100 … 100 with a decimal comma or point, whatever the locale.
WEIGHT = QRegularExpression(r"^-?(100([.,]0{0,2})?|\d{0,2}([.,]\d{0,2})?)$")


def spread(correct: Sequence[bool], given: Sequence[float | None]) -> list[float]:
    """Fill in the weights left empty (None): right ones share 100 %, wrong ones −100 %.

    Weights typed by hand count first; the rest of the 100 (or −100) is shared evenly, rounded
    to hundredths with the remainder on the first, so the shares add up exactly.
    """
    out = [0.0 if g is None else g for g in given]
    for right, total in ((True, 100.0), (False, -100.0)):
        empty = [i for i, (c, g) in enumerate(zip(correct, given, strict=True))
                 if c is right and g is None]
        if not empty:
            continue
        typed = sum(g for c, g in zip(correct, given, strict=True) if c is right and g is not None)
        rest = max(total - typed, 0.0) if right else min(total - typed, 0.0)
        share = round(rest / len(empty), 2)
        for i in empty:
            out[i] = share
        out[empty[0]] = round(rest - share * (len(empty) - 1), 2)
    return out


def _number(text: str) -> float | None:
    text = text.strip().replace(",", ".").rstrip("%").strip()
    try:
        return float(text) if text else None
    except ValueError:
        return None


def _shown(value: float) -> str:
    return f"{value:g}"


class ChoiceRow(Row):
    """An option: right-answer mark, text, score (multiple response) and feedback."""

    def __init__(self, option: str, group: QButtonGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.id = option
        self.radio = QRadioButton(self)
        self.radio.setToolTip(self.tr("The right answer"))
        self.radio.setAccessibleName(self.tr("Right answer"))
        group.addButton(self.radio)
        self.check = QCheckBox(self)
        self.check.setToolTip(self.tr("A right answer"))
        self.check.setAccessibleName(self.tr("Right answer"))
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Answer option"))
        self.text.setAccessibleName(self.tr("Answer option"))
        self.weight = QLineEdit(self)
        self.weight.setValidator(QRegularExpressionValidator(WEIGHT, self.weight))
        self.weight.setFixedWidth(64)
        self.weight.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.weight.setToolTip(self.tr("Share of the points this option gives when ticked, in "
                                       "percent (negative takes points away). Leave empty to "
                                       "share the points evenly."))
        self.weight.setAccessibleName(self.tr("Score in percent"))
        self.percent = QLabel(self.tr("%"), self)
        self.feedback = Feedback(self)
        for widget in (self.radio, self.check, self.text, self.weight, self.percent,
                       self.feedback.button):
            self.line.addWidget(widget, 1 if widget is self.text else 0)
        self.below.addWidget(self.feedback)
        self.indent = max(self.radio.sizeHint().width(), self.check.sizeHint().width()) + \
            self.line.spacing()
        self.edits = [self.text]
        self.watch(self.text, self.weight)
        self.feedback.changed.connect(self.changed)
        self.radio.toggled.connect(self.changed)
        self.check.toggled.connect(self.changed)

    def set_multiple(self, multiple: bool) -> None:
        """Show a checkbox and a score (multiple response) or a radio button (single choice)."""
        self.radio.setVisible(not multiple)
        self.check.setVisible(multiple)
        self.weight.setVisible(multiple)
        self.percent.setVisible(multiple)

    def given_weight(self) -> float | None:
        """Return the weight typed by hand, or None when left to be computed."""
        return _number(self.weight.text())


class ChoiceEditor(KindEditor):
    """The options of a choice question; `set_multiple` switches between the two kinds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._multiple = False
        self._ids = IdPool()
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        layout.addWidget(self.help)
        self.options = RowList(self._new_row, self.tr("Add option"), parent=self)
        self.options.changed.connect(self._refresh)
        self.header = self.options.add_header(self._titles)
        layout.addWidget(self.options)
        self.set_multiple(False)

    @property
    def multiple(self) -> bool:
        """True for multiple response."""
        return self._multiple

    def rows(self) -> list[ChoiceRow]:
        """Return every option row, in order."""
        return [r for r in self.options.rows if isinstance(r, ChoiceRow)]

    def _new_row(self, option: str = "") -> ChoiceRow:
        row = ChoiceRow(self._ids.take(option), self._group)
        row.set_multiple(self._multiple)
        return row

    def _titles(self, row: Row) -> dict[QWidget, str]:
        assert isinstance(row, ChoiceRow)
        self._group.removeButton(row.radio)
        row.set_multiple(True)
        return {row.text: self.tr("Answer option"), row.weight: self.tr("Score")}

    def set_multiple(self, multiple: bool) -> None:
        """Switch kinds, keeping the options and which ones are right."""
        if multiple and not self._multiple:
            for row in self.rows():
                row.check.setChecked(row.radio.isChecked())
        elif not multiple and self._multiple:
            first = next((r for r in self.rows() if r.check.isChecked()), None)
            if first is not None:
                first.radio.setChecked(True)
            else:
                self._clear_radios()
        self._multiple = multiple
        self.header.setVisible(multiple)
        for row in self.rows():
            row.set_multiple(multiple)
        self.help.setText(
            self.tr("Tick every right answer. Scores are optional: left empty, the right answers "
                    "share all the points and wrong ones take them away.") if multiple else
            self.tr("Type the options and mark the one right answer."))
        self._refresh()

    def _clear_radios(self) -> None:
        self._group.setExclusive(False)
        for row in self.rows():
            row.radio.setChecked(False)
        self._group.setExclusive(True)

    def _right(self, row: ChoiceRow) -> bool:
        return row.check.isChecked() if self._multiple else row.radio.isChecked()

    def _weights(self, rows: list[ChoiceRow]) -> list[float]:
        return spread([self._right(r) for r in rows], [r.given_weight() for r in rows])

    def _refresh(self) -> None:
        """Show the computed weights in the empty score fields."""
        rows = [r for r in self.rows() if not r.is_blank()]
        computed = dict(zip((r.id for r in rows), self._weights(rows), strict=True))
        for row in self.rows():
            value = computed.get(row.id)
            row.weight.setPlaceholderText("" if value is None else _shown(value))
        self.changed.emit()

    # -- the KindEditor interface -------------------------------------------------------------
    def load(self, data: QuestionData) -> None:
        """Show the options of `data` (a ChoiceData)."""
        assert isinstance(data, ChoiceData)
        self.options.clear()
        self._clear_radios()
        self._ids.reset()
        automatic = spread([c.correct for c in data.choices], [None] * len(data.choices))
        typed = any(abs(c.weight - w) > 0.005 for c, w in zip(data.choices, automatic,
                                                                strict=True))
        marked = False
        for choice in data.choices:
            row = self.options.add_row()
            assert isinstance(row, ChoiceRow)
            row.id = choice.id
            row.text.setText(choice.text)
            row.radio.setChecked(choice.correct and not marked)
            marked = marked or choice.correct
            row.check.setChecked(choice.correct)
            row.weight.setText(_shown(choice.weight) if typed and self._multiple else "")
            row.feedback.set_text(choice.feedback)
        self._ids.reset([c.id for c in data.choices])
        self._refresh()

    def data(self) -> ChoiceData:
        """Return the options typed so far, with their weights worked out."""
        rows = [r for r in self.rows() if not r.is_blank()]
        if self._multiple:
            weights = self._weights(rows)
        else:
            weights = [100.0 if self._right(r) else 0.0 for r in rows]
        return ChoiceData(tuple(
            Choice(id=r.id, text=r.text.text().strip(), correct=self._right(r), weight=w,
                   feedback=r.feedback.text())
            for r, w in zip(rows, weights, strict=True)))

    def reset(self) -> None:
        """Two empty options, none marked."""
        self.load(ChoiceData((Choice("a", ""), Choice("b", ""))))

    def texts(self) -> Texts:
        """Return the option texts and which are right."""
        return [(r.text.text().strip(), self._right(r)) for r in self.rows()
                if not r.is_blank()]

    def seed(self, texts: Texts) -> None:
        """Make options of the kept texts."""
        self.load(ChoiceData(tuple(Choice(option_id(i), text, right)
                                   for i, (text, right) in enumerate(texts))))
        while len(self.rows()) < 2:
            self.options.add_row()
