"""Fill in the blank: the answers accepted (each with its own feedback) and whether case counts."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.gui.editor.questions.rows import Feedback, KindEditor, Row, RowList, Texts
from authoring.questions import AcceptedAnswer, FillInData, QuestionData


class AnswerRow(Row):
    """One accepted answer and its feedback."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("An answer you accept"))
        self.text.setAccessibleName(self.tr("Accepted answer"))
        self.feedback = Feedback(self)
        self.line.addWidget(self.text, 1)
        self.line.addWidget(self.feedback.button)
        self.below.addWidget(self.feedback)
        self.edits = [self.text]
        self.watch(self.text)
        self.feedback.changed.connect(self.changed)


class FillInEditor(KindEditor):
    """Accepted answers (a learner's answer is trimmed before comparing) and case sensitivity."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        help_text = QLabel(self.tr("List every answer you accept, such as other spellings. "
                                   "Spaces around the answer do not count."), self)
        help_text.setWordWrap(True)
        layout.addWidget(help_text)
        self.answers = RowList(AnswerRow, self.tr("Add accepted answer"), movable=False,
                               parent=self)
        self.answers.changed.connect(self.changed)
        layout.addWidget(self.answers)
        self.case_sensitive = QCheckBox(self.tr("Upper and lower case must match"), self)
        self.case_sensitive.toggled.connect(self.changed)
        layout.addWidget(self.case_sensitive)

    def rows(self) -> list[AnswerRow]:
        """Return the answer rows, in order."""
        return [r for r in self.answers.rows if isinstance(r, AnswerRow)]

    def load(self, data: QuestionData) -> None:
        """Show `data` (a FillInData); one empty row when it has no answers."""
        assert isinstance(data, FillInData)
        self.answers.clear()
        for answer in data.answers:
            row = self.answers.add_row()
            assert isinstance(row, AnswerRow)
            row.text.setText(answer.text)
            row.feedback.set_text(answer.feedback)
        if not data.answers:
            self.answers.add_row()
        self.case_sensitive.setChecked(data.case_sensitive)

    def data(self) -> FillInData:
        """Return the accepted answers typed so far."""
        return FillInData(
            answers=tuple(AcceptedAnswer(r.text.text().strip(), r.feedback.text())
                          for r in self.rows() if not r.is_blank()),
            case_sensitive=self.case_sensitive.isChecked())

    def reset(self) -> None:
        """One empty answer; case does not count."""
        self.load(FillInData())

    def texts(self) -> Texts:
        """Return the accepted answers (all of them are right)."""
        return [(r.text.text().strip(), True) for r in self.rows() if not r.is_blank()]

    def seed(self, texts: Texts) -> None:
        """Accept the texts that were right in the other kind (all of them if none was)."""
        right = [t for t, ok in texts if ok] or [t for t, _ok in texts]
        self.load(FillInData(tuple(AcceptedAnswer(t) for t in right),
                             self.case_sensitive.isChecked()))
