"""Building modules the way the studio does, for the `check` tests."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from authoring.blocks import (
    QuestionRef,
)
from authoring.check import Finding, check
from authoring.kinds import BlockKind, QuestionKind, Severity
from authoring.questions import (
    Choice,
    ChoiceData,
    QuestionDraft,
)
from authoring.services import Services

SAMPLE_IMAGE = (Path(__file__).resolve().parents[2] / "resources" / "samples" / "phishing"
                / "images" / "hover-link.png")
ERROR, WARNING = Severity.ERROR, Severity.WARNING


# --- building modules the way the studio does -------------------------------------------------


def new_module(services: Services, title: str = "Strong passwords") -> uuid.UUID:
    module_id = services.modules.create(title).id
    assert module_id is not None
    return module_id


def add_page(services: Services, module_id: uuid.UUID, title: str = "Why it matters") -> uuid.UUID:
    page_id = services.pages.add(module_id, title).id
    assert page_id is not None
    return page_id


def add_block(services: Services, page_id: uuid.UUID, kind: BlockKind, data: object) -> uuid.UUID:
    block_id = services.blocks.add(page_id, kind, data).id
    assert block_id is not None
    return block_id


def add_question(services: Services, page_id: uuid.UUID, draft: QuestionDraft,
                 *, scored: bool = True) -> uuid.UUID:
    block_id = services.questions.add_to_page(page_id, draft, scored=scored).id
    assert block_id is not None
    return block_id


def words(n: int) -> str:
    return " ".join(f"word{i}" for i in range(n))


def choices(*correct: bool) -> ChoiceData:
    return ChoiceData(choices=tuple(
        Choice(letter, f"Option {letter}", ok)
        for letter, ok in zip("abcdefgh", correct, strict=False)
    ))


def good_single_choice(stem: str = "Which password is strongest?") -> QuestionDraft:
    return QuestionDraft(QuestionKind.SINGLE_CHOICE, stem, choices(False, True, False))


def question_id_of(services: Services, module_id: uuid.UUID, block_id: uuid.UUID) -> uuid.UUID:
    snap = services.modules.snapshot(module_id)
    block = next(bl for p in snap.pages for bl in p.blocks if bl.id == block_id)
    assert isinstance(block.data, QuestionRef)
    return uuid.UUID(block.data.question)


def findings_of(services: Services, module_id: uuid.UUID,
                today: dt.date | None = None) -> list[Finding]:
    return check(services.modules.snapshot(module_id), today=today)


def only(findings: list[Finding], code: str) -> Finding:
    matching = [f for f in findings if f.code == code]
    assert len(matching) == 1, f"expected one {code}, got {findings}"
    return matching[0]


def codes(findings: list[Finding]) -> set[str]:
    return {f.code for f in findings}


def first_page(services: Services, module_id: uuid.UUID) -> uuid.UUID:
    return services.modules.snapshot(module_id).pages[0].id
