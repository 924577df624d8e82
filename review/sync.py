"""Syncing a workspace with a group's folder: send what waits, read what is new, report.

Reading is tolerant: a half-synced file is left for the next sync, a second copy of an event
(`name (1).json`) is recognised by its id, an event from a newer Kiem or with a bad signature
is set aside with a line in the report. Nothing here raises on a file's contents.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable

from authoring.errors import KiemError
from review.events import MAX_EVENT_BYTES, Event, EventError, Kind, NewerFormat, parse_event
from review.report import RETRY, SyncReport
from review.signatures import Checker
from review.store import OUTBOX, SHARED, Store
from review.transport import Transport, Unreachable

_SHA = re.compile(r"^[0-9a-f]{64}$")


def sync_group(store: Store, transport: Transport, group: uuid.UUID, name: str,
               meanwhile: Callable[[], object] | None = None) -> SyncReport:
    """Send my waiting events, read the folder's new ones; never raise on bad files.

    `meanwhile`: work to do while helper processes check a large batch's signatures (the
    caller derives the state of what is stored already, which the new events then extend).
    """
    report = SyncReport(group, name)
    try:
        transport.check()
        _send(store, transport, group, report)
        fresh = _receive(store, transport, group, report, meanwhile)
        transport.settle()
        _fetch_versions(store, transport, group, fresh, report)
    except Unreachable as exc:
        report.unreachable = str(exc)
    finally:
        transport.close()
    report.waiting = len(store.in_state(group, OUTBOX))
    store.set_synced(group, report.unreachable)
    return report


def send_group(store: Store, transport: Transport, group: uuid.UUID) -> int:
    """Only send my waiting events (after an action); return how many went."""
    try:
        transport.check()
        report = SyncReport(group, "")
        _send(store, transport, group, report)
    finally:
        transport.close()
    return report.sent


SEND_BATCH = 200  # events sent before they are marked sent, in one write of the workspace


def _send(store: Store, transport: Transport, group: uuid.UUID, report: SyncReport) -> None:
    """Send what waits, in order; mark each batch sent once all of it is there.

    A kill between sending and marking sends the batch again next time, which is harmless:
    the same event under the same id is kept once.
    """
    waiting = store.in_state(group, OUTBOX)
    for start in range(0, len(waiting), SEND_BATCH):
        batch = waiting[start:start + SEND_BATCH]
        for event in batch:
            if event.kind in (Kind.SUBMITTED, Kind.STALE_REVIEW):
                _send_version(store, transport, str(event.payload.get("snapshot", "")))
        transport.write_events(batch)
        store.set_state([e.id for e in batch], SHARED)
        report.sent += len(batch)


def _send_version(store: Store, transport: Transport, sha: str) -> None:
    """Put a frozen version and its files in the folder before the event naming it."""
    doc = store.blob(sha)
    if doc is None:
        return  # a version I received and re-sent: it is in the folder already
    for file_sha in version_files(doc):
        data = store.blob(file_sha)
        if data is not None and not transport.has_blob(file_sha):
            transport.write_blob(file_sha, data, document=False)
    if not transport.has_blob(sha):
        transport.write_blob(sha, doc, document=True)


def version_files(doc: bytes) -> list[str]:
    """Return the sha256 of every file a frozen version document uses."""
    try:
        assets = json.loads(doc)["module"].get("assets", [])
        return sorted({a["sha256"] for a in assets if isinstance(a, dict)
                       and isinstance(a.get("sha256"), str) and _SHA.match(a["sha256"])})
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return []


def _receive(store: Store, transport: Transport, group: uuid.UUID, report: SyncReport,
             meanwhile: Callable[[], object] | None = None) -> list[Event]:
    names = transport.event_names()
    seen = store.seen(group) if transport.lists_all else store.seen_of(group, names)
    report.skipped.extend(transport.passed_over())
    new = {n: size for n, size in names.items()
           if n not in seen or seen[n][0] != size or seen[n][1].startswith(RETRY)}
    outcomes: dict[str, tuple[int, str]] = {}
    batch: dict[uuid.UUID, Event] = {}
    names_of: dict[uuid.UUID, list[str]] = {}
    clashes: list[tuple[str, Event]] = []  # a second, different event under a known id
    first_skip = len(report.skipped)
    with Checker(expected=len(new)) as checker:  # helpers start now for a large batch
        read = _read(transport, new, outcomes, report)
        problems = checker.problems([event for _name, _size, event in read], meanwhile)
    for (name, size, event), problem in zip(read, problems, strict=True):
        if problem is None and event.group != group:
            problem = "it belongs to another group"
        if problem is not None:
            report.skipped.append((name, problem))
            outcomes[name] = (size, problem)
            continue
        outcomes[name] = (size, "")
        first = batch.setdefault(event.id, event)
        if first.body != event.body:
            clashes.append((name, event))
            continue
        names_of.setdefault(event.id, []).append(name)
    report.skipped[first_skip:] = sorted(report.skipped[first_skip:])  # by name, as read
    known = store.known(batch)
    for event_id, found in names_of.items():
        # A second copy a sync client made ("… (1).json"); my own events read back are not.
        originals = [n for n in found if n.endswith(f"/{event_id}.json")]
        report.duplicates += len(found) - (1 if originals or event_id not in known else 0)
    fresh = [e for i, e in batch.items() if i not in known]
    clashes += [(n, e) for e in store.clashes(e for i, e in batch.items() if i in known)
                for n in names_of[e.id]]
    store.add(fresh, SHARED)
    report.arrived = fresh
    report.clashes = len(clashes)
    for name, clash in clashes:
        store.add_clash(clash)
        report.skipped.append((name, "another event already has this id (one of them is "
                                     "forged or damaged); both are set aside"))
    if not transport.lists_all:  # listed once: remember only what went wrong, or now went right
        outcomes = {n: o for n, o in outcomes.items() if o[1] or n in seen}
    store.mark_seen(group, outcomes)
    report.received = len(fresh)
    return fresh


def _read(transport: Transport, new: dict[str, int], outcomes: dict[str, tuple[int, str]],
          report: SyncReport) -> list[tuple[str, int, Event]]:
    """Read and parse the new events (their signatures are checked after, all at once)."""
    read: list[tuple[str, int, Event]] = []
    for name in sorted(new):
        size = new[name]
        if size > MAX_EVENT_BYTES:  # not read at all: no event is that large
            report.skipped.append((name, f"it is {size // 1000} KB, more than an event may be"))
            outcomes[name] = (size, "too large")
            continue
        try:
            read.append((name, size, parse_event(transport.read_event(name), verify=False)))
        except NewerFormat as exc:
            report.skipped.append((name, str(exc)))
            outcomes[name] = (size, f"{RETRY} {exc}")
        except EventError as exc:
            partial = "not complete JSON" in str(exc)
            report.skipped.append((name, str(exc) + ("; read again next sync" if partial else "")))
            outcomes[name] = (size, f"{RETRY} {exc}" if partial else str(exc))
        except KiemError as exc:  # vanished, locked or unreadable: read again next time
            report.skipped.append((name, f"{exc}; read again next sync"))
    return read


def _fetch_versions(store: Store, transport: Transport, group: uuid.UUID, fresh: list[Event],
                    report: SyncReport) -> None:
    """Copy the versions that arrived, and those not whole last time, so review works offline."""
    wanted = {str(e.payload.get("snapshot", "")) for e in fresh
              if e.kind in (Kind.SUBMITTED, Kind.STALE_REVIEW)}
    wanted |= {name.removeprefix("versions/") for name in store.retries(group, "versions/")}
    missing = sorted(wanted - store.blob_names(wanted))
    # Each version is remembered as still to fetch until it is stored: a sync cut short
    # (the folder went away) takes up where it stopped.
    store.mark_seen(group, {f"versions/{sha}": (0, f"{RETRY} not fetched yet") for sha in missing})
    batch: dict[str, bytes] = {}
    done: list[str] = []
    try:
        for sha in missing:
            got = _version_blobs(store, transport, sha, report, stored=False)
            if got:
                batch.update(got)
                done.append(sha)
            if len(done) >= 100 or sum(map(len, batch.values())) > 50_000_000:
                _keep_versions(store, group, batch, done)
    finally:  # what was fetched before the folder went away is kept
        _keep_versions(store, group, batch, done)


def _keep_versions(store: Store, group: uuid.UUID, batch: dict[str, bytes],
                   done: list[str]) -> None:
    """Store fetched versions and their files, and strike them from the list still to fetch."""
    if done:
        store.add_blobs(batch)
        store.mark_seen(group, {f"versions/{sha}": (0, "") for sha in done})
    batch.clear()
    done.clear()


def fetch_version(store: Store, transport: Transport, sha: str,
                  report: SyncReport | None = None) -> bool:
    """Copy a version and its files into the workspace; False when not all have arrived."""
    try:
        got = _version_blobs(store, transport, sha, report)
    finally:
        transport.close()
    store.add_blobs(got)
    return bool(got)


def _version_blobs(store: Store, transport: Transport, sha: str, report: SyncReport | None,
                   *, stored: bool = True) -> dict[str, bytes]:
    """Read a version document and the files it uses that are not here; {} until all arrived.

    `stored` False: the caller knows the document is not stored here (saves a query).
    """
    try:
        doc = (store.blob(sha) if stored else None) or transport.read_blob(sha)
        files = set(version_files(doc))
        missing = files - store.blob_names(files) if files else set()
        got = {f: transport.read_blob(f) for f in sorted(missing)}
    except Unreachable:
        raise
    except KiemError as exc:
        if report is not None:
            report.skipped.append((f"version {sha[:12]}…", str(exc)))
        return {}
    got[sha] = doc  # a version stored here has all its files
    return got
