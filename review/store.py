"""The review records a workspace keeps: who I am, my groups, every event, versions, seen files.

Events are kept as the exact bytes of their files. Those that came from a group folder were
verified when they were read; mine are signed here. `state` says where an event is: pending
(a reviewer's comment held back until their verdict), outbox (waiting to be sent) or shared.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import delete, func, select, update

from authoring.models import GroupLink, Identity, ReviewBlob, SeenFile, StoredEvent, utcnow
from authoring.workspace import Workspace
from review.events import Event, parse_event

PENDING, OUTBOX, SHARED = "pending", "outbox", "shared"


@dataclass(frozen=True)
class Me:
    """The person using this workspace."""

    name: str
    email: str
    key: Ed25519PrivateKey


@dataclass(frozen=True)
class Group:
    """A group this workspace takes part in."""

    id: uuid.UUID
    name: str
    folder: str
    synced_at: object
    sync_problem: str


class Store:
    """Reads and writes the review tables of one workspace; each call is one transaction."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace
        self._parsed: dict[uuid.UUID, Event] = {}  # events are immutable: parse each once

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
            return [Group(r.id, r.name, r.folder, r.synced_at, r.sync_problem) for r in rows]

    def add_group(self, group_id: uuid.UUID, name: str, folder: str) -> None:
        """Remember a group and its folder."""
        with self._ws.write() as session:
            row = session.get(GroupLink, group_id)
            if row is None:
                session.add(GroupLink(id=group_id, name=name, folder=folder))
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
    def events(self, group_id: uuid.UUID) -> tuple[list[Event], frozenset[uuid.UUID]]:
        """Return a group's events, and the ids of those still pending."""
        with self._ws.read() as session:
            ids = session.execute(select(StoredEvent.id, StoredEvent.state)
                                  .where(StoredEvent.group_id == group_id)).all()
            missing = [i for i, _ in ids if i not in self._parsed]
            for chunk in _chunks(missing, 500):
                rows = session.execute(select(StoredEvent.id, StoredEvent.data)
                                       .where(StoredEvent.id.in_(chunk))).all()
                for event_id, data in rows:
                    self._parsed[event_id] = parse_event(data, verify=False)
        return ([self._parsed[i] for i, _ in ids],
                frozenset(i for i, s in ids if s == PENDING))

    def known(self, event_id: uuid.UUID) -> bool:
        """True when this event is stored already."""
        with self._ws.read() as session:
            return session.get(StoredEvent, event_id) is not None

    def add(self, events: Iterable[Event], state: str) -> None:
        """Store events (ones already stored are left as they are)."""
        with self._ws.write() as session:
            for event in events:
                if session.get(StoredEvent, event.id) is None:
                    session.add(StoredEvent(id=event.id, group_id=event.group,
                                            module_id=event.module, clock=event.clock,
                                            state=state, data=event.to_json()))
                    self._parsed[event.id] = event

    def in_state(self, group_id: uuid.UUID, state: str) -> list[Event]:
        """Return a group's events in one state, in causal order."""
        with self._ws.read() as session:
            ids = session.scalars(select(StoredEvent.id).where(
                StoredEvent.group_id == group_id, StoredEvent.state == state)).all()
        events, _ = self.events(group_id)
        wanted = set(ids)
        return sorted((e for e in events if e.id in wanted), key=lambda e: e.order)

    def set_state(self, ids: Iterable[uuid.UUID], state: str) -> None:
        """Move events to another state (pending → outbox → shared)."""
        ids = list(ids)
        with self._ws.write() as session:
            for chunk in _chunks(ids, 500):
                session.execute(update(StoredEvent).where(StoredEvent.id.in_(chunk))
                                .values(state=state))

    def count(self, state: str) -> int:
        """Count events in a state across groups (for "waiting to send")."""
        with self._ws.read() as session:
            return session.scalar(select(func.count()).select_from(StoredEvent)
                                  .where(StoredEvent.state == state)) or 0

    # -- files seen in group folders ------------------------------------------------------------
    def seen(self, group_id: uuid.UUID) -> dict[str, tuple[int, str]]:
        """Return the names already read from a group's folder: size and outcome."""
        with self._ws.read() as session:
            rows = session.execute(select(SeenFile.name, SeenFile.size, SeenFile.outcome)
                                   .where(SeenFile.group_id == group_id)).all()
        return {name: (size, outcome) for name, size, outcome in rows}

    def mark_seen(self, group_id: uuid.UUID, files: dict[str, tuple[int, str]]) -> None:
        """Remember files read (name → size and outcome), replacing earlier records."""
        if not files:
            return
        with self._ws.write() as session:
            for chunk in _chunks(list(files), 500):
                session.execute(delete(SeenFile).where(SeenFile.group_id == group_id,
                                                       SeenFile.name.in_(chunk)))
            session.add_all(SeenFile(group_id=group_id, name=name, size=size, outcome=outcome)
                            for name, (size, outcome) in files.items())

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

    def add_blob(self, sha: str, data: bytes) -> None:
        """Store a version document or file once."""
        with self._ws.write() as session:
            if session.get(ReviewBlob, sha) is None:
                session.add(ReviewBlob(sha256=sha, data=data))


def _chunks(items: list[uuid.UUID] | list[str], size: int) -> Iterable[list]:  # type: ignore[type-arg]
    for start in range(0, len(items), size):
        yield items[start:start + size]
