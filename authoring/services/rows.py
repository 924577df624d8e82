"""Fetching live (not tombstoned) rows, numbering siblings and making tracking ids."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from authoring import tracking
from authoring.errors import NotFound
from authoring.models import Block, Module, Page, Tracked, utcnow

T = TypeVar("T", bound=Tracked)


def live(session: Session, cls: type[T], row_id: uuid.UUID | str, what: str) -> T:
    """Return the row, or raise NotFound naming what was looked for."""
    try:
        key = row_id if isinstance(row_id, uuid.UUID) else uuid.UUID(str(row_id))
    except ValueError:
        raise NotFound(f"{what} {row_id!r} does not exist (not a valid id)") from None
    row = session.get(cls, key)
    if row is None or row.deleted_at is not None:
        raise NotFound(f"{what} {key} does not exist (it may have been deleted)")
    return row


def tombstone(rows: Sequence[Tracked], now: dt.datetime | None = None) -> None:
    """Mark rows deleted (at `now`, by default this moment); they stay for sync and undo."""
    now = now or utcnow()
    for row in rows:
        if row.deleted_at is None:
            row.deleted_at = now


def pages_of(session: Session, module_id: uuid.UUID) -> list[Page]:
    """Return the module's live pages in order."""
    return list(
        session.scalars(
            select(Page)
            .where(Page.module_id == module_id, Page.deleted_at.is_(None))
            .order_by(Page.position, Page.created_at)
        )
    )


def blocks_of(session: Session, page_id: uuid.UUID) -> list[Block]:
    """Return the page's live blocks in order."""
    return list(
        session.scalars(
            select(Block)
            .where(Block.page_id == page_id, Block.deleted_at.is_(None))
            .order_by(Block.position, Block.created_at)
        )
    )


def renumber(rows: Sequence[Any]) -> None:
    """Give rows positions 0..n-1 in their current list order (only rows that move change)."""
    for index, row in enumerate(rows):
        if row.position != index:
            row.position = index


def insert_at(rows: list[Any], row: Any, index: int | None) -> None:
    """Put `row` at `index` among `rows` (the end when None or past it) and renumber.

    `rows` may already hold `row` (a query after `session.add` autoflushes it in); it is
    taken out first, so callers need not filter it.
    """
    siblings = [r for r in rows if r is not row]
    at = len(siblings) if index is None else max(0, min(index, len(siblings)))
    siblings.insert(at, row)
    renumber(siblings)


def new_tracking_id(session: Session, module: Module) -> str:
    """Return a short tracking id not yet used in the module (tombstones included)."""
    used = set(session.scalars(select(Block.tracking_id).where(Block.module_id == module.id)))
    used.update(o.tracking_id for o in session.new if isinstance(o, Block))
    return tracking.new_tracking_id(used)
