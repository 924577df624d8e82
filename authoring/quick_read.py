"""What short commands read straight from the workspace file, without the database layer.

`kiem list` is the command people run most, and opening the workspace through SQLAlchemy costs
about 0.3 s of imports before any row is read; `kiem sync` in a workspace that is in no
review group has nothing to do. When the workspace file is there, at the schema
this Kiem writes, and can be read at once, its modules are listed from the same three queries
`authoring.services.reading.summaries` runs, on a read-only connection. Anything else (no file
yet, an older or newer schema, a file another Kiem is writing, damage) answers None and is
left to the full path, which creates, upgrades, waits or explains plainly. A test holds both
paths to the same rows.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar
from urllib.parse import quote

from authoring.kinds import ModuleStatus
from authoring.location import HEAD_REVISION, default_path

if TYPE_CHECKING:
    from authoring.snapshot import ModuleSummary

T = TypeVar("T")

_PAGES = """SELECT module_id, count(*) FROM pages WHERE deleted_at IS NULL GROUP BY module_id"""
_LIVE_BLOCKS = """FROM blocks JOIN pages ON pages.id = blocks.page_id
  WHERE blocks.deleted_at IS NULL AND pages.deleted_at IS NULL"""
_QUESTIONS = f"""SELECT blocks.module_id, count(*) {_LIVE_BLOCKS} AND blocks.kind = 'question'
  GROUP BY blocks.module_id"""  # noqa: S608 - constant text, no input
_DRAWS = f"""SELECT blocks.module_id, blocks.data {_LIVE_BLOCKS}
  AND blocks.kind = 'question_draw'"""  # noqa: S608 - constant text, no input
_MODULES = """SELECT id, title, status, language, group_name, owner, version, updated_at, review_by
  FROM modules WHERE deleted_at IS NULL ORDER BY updated_at DESC, id"""


def quick_summaries(path: Path | None) -> list[ModuleSummary] | None:
    """The workspace's modules as `kiem list` shows them; None to take the full path."""
    def read(conn: sqlite3.Connection) -> list[ModuleSummary]:
        pages = dict(conn.execute(_PAGES).fetchall())
        questions = dict(conn.execute(_QUESTIONS).fetchall())
        for module_id, data in conn.execute(_DRAWS):
            questions[module_id] = questions.get(module_id, 0) + _draw_count(data)
        return [_summary(row, pages, questions) for row in conn.execute(_MODULES)]

    return _reading(path, read)


def _reading(path: Path | None, read: Callable[[sqlite3.Connection], T]) -> T | None:
    """`read` on a read-only connection to an up-to-date workspace; None where it cannot."""
    conn = _connect(path, "ro")
    if conn is None:
        return None
    try:
        with conn:
            return read(conn) if _current(conn) else None
    except (sqlite3.Error, ValueError, TypeError):
        return None  # busy, damaged or unexpected: the full path says what it is
    finally:
        conn.close()


def writable(path: Path | None) -> sqlite3.Connection | None:
    """A read-write connection to an up-to-date workspace, in autocommit; else None.

    The caller opens its own transactions (`BEGIN IMMEDIATE` for one that writes) and closes
    the connection. Rows are as SQLAlchemy stores them: UUIDs as 32 hex digits, times as
    `YYYY-MM-DD HH:MM:SS.ffffff` in UTC (`stored_time`).
    """
    conn = _connect(path, "rw")
    if conn is None:
        return None
    try:
        current = _current(conn)
    except sqlite3.Error:  # busy, damaged or not a workspace: the full path says which
        current = False
    if not current:
        conn.close()
    return conn if current else None


def stored_time(at: dt.datetime) -> str:
    """A time as the workspace stores it (SQLAlchemy's SQLite DATETIME, in UTC)."""
    return at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _connect(path: Path | None, mode: str) -> sqlite3.Connection | None:
    target = (Path(path).expanduser() if path is not None else default_path()).absolute()
    if not target.is_file():
        return None
    try:
        return sqlite3.connect(f"file:{quote(str(target))}?mode={mode}", uri=True, timeout=0,
                               isolation_level=None if mode == "rw" else "")
    except sqlite3.Error:
        return None


def _current(conn: sqlite3.Connection) -> bool:
    """True when the workspace is at the schema this Kiem writes."""
    return conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
        (HEAD_REVISION,)]


def _draw_count(data: str | None) -> int:
    value = json.loads(data) if data else None
    return int(value.get("count", 1)) if isinstance(value, dict) else 1


def _summary(row: tuple, pages: dict[str, int], questions: dict[str, int]) -> ModuleSummary:
    from authoring.snapshot import ModuleSummary  # noqa: PLC0415 - not for `kiem sync`

    (module_id, title, status, language, group_name, owner, version, updated_at,
     review_by) = row
    return ModuleSummary(
        id=uuid.UUID(hex=module_id), title=title, status=ModuleStatus(status),
        pages=pages.get(module_id, 0), questions=questions.get(module_id, 0),
        language=language, group_name=group_name, owner=owner, version=version,
        updated_at=dt.datetime.fromisoformat(updated_at).replace(tzinfo=dt.UTC),
        review_by=dt.date.fromisoformat(review_by) if review_by else None)
