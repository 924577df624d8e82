"""Block forms, one per kind family, and the registry that picks the form for a kind."""

from __future__ import annotations

from app.gui.editor.forms.base import BlockForm, FormContext
from app.gui.editor.forms.media import AttachmentForm, ImageForm, MediaForm
from app.gui.editor.forms.quiz import QuestionDrawForm, QuestionRefForm
from app.gui.editor.forms.scenario import ReflectionForm, ScenarioForm
from app.gui.editor.forms.sections import FlashcardsForm, SectionsForm
from app.gui.editor.forms.text import CalloutForm, TextForm
from authoring.kinds import BlockKind

__all__ = ["FORMS", "BlockForm", "FormContext", "make_form"]

FORMS: dict[BlockKind, type[BlockForm]] = {
    BlockKind.TEXT: TextForm,
    BlockKind.IMAGE: ImageForm,
    BlockKind.AUDIO: MediaForm,
    BlockKind.VIDEO: MediaForm,
    BlockKind.CALLOUT: CalloutForm,
    BlockKind.ACCORDION: SectionsForm,
    BlockKind.TABS: SectionsForm,
    BlockKind.FLASHCARDS: FlashcardsForm,
    BlockKind.ATTACHMENT: AttachmentForm,
    BlockKind.REFLECTION: ReflectionForm,
    BlockKind.SCENARIO: ScenarioForm,
    BlockKind.QUESTION: QuestionRefForm,
    BlockKind.QUESTION_DRAW: QuestionDrawForm,
}


def make_form(context: FormContext, kind: BlockKind, parent: object = None) -> BlockForm:
    """Return the form for a block of `kind`."""
    return FORMS[kind](context, kind, parent)
