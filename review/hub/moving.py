"""Move a folder group's whole history into the hub: every event and file, as they are.

Nothing is signed again: events keep their authors' signatures, versions and files their
content addresses, so every reader checks them as before. Running it again adds only what the
folder gained since (inserts are idempotent by id and by content), and the folder itself is
only read: it can stay, read-only, as an archive.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from authoring.errors import KiemError
from review.events import EventError, Kind, parse_event
from review.hub.connection import connect, plain_error
from review.transport import FolderTransport

_SHA_FILE = re.compile(r"^([0-9a-f]{64})(\.json)?$")


@dataclass
class FolderImport:
    """What moving a folder group into the hub did."""

    group_name: str
    events: int = 0
    files: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, why)


def import_folder(url: str, folder: Path) -> FolderImport:
    """Copy the group of `folder` into the hub at `url` (an admin's login); report counts."""
    transport = FolderTransport(folder.expanduser().absolute())
    transport.check()
    try:
        founding = parse_event(transport.read_group())
    except EventError as exc:
        raise KiemError(f"{folder}: its group file cannot be used: {exc}") from None
    if founding.kind is not Kind.GROUP_CREATED or founding.id != founding.group:
        raise KiemError(f"{folder}: its group file is not a founding event")
    report = FolderImport(str(founding.payload.get("name", "")) or folder.name)
    events = _events(transport, founding.group, report)
    try:
        with connect(url) as conn, conn.transaction():
            known = conn.execute("SELECT name FROM kiem.groups WHERE id = %s",
                                 (founding.group,)).fetchone()
            if known is None:
                conn.execute("SELECT kiem.create_group(%s, %s)",
                             (founding.group, report.group_name))
            with conn.cursor() as cur:
                before = conn.execute("SELECT count(*) FROM kiem.events WHERE group_id = %s",
                                      (founding.group,)).fetchone()[0]
                cur.executemany("INSERT INTO kiem.events (id, group_id, body) VALUES "
                                "(%s, %s, %s) ON CONFLICT (id) DO NOTHING",
                                [(event_id, founding.group, body) for event_id, body in events])
                report.events = conn.execute("SELECT count(*) FROM kiem.events WHERE "
                                             "group_id = %s", (founding.group,)).fetchone()[0]
                report.events -= before
                for sha, document, data in _blobs(transport, report):  # one at a time
                    cur.execute("INSERT INTO kiem.blobs (sha256, document, data) VALUES "
                                "(%s, %s, %s) ON CONFLICT (sha256) DO NOTHING",
                                (sha, document, data))
                    cur.execute("INSERT INTO kiem.blob_groups (sha256, group_id) VALUES "
                                "(%s, %s) ON CONFLICT DO NOTHING", (sha, founding.group))
                    report.files += cur.rowcount
    except KiemError:
        raise
    except Exception as exc:
        raise plain_error(exc, url) from exc
    return report


def _events(transport: FolderTransport, group: object,
            report: FolderImport) -> list[tuple[object, bytes]]:
    """Every event file of the folder that is an event of this group, as it is."""
    found: dict[object, bytes] = {}
    for name in sorted(transport.event_names()):
        try:
            data = transport.read_event(name)
            event = parse_event(data)
        except (EventError, KiemError) as exc:
            report.skipped.append((name, str(exc)))
            continue
        if event.group != group:
            report.skipped.append((name, "it belongs to another group"))
            continue
        found.setdefault(event.id, data)  # a sync client's second copy is the same event
    report.skipped += transport.passed_over()
    return list(found.items())


def _blobs(transport: FolderTransport,
           report: FolderImport) -> Iterator[tuple[str, bool, bytes]]:
    """Every frozen version and file of the folder whose content matches its name, read lazily."""
    for sub, document in (("versions", True), ("files", False)):
        try:
            names = sorted(p.name for p in (transport.folder / sub).iterdir() if p.is_file())
        except FileNotFoundError:
            continue
        for name in names:
            match = _SHA_FILE.match(name)
            if match is None or bool(match.group(2)) != document:
                continue
            try:
                data = transport.read_blob(match.group(1))
            except KiemError as exc:
                report.skipped.append((f"{sub}/{name}", str(exc)))
                continue
            yield match.group(1), document, data
