"""Editing a question placed on a page, inline: a burst of typing is saved as one undo step.

The page editor embeds `QuestionBlockForm` for question blocks. Edits wait for a pause of
~400 ms and are then saved through `services.questions.edit` as one undoable step; an undo (or
an edit elsewhere) of the same question is shown in the form.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.gui.editor.questions.question_form import QuestionForm
from app.gui.studio import Studio
from authoring.errors import KiemError
from authoring.questions import QuestionDraft
from authoring.services import Changes
from authoring.snapshot import QuestionSnap

DEBOUNCE_MS = 400


def draft_of(question: QuestionSnap) -> QuestionDraft:
    """Return the draft that describes `question`."""
    return QuestionDraft(kind=question.kind, stem=question.stem, data=question.data,
                         title=question.title, feedback_correct=question.feedback_correct,
                         feedback_incorrect=question.feedback_incorrect,
                         points=question.points, tags=question.tags)


class QuestionBlockForm(QWidget):
    """The question form for one placed question, saving by itself; `edited` after each save."""

    edited = Signal()

    def __init__(self, studio: Studio, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._studio = studio
        self._question: uuid.UUID | None = None
        self._saving = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form = QuestionForm(self)
        layout.addWidget(self.form)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._save)
        self.form.edited.connect(self._timer.start)
        studio.changed.connect(self._workspace_changed)

    @property
    def question_id(self) -> uuid.UUID | None:
        """The id of the question shown."""
        return self._question

    def set_question(self, question: QuestionSnap) -> None:
        """Show `question` (saving what was pending for the previous one first)."""
        self.flush()
        self._question = question.id
        self.form.set_draft(draft_of(question))

    def pending(self) -> bool:
        """True while typed changes wait to be saved."""
        return self._timer.isActive()

    def flush(self) -> None:
        """Save pending changes now, as one undoable step (nothing when nothing is pending)."""
        if self.pending():
            self._timer.stop()
            self._save()

    def _save(self) -> None:
        if self._question is None:
            return
        draft, question, services = self.form.draft(), self._question, self._studio.services
        self._saving = True
        try:
            changes = self._studio.do(self.tr("Edit question"),
                                      lambda: services.questions.edit(question, draft))
        finally:
            self._saving = False
        if changes is not None and not changes.empty:
            self.edited.emit()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        """Save what is pending when the form goes out of sight."""
        self.flush()
        super().hideEvent(event)

    def _workspace_changed(self, changes: Changes) -> None:
        # Undo, redo or another window changed this question: show it, unless we are the
        # ones saving or the person is mid-burst (their save wins and stays undoable).
        if self._saving or self._question is None or self._question not in changes.questions:
            return
        if self.pending():
            return
        for module_id in changes.modules:
            try:
                question = self._studio.services.modules.snapshot(module_id).question(
                    self._question)
            except KiemError:
                continue
            if question is not None:
                draft = draft_of(question)
                if draft != self.form.draft():
                    self.form.set_draft(draft)
                return
