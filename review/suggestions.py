"""Turning an accepted suggestion into the one edit it stands for: a block's or a question's."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from authoring import blocks as b
from authoring.questions import QuestionDraft
from authoring.snapshot import ModuleSnap, QuestionSnap
from authoring.texts import block_texts
from review.anchors import Anchor, apply_suggestion, find_block, relocate

# Field names of anchors whose data attribute is named otherwise.
_ATTR = {"text": "markdown", "body": "markdown"}
# Collections as anchors name them, where the data calls them otherwise.
_COLLECTION = {"options": "choices"}
_QUESTION_FIELDS = ("title", "stem", "feedback_correct", "feedback_incorrect")


@dataclass(frozen=True)
class SuggestedEdit:
    """The edit accepting a suggestion makes, or why it cannot be made (`problem`)."""

    target: str  # "block" or "question"
    target_id: uuid.UUID | None
    value: b.BlockData | QuestionDraft | None  # the block's new data, or the question's draft
    problem: str = ""

    def call(self, services: Any) -> Callable[[], Any]:  # noqa: ANN401 - authoring Services
        """Return the service call that makes the edit (run it, or hand it to the undo stack)."""
        if self.value is None or self.target_id is None:
            raise ValueError(self.problem or "nothing to edit")
        if self.target == "question":
            return lambda: services.questions.edit(self.target_id, self.value)
        return lambda: services.blocks.edit(self.target_id, self.value)


def suggested_edit(draft: ModuleSnap, anchor_data: Mapping[str, Any],
                   replacement: str) -> SuggestedEdit:
    """Work out the edit for a suggestion in the author's current draft.

    The anchor is found again in the draft first (the author may have edited since); when the
    quoted passage is no longer there with its context, nothing is guessed: the problem quotes
    what was suggested against and what the draft says now.
    """
    try:
        anchor = Anchor.from_dict(anchor_data)
    except ValueError as exc:
        return SuggestedEdit("block", None, None, f"the suggestion's anchor cannot be read ({exc})")
    located = relocate(anchor, draft, version=draft.version)
    found = find_block(draft, located.anchor.block)
    if located.state == "outdated" or found is None:
        now = _field_text(draft, anchor)
        return SuggestedEdit("block", None, None, (
            f"the quoted text “{anchor.quote}” is no longer in your draft"
            + (f"; it now says “{now}”" if now else "") + ": edit it by hand"))
    _page, block = found
    field = located.anchor.field
    current = dict(block_texts(draft, block)).get(field)
    if current is None:
        return SuggestedEdit("block", block.id, None, "the suggested field is gone from the draft")
    new_text = apply_suggestion(current, located.anchor, replacement)
    if new_text is None:
        return SuggestedEdit("block", block.id, None, (
            f"the quoted text “{anchor.quote}” changed in your draft; it now says "
            f"“{current[:200]}”: edit it by hand"))
    question = _question_of(draft, block, field)
    if question is not None:
        snap, rest = question
        edited = _question_with(snap, rest, new_text)
        if edited is None:
            return SuggestedEdit("question", snap.id, None, "that text of the question cannot "
                                 "be changed from a suggestion; edit it by hand")
        return SuggestedEdit("question", snap.id, edited)
    data = _with_field(block.data, field, new_text)
    if data is None:
        return SuggestedEdit("block", block.id, None, "that text cannot be changed from a "
                             "suggestion; edit it by hand")
    return SuggestedEdit("block", block.id, data)


def _question_of(draft: ModuleSnap, block: Any,  # noqa: ANN401 - a BlockSnap
                 field: str) -> tuple[QuestionSnap, str] | None:
    """Return the question a field path is in ("question/…" or "questions/<id>/…")."""
    if field.startswith("question/") and isinstance(block.data, b.QuestionRef):
        snap = draft.question(block.data.question)
        return (snap, field.removeprefix("question/")) if snap else None
    if field.startswith("questions/"):
        _, question_id, rest = field.split("/", 2)
        snap = draft.question(question_id)
        return (snap, rest) if snap else None
    return None


def _question_with(snap: QuestionSnap, path: str, text: str) -> QuestionDraft | None:
    draft = QuestionDraft(kind=snap.kind, stem=snap.stem, data=snap.data, title=snap.title,
                          feedback_correct=snap.feedback_correct,
                          feedback_incorrect=snap.feedback_incorrect, points=snap.points,
                          tags=snap.tags)
    if path in _QUESTION_FIELDS:
        return dataclasses.replace(draft, **{path: text})
    data = _with_field(snap.data, path, text)
    return dataclasses.replace(draft, data=data) if data is not None else None


def _field_text(draft: ModuleSnap, anchor: Anchor) -> str:
    found = find_block(draft, anchor.block)
    if found is None:
        return ""
    return dict(block_texts(draft, found[1])).get(anchor.field, "")[:200]


def _with_field(data: Any, field: str, text: str) -> Any:  # noqa: ANN401 - frozen dataclasses
    """Return `data` with the text at `field` ("text", "items/2/body", "pairs/x/left") replaced.

    None when the path names nothing that holds text.
    """
    parts = field.split("/")
    if len(parts) == 1:
        attr = parts[0] if isinstance(getattr(data, parts[0], None), str) else \
            _ATTR.get(parts[0], parts[0])
        if not isinstance(getattr(data, attr, None), str):
            return None
        return dataclasses.replace(data, **{attr: text})
    collection = _COLLECTION.get(parts[0], parts[0])
    rows = getattr(data, collection, None)
    if not isinstance(rows, tuple) or len(parts) not in (2, 3):
        return None
    rows = list(rows)
    for i, row in enumerate(rows):
        key = str(row.id) if hasattr(row, "id") else str(i)  # rows with ids are named by id
        if key != parts[1]:
            continue
        if len(parts) == 2:  # a plain string in a list (a matching distractor)
            if not isinstance(row, str):
                return None
            rows[i] = text
        else:
            changed = _with_field(row, parts[2], text)
            if changed is None:
                return None
            rows[i] = changed
        return dataclasses.replace(data, **{collection: tuple(rows)})
    return None
