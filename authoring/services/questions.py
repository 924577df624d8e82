"""Questions placed on pages and questions in banks; banks themselves."""

from __future__ import annotations

import math
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from authoring.errors import InvalidData
from authoring.jsondata import dump
from authoring.kinds import BlockKind
from authoring.models import Bank, Block, Module, Page, Question, in_order
from authoring.questions import QuestionDraft
from authoring.services.changes import Changes, writing
from authoring.services.reading import load_bank
from authoring.services.rows import blocks_of, insert_at, live, new_tracking_id
from authoring.services.rows import tombstone as _tombstone
from authoring.snapshot import BankSnap
from authoring.workspace import Workspace

MAX_POINTS = 1_000_000  # as the bundle schema allows; the editor offers up to 1,000


@dataclass(frozen=True)
class BankSummary:
    """One row of the bank list."""

    id: uuid.UUID
    title: str
    questions: int


def _fields(draft: QuestionDraft) -> dict[str, object]:
    if not isinstance(draft, QuestionDraft):
        raise InvalidData("expected a QuestionDraft")
    if len(draft.stem) > 20_000 or len(draft.title) > 300:
        raise InvalidData("question: stem or title too long")
    if not math.isfinite(draft.points) or not 0 <= draft.points <= MAX_POINTS:
        raise InvalidData(f"question points: give a number from 0 to {MAX_POINTS:,}")
    return {
        "kind": draft.kind, "title": draft.title.strip(), "stem": draft.stem,
        "data": dump(draft.data), "feedback_correct": draft.feedback_correct,
        "feedback_incorrect": draft.feedback_incorrect, "points": float(draft.points),
        "tags": list(dict.fromkeys(t.strip() for t in draft.tags if t.strip())),
    }


def _add_in_order(session: Session, rows: list[Question]) -> None:
    in_order(rows)  # type: ignore[arg-type]
    session.add_all(rows)


class QuestionService:
    """Questions and banks: the only writer of their rows."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def add_to_page(self, page_id: uuid.UUID, draft: QuestionDraft, index: int | None = None,
                    *, scored: bool = True) -> Changes:
        """Make a question and place it on a page; `Changes.id` is the new block."""
        fields = _fields(draft)
        with writing(self._ws) as (session, result):
            page = live(session, Page, page_id, "page")
            module = live(session, Module, page.module_id, "module")
            question = Question(id=uuid.uuid4(), module_id=module.id, **fields)
            session.add(question)
            block = Block(id=uuid.uuid4(), module_id=module.id, page_id=page.id, position=0,
                          kind=BlockKind.QUESTION, tracking_id=new_tracking_id(session, module),
                          data={"question": str(question.id), "scored": scored})
            session.add(block)
            insert_at(blocks_of(session, page.id), block, index)
            result.created = block.id
        return result.changes

    def edit(self, question_id: uuid.UUID, draft: QuestionDraft) -> Changes:
        """Replace a question's stem, options, feedback, points and tags."""
        fields = _fields(draft)
        with writing(self._ws) as (session, result):
            question = live(session, Question, question_id, "question")
            for key, value in fields.items():
                setattr(question, key, value)
        return result.changes

    def create_bank(self, title: str, description: str = "") -> Changes:
        """Make an empty question bank; `Changes.id` is its id."""
        if not title.strip():
            raise InvalidData("bank title: cannot be empty")
        with writing(self._ws) as (session, result):
            bank = Bank(id=uuid.uuid4(), title=title.strip(), description=description)
            session.add(bank)
            result.created = bank.id
        return result.changes

    def rename_bank(self, bank_id: uuid.UUID, title: str) -> Changes:
        """Give a bank a new title."""
        if not title.strip():
            raise InvalidData("bank title: cannot be empty")
        with writing(self._ws) as (session, result):
            live(session, Bank, bank_id, "question bank").title = title.strip()
        return result.changes

    def delete_bank(self, bank_id: uuid.UUID) -> Changes:
        """Delete a bank and its questions (undoable)."""
        with writing(self._ws) as (session, result):
            bank = live(session, Bank, bank_id, "question bank")
            _tombstone(session.scalars(select(Question).where(
                Question.bank_id == bank.id, Question.deleted_at.is_(None))).all())
            _tombstone([bank])
        return result.changes

    def add_to_bank(self, bank_id: uuid.UUID, drafts: Iterable[QuestionDraft]) -> Changes:
        """Add questions to a bank in one step; `Changes.id` is the bank."""
        fields = [_fields(d) for d in drafts]
        with writing(self._ws) as (session, result):
            bank = live(session, Bank, bank_id, "question bank")
            _add_in_order(session, [Question(id=uuid.uuid4(), bank_id=bank.id, **f)
                                    for f in fields])
            result.created = bank.id
        return result.changes

    def fill_bank(self, title: str, drafts: Iterable[QuestionDraft]) -> Changes:
        """Add questions to the bank titled `title`, making it first if there is none; one step."""
        fields = [_fields(d) for d in drafts]
        if not title.strip():
            raise InvalidData("bank title: cannot be empty")
        with writing(self._ws) as (session, result):
            bank = session.scalars(select(Bank).where(Bank.title == title.strip(),
                                                      Bank.deleted_at.is_(None))).first()
            if bank is None:
                bank = Bank(id=uuid.uuid4(), title=title.strip(), description="")
                session.add(bank)
                session.flush()
            _add_in_order(session, [Question(id=uuid.uuid4(), bank_id=bank.id, **f)
                                    for f in fields])
            result.created = bank.id
        return result.changes

    def delete_from_bank(self, question_id: uuid.UUID) -> Changes:
        """Delete a bank question (placed questions go with their block)."""
        with writing(self._ws) as (session, result):
            question = live(session, Question, question_id, "question")
            if question.bank_id is None:
                raise InvalidData("this question is placed on a page; delete its block instead")
            _tombstone([question])
        return result.changes

    def banks(self) -> list[BankSummary]:
        """Return every live bank with its number of questions, by title."""
        with self._ws.read() as session:
            counts = dict(session.execute(
                select(Question.bank_id, func.count()).where(Question.deleted_at.is_(None),
                                                             Question.bank_id.is_not(None))
                .group_by(Question.bank_id)).all())
            rows = session.execute(select(Bank.id, Bank.title).where(Bank.deleted_at.is_(None))
                                   .order_by(Bank.title, Bank.id)).all()
        return [BankSummary(id=r.id, title=r.title, questions=counts.get(r.id, 0)) for r in rows]

    def bank(self, bank_id: uuid.UUID) -> BankSnap:
        """Return a bank with its questions."""
        with self._ws.read() as session:
            return load_bank(session, bank_id)
