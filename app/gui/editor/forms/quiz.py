"""Forms for scored blocks: a placed question (the question editor, embedded) and a random draw."""

from __future__ import annotations

import importlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from app.gui.editor.forms.base import BlockForm, FormContext, hint_label
from authoring.blocks import BlockData, QuestionDrawData, QuestionRef
from authoring.kinds import BlockKind
from authoring.markdown import plain_text
from authoring.snapshot import ModuleSnap


def _question_editor() -> type[QWidget] | None:
    """Return the embeddable question editor, when that part of the studio is installed."""
    try:
        module = importlib.import_module("app.gui.editor.questions")
    except ImportError:
        return None
    return getattr(module, "QuestionBlockForm", None)


class QuestionRefForm(BlockForm):
    """A question placed on the page: its editor, and whether it counts towards the score."""

    def __init__(self, context: FormContext, kind: BlockKind,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, kind, parent)
        self._question = ""
        editor = _question_editor()
        self.editor = editor(context.actions.studio, self) if editor else None
        self.summary = QLabel(self)  # shown only without the question editor
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        if self.editor is not None:
            self.summary.hide()
            self.column.addWidget(self.editor)
        else:
            self.column.addWidget(self.summary)
        self.scored = QCheckBox(self.tr("Counts towards the score"), self)
        self.scored.toggled.connect(self._changed)
        self.column.addWidget(self.scored)

    def _load(self, data: BlockData) -> None:
        assert isinstance(data, QuestionRef)
        self._question = data.question
        self.scored.setChecked(data.scored)
        module = self.context.module()
        if module is not None:
            self.set_module(module)

    def set_module(self, module: ModuleSnap) -> None:
        """Show the placed question (its editor follows later changes by itself)."""
        question = module.question(self._question) if self._question else None
        if question is None:
            self.summary.setText(self.tr("This question is missing."))
            return
        self.summary.setText(plain_text(question.stem))
        if self.editor is not None and self.editor.question_id != question.id:
            self.editor.set_question(question)

    def flush(self) -> None:
        """Save the question's pending typing."""
        if self.editor is not None:
            self.editor.flush()

    def data(self) -> QuestionRef:
        """Return the reference (the question itself is saved by its editor)."""
        return QuestionRef(question=self._question, scored=self.scored.isChecked())

    def focus_first(self) -> None:
        """Start typing the question (its kind is chosen after, if need be)."""
        stem = getattr(getattr(self.editor, "form", None), "stem", None)
        if isinstance(stem, QWidget):
            stem.setFocus()
        else:
            super().focus_first()


class QuestionDrawForm(BlockForm):
    """Draw some random questions from a bank, optionally only those with given tags."""

    def __init__(self, context: FormContext, kind: BlockKind,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, kind, parent)
        self.bank = QComboBox(self)
        self.bank.currentIndexChanged.connect(self._bank_changed)
        self.count = QSpinBox(self)
        self.count.setRange(1, 500)
        self.count.valueChanged.connect(self._count_changed)
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("e.g. links, reporting (leave empty for all)"))
        self.tags.textEdited.connect(self._tags_typed)
        self.scored = QCheckBox(self.tr("Counts towards the score"), self)
        self.scored.toggled.connect(self._changed)
        self.matches = hint_label("", self)
        self.add_field(self.tr("Question bank"), self.bank)
        self.add_field(self.tr("Number of questions"), self.count)
        self.add_field(self.tr("Only questions tagged"), self.tags)
        self.column.addWidget(self.matches)
        self.column.addWidget(self.scored)
        self._fill_banks("")

    def _fill_banks(self, chosen: str) -> None:
        banks = self.context.actions.banks()
        with self.loading():
            self.bank.clear()
            if not banks:
                self.bank.addItem(self.tr("No question banks yet"), "")
            for bank in banks:
                self.bank.addItem(self.tr("{title} ({n} questions)").format(
                    title=bank.title, n=bank.questions), str(bank.id))
            if chosen and self.bank.findData(chosen) < 0:
                self.bank.addItem(self.tr("(a deleted bank)"), chosen)
            self.bank.setCurrentIndex(max(0, self.bank.findData(chosen)))

    def _tag_list(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(t.strip() for t in self.tags.text().split(",") if t.strip()))

    def _show_matches(self) -> None:
        bank = self.context.actions.bank(self.bank.currentData() or "")
        if bank is None:
            self.matches.setText(self.tr(
                "Import questions into a bank first (a GIFT file), then choose it here."))
            return
        tags = set(self._tag_list())
        pool = [q for q in bank.questions if not tags or tags & set(q.tags)]
        text = self.tr("{n} questions in this bank match.").format(n=len(pool))
        if len(pool) < self.count.value():
            text += " " + self.tr("Draw fewer, or add questions to the bank.")
        self.matches.setText(text)

    def _bank_changed(self) -> None:
        self._show_matches()
        self._changed()

    def _count_changed(self) -> None:
        self._show_matches()
        self._changed()

    def _tags_typed(self) -> None:
        self._show_matches()
        self._typed()

    def _load(self, data: BlockData) -> None:
        assert isinstance(data, QuestionDrawData)
        if self.bank.currentData() != data.bank:
            self._fill_banks(data.bank)
        self.count.setValue(data.count)
        if self._tag_list() != data.tags:
            self.tags.setText(", ".join(data.tags))
        self.scored.setChecked(data.scored)
        self._show_matches()

    def data(self) -> QuestionDrawData:
        """Return the draw."""
        return QuestionDrawData(bank=self.bank.currentData() or "", count=self.count.value(),
                                tags=self._tag_list(), scored=self.scored.isChecked())
