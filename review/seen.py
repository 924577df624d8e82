"""What a workspace remembers of each group's folder or hub: the files it read and how.

A folder lists every event file at each sync: names read well are remembered, so that a sync
with nothing new reads nothing. A hub lists only what is new after its cursor: its records
are the cursor and what went wrong (to read again, or not to report twice).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from authoring.models import SeenFile
from review.report import RETRY
from review.rows import chunks as _chunks
from review.rows import insert_new as _insert_new

if TYPE_CHECKING:
    from authoring.workspace import Workspace


class SeenRecords:
    """The seen-files records of the review store (a part of `review.store.Store`)."""

    _ws: Workspace
    _seen: dict[uuid.UUID, dict[str, tuple[int, str]]]  # per group, when read whole

    def seen(self, group_id: uuid.UUID) -> dict[str, tuple[int, str]]:
        """Return the names already read from a group's folder: size and outcome."""
        cached = self._seen.get(group_id)
        if cached is None:
            with self._ws.read() as session:
                rows = session.execute(select(SeenFile.name, SeenFile.size, SeenFile.outcome)
                                       .where(SeenFile.group_id == group_id)).all()
            cached = {name: (size, outcome) for name, size, outcome in rows}
            self._seen[group_id] = cached
        return cached

    def seen_of(self, group_id: uuid.UUID, names: Iterable[str]) -> dict[str, tuple[int, str]]:
        """The records of these names only (a hub lists what is new, not its whole history)."""
        cached = self._seen.get(group_id)
        if cached is not None:
            return {n: cached[n] for n in names if n in cached}
        found: dict[str, tuple[int, str]] = {}
        with self._ws.read() as session:
            for chunk in _chunks(list(names), 500):
                found.update((name, (size, outcome)) for name, size, outcome in session.execute(
                    select(SeenFile.name, SeenFile.size, SeenFile.outcome)
                    .where(SeenFile.group_id == group_id, SeenFile.name.in_(chunk))))
        return found

    def retries(self, group_id: uuid.UUID, prefix: str) -> dict[str, tuple[int, str]]:
        """The records under `prefix` to read again next time (their outcome says so)."""
        cached = self._seen.get(group_id)
        if cached is not None:
            return {n: v for n, v in cached.items()
                    if n.startswith(prefix) and v[1].startswith(RETRY)}
        with self._ws.read() as session:
            rows = session.execute(select(SeenFile.name, SeenFile.size, SeenFile.outcome).where(
                SeenFile.group_id == group_id, SeenFile.outcome.startswith(RETRY, autoescape=True),
                SeenFile.name.startswith(prefix, autoescape=True))).all()
        return {name: (size, outcome) for name, size, outcome in rows}

    def mark_seen(self, group_id: uuid.UUID, files: dict[str, tuple[int, str]]) -> None:
        """Remember files read (name → size and outcome), replacing earlier records."""
        if not files:
            return
        with self._ws.write() as session:
            for chunk in _chunks(list(files), 500):
                session.execute(delete(SeenFile).where(SeenFile.group_id == group_id,
                                                       SeenFile.name.in_(chunk)))
            session.execute(_insert_new(session, SeenFile), [
                {"group_id": group_id, "name": name, "size": size, "outcome": outcome}
                for name, (size, outcome) in files.items()])
        if group_id in self._seen:
            self._seen[group_id].update(files)

    def forget_folder_files(self, group_id: uuid.UUID) -> None:
        """Drop the records of a folder's event files (the group moved to a hub)."""
        with self._ws.write() as session:
            session.execute(delete(SeenFile).where(
                SeenFile.group_id == group_id, ~SeenFile.name.startswith("versions/"),
                ~SeenFile.name.startswith("hub")))
        self._seen.pop(group_id, None)
