"""Review benchmarks: a group folder of 200 members, 500 modules and 20,000 events.

Run: `.venv/bin/python bench/bench_review.py` (about a minute: most of it is writing the
folder). Targets (issue 6, 2-core machine): sync with nothing new < 300 ms, first full sync
< 10 s, inbox shown < 100 ms. Prints Markdown rows for bench/RESULTS.md.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from authoring.blocks import TextData  # noqa: E402
from authoring.bundle import document_bytes  # noqa: E402
from authoring.kinds import BlockKind  # noqa: E402
from authoring.services import Services  # noqa: E402
from authoring.snapshot import BlockSnap, ModuleSnap, PageSnap  # noqa: E402
from authoring.workspace import Workspace  # noqa: E402
from review.events import Event, Kind, encode_key, make_event  # noqa: E402
from review.service import ReviewService  # noqa: E402
from review.transport import FolderTransport  # noqa: E402

MEMBERS = 200
MODULES = 500
EVENTS = 20_000
START = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)


class Writer:
    """Makes a group's history: signs events with each member's key, in causal order."""

    def __init__(self, folder: Path, rng: random.Random) -> None:
        self.transport = FolderTransport(folder)
        self.rng = rng
        self.clock = 0
        self.at = START
        self.group = uuid.uuid4()
        self.keys: dict[str, Ed25519PrivateKey] = {}
        self.count = 0

    def emit(self, email: str, kind: Kind, payload: dict, module: uuid.UUID | None = None,
             version: int | None = None, event_id: uuid.UUID | None = None) -> Event:
        """Sign and write one event."""
        self.clock += 1
        self.at += dt.timedelta(minutes=self.rng.randint(1, 30))
        event = make_event(self.keys[email], group=self.group, kind=kind, actor=email,
                           clock=self.clock, payload=payload, module=module, version=version,
                           at=self.at, event_id=event_id)
        if kind is Kind.GROUP_CREATED:
            self.transport.write_group(event)
        self.transport.write_event(event)
        self.count += 1
        return event

    def version(self, module: uuid.UUID, title: str, version: int) -> str:
        """Write a small frozen version; return its sha256."""
        words = " ".join(self.rng.choice(("check", "report", "link", "mail", "badge"))
                         for _ in range(120))
        snap = ModuleSnap(id=module, title=title, version=version, pages=(PageSnap(
            id=uuid.uuid5(module, "p"), title="Page", blocks=(BlockSnap(
                id=uuid.uuid5(module, "b"), kind=BlockKind.TEXT, tracking_id="t1",
                data=TextData(words)),)),))
        doc = document_bytes(snap)
        sha = hashlib.sha256(doc).hexdigest()
        self.transport.write_blob(sha, doc, document=True)
        return sha


def build(folder: Path, me: str, my_key: Ed25519PrivateKey) -> Writer:
    """Write the founding, the roster and 500 modules' reviews until 20,000 events."""
    rng = random.Random(6)
    w = Writer(folder, rng)
    members = [f"creator{i:03}@example.com" for i in range(MEMBERS - 1)] + [me]
    for email in members:
        w.keys[email] = my_key if email == me else Ed25519PrivateKey.generate()
    lead = members[0]
    w.emit(lead, Kind.GROUP_CREATED, {"name": "Bench group", "founder_name": "Lead",
                                      "policy": {}}, event_id=w.group)
    for email in members[1:]:
        w.emit(email, Kind.MEMBER_JOINED, {"name": email.split("@")[0]})
        w.emit(lead, Kind.MEMBER_CONFIRMED,
               {"email": email, "key": encode_key(w.keys[email].public_key())})
    per_module = (EVENTS - w.count) // MODULES
    for n in range(MODULES):
        module = uuid.uuid4()
        author = rng.choice(members[:-1])
        reviewer = me if n % 25 == 0 else rng.choice([m for m in members if m != author])
        title = f"Module {n:03}"
        budget = per_module if n < MODULES - 1 else EVENTS - w.count
        version = 1
        request = w.emit(author, Kind.SUBMITTED, {
            "snapshot": w.version(module, title, 1), "title": title, "note": "",
            "reviewers": [reviewer], "due": "2026-12-01"}, module, 1)
        budget -= 1
        threads = []
        while budget > 3:
            roll = rng.random()
            if roll < 0.45 or not threads:
                e = w.emit(reviewer, Kind.COMMENTED, {"request": str(request.id), "anchor": None,
                                                      "text": "Please say why.",
                                                      "blocking": False}, module, version)
                threads.append(e.id)
            elif roll < 0.8:
                w.emit(author, Kind.REPLIED, {"thread": str(rng.choice(threads)),
                                              "text": "Done, thanks."}, module, version)
            else:
                w.emit(author, Kind.RESOLVED, {"thread": str(threads.pop())}, module, version)
            budget -= 1
        if reviewer == me:
            for _ in range(budget):
                w.emit(author, Kind.REPLIED, {"thread": str(threads[0]) if threads else "",
                                              "text": "More."}, module, version)
            continue
        w.emit(reviewer, Kind.VERDICT, {"request": str(request.id),
                                        "verdict": "request_changes"}, module, version)
        version = 2
        request = w.emit(author, Kind.SUBMITTED, {
            "snapshot": w.version(module, title, 2), "title": title, "note": "v2",
            "reviewers": [reviewer], "due": "2026-12-01"}, module, 2)
        w.emit(reviewer, Kind.VERDICT, {"request": str(request.id), "verdict": "approve"},
               module, version)
        for _ in range(budget - 3):
            w.emit(author, Kind.REPLIED, {"thread": str(threads[0]) if threads else "",
                                          "text": "Thanks."}, module, version)
    return w


def timed(call: object) -> float:
    """Return how long a call took, in milliseconds."""
    begin = time.perf_counter()
    call()  # type: ignore[operator]
    return (time.perf_counter() - begin) * 1000


def review_actions(ws: Workspace, request: object) -> list[float]:
    """A reviewer's clicks in the studio: each action, then the inbox read again (ms).

    The studio's service leaves new events for the background sync (`send_later`); a tree
    without that (before issue 13) sends to the folder at once, as it did then.
    """
    try:
        studio = ReviewService(Services(ws), send_later=lambda: None)
    except TypeError:
        studio = ReviewService(Services(ws))
    studio.inbox()  # the studio holds the derived state already
    ref = str(request.id)  # type: ignore[attr-defined]
    times = []
    for n in range(7):
        def act(n: int = n) -> None:
            thread = studio.comment(ref, f"Point {n}: say why.")
            studio.reply(str(thread.id), "And give an example.")
            studio.inbox()
        times.append(timed(act) / 2)
    return times


def main() -> None:
    """Build the folder and a member's workspace, then measure."""
    tmp = Path(tempfile.mkdtemp(prefix="kiem-bench-review-"))
    folder = tmp / "group"
    path = tmp / "me.kiemdb"
    with Workspace.open(path) as ws:
        review = ReviewService(Services(ws))
        me = review.set_me("Me", "me@example.com")
        begin = time.perf_counter()
        writer = build(folder, me.email, me.key)
        built = time.perf_counter() - begin
        print(f"wrote {writer.count} events in {built:.1f} s", file=sys.stderr)
        files = sum(1 for _ in folder.rglob("*"))

        first = timed(lambda: review.join_group(folder))
        state = review.state()
        assert len(state.members) == MEMBERS, len(state.members)
        assert len(state.modules) == MODULES, len(state.modules)
        assert not state.warnings, state.warnings[:3]
        again = [timed(review.sync) for _ in range(7)]
        inbox = [timed(review.inbox) for _ in range(7)]
        to_me = len(review.inbox().to_me)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        import app.gui  # noqa: F401 - the studio's start-up fixes (see app/gui/singletons.py)
        from app.gui.inbox_view import InboxView

        qt = QApplication.instance() or QApplication([])
        view = InboxView(review)
        view.resize(1100, 700)
        view.show()

        def show_inbox() -> None:
            view.refresh()
            qt.processEvents()

        shown = [timed(show_inbox) for _ in range(7)]
        review._states.clear()  # noqa: SLF001 - a cold derive, as after a restart
        derive_cold = timed(review.inbox)
        acted = review_actions(ws, review.inbox().to_me[0][0])

    cli = []
    for _ in range(3):
        begin = time.perf_counter()
        subprocess.run([sys.executable, "-m", "app.cli", "--workspace", str(path), "sync"],
                       check=False, capture_output=True, cwd=Path(__file__).parent.parent)
        cli.append((time.perf_counter() - begin) * 1000)
    shutil.rmtree(tmp)

    print(f"{time.strftime('%Y-%m-%d')} · {platform.machine()}, {os.cpu_count()} cores · "
          f"{MEMBERS} members, {MODULES} modules, {writer.count} events, {files} files")
    print("| measurement | result | target |")
    print("| --- | --- | --- |")
    print(f"| first full sync (join: read, verify, store {writer.count} events, "
          f"fetch versions) | {first / 1000:.1f} s | < 10 s |")
    print(f"| sync with nothing new (studio, warm) | median {statistics.median(again):.0f} ms, "
          f"max {max(again):.0f} ms | < 300 ms |")
    print(f"| inbox ({to_me} requests to me) | median {statistics.median(inbox):.1f} ms | "
          f"< 100 ms |")
    print(f"| inbox view shown in the studio (refresh and paint) | "
          f"median {statistics.median(shown):.0f} ms, max {max(shown):.0f} ms | < 100 ms |")
    print(f"| inbox after a restart (state derived from 20,000 stored events) | "
          f"{derive_cold:.0f} ms | - |")
    print(f"| a review action in the studio (comment or reply, then the inbox) | "
          f"median {statistics.median(acted):.0f} ms, max {max(acted):.0f} ms | - |")
    print(f"| `kiem sync` with nothing new (new process, incl. start) | "
          f"median {statistics.median(cli):.0f} ms | - |")


if __name__ == "__main__":
    main()
