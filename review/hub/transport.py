"""The hub as a transport: the same signed events and frozen versions, kept by PostgreSQL.

A workspace's group lives on a hub when its place is the hub's address (`postgresql://ROLE@
HOST/DB`, never with a password). Events go in with idempotent inserts by id; what is new is
read with a cursor on the inserting transaction (see docs/hub.md: it never skips a row that
commits late) and remembered only once the events are stored (`settle`). Versions and files are
stored once by content and linked to the group, which is what lets its members read them.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import uuid
from collections.abc import Iterator
from typing import Any

from authoring.errors import KiemError
from review.events import Event, fingerprint
from review.hub.connection import CURSOR, HubError, connect, not_shown, plain_error, where
from review.store import Store
from review.transport import Unreachable

_SHA = re.compile(r"^[0-9a-f]{64}$")
_NAME = re.compile(r"^hub/([0-9a-f-]{36})\.json$")


def is_hub_address(place: str) -> bool:
    """True when a group's place is a hub (a PostgreSQL address), not a folder."""
    return place.startswith(("postgresql://", "postgres://"))


def event_name(event_id: uuid.UUID) -> str:
    """The name an event goes by in sync reports (like a folder's, so copies are told apart)."""
    return f"hub/{event_id}.json"


def key_fingerprint(text: str) -> str:
    """A key's fingerprint as stored by the hub: as people read it, without spaces."""
    return "".join(text.split()).lower()


def _signer(body: bytes) -> str:
    """The fingerprint of the key an event body says it was signed with ("" if none)."""
    try:
        key = json.loads(body).get("key")
    except (ValueError, AttributeError, RecursionError):
        return ""
    return key_fingerprint(fingerprint(key)) if isinstance(key, str) else ""


class HubTransport:
    """One group on a hub, through one connection held for a sync."""

    lists_all = False  # what is new since the cursor, and what is to be read again

    def __init__(self, url: str, group: uuid.UUID, store: Store) -> None:
        self.url = url
        self.group = group
        self._store = store
        self._conn: Any = None
        self._bodies: dict[str, bytes] = {}
        self._passed: list[tuple[str, str]] = []
        self._next_cursor: int | None = None

    # -- the connection --------------------------------------------------------------------
    def _db(self) -> Any:  # noqa: ANN401 - psycopg.Connection
        if self._conn is None or self._conn.closed:
            try:
                self._conn = connect(self.url, autocommit=True)
            except HubError as exc:
                raise Unreachable(str(exc)) from None
        return self._conn

    @contextlib.contextmanager
    def _talking(self) -> Iterator[Any]:
        """The connection, with the hub's failures turned into plain errors."""
        import psycopg  # noqa: PLC0415 - only for the hub

        try:
            yield self._db()
        except psycopg.OperationalError as exc:  # the connection went away mid-sync
            self.close()
            raise Unreachable(f"the hub at {where(self.url)} cannot be reached now "
                              f"({str(exc).strip().splitlines()[0]})") from None
        except psycopg.Error as exc:
            raise plain_error(exc, self.url) from None

    def _run(self, query: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._talking() as conn:
            cur = conn.execute(query, params)
            return cur.fetchall() if cur.description else []

    def close(self) -> None:
        """Let go of the connection."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # -- the transport -----------------------------------------------------------------------
    def check(self) -> None:
        """Raise Unreachable unless the hub answers and shows me this group."""
        if not self._run("SELECT 1 FROM kiem.groups WHERE id = %s", (self.group,)):
            raise Unreachable(not_shown(self.url, self.group))

    def read_group(self) -> bytes:
        """Return the founding event (the event whose id is the group's)."""
        rows = self._founding()
        if not rows:
            raise KiemError(f"the hub's group {self.group} has no founding event yet")
        return bytes(rows[0][0])

    def founded(self) -> bool:
        """True when the group's founding event is on the hub."""
        return bool(self._founding())

    def _founding(self) -> list[tuple[Any, ...]]:
        return self._run("SELECT body FROM kiem.events WHERE id = %s AND group_id = %s",
                         (self.group, self.group))

    def write_group(self, event: Event) -> None:
        """Store the founding event."""
        self.write_event(event)

    def event_names(self) -> dict[str, int]:
        """Events inserted since the cursor, and those to read again; names with sizes."""
        rows = self._pull()
        again = list(self._store.retries(self.group, "hub/"))
        ids = [uuid.UUID(m.group(1)) for n in again if (m := _NAME.match(n))]
        if ids:
            rows += self._run("SELECT id, body FROM kiem.events WHERE group_id = %s AND "
                              "id = ANY(%s)", (self.group, ids))
        revoked = dict(self._run("SELECT fingerprint, reason FROM kiem.revoked_keys"))
        self._bodies, self._passed = {}, []
        for event_id, body in rows:
            reason = revoked.get(_signer(bytes(body))) if revoked else None
            if reason is None:
                self._bodies[event_name(event_id)] = bytes(body)
            else:  # a lead or admin revoked the key (a lost laptop): not trusted any more
                self._passed.append((event_name(event_id), "signed with a revoked key"
                                     + (f" ({reason})" if reason else "")))
        # An event to read again whose key was revoked since, or which the hub no longer
        # shows me, is settled: said once, not read (nor reported) again at every sync.
        final = {name: (0, why) for name, why in self._passed if name in again}
        final |= {name: (0, "no longer on the hub") for name in again
                  if name not in self._bodies and name not in final}
        if final:
            self._store.mark_seen(self.group, final)
        return {name: len(body) for name, body in self._bodies.items()}

    def _pull(self) -> list[tuple[Any, ...]]:
        """Read new events and the cursor of the same snapshot (see docs/hub.md)."""
        seen = self._store.seen_of(self.group, [CURSOR]).get(CURSOR)
        cursor = seen[0] if seen else 0
        with self._talking() as conn, conn.transaction():
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            rows = conn.execute(
                "SELECT id, body FROM kiem.events WHERE group_id = %s "
                "AND xid >= %s::text::xid8 ORDER BY xid, id", (self.group, cursor)).fetchall()
            xmin = conn.execute(
                "SELECT pg_snapshot_xmin(pg_current_snapshot())::text").fetchone()[0]
        self._next_cursor = int(xmin)
        return list(rows)

    def settle(self) -> None:
        """Remember the cursor of the last pull, now that what it listed is stored."""
        if self._next_cursor is not None:
            self._store.mark_seen(self.group, {CURSOR: (self._next_cursor, "")})
            self._next_cursor = None

    def passed_over(self) -> list[tuple[str, str]]:
        """Events of the last pull left out (signed with a revoked key), with why."""
        return list(self._passed)

    def read_event(self, name: str) -> bytes:
        """Return an event's bytes (from the last pull, or the hub)."""
        if name in self._bodies:
            return self._bodies[name]
        match = _NAME.match(name)
        rows = self._run("SELECT body FROM kiem.events WHERE id = %s AND group_id = %s",
                         (uuid.UUID(match.group(1)), self.group)) if match else []
        if not rows:
            raise KiemError(f"{name}: not on the hub")
        return bytes(rows[0][0])

    def write_event(self, event: Event) -> str:
        """Insert an event once (again is harmless: same id, same event)."""
        self._run("INSERT INTO kiem.events (id, group_id, body) VALUES (%s, %s, %s) "
                  "ON CONFLICT (id) DO NOTHING", (event.id, self.group, event.to_json()))
        return event_name(event.id)

    def write_events(self, events: list[Event]) -> None:
        """Insert events in one transaction (a week offline is one round trip, not a thousand)."""
        if not events:
            return
        with self._talking() as conn:  # one statement: a quarter of the time of executemany
            conn.execute("INSERT INTO kiem.events (id, group_id, body) SELECT id, %s, body "
                         "FROM unnest(%s::uuid[], %s::bytea[]) AS new(id, body) "
                         "ON CONFLICT (id) DO NOTHING",
                         (self.group, [e.id for e in events], [e.to_json() for e in events]))

    def has_blob(self, sha: str) -> bool:
        """True when this group may read the version or file."""
        return bool(self._run("SELECT 1 FROM kiem.blobs WHERE sha256 = %s", (sha,)))

    def read_blob(self, sha: str) -> bytes:
        """Return a version document or file, checked against its sha256."""
        if not _SHA.match(sha):
            raise KiemError(f"“{sha}” is not a sha256")
        rows = self._run("SELECT data FROM kiem.blobs WHERE sha256 = %s", (sha,))
        if not rows:
            raise KiemError(f"the hub holds no version file {sha[:12]}… for this group yet")
        data = bytes(rows[0][0])
        if hashlib.sha256(data).hexdigest() != sha:
            raise KiemError(f"the hub's version file {sha[:12]}… is damaged")
        return data

    def write_blob(self, sha: str, data: bytes, *, document: bool) -> None:
        """Store a version or file once, and link it to the group."""
        self._run("INSERT INTO kiem.blobs (sha256, document, data) VALUES (%s, %s, %s) "
                  "ON CONFLICT (sha256) DO NOTHING", (sha, document, data))
        self._run("INSERT INTO kiem.blob_groups (sha256, group_id) VALUES (%s, %s) "
                  "ON CONFLICT DO NOTHING", (sha, self.group))
