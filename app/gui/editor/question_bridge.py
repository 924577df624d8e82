"""The way to the question editor (another part of the studio), used only when it is there."""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from app.gui.editor.actions import EditorActions


def _new_question_dialog() -> Callable[..., uuid.UUID | None] | None:
    try:
        module = importlib.import_module("app.gui.editor.questions")
    except ImportError:
        return None
    return getattr(module, "new_question_dialog", None)


def new_question_available() -> bool:
    """True when the studio has the dialog that makes a new question."""
    return _new_question_dialog() is not None


def run_new_question_dialog(actions: EditorActions, page_id: uuid.UUID, index: int | None,
                            parent: QWidget) -> uuid.UUID | None:
    """Ask for a new question on the page and put its block at `index`; return the block id."""
    dialog = _new_question_dialog()
    if dialog is None:
        return None
    created = dialog(actions.studio, page_id, parent)
    if created is not None and index is not None:
        actions.move_block(created, page_id, index)
    return created
