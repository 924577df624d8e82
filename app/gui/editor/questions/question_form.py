"""The question form: kind, title, question text, the kind's own answers, feedback, points, tags.

One form for the seven kinds. Switching kind keeps the common fields and, where it makes sense,
the answer texts. A hint under the form says what is still missing, live.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.gui.editor.forms.rich_edit import RichTextEdit
from app.gui.editor.questions.choice_form import ChoiceEditor
from app.gui.editor.questions.fill_in_form import FillInEditor
from app.gui.editor.questions.hints import ProblemHint
from app.gui.editor.questions.matching_form import MatchingEditor
from app.gui.editor.questions.numeric_form import NumericEditor
from app.gui.editor.questions.ordering_form import OrderingEditor
from app.gui.editor.questions.rows import KindEditor
from app.gui.editor.questions.true_false_form import TrueFalseEditor, folded_feedback
from authoring.kinds import QuestionKind
from authoring.questions import Choice, ChoiceData, QuestionDraft, TrueFalseData
from authoring.snapshot import QuestionSnap

KINDS = (QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_RESPONSE, QuestionKind.TRUE_FALSE,
         QuestionKind.FILL_IN, QuestionKind.MATCHING, QuestionKind.ORDERING,
         QuestionKind.NUMERIC)
CHOICES = (QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_RESPONSE)


def kind_name(kind: QuestionKind) -> str:
    """Return the plain name a person sees for `kind`."""
    names = {
        QuestionKind.SINGLE_CHOICE: QT_TRANSLATE_NOOP("QuestionForm", "Single choice"),
        QuestionKind.MULTIPLE_RESPONSE: QT_TRANSLATE_NOOP("QuestionForm", "Multiple response"),
        QuestionKind.TRUE_FALSE: QT_TRANSLATE_NOOP("QuestionForm", "True or false"),
        QuestionKind.FILL_IN: QT_TRANSLATE_NOOP("QuestionForm", "Fill in the blank"),
        QuestionKind.MATCHING: QT_TRANSLATE_NOOP("QuestionForm", "Matching"),
        QuestionKind.ORDERING: QT_TRANSLATE_NOOP("QuestionForm", "Put in order"),
        QuestionKind.NUMERIC: QT_TRANSLATE_NOOP("QuestionForm", "Number"),
    }
    return QCoreApplication.translate("QuestionForm", names[kind])


def blank_draft() -> QuestionDraft:
    """A new single-choice question with two empty options."""
    return QuestionDraft(QuestionKind.SINGLE_CHOICE, "",
                         ChoiceData((Choice("a", ""), Choice("b", ""))))


def parse_tags(text: str) -> tuple[str, ...]:
    """Split comma-separated tags, trimmed, without repeats."""
    return tuple(dict.fromkeys(t.strip() for t in text.split(",") if t.strip()))


class Points(QDoubleSpinBox):
    """Points without needless decimals ("1", "2.5")."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 (Qt override)
        """Show whole numbers without ".0"."""
        return f"{value:g}"


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def _caption(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setWordWrap(True)
    return label


def _align_labels(*forms: QFormLayout) -> None:
    """Give the label columns of stacked form layouts one width, so their fields line up."""
    labels = [item.widget() for form in forms for i in range(form.rowCount())
              if (item := form.itemAt(i, QFormLayout.ItemRole.LabelRole)) is not None
              and item.widget() is not None]
    width = max(label.sizeHint().width() for label in labels)
    for label in labels:
        label.setFixedWidth(width)
    for form in forms:  # nested forms inherit their parent's spacing; top-level ones do not
        form.setHorizontalSpacing(10)


class QuestionForm(QWidget):
    """Edits one question of any kind; `draft()` returns it, `edited` says it changed."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)

        top = QFormLayout()
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Question type"))
        for kind in KINDS:
            self.kind.addItem(kind_name(kind), kind.value)
        self.about_kind = _caption("", self)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind)
        kind_row.addWidget(self.about_kind, 1)
        top.addRow(self.tr("Type:"), kind_row)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("Optional: a short name to find it again"))
        top.addRow(self.tr("Name:"), self.title)
        self.stem = RichTextEdit(3, self)
        self.stem.setPlaceholderText(self.tr("What do you ask the learner?"))
        self.stem.setAccessibleName(self.tr("Question"))
        self.stem.setToolTip(self.tr("Ctrl+B for bold, Ctrl+I for italic"))
        top.addRow(self.tr("Question:"), self.stem)
        layout.addLayout(top)

        layout.addWidget(_heading(self.tr("Answers"), self))
        self.choice = ChoiceEditor(self)
        self.editors: dict[QuestionKind, KindEditor] = {
            QuestionKind.SINGLE_CHOICE: self.choice,
            QuestionKind.MULTIPLE_RESPONSE: self.choice,
            QuestionKind.TRUE_FALSE: TrueFalseEditor(self),
            QuestionKind.FILL_IN: FillInEditor(self),
            QuestionKind.MATCHING: MatchingEditor(self),
            QuestionKind.ORDERING: OrderingEditor(self),
            QuestionKind.NUMERIC: NumericEditor(self),
        }
        for editor in dict.fromkeys(self.editors.values()):
            editor.reset()
            editor.setVisible(False)
            editor.changed.connect(self._changed)
            layout.addWidget(editor)

        layout.addWidget(_heading(self.tr("Feedback"), self))
        bottom = QFormLayout()
        self.feedback_correct = self._feedback_edit(self.tr("Shown when the answer is right "
                                                            "(optional)"))
        self.feedback_incorrect = self._feedback_edit(self.tr("Shown when the answer is wrong; "
                                                              "say what is right and why "
                                                              "(optional)"))
        bottom.addRow(self.tr("When right:"), self.feedback_correct)
        bottom.addRow(self.tr("When wrong:"), self.feedback_incorrect)
        self.points = Points(self)
        self.points.setRange(0, 1000)
        self.points.setDecimals(1)
        self.points.setValue(1)
        self.points.setAccessibleName(self.tr("Points"))
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("Topics, separated by commas, e.g. links, reporting"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setToolTip(self.tr("Tags let a quiz draw questions by topic and send learners "
                                     "who miss them back to the right pages."))
        scoring = QHBoxLayout()
        scoring.addWidget(self.points)
        scoring.addSpacing(12)
        scoring.addWidget(QLabel(self.tr("Tags:"), self))
        scoring.addWidget(self.tags, 1)
        bottom.addRow(self.tr("Points:"), scoring)
        layout.addLayout(bottom)

        true_false = self.editors[QuestionKind.TRUE_FALSE]
        assert isinstance(true_false, TrueFalseEditor)
        _align_labels(top, bottom, true_false.form_layout)
        self.hint = ProblemHint(self)
        layout.addWidget(self.hint)

        self._kind = QuestionKind.SINGLE_CHOICE
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for edit in (self.title, self.tags):
            edit.textChanged.connect(self._changed)
        for text in (self.stem, self.feedback_correct, self.feedback_incorrect):
            text.textChanged.connect(self._changed)
        self.points.valueChanged.connect(self._changed)
        self.set_draft(blank_draft())

    def _feedback_edit(self, placeholder: str) -> RichTextEdit:
        edit = RichTextEdit(2, self)
        edit.setPlaceholderText(placeholder)
        edit.setToolTip(self.tr("Ctrl+B for bold, Ctrl+I for italic"))
        return edit

    def _kind_about(self, kind: QuestionKind) -> str:
        return {
            QuestionKind.SINGLE_CHOICE: self.tr("Learners pick the one right answer."),
            QuestionKind.MULTIPLE_RESPONSE: self.tr("Learners tick every answer that applies."),
            QuestionKind.TRUE_FALSE: self.tr("Learners say whether a statement is true."),
            QuestionKind.FILL_IN: self.tr("Learners type a word or a short answer."),
            QuestionKind.MATCHING: self.tr("Learners match each item with its partner."),
            QuestionKind.ORDERING: self.tr("Learners put the items in the right order."),
            QuestionKind.NUMERIC: self.tr("Learners type a number; close enough counts."),
        }[kind]

    # -- reading and writing ------------------------------------------------------------------
    def current_kind(self) -> QuestionKind:
        """Return the kind chosen in the selector."""
        return QuestionKind(self.kind.currentData())

    def set_kind(self, kind: QuestionKind) -> None:
        """Switch to `kind`, as choosing it in the selector does."""
        self.kind.setCurrentIndex(KINDS.index(kind))

    def editor(self, kind: QuestionKind | None = None) -> KindEditor:
        """Return the editor of `kind` (the current one by default)."""
        return self.editors[kind or self.current_kind()]

    def draft(self) -> QuestionDraft:
        """Return the question as the form shows it."""
        return QuestionDraft(
            kind=self.current_kind(), stem=self.stem.markdown().strip(),
            data=self.editor().data(), title=self.title.text().strip(),
            feedback_correct=self.feedback_correct.markdown().strip(),
            feedback_incorrect=self.feedback_incorrect.markdown().strip(),
            points=self.points.value(), tags=parse_tags(self.tags.text()))

    def set_draft(self, draft: QuestionDraft) -> None:
        """Show `draft`; the other kinds' editors start empty. Does not emit `edited`."""
        self._loading = True
        try:
            for editor in dict.fromkeys(self.editors.values()):
                editor.reset()
            self.choice.set_multiple(draft.kind is QuestionKind.MULTIPLE_RESPONSE)
            self.editor(draft.kind).load(draft.data)
            self.kind.setCurrentIndex(KINDS.index(draft.kind))
            self._show_kind(draft.kind)
            self.title.setText(draft.title)
            self.stem.set_markdown(draft.stem)
            right, wrong = draft.feedback_correct, draft.feedback_incorrect
            if isinstance(draft.data, TrueFalseData):
                right, wrong = folded_feedback(draft.data, right, wrong)
            self.feedback_correct.set_markdown(right)
            self.feedback_incorrect.set_markdown(wrong)
            for edit in self.findChildren(QLineEdit):  # a long answer shows its start, not
                if not edit.hasFocus():                # its end (setText puts the cursor last)
                    edit.setCursorPosition(0)
            self.points.setValue(draft.points)
            self.tags.setText(", ".join(draft.tags))
        finally:
            self._loading = False
        self._refresh_hint()

    def problems(self) -> list[str]:
        """Return what the hint says is still missing (empty when the question is complete)."""
        return list(self.hint.messages)

    # -- reacting -----------------------------------------------------------------------------
    def _show_kind(self, kind: QuestionKind) -> None:
        self._kind = kind
        shown = self.editors[kind]
        for editor in dict.fromkeys(self.editors.values()):
            editor.setVisible(editor is shown)
        self.about_kind.setText(self._kind_about(kind))
        self.stem.setPlaceholderText(
            self.tr("Write the statement, e.g. “You only report an email when you are sure it "
                    "is phishing.”") if kind is QuestionKind.TRUE_FALSE else
            self.tr("What do you ask the learner?"))

    def _kind_changed(self, _index: int) -> None:
        if self._loading:
            return
        old, new = self._kind, self.current_kind()
        self._loading = True
        try:
            if new in CHOICES:
                self.choice.set_multiple(new is QuestionKind.MULTIPLE_RESPONSE)
            if self.editors[old] is not self.editors[new] and self.editors[new].is_blank():
                kept = self.editors[old].texts()
                if kept:
                    self.editors[new].seed(kept)
            self._show_kind(new)
        finally:
            self._loading = False
        self._changed()

    def _changed(self) -> None:
        if self._loading:
            return
        self._refresh_hint()
        self.edited.emit()

    def _refresh_hint(self) -> None:
        draft = self.draft()
        self.hint.show_problems(QuestionSnap(
            id=uuid.UUID(int=0), kind=draft.kind, stem=draft.stem, data=draft.data,
            title=draft.title, points=draft.points))
