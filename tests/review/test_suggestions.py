"""Accepting a suggestion: the one block or question edit it stands for, for every text."""

from __future__ import annotations

import dataclasses

import pytest

from authoring.questions import QuestionDraft
from authoring.snapshot import ModuleSnap, QuestionSnap
from review.anchors import anchor_in_block, find_quote, passages
from review.suggestions import suggested_edit

from .snaps import every_kind, module, page, text

SNAP = every_kind()
FIELDS = [(p.block, p.field) for p in passages(SNAP) if p.block and p.field != "filename"]


def _apply(snap: ModuleSnap, target: str, target_id, value) -> ModuleSnap:
    """The snapshot after the edit, as the services would store it."""
    if target == "question":
        assert isinstance(value, QuestionDraft)

        def edited(q: QuestionSnap) -> QuestionSnap:
            if q.id != target_id:
                return q
            return dataclasses.replace(q, stem=value.stem, data=value.data, title=value.title,
                                       feedback_correct=value.feedback_correct,
                                       feedback_incorrect=value.feedback_incorrect)
        return dataclasses.replace(
            snap, questions=tuple(edited(q) for q in snap.questions),
            banks=tuple(dataclasses.replace(bank, questions=tuple(edited(q)
                                                                  for q in bank.questions))
                        for bank in snap.banks))
    return dataclasses.replace(snap, pages=tuple(
        dataclasses.replace(p, blocks=tuple(dataclasses.replace(blk, data=value)
                                            if blk.id == target_id else blk
                                            for blk in p.blocks))
        for p in snap.pages))


@pytest.mark.parametrize(("tracking_id", "field"), FIELDS)
def test_every_reviewable_text_can_take_a_suggestion(tracking_id: str, field: str) -> None:
    passage = next(p for p in passages(SNAP) if (p.block, p.field) == (tracking_id, field))
    quote = passage.text[: max(3, len(passage.text) // 2)]
    anchor = anchor_in_block(SNAP, 1, tracking_id, quote, 0, field=field)
    edit = suggested_edit(SNAP, anchor.to_dict(), "REPLACED")
    assert edit.problem == "" and edit.value is not None
    after = _apply(SNAP, edit.target, edit.target_id, edit.value)
    texts = {(p.block, p.field): p.text for p in passages(after)}
    assert texts[tracking_id, field] == "REPLACED" + passage.text[len(quote):]
    before = {(p.block, p.field): p.text for p in passages(SNAP)}
    assert {k for k, v in texts.items() if before.get(k) != v} == {(tracking_id, field)}


def test_a_quote_that_changed_in_the_draft_is_not_guessed() -> None:
    v1 = module(page(1, "Steps", text("t1", "Rest the pointer on the link.")))
    anchor = find_quote(v1, 1, "Rest the pointer")
    draft = module(page(1, "Steps", text("t1", "Hover over the link.")))
    edit = suggested_edit(draft, anchor.to_dict(), "Hold the pointer")
    assert edit.value is None
    assert "no longer in your draft" in edit.problem and "Hover over the link." in edit.problem


def test_a_suggestion_follows_its_passage_when_text_was_added_before_it() -> None:
    v1 = module(page(1, "Steps", text("t1", "Rest the pointer on the link.")))
    anchor = find_quote(v1, 1, "pointer")
    draft = module(page(1, "Steps", text("t1", "First: rest the pointer on the link.")))
    edit = suggested_edit(draft, anchor.to_dict(), "mouse pointer")
    assert edit.value.markdown == "First: rest the mouse pointer on the link."
