"""Add, rename, reorder, duplicate and delete pages."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from authoring.errors import InvalidData
from authoring.models import Block, Module, Page, Question
from authoring.services.changes import Changes, writing
from authoring.services.rows import blocks_of, insert_at, live, new_tracking_id, pages_of, renumber
from authoring.services.rows import tombstone as _tombstone
from authoring.workspace import Workspace


def _title(title: str) -> str:
    if not isinstance(title, str) or len(title) > 300:
        raise InvalidData("page title: expected text of at most 300 characters")
    return title.strip()


class PageService:
    """Pages: the only writer of page rows."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def add(self, module_id: uuid.UUID, title: str, index: int | None = None) -> Changes:
        """Insert a page at `index` (the end when None); `Changes.id` is the new page."""
        with writing(self._ws) as (session, result):
            module = live(session, Module, module_id, "module")
            page = Page(id=uuid.uuid4(), module_id=module.id, title=_title(title), position=0,
                        topics=[])
            session.add(page)
            insert_at(pages_of(session, module.id), page, index)
            result.created = page.id
        return result.changes

    def rename(self, page_id: uuid.UUID, title: str) -> Changes:
        """Give a page a new title."""
        with writing(self._ws) as (session, result):
            live(session, Page, page_id, "page").title = _title(title)
        return result.changes

    def set_topics(self, page_id: uuid.UUID, topics: Sequence[str]) -> Changes:
        """Tag a page with topics (remediation sends failed learners to matching pages)."""
        clean = list(dict.fromkeys(t.strip() for t in topics if t.strip()))
        with writing(self._ws) as (session, result):
            live(session, Page, page_id, "page").topics = clean
        return result.changes

    def move(self, page_id: uuid.UUID, index: int) -> Changes:
        """Move a page to position `index` among its module's pages."""
        with writing(self._ws) as (session, result):
            page = live(session, Page, page_id, "page")
            insert_at(pages_of(session, page.module_id), page, index)
        return result.changes

    def delete(self, page_id: uuid.UUID) -> Changes:
        """Delete a page with its blocks and their questions (undoable)."""
        with writing(self._ws) as (session, result):
            page = live(session, Page, page_id, "page")
            blocks = blocks_of(session, page.id)
            _tombstone(questions_of(session, blocks))
            _tombstone(blocks)
            _tombstone([page])
            renumber([p for p in pages_of(session, page.module_id) if p.id != page.id])
        return result.changes

    def duplicate(self, page_id: uuid.UUID) -> Changes:
        """Copy a page (blocks and their questions too) right after it; `Changes.id` = copy."""
        with writing(self._ws) as (session, result):
            page = live(session, Page, page_id, "page")
            module = live(session, Module, page.module_id, "module")
            copy = Page(id=uuid.uuid4(), module_id=module.id, title=page.title, position=0,
                        topics=list(page.topics))
            session.add(copy)
            insert_at(pages_of(session, module.id), copy, page.position + 1)
            for block in blocks_of(session, page.id):
                session.add(copy_block(session, module, block, copy.id, block.position))
            result.created = copy.id
        return result.changes


def questions_of(session: Session, blocks: Sequence[Block]) -> list[Question]:
    ids = [uuid.UUID(b.data["question"]) for b in blocks if b.data.get("question")]
    if not ids:
        return []
    return list(session.scalars(select(Question).where(Question.id.in_(ids),
                                                       Question.deleted_at.is_(None))))


def copy_block(session: Session, module: Module, block: Block, page_id: uuid.UUID,
               position: int) -> Block:
    """Return a new block like `block` on `page_id`; a placed question is copied, not shared."""
    data = dict(block.data)
    if data.get("question"):
        original = session.get(Question, uuid.UUID(data["question"]))
        if original is not None:
            question = Question(
                id=uuid.uuid4(), module_id=module.id, bank_id=None, kind=original.kind,
                title=original.title, stem=original.stem, data=dict(original.data),
                feedback_correct=original.feedback_correct,
                feedback_incorrect=original.feedback_incorrect, points=original.points,
                tags=list(original.tags),
            )
            session.add(question)
            data["question"] = str(question.id)
    return Block(id=uuid.uuid4(), module_id=module.id, page_id=page_id, position=position,
                 kind=block.kind, tracking_id=new_tracking_id(session, module), data=data)
