"""Small helpers for writing the review tables through SQLAlchemy, shared by their stores."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session


def insert_new(session: Session, table: type) -> Any:  # noqa: ANN401 - an Insert
    """An insert that skips rows already there.

    Another process (the command line beside the studio, or a background sync) may have
    stored the same event a moment before.
    """
    if session.get_bind().dialect.name == "sqlite":
        return sqlite_insert(table).on_conflict_do_nothing()
    if session.get_bind().dialect.name == "postgresql":
        # Loaded only here: importing the PostgreSQL dialect takes 0.1-0.2 s (its drivers).
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert  # noqa: PLC0415

        return postgresql_insert(table).on_conflict_do_nothing()
    return insert(table)


def chunks(items: list[Any], size: int) -> Iterable[list[Any]]:
    """The items in lists of at most `size` (an IN clause has a limit)."""
    for start in range(0, len(items), size):
        yield items[start:start + size]
