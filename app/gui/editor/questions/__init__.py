"""The question editor: one form for the seven kinds, banks, and the quiz settings.

- `new_question_dialog(studio, page_id)` asks for a question and places it on a page.
- `QuestionBlockForm` edits a placed question inline (the page editor embeds it).
- `QuestionForm` is the form itself; `BankDialog` manages banks; `QuizSettingsForm` and
  `edit_quiz_settings` edit a module's assessment settings.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget

from app.gui.editor.questions.bank_dialog import BankDialog
from app.gui.editor.questions.block_form import QuestionBlockForm
from app.gui.editor.questions.question_dialog import NewQuestionDialog, QuestionDialog
from app.gui.editor.questions.question_form import QuestionForm
from app.gui.editor.questions.quiz_settings import QuizSettingsForm, edit_quiz_settings
from app.gui.studio import Studio

__all__ = ["BankDialog", "QuestionBlockForm", "QuestionDialog", "QuestionForm",
           "QuizSettingsForm", "edit_quiz_settings", "new_question_dialog"]


def new_question_dialog(studio: Studio, page_id: uuid.UUID,
                        parent: QWidget | None = None) -> uuid.UUID | None:
    """Ask for a new question and add it to the page; return the new block's id (None if not)."""
    dialog = NewQuestionDialog(studio, page_id, parent)
    dialog.exec()
    created = dialog.created
    dialog.deleteLater()
    return created
