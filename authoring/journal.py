"""Record what each write transaction changed, row by row, so any service call can be undone.

A listener on the session captures the before-image of every content row a flush touches and,
at the end, its after-image. `Journal` holds both; reverting writes the before-images back as a
new, ordinary change (with fresh revisions), which yields the journal that redoes it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from authoring.errors import UndoConflict
from authoring.models import TRACKED_TABLES, Tracked, utcnow

RowKey = tuple[str, uuid.UUID]  # (table name, primary key)


@dataclass(frozen=True)
class RowImage:
    """The column values of one row at one moment; `values` None means the row did not exist."""

    table: str
    id: uuid.UUID
    values: dict[str, Any] | None


@dataclass(frozen=True)
class Journal:
    """Before- and after-images of the rows one transaction changed, in the order touched."""

    before: tuple[RowImage, ...]
    after: tuple[RowImage, ...]

    def keys(self) -> list[RowKey]:
        """Return the (table, id) of every changed row."""
        return [(img.table, img.id) for img in self.after]


def _values(obj: Tracked) -> dict[str, Any]:
    mapper = inspect(type(obj))
    return {attr.key: getattr(obj, attr.key) for attr in mapper.column_attrs}


def _committed_values(obj: Tracked) -> dict[str, Any]:
    state = inspect(obj)
    values = {}
    for attr in state.mapper.column_attrs:
        hist = state.attrs[attr.key].history
        if hist.deleted:
            values[attr.key] = hist.deleted[0]
        elif hist.unchanged:
            values[attr.key] = hist.unchanged[0]
        else:
            values[attr.key] = getattr(obj, attr.key)
    return values


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    before: dict[RowKey, RowImage] = session.info.setdefault("kiem_before", {})
    touched: dict[RowKey, Tracked] = session.info.setdefault("kiem_touched", {})
    now = utcnow()
    for obj in session.new:
        if isinstance(obj, Tracked):
            key = (type(obj).__tablename__, obj.id)  # type: ignore[attr-defined]
            if obj.id is None:  # type: ignore[attr-defined]
                obj.id = uuid.uuid4()  # type: ignore[attr-defined]
                key = (type(obj).__tablename__, obj.id)  # type: ignore[attr-defined]
            before.setdefault(key, RowImage(key[0], key[1], None))
            touched[key] = obj
    for obj in session.dirty:
        if isinstance(obj, Tracked) and session.is_modified(obj, include_collections=False):
            key = (type(obj).__tablename__, obj.id)  # type: ignore[attr-defined]
            if key not in before:
                before[key] = RowImage(key[0], key[1], _committed_values(obj))
            touched[key] = obj
            obj.revision = uuid.uuid4()
            obj.updated_at = now
    for obj in session.deleted:
        if isinstance(obj, Tracked):  # content is tombstoned, never deleted; guard the rule
            raise RuntimeError(f"hard delete of {type(obj).__name__}; set deleted_at instead")


def install_journal(factory: sessionmaker[Session]) -> None:
    """Make every session of `factory` record the rows it changes."""
    event.listen(factory, "before_flush", _before_flush)


def take_journal(session: Session) -> Journal:
    """Flush and return what this session changed so far (call once, before commit)."""
    session.flush()
    before: dict[RowKey, RowImage] = session.info.pop("kiem_before", {})
    touched: dict[RowKey, Tracked] = session.info.pop("kiem_touched", {})
    after = tuple(RowImage(k[0], k[1], _values(touched[k])) for k in before)
    return Journal(before=tuple(before.values()), after=after)


_BOOKKEEPING = frozenset({"id", "revision", "created_at", "updated_at"})


def _content(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if k not in _BOOKKEEPING}


def revert(session: Session, journal: Journal) -> None:
    """Write `journal`'s before-images back, refusing if a row's content changed since.

    Content, not the revision, is compared: undoing B and then A finds A's rows as A left
    them, although undoing B gave them new revisions.
    """
    expected = {(img.table, img.id): img.values for img in journal.after}
    for img in reversed(journal.before):
        row = session.get(TRACKED_TABLES[img.table], img.id)
        after = expected[(img.table, img.id)]
        if row is None or after is None or _content(_values(row)) != _content(after):
            raise UndoConflict(
                "This change cannot be undone: the same content was changed elsewhere since."
            )
        if img.values is None:
            row.deleted_at = utcnow()  # undoing a creation leaves a tombstone, like a delete
            continue
        for key, value in _content(img.values).items():
            setattr(row, key, value)
