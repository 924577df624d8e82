"""`kiem sync` when nothing waits to be sent and nothing new is on the hub: no database layer.

Most syncs find nothing, and opening the workspace through SQLAlchemy costs about 0.3 s of
imports before the first question is asked. When every group of the workspace is on a hub,
nothing waits in an outbox, nothing is left to read again and the workspace is at this Kiem's
schema, the question is asked straight away: one connection per hub, the same queries as
`HubTransport` (the group is shown to me; no event at or after my cursor, read in one
snapshot with the snapshot's xmin as the next cursor, see docs/hub.md). If the answer is
"nothing", the cursor and the time of the sync are written as `sync_group` writes them and
the same reports come back. A hub that cannot be reached is reported as the full path would
(with nothing waiting there is nothing more to say). Anything else (an event came, a folder
group, something to send or fetch, a busy workspace, a hub that fails mid-way) answers None
and the full path does the work. A test holds both paths to the same reports and rows.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from authoring.quick_read import stored_time, writable
from review.hub.connection import CURSOR, HubError, connect, not_shown
from review.report import RETRY, SyncReport

BUSY_WAIT_MS = 2000  # for the one short write; a workspace busy for longer takes the full path


@dataclass
class _Group:
    id: uuid.UUID
    name: str
    url: str
    cursor: int
    next_cursor: int | None = None  # from the hub's answer
    unreachable: str = ""


def quick_sync(path: Path | None, now: Callable[[], dt.datetime] | None = None,
               ) -> list[SyncReport] | None:
    """Sync every group when none has anything to do; None to take the full path."""
    conn = writable(path)
    if conn is None:
        return None
    try:
        groups = _idle_groups(conn)
        if groups is None:
            return None
        if not groups:
            return []  # in no group: nothing to sync
        if not _ask(groups):
            return None
        return _record(conn, groups, (now or (lambda: dt.datetime.now(dt.UTC)))())
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _idle_groups(conn: sqlite3.Connection) -> list[_Group] | None:
    """My groups and their cursors, or None when one is a folder or has work to do."""
    conn.execute("BEGIN")
    try:
        groups = []
        for hex_id, name, place in conn.execute(
                "SELECT id, name, folder FROM review_groups ORDER BY name").fetchall():
            if not place.startswith(("postgresql://", "postgres://")):
                return None  # a folder group: the full path reads folders
            waiting = conn.execute("SELECT 1 FROM review_events WHERE group_id = ? AND "
                                   "state = 'outbox' LIMIT 1", (hex_id,)).fetchone()
            again = conn.execute("SELECT 1 FROM review_seen WHERE group_id = ? AND "
                                 "substr(outcome, 1, ?) = ? AND (substr(name, 1, 4) = 'hub/' "
                                 "OR substr(name, 1, 9) = 'versions/') LIMIT 1",
                                 (hex_id, len(RETRY), RETRY)).fetchone()  # what a hub rereads
            if waiting or again:
                return None
            row = conn.execute("SELECT size FROM review_seen WHERE group_id = ? AND name = ?",
                               (hex_id, CURSOR)).fetchone()
            groups.append(_Group(uuid.UUID(hex=hex_id), name, place, row[0] if row else 0))
        return groups
    finally:
        conn.execute("COMMIT")


def _ask(groups: list[_Group]) -> bool:
    """Ask each hub about its groups; False when any has something new (or fails mid-way)."""
    import psycopg  # noqa: PLC0415 - after the workspace said there is a hub to ask

    by_url: dict[str, list[_Group]] = {}
    for group in groups:
        by_url.setdefault(group.url, []).append(group)
    for url, here in by_url.items():
        try:
            db = connect(url, autocommit=True)
        except HubError as exc:
            for group in here:
                group.unreachable = str(exc)
            continue
        try:
            for group in here:
                if not _shown(db, group):
                    group.unreachable = not_shown(url, group.id)
                elif not _nothing_new(db, group):
                    return False
        except psycopg.Error:
            return False  # gone mid-way, or refused: the full path says which
        finally:
            db.close()
    return True


def _shown(db: Any, group: _Group) -> bool:  # noqa: ANN401 - psycopg.Connection
    return db.execute("SELECT 1 FROM kiem.groups WHERE id = %s", (group.id,)).fetchone() \
        is not None


def _nothing_new(db: Any, group: _Group) -> bool:  # noqa: ANN401 - psycopg.Connection
    """True when no event is at or after the cursor; then note the snapshot's xmin."""
    with db.transaction():
        db.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        if db.execute("SELECT 1 FROM kiem.events WHERE group_id = %s AND xid >= %s::text::xid8 "
                      "LIMIT 1", (group.id, group.cursor)).fetchone() is not None:
            return False
        xmin = db.execute("SELECT pg_snapshot_xmin(pg_current_snapshot())::text").fetchone()[0]
    group.next_cursor = int(xmin)
    return True


def _record(conn: sqlite3.Connection, groups: list[_Group],
            now: dt.datetime) -> list[SyncReport] | None:
    """Write the new cursors and the sync's outcome in one transaction; the reports."""
    conn.execute(f"PRAGMA busy_timeout = {BUSY_WAIT_MS}")
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError:
        return None  # busy: the full path waits longer and says so
    try:
        for group in groups:
            hex_id = group.id.hex
            if group.unreachable:
                conn.execute("UPDATE review_groups SET sync_problem = ? WHERE id = ?",
                             (group.unreachable, hex_id))
                continue
            conn.execute("DELETE FROM review_seen WHERE group_id = ? AND name = ?",
                         (hex_id, CURSOR))
            conn.execute("INSERT INTO review_seen (group_id, name, size, outcome) "
                         "VALUES (?, ?, ?, '')", (hex_id, CURSOR, group.next_cursor))
            conn.execute("UPDATE review_groups SET sync_problem = '', synced_at = ? "
                         "WHERE id = ?", (stored_time(now), hex_id))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return [SyncReport(g.id, g.name, unreachable=g.unreachable) for g in groups]
