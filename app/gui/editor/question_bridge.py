"""The way to the question editor (another part of the studio), used only when it is there."""

from __future__ import annotations

import importlib
import uuid
from types import ModuleType

from app.gui.editor.actions import EditorActions


def _questions() -> ModuleType | None:
    try:
        return importlib.import_module("app.gui.editor.questions.question_form")
    except ImportError:
        return None


def new_question_available() -> bool:
    """True when the studio has the question editor."""
    return _questions() is not None


def add_blank_question(actions: EditorActions, page_id: uuid.UUID,
                       index: int | None) -> uuid.UUID | None:
    """Put a new, empty single-choice question on the page at `index`, as one undoable step.

    It is then written in place, in its block, like the questions a template brings (no
    dialog for new questions and another way for the others). Returns the block id.
    """
    module = _questions()
    if module is None:
        return None
    return actions.add_question(page_id, module.blank_draft(), index)
