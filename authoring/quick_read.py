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
from typing import TypeVar
from urllib.parse import quote

from authoring.kinds import ModuleStatus
from authoring.location import HEAD_REVISION, default_path
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


def quick_group_count(path: Path | None) -> int | None:
    """How many review groups the workspace takes part in; None to take the full path."""
    return _reading(path, lambda conn: conn.execute(
        "SELECT count(*) FROM review_groups").fetchone()[0])


def _reading(path: Path | None, read: Callable[[sqlite3.Connection], T]) -> T | None:
    """`read` on a read-only connection to an up-to-date workspace; None where it cannot."""
    target = (Path(path).expanduser() if path is not None else default_path()).absolute()
    if not target.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{quote(str(target))}?mode=ro", uri=True, timeout=0)
    except sqlite3.Error:
        return None
    try:
        with conn:
            if conn.execute("SELECT version_num FROM alembic_version").fetchall() != [
                    (HEAD_REVISION,)]:
                return None
            return read(conn)
    except (sqlite3.Error, ValueError, TypeError):
        return None  # busy, damaged or unexpected: the full path says what it is
    finally:
        conn.close()


def _draw_count(data: str | None) -> int:
    value = json.loads(data) if data else None
    return int(value.get("count", 1)) if isinstance(value, dict) else 1


def _summary(row: tuple, pages: dict[str, int], questions: dict[str, int]) -> ModuleSummary:
    (module_id, title, status, language, group_name, owner, version, updated_at,
     review_by) = row
    return ModuleSummary(
        id=uuid.UUID(hex=module_id), title=title, status=ModuleStatus(status),
        pages=pages.get(module_id, 0), questions=questions.get(module_id, 0),
        language=language, group_name=group_name, owner=owner, version=version,
        updated_at=dt.datetime.fromisoformat(updated_at).replace(tzinfo=dt.UTC),
        review_by=dt.date.fromisoformat(review_by) if review_by else None)
