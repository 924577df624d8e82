"""A true-or-false statement: which answer is right, and what each answer's learner reads."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from app.gui.editor.questions.rows import KindEditor
from authoring.questions import QuestionData, TrueFalseData


class TrueFalseEditor(KindEditor):
    """The right answer and the feedback after "True" and after "False"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = self.form_layout = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        answers = QWidget(self)
        row = QHBoxLayout(answers)
        row.setContentsMargins(0, 0, 0, 0)
        self.true = QRadioButton(self.tr("True"), answers)
        self.false = QRadioButton(self.tr("False"), answers)
        group = QButtonGroup(self)
        group.addButton(self.true)
        group.addButton(self.false)
        row.addWidget(self.true)
        row.addWidget(self.false)
        row.addStretch(1)
        form.addRow(self.tr("The statement is:"), answers)
        self.feedback_true = QLineEdit(self)
        self.feedback_true.setPlaceholderText(self.tr("Feedback for learners who answer True "
                                                      "(optional)"))
        self.feedback_false = QLineEdit(self)
        self.feedback_false.setPlaceholderText(self.tr("Feedback for learners who answer False "
                                                       "(optional)"))
        form.addRow(self.tr("After “True”:"), self.feedback_true)
        form.addRow(self.tr("After “False”:"), self.feedback_false)
        self.true.setChecked(True)
        self.true.toggled.connect(self.changed)
        self.feedback_true.textChanged.connect(self.changed)
        self.feedback_false.textChanged.connect(self.changed)

    def load(self, data: QuestionData) -> None:
        """Show `data` (a TrueFalseData)."""
        assert isinstance(data, TrueFalseData)
        (self.true if data.answer else self.false).setChecked(True)
        self.feedback_true.setText(data.feedback_true)
        self.feedback_false.setText(data.feedback_false)

    def data(self) -> TrueFalseData:
        """Return the answer and feedback."""
        return TrueFalseData(answer=self.true.isChecked(),
                             feedback_true=self.feedback_true.text().strip(),
                             feedback_false=self.feedback_false.text().strip())

    def reset(self) -> None:
        """True, no feedback."""
        self.load(TrueFalseData())
