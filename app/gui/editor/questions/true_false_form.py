"""A true-or-false statement: which answer is right."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QRadioButton,
    QWidget,
)

from app.gui.editor.questions.rows import KindEditor
from authoring.questions import QuestionData, TrueFalseData


class TrueFalseEditor(KindEditor):
    """Which answer is right.

    What learners read after answering is the question's feedback ("When right", "When
    wrong"): one set of feedback fields, as for every other kind.
    """

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
        self.true.setChecked(True)
        self.true.toggled.connect(self.changed)

    def load(self, data: QuestionData) -> None:
        """Show `data` (a TrueFalseData)."""
        assert isinstance(data, TrueFalseData)  # noqa: S101 - the form hands its own kind
        (self.true if data.answer else self.false).setChecked(True)

    def data(self) -> TrueFalseData:
        """Return the answer (feedback lives in the question's right / wrong fields)."""
        return TrueFalseData(answer=self.true.isChecked())

    def reset(self) -> None:
        """True."""
        self.load(TrueFalseData())


def folded_feedback(data: TrueFalseData, right: str, wrong: str) -> tuple[str, str]:
    """The question's right / wrong feedback with the per-answer feedback (GIFT's) folded in."""
    after_right = data.feedback_true if data.answer else data.feedback_false
    after_wrong = data.feedback_false if data.answer else data.feedback_true
    return (" ".join(t for t in (right, after_right) if t.strip()),
            " ".join(t for t in (wrong, after_wrong) if t.strip()))
