"""How events and frozen versions travel: the interface, and the group-folder implementation.

A group folder is a folder the group's members already share (a synced SharePoint library, a
network share, Syncthing). Every file in it is written once, by one person, under a name no
one else uses, and never changed or deleted, so sync clients have nothing to merge:

    kiem-group.json              the group's founding event (written by its founder)
    events/2026-11/<uuid>.json   one event per file, in a folder per month (keeps folders small)
    versions/<sha256>.json       frozen version documents (the bundle document), by content
    files/<sha256>               the images and media those versions use, by content

A file is written under a hidden temporary name in the same folder and renamed into place.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import uuid
from pathlib import Path
from typing import Protocol

from authoring.errors import KiemError
from review.events import Event

GROUP_FILE = "kiem-group.json"
_EVENT_NAME = re.compile(r"^[^.].*\.json$")
_SHA = re.compile(r"^[0-9a-f]{64}$")


class Unreachable(KiemError):  # noqa: N818 - reads as a state: the folder is unreachable
    """The group's folder cannot be reached now (offline, share not mounted); try later."""


class Transport(Protocol):
    """What the review domain needs from a place where a group's events are exchanged."""

    # True when event_names() lists every event each time (a folder): what was read is
    # remembered by name. False when it lists only what is new (a hub's cursor).
    lists_all: bool

    def check(self) -> None:
        """Raise Unreachable when the place cannot be reached now."""

    def read_group(self) -> bytes:
        """Return the founding event."""

    def write_group(self, event: Event) -> None:
        """Write the founding event (once, when the group is created)."""

    def event_names(self) -> dict[str, int]:
        """Return every event file's name with its size."""

    def passed_over(self) -> list[tuple[str, str]]:
        """What the last event_names() left out (links, unreadable folders), with why."""

    def read_event(self, name: str) -> bytes:
        """Return one event file's bytes."""

    def write_event(self, event: Event) -> str:
        """Write an event (once); return its name."""

    def write_events(self, events: list[Event]) -> None:
        """Write events (each once), in order."""

    def has_blob(self, sha: str) -> bool:
        """True when a version document or file with this sha256 is there."""

    def read_blob(self, sha: str) -> bytes:
        """Return a version document or file, checked against its sha256."""

    def write_blob(self, sha: str, data: bytes, *, document: bool) -> None:
        """Store a version document (`document`) or a file, once."""

    def settle(self) -> None:
        """What event_names() listed is stored now: remember it (a hub's cursor)."""

    def close(self) -> None:
        """Let go of what the transport holds open (a hub's connection)."""


class FolderTransport:
    """A group's shared folder."""

    lists_all = True

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._passed_over: list[tuple[str, str]] = []

    def check(self) -> None:
        """Raise Unreachable unless the folder and its founding file can be read."""
        try:
            if not (self.folder / GROUP_FILE).is_file():
                raise Unreachable(f"{self.folder}: not reachable, or not a Kiem group folder")
        except OSError as exc:
            raise Unreachable(f"{self.folder}: not reachable ({exc.strerror})") from None

    def read_group(self) -> bytes:
        """Return the founding event's bytes."""
        return self._read(self.folder / GROUP_FILE)

    def write_group(self, event: Event) -> None:
        """Write the founding event, refusing a folder that already holds a group."""
        target = self.folder / GROUP_FILE
        if target.exists():
            raise KiemError(f"{self.folder} already holds a Kiem group; join it instead")
        self._write_once(target, event.to_json())

    def event_names(self) -> dict[str, int]:
        """List event files (skipping hidden and temporary ones) with their sizes.

        Only plain files in plain month folders count: a link (to / or to itself) or a
        folder that cannot be read is passed over with a reason, never followed, and never
        makes the whole group folder unreachable.
        """
        names: dict[str, int] = {}
        self._passed_over = []
        root = self.folder / "events"
        try:
            months = [d for d in os.scandir(root) if not d.name.startswith(".")]
        except FileNotFoundError:
            return names
        except OSError as exc:
            raise Unreachable(f"{root}: cannot be listed ({exc.strerror})") from None
        for month in months:
            if not month.is_dir(follow_symlinks=False):
                if month.is_symlink() or not month.is_file(follow_symlinks=False):
                    self._passed_over.append((month.name, "not a plain folder (a link?); "
                                                          "passed over"))
                continue
            try:
                entries = list(os.scandir(month.path))
            except OSError as exc:
                self._passed_over.append((month.name, f"cannot be listed ({exc.strerror})"))
                continue
            for entry in entries:
                if not _EVENT_NAME.match(entry.name):
                    continue
                name = f"{month.name}/{entry.name}"
                if not entry.is_file(follow_symlinks=False):
                    self._passed_over.append((name, "not a plain file (a link?); passed over"))
                    continue
                names[name] = entry.stat(follow_symlinks=False).st_size
        return names

    def passed_over(self) -> list[tuple[str, str]]:
        """What the last event_names() left out, with why."""
        return list(self._passed_over)

    def read_event(self, name: str) -> bytes:
        """Return an event file's bytes; one locked or unreadable file is not an outage."""
        path = self.folder / "events" / name
        try:
            return path.read_bytes()
        except OSError as exc:
            raise KiemError(f"{path}: cannot be read now ({exc.strerror})") from None

    def write_event(self, event: Event) -> str:
        """Write an event under events/<month>/<id>.json; an existing copy is kept as is."""
        name = f"{event.at:%Y-%m}/{event.id}.json"
        target = self.folder / "events" / name
        if not target.exists():
            self._write_once(target, event.to_json())
        return name

    def write_events(self, events: list[Event]) -> None:
        """Write events one file each, in order."""
        for event in events:
            self.write_event(event)

    def has_blob(self, sha: str) -> bool:
        """True when the version document or file is in the folder."""
        return any((self.folder / sub / name).is_file()
                   for sub, name in (("versions", f"{sha}.json"), ("files", sha)))

    def read_blob(self, sha: str) -> bytes:
        """Return a version document or file; raise KiemError when missing or not yet whole."""
        if not _SHA.match(sha):
            raise KiemError(f"“{sha}” is not a sha256")
        for path in (self.folder / "versions" / f"{sha}.json", self.folder / "files" / sha):
            if path.is_file():
                data = self._read(path)
                if hashlib.sha256(data).hexdigest() != sha:
                    raise KiemError(f"{path}: not complete yet (still syncing), or damaged")
                return data
        raise KiemError(f"{self.folder}: version file {sha[:12]}… has not arrived yet")

    def write_blob(self, sha: str, data: bytes, *, document: bool) -> None:
        """Store a version document or file under its sha256, once."""
        target = (self.folder / "versions" / f"{sha}.json" if document
                  else self.folder / "files" / sha)
        if not target.exists():
            self._write_once(target, data)

    def settle(self) -> None:
        """Nothing to remember: the workspace's record of files seen is the folder's cursor."""

    def close(self) -> None:
        """Nothing is held open between a folder's reads."""

    def _read(self, path: Path) -> bytes:
        try:
            return path.read_bytes()
        except FileNotFoundError:
            raise KiemError(f"{path}: no such file") from None
        except OSError as exc:
            raise Unreachable(f"{path}: cannot be read ({exc.strerror})") from None

    def _write_once(self, target: Path, data: bytes) -> None:
        tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.part")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with tmp.open("wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())  # on disk before it counts as sent
            os.replace(tmp, target)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
            raise Unreachable(f"{target.parent}: cannot be written ({exc.strerror})") from None
