"""The question editor: one form for the seven kinds, banks, and the quiz settings.

- `QuestionBlockForm` edits a placed question inline (the page editor embeds it); new
  questions are written there too.
- `QuestionDialog` edits a bank's question.
- `QuestionForm` is the form itself; `BankDialog` manages banks; `QuizSettingsForm` and
  `edit_quiz_settings` edit a module's assessment settings.
"""

from __future__ import annotations

from app.gui.editor.questions.bank_dialog import BankDialog
from app.gui.editor.questions.block_form import QuestionBlockForm
from app.gui.editor.questions.question_dialog import QuestionDialog
from app.gui.editor.questions.question_form import QuestionForm
from app.gui.editor.questions.quiz_settings import QuizSettingsForm, edit_quiz_settings

__all__ = ["BankDialog", "QuestionBlockForm", "QuestionDialog", "QuestionForm",
           "QuizSettingsForm", "edit_quiz_settings"]
