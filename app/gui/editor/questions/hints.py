"""The live hint under the question form: what is still missing, in plain words.

`authoring.check.question_problems` finds the problems (the same check export runs); this panel
turns their codes into short instructions and hides when there is nothing left to do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from app.gui.icons import IconName, icon
from authoring.check import question_problems
from authoring.kinds import QuestionKind, Severity
from authoring.snapshot import QuestionSnap


class ProblemHint(QFrame):
    """A calm panel listing what the question still needs; hidden when it needs nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self.icon = QLabel(self)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.icon.setPixmap(icon(IconName.WARNING, 18).pixmap(18, 18))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        self.messages: list[str] = []
        # Its place is kept while hidden: the form never jumps under the pointer when the
        # last missing piece is typed (or the first one appears).
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.setVisible(False)

    def show_problems(self, question: QuestionSnap) -> None:
        """Check `question` and show what it still needs (errors first, then advice)."""
        found = question_problems(question)
        errors = [self._say(code, question.kind, text) for code, sev, text in found
                  if sev is Severity.ERROR]
        advice = [self._say(code, question.kind, text) for code, sev, text in found
                  if sev is not Severity.ERROR]
        self.messages = list(dict.fromkeys(errors + advice))
        if not self.messages:
            self.label.clear()
            self.setVisible(False)
            return
        head = self.tr("To finish this question:") if errors else self.tr("Worth a look:")
        items = "".join(f"<li>{_escape(m)}</li>" for m in self.messages)
        self.label.setText(f"<b>{_escape(head)}</b><ul style='margin:0 0 0 -24px'>{items}</ul>")
        self.setVisible(True)

    def _say(self, code: str, kind: QuestionKind, fallback: str) -> str:
        if code == "question.no_correct":
            return {
                QuestionKind.SINGLE_CHOICE: self.tr("Mark the right answer."),
                QuestionKind.MULTIPLE_RESPONSE: self.tr("Tick at least one right answer."),
                QuestionKind.FILL_IN: self.tr("Add at least one accepted answer."),
                QuestionKind.NUMERIC: self.tr("Type the right number (with a score above "
                                              "0 %)."),
            }.get(kind, self.tr("Mark the right answer."))
        texts = {
            "question.no_stem": self.tr("Write the question."),
            "question.few_options": self.tr("Write at least two answer options."),
            "question.many_correct": self.tr("Only one answer can be right; for more, choose "
                                             "“Multiple response”."),
            "question.empty_option": self.tr("Fill in or remove the empty option."),
            "question.duplicate_option": self.tr("Two options share an id; remove one and "
                                                 "add it again."),
            "question.few_pairs": self.tr("Add at least two pairs."),
            "question.empty_pair": self.tr("Give every item its match, or remove the pair."),
            "question.few_items": self.tr("Add at least two items to put in order."),
            "question.no_points": self.tr("The question is worth 0 points, so it does not "
                                          "count."),
        }
        return texts.get(code, fallback)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
