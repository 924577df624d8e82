"""Number: values accepted, each with a margin (±), a score and feedback."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from app.gui.editor.questions.rows import Feedback, KindEditor, Row, RowList
from authoring.questions import NumericAnswer, NumericData, QuestionData


def _number(text: str) -> float | None:
    text = text.strip().replace(",", ".")
    try:
        return float(text) if text else None
    except ValueError:
        return None


def _validator(negative: bool, parent: QWidget) -> QRegularExpressionValidator:
    # A decimal comma or point, whatever the locale: people type what they are used to.
    sign = "-?" if negative else ""
    return QRegularExpressionValidator(QRegularExpression(rf"^{sign}\d*([.,]\d*)?$"), parent)


class NumberRow(Row):
    """One accepted value ± margin, its score and its feedback."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = QLineEdit(self)
        self.value.setPlaceholderText(self.tr("Value"))
        self.value.setAccessibleName(self.tr("Accepted value"))
        self.value.setValidator(_validator(True, self.value))
        self.tolerance = QLineEdit(self)
        self.tolerance.setPlaceholderText(self.tr("0"))
        self.tolerance.setAccessibleName(self.tr("Margin either side"))
        self.tolerance.setToolTip(self.tr("How far off an answer may be and still count"))
        self.tolerance.setValidator(_validator(False, self.tolerance))
        self.tolerance.setFixedWidth(80)
        self.weight = QSpinBox(self)
        self.weight.setRange(-100, 100)
        self.weight.setSuffix(self.tr(" %"))
        self.weight.setValue(100)
        self.weight.setAccessibleName(self.tr("Score in percent"))
        self.weight.setToolTip(self.tr("Share of the points this answer gives; 100 % is fully "
                                       "right, less gives partial credit"))
        self.feedback = Feedback(self)
        self.line.addWidget(self.value, 1)
        self.line.addWidget(QLabel(self.tr("±"), self))
        self.line.addWidget(self.tolerance)
        self.line.addWidget(QLabel(self.tr("Score"), self))
        self.line.addWidget(self.weight)
        self.line.addWidget(self.feedback.button)
        self.below.addWidget(self.feedback)
        self.edits = [self.value, self.tolerance]
        self.watch(self.value, self.tolerance)
        self.weight.valueChanged.connect(self.changed)
        self.feedback.changed.connect(self.changed)

    def is_blank(self) -> bool:
        """True while no value is typed."""
        return _number(self.value.text()) is None


class NumericEditor(KindEditor):
    """Values accepted: the first whose range holds the learner's number gives its score."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        help_text = QLabel(self.tr("Type the right number and how far off an answer may be "
                                   "(15 ± 0 means exactly 15). Add more values for partial "
                                   "credit."), self)
        help_text.setWordWrap(True)
        layout.addWidget(help_text)
        self.answers = RowList(NumberRow, self.tr("Add value"), parent=self)
        self.answers.changed.connect(self.changed)
        layout.addWidget(self.answers)

    def rows(self) -> list[NumberRow]:
        """Return the value rows, in order."""
        return [r for r in self.answers.rows if isinstance(r, NumberRow)]

    def load(self, data: QuestionData) -> None:
        """Show `data` (a NumericData); one empty row when it has no values."""
        assert isinstance(data, NumericData)
        self.answers.clear()
        for answer in data.answers:
            row = self.answers.add_row()
            assert isinstance(row, NumberRow)
            row.value.setText(f"{answer.value:g}")
            row.tolerance.setText(f"{answer.tolerance:g}" if answer.tolerance else "")
            row.weight.setValue(round(answer.weight))
            row.feedback.set_text(answer.feedback)
        if not data.answers:
            self.answers.add_row()

    def data(self) -> NumericData:
        """Return the values typed so far."""
        out = []
        for row in self.rows():
            value = _number(row.value.text())
            if value is None:
                continue
            out.append(NumericAnswer(value=value,
                                     tolerance=abs(_number(row.tolerance.text()) or 0.0),
                                     weight=float(row.weight.value()),
                                     feedback=row.feedback.text()))
        return NumericData(tuple(out))

    def reset(self) -> None:
        """One empty value worth 100 %."""
        self.load(NumericData())

    def is_blank(self) -> bool:
        """True while no value is typed."""
        return all(r.is_blank() for r in self.rows())
