"""The review records a workspace keeps: who I am, my groups, every event, versions, seen files.

Events are kept as the exact bytes of their files. Those that came from a group folder were
verified when they were read; mine are signed here. `state` says where an event is: pending
(a reviewer's comment held back until their verdict), outbox (waiting to be sent) or shared.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import delete, func, insert, literal_column, select, text, update

from authoring.models import (
    GroupLink,
    Identity,
    ReviewBlob,
    StoredDigest,
    StoredEvent,
    utcnow,
)
from authoring.workspace import Workspace
from review.events import Event, parse_event
from review.rows import chunks as _chunks
from review.rows import insert_new as _insert_new
from review.seen import SeenRecords

PENDING, OUTBOX, SHARED = "pending", "outbox", "shared"


@dataclass(frozen=True)
class Me:
    """The person using this workspace."""

    name: str
    email: str
    key: Ed25519PrivateKey


@dataclass(frozen=True)
class Mark:
    """How far a derived state has read a group's stored events (SQLite row ids).

    Rows are only ever added, except my pending events (deleted when thrown away, replaced
    when signed again): when the rows up to `rowid` are no longer `count` with these
    `pending`, the state must be derived afresh; otherwise only the rows after it are new.
    """

    rowid: int
    count: int
    pending: frozenset[uuid.UUID]


_ROWID = literal_column("review_events.rowid")
WHOLE_GROUP = 2000  # a store that has parsed fewer reads the events' bytes with the rows


@dataclass(frozen=True)
class Group:
    """A group this workspace takes part in."""

    id: uuid.UUID
    name: str
    folder: str
    founder_key: str
    synced_at: dt.datetime | None
    sync_problem: str


class Store(SeenRecords):
    """Reads and writes the review tables of one workspace; each call is one transaction."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace
        self._parsed: dict[uuid.UUID, Event] = {}  # events are immutable: parse each once
        # Per group, what this process knows is stored: event id → state, and files seen.
        # Refreshed when the table's row count for the group differs (another process wrote).
        self._index: dict[uuid.UUID, dict[uuid.UUID, str]] = {}
        self._seen: dict[uuid.UUID, dict[str, tuple[int, str]]] = {}

    # -- identity -------------------------------------------------------------------------------
    def me(self) -> Me | None:
        """Return the workspace's person, if they said who they are."""
        with self._ws.read() as session:
            row = session.scalars(select(Identity)).first()
            if row is None:
                return None
            return Me(row.name, row.email, Ed25519PrivateKey.from_private_bytes(row.private_key))

    def set_me(self, name: str, email: str) -> Me:
        """Set my name and email; the key pair is made the first time and then kept."""
        from cryptography.hazmat.primitives.serialization import (  # noqa: PLC0415
            Encoding,
            NoEncryption,
            PrivateFormat,
        )

        with self._ws.write() as session:
            row = session.scalars(select(Identity)).first()
            if row is None:
                seed = Ed25519PrivateKey.generate().private_bytes(
                    Encoding.Raw, PrivateFormat.Raw, NoEncryption())
                row = Identity(email=email, name=name, private_key=seed)
                session.add(row)
            elif row.email != email:
                session.delete(row)
                session.flush()
                session.add(Identity(email=email, name=name, private_key=row.private_key))
            else:
                row.name = name
        me = self.me()
        assert me is not None  # noqa: S101 - written just above
        return me

    # -- groups ---------------------------------------------------------------------------------
    def groups(self) -> list[Group]:
        """Return my groups, by name."""
        with self._ws.read() as session:
            rows = session.scalars(select(GroupLink).order_by(GroupLink.name)).all()
            return [Group(r.id, r.name, r.folder, r.founder_key, r.synced_at, r.sync_problem)
                    for r in rows]

    def add_group(self, group_id: uuid.UUID, name: str, folder: str, founder_key: str) -> None:
        """Remember a group, its folder and the key of the founding event it was joined by."""
        with self._ws.write() as session:
            row = session.get(GroupLink, group_id)
            if row is None:
                session.add(GroupLink(id=group_id, name=name, folder=folder,
                                      founder_key=founder_key))
            else:
                row.folder, row.name = folder, name

    def set_synced(self, group_id: uuid.UUID, problem: str) -> None:
        """Record the outcome of a sync (an empty problem means it went through)."""
        with self._ws.write() as session:
            row = session.get(GroupLink, group_id)
            if row is not None:
                row.sync_problem = problem
                if not problem:
                    row.synced_at = utcnow()

    # -- events ---------------------------------------------------------------------------------
    def _ids(self, group_id: uuid.UUID) -> dict[uuid.UUID, str]:
        """Return the group's event ids and states (cached while the row count holds)."""
        index = self._index.get(group_id)
        with self._ws.read() as session:
            stored = session.scalar(select(func.count()).select_from(StoredEvent)
                                    .where(StoredEvent.group_id == group_id)) or 0
            if index is None or len(index) != stored:
                rows = session.execute(select(StoredEvent.id, StoredEvent.state)
                                       .where(StoredEvent.group_id == group_id)).all()
                index = {i: state for i, state in rows}
                self._index[group_id] = index
        return index

    def events(self, group_id: uuid.UUID) -> tuple[list[Event], frozenset[uuid.UUID]]:
        """Return a group's events, and the ids of those still pending."""
        events, pending, _mark = self.events_marked(group_id)
        return events, pending

    def unsettled_from(self, group_id: uuid.UUID) -> int | None:
        """The row of the group's first event not shared yet (mine, waiting or held back).

        The rows before it are what the group had when I last synced: a state derived from
        them is extended by whatever comes after, mine and theirs, even interleaved in causal
        order. None where rows have no ids to go on from, or every event is shared.
        """
        with self._ws.read() as session:
            if session.get_bind().dialect.name != "sqlite":
                return None
            found = session.connection().exec_driver_sql(
                "SELECT min(rowid) FROM review_events WHERE group_id = ? AND state IN (?, ?)",
                (group_id.hex, OUTBOX, PENDING)).scalar()
        return int(found) if found is not None else None

    def events_marked(self, group_id: uuid.UUID, *, before: int | None = None,
                      ) -> tuple[list[Event], frozenset[uuid.UUID], Mark | None]:
        """A group's events, the ids of those pending, and the mark they were read at.

        The mark is None where rows have no ids to go on from (a workspace not on SQLite).
        `before`: only the rows stored before this one (see `unsettled_from`).
        """
        with self._ws.read() as session:
            if session.get_bind().dialect.name != "sqlite":
                index = self._ids(group_id)
                self._parse([i for i in index if i not in self._parsed])
                return ([self._parsed[i] for i in index],
                        frozenset(i for i, state in index.items() if state == PENDING), None)
            # Plain rows: a history of 20,000 events read through the ORM's types costs twice
            # as much (ids are stored as 32 hex digits). A store that has parsed little (a
            # new process) reads the events' bytes in the same pass.
            whole = len(self._parsed) < WHOLE_GROUP
            raw = session.connection().exec_driver_sql(
                f"SELECT rowid, id, state{', data' if whole else ''} FROM review_events "
                "WHERE group_id = ? AND rowid < ? ORDER BY rowid",
                (group_id.hex, before if before is not None else 2**63 - 1)).all()
            rows = []
            for row in raw:
                rowid, hex_id, state = row[:3]
                parsed = parse_event(row[3], verify=False) if whole else None
                # The row's id is the event's, but for a second event kept beside a clash.
                event_id = parsed.id if parsed and parsed.id.hex == hex_id else uuid.UUID(
                    hex=hex_id)
                if parsed is not None:
                    self._parsed.setdefault(event_id, parsed)
                rows.append((rowid, event_id, state))
        self._parse([i for _, i, _ in rows if i not in self._parsed])
        pending = frozenset(i for _, i, state in rows if state == PENDING)
        mark = Mark(max((r for r, _, _ in rows), default=0), len(rows), pending)
        return [self._parsed[i] for _, i, _ in rows], pending, mark

    def after(self, group_id: uuid.UUID, mark: Mark,
              ) -> tuple[list[Event], frozenset[uuid.UUID], Mark] | None:
        """The events stored after a mark, those of them pending, and the new mark.

        None when rows up to the mark changed since (derive afresh then).
        """
        with self._ws.read() as session:
            upto = (StoredEvent.group_id == group_id, _ROWID <= mark.rowid)
            count = session.scalar(select(func.count()).select_from(StoredEvent).where(*upto))
            pending = frozenset(session.scalars(select(StoredEvent.id).where(
                *upto, StoredEvent.state == PENDING)))
            if count != mark.count or pending != mark.pending:
                return None
            rows = session.execute(select(_ROWID, StoredEvent.id, StoredEvent.state).where(
                StoredEvent.group_id == group_id, _ROWID > mark.rowid)).all()
        self._parse([i for _, i, _ in rows if i not in self._parsed])
        fresh = frozenset(i for _, i, state in rows if state == PENDING)
        moved = Mark(max((r for r, _, _ in rows), default=mark.rowid), mark.count + len(rows),
                     mark.pending | fresh)
        return [self._parsed[i] for _, i, _ in rows], fresh, moved

    def digest(self, group_id: uuid.UUID) -> tuple[Mark, str] | None:
        """A group's stored digest (JSON) and the mark of the events it was made from."""
        with self._ws.read() as session:
            row = session.get(StoredDigest, group_id)
            if row is None:
                return None
            pending = frozenset(uuid.UUID(i) for i in json.loads(row.pending))
            return Mark(row.mark_rowid, row.mark_count, pending), row.data

    def keep_digest(self, group_id: uuid.UUID, mark: Mark, data: str) -> None:
        """Store a group's digest made from the events up to `mark`, in place of the last."""
        pending = json.dumps(sorted(str(i) for i in mark.pending))
        with self._ws.write() as session:
            session.merge(StoredDigest(group_id=group_id, mark_rowid=mark.rowid,
                                       mark_count=mark.count, pending=pending, data=data))

    def _parse(self, ids: list[uuid.UUID]) -> None:
        """Parse these stored events into the cache."""
        with self._ws.read() as session:
            for chunk in _chunks(ids, 500):
                rows = session.execute(select(StoredEvent.id, StoredEvent.data)
                                       .where(StoredEvent.id.in_(chunk))).all()
                for event_id, data in rows:
                    self._parsed[event_id] = parse_event(data, verify=False)

    def known(self, ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
        """Return which of these events are stored already."""
        found: set[uuid.UUID] = set()
        with self._ws.read() as session:
            for chunk in _chunks(list(ids), 500):
                found.update(session.scalars(select(StoredEvent.id)
                                             .where(StoredEvent.id.in_(chunk))))
        return found

    def add(self, events: Iterable[Event], state: str) -> None:
        """Store events (ones already stored are left as they are), in one transaction."""
        fresh = {e.id: e for e in events}
        for event_id in self.known(fresh):
            del fresh[event_id]
        if not fresh:
            return
        with self._ws.write() as session:
            if session.get_bind().dialect.name == "sqlite":  # plain rows: half the time
                session.connection().exec_driver_sql(
                    "INSERT INTO review_events (id, group_id, module_id, clock, state, data) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    [(e.id.hex, e.group.hex, e.module.hex if e.module else None, e.clock,
                      state, e.to_json()) for e in fresh.values()])
            else:
                session.execute(_insert_new(session, StoredEvent), [
                    {"id": e.id, "group_id": e.group, "module_id": e.module, "clock": e.clock,
                     "state": state, "data": e.to_json()} for e in fresh.values()])
        for event in fresh.values():
            self._parsed[event.id] = event
            index = self._index.get(event.group)
            if index is not None:
                index[event.id] = state

    def clashes(self, events: Iterable[Event]) -> list[Event]:
        """Return those events whose id is stored with other contents (one of them forged)."""
        by_id = {e.id: e for e in events}
        out = []
        with self._ws.read() as session:
            for chunk in _chunks(list(by_id), 500):
                for event_id, data in session.execute(
                        select(StoredEvent.id, StoredEvent.data)
                        .where(StoredEvent.id.in_(chunk))):
                    if parse_event(data, verify=False).body != by_id[event_id].body:
                        out.append(by_id[event_id])
        return out

    def add_clash(self, event: Event) -> None:
        """Keep a second, different event under an id already stored, beside the first.

        Its row gets an id of its own; reading both, derive() sets both aside.
        """
        row_id = uuid.uuid5(event.id, event.signature)
        with self._ws.write() as session:
            if session.get(StoredEvent, row_id) is None:
                session.add(StoredEvent(id=row_id, group_id=event.group, module_id=event.module,
                                        clock=event.clock, state=SHARED, data=event.to_json()))
        self._parsed[row_id] = event
        index = self._index.get(event.group)
        if index is not None:
            index[row_id] = SHARED

    def in_state(self, group_id: uuid.UUID, state: str) -> list[Event]:
        """Return a group's events in one state, in causal order."""
        with self._ws.read() as session:
            ids = list(session.scalars(select(StoredEvent.id).where(
                StoredEvent.group_id == group_id, StoredEvent.state == state)))
        self._parse([i for i in ids if i not in self._parsed])
        return sorted((self._parsed[i] for i in ids), key=lambda e: e.order)

    def set_state(self, ids: Iterable[uuid.UUID], state: str) -> None:
        """Move events to another state (pending → outbox → shared)."""
        ids = list(ids)
        with self._ws.write() as session:
            for chunk in _chunks(ids, 500):
                session.execute(update(StoredEvent).where(StoredEvent.id.in_(chunk))
                                .values(state=state))
        for index in self._index.values():
            for event_id in ids:
                if event_id in index:
                    index[event_id] = state

    def drop_pending(self, group_id: uuid.UUID, ids: list[uuid.UUID]) -> None:
        """Delete events of mine never sent (pending): the only events ever deleted."""
        with self._ws.write() as session:
            session.execute(delete(StoredEvent).where(StoredEvent.id.in_(ids),
                                                      StoredEvent.state == PENDING))
        index = self._index.get(group_id, {})
        for event_id in ids:
            index.pop(event_id, None)
            self._parsed.pop(event_id, None)

    def stamp(self, group_id: uuid.UUID) -> tuple[int, ...]:
        """Something that changes whenever events are stored, in any process.

        On SQLite the highest rowid: every insert (a received or made event, a released
        comment signed again) raises it, and reading it is a lookup, not a scan.
        """
        with self._ws.read() as session:
            if session.get_bind().dialect.name == "sqlite":
                return (int(session.execute(text("SELECT max(rowid) FROM review_events"))
                            .scalar() or 0),)
            row = session.execute(select(func.count(), func.max(StoredEvent.clock))
                                  .where(StoredEvent.group_id == group_id)).one()
            return tuple(int(v or 0) for v in row)

    def replace_pending(self, group_id: uuid.UUID, events: list[Event], state: str) -> None:
        """Put newly signed copies of my pending events in their place, in one transaction."""
        with self._ws.write() as session:
            ids = [e.id for e in events]
            session.execute(delete(StoredEvent).where(StoredEvent.id.in_(ids),
                                                      StoredEvent.state == PENDING))
            session.execute(insert(StoredEvent), [
                {"id": e.id, "group_id": e.group, "module_id": e.module, "clock": e.clock,
                 "state": state, "data": e.to_json()} for e in events])
        index = self._index.get(group_id)
        for event in events:
            self._parsed[event.id] = event
            if index is not None:
                index[event.id] = state

    def count(self, state: str) -> int:
        """Count events in a state across groups (for "waiting to send")."""
        with self._ws.read() as session:
            return session.scalar(select(func.count()).select_from(StoredEvent)
                                  .where(StoredEvent.state == state)) or 0

    # -- frozen versions and their files --------------------------------------------------------
    def has_blob(self, sha: str) -> bool:
        """True when a version document or file is stored."""
        with self._ws.read() as session:
            return session.get(ReviewBlob, sha) is not None

    def blob_names(self, shas: set[str]) -> set[str]:
        """Return which of these version documents or files are stored."""
        found: set[str] = set()
        with self._ws.read() as session:
            for chunk in _chunks(sorted(shas), 500):
                found.update(session.scalars(select(ReviewBlob.sha256)
                                             .where(ReviewBlob.sha256.in_(chunk))))
        return found

    def blob(self, sha: str) -> bytes | None:
        """Return a stored version document or file."""
        with self._ws.read() as session:
            row = session.get(ReviewBlob, sha)
            return row.data if row else None

    def add_blobs(self, blobs: dict[str, bytes]) -> None:
        """Store version documents and files (those not yet stored), in one transaction."""
        stored = self.blob_names(set(blobs))
        fresh = {sha: data for sha, data in blobs.items() if sha not in stored}
        if fresh:
            with self._ws.write() as session:
                session.execute(_insert_new(session, ReviewBlob),
                                [{"sha256": sha, "data": data} for sha, data in fresh.items()])

    def add_blob(self, sha: str, data: bytes) -> None:
        """Store a version document or file once."""
        with self._ws.write() as session:
            if session.get(ReviewBlob, sha) is None:
                session.add(ReviewBlob(sha256=sha, data=data))
