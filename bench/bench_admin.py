"""The admin view across groups: 17 groups, 212 people, 2,000 modules, 100,000 events.

An admin's workspace follows every group (issue #12). Measured as the admin waits for it:
the whole `kiem hub overview --json` process beside a bare interpreter (alternating pairs,
medians), and in the studio the admin view opened on a service that holds no state yet (the
first open after a start) and on one that does (every later open).

Run: `.venv/bin/python bench/bench_admin.py` (a few minutes: most of it signs the events).
Record the result in bench/RESULTS.md.
"""

from __future__ import annotations

import datetime as dt
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

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from authoring.services import Services  # noqa: E402
from authoring.workspace import Workspace  # noqa: E402
from review.events import Event, Kind, encode_key, make_event  # noqa: E402
from review.service import ReviewService  # noqa: E402
from review.store import SHARED  # noqa: E402

GROUPS, PEOPLE, MODULES, EVENTS = 17, 212, 2000, 100_000
START = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)
ADMIN = "admin@example.com"
SNAPSHOT = "0" * 64  # the frozen versions are not read by the overview


class GroupWriter:
    """One group's history, signed by its members, in causal order."""

    def __init__(self, name: str, members: list[str], admin_key: Ed25519PrivateKey,
                 rng: random.Random) -> None:
        self.group, self.rng, self.clock, self.at = uuid.uuid4(), rng, 0, START
        self.keys = {m: Ed25519PrivateKey.generate() for m in members}
        self.keys[ADMIN] = admin_key
        self.events: list[Event] = []
        lead = members[0]
        self.emit(lead, Kind.GROUP_CREATED, {"name": name, "founder_name": "Lead",
                                             "policy": {}}, event_id=self.group)
        for email in [*members[1:], ADMIN]:
            self.emit(email, Kind.MEMBER_JOINED, {"name": email.split("@")[0]})
            self.emit(lead, Kind.MEMBER_CONFIRMED,
                      {"email": email, "key": encode_key(self.keys[email].public_key())})
        self.emit(lead, Kind.MEMBER_ROLE, {"email": ADMIN, "role": "admin"})
        self.members = members

    def emit(self, email: str, kind: Kind, payload: dict, module: uuid.UUID | None = None,
             version: int | None = None, event_id: uuid.UUID | None = None) -> Event:
        self.clock += 1
        self.at += dt.timedelta(minutes=self.rng.randint(1, 30))
        event = make_event(self.keys[email], group=self.group, kind=kind, actor=email,
                           clock=self.clock, payload=payload, module=module, version=version,
                           at=self.at, event_id=event_id)
        self.events.append(event)
        return event

    def module(self, n: int, budget: int) -> None:
        """A module's review: submitted, discussed, approved; most published."""
        module = uuid.uuid4()
        author, reviewer = self.rng.sample(self.members, 2)
        request = self.emit(author, Kind.SUBMITTED, {
            "snapshot": SNAPSHOT, "title": f"Module {n:04}", "note": "", "due": "2026-12-01",
            "reviewers": [reviewer]}, module, 1)
        threads: list[uuid.UUID] = []
        for _ in range(max(budget - 3, 0)):
            if not threads or self.rng.random() < 0.5:
                threads.append(self.emit(reviewer, Kind.COMMENTED, {
                    "request": str(request.id), "anchor": None, "text": "Please say why.",
                    "blocking": False}, module, 1).id)
            else:
                self.emit(author, Kind.REPLIED, {"thread": str(self.rng.choice(threads)),
                                                 "text": "Done, thanks."}, module, 1)
        self.emit(reviewer, Kind.VERDICT, {"request": str(request.id), "verdict": "approve"},
                  module, 1)
        if n % 4:
            self.emit(ADMIN, Kind.PUBLISHED, {"request": str(request.id)}, module, 1)


def build(path: Path) -> int:
    """Write the admin's workspace: every group, as a sync would have stored it."""
    rng = random.Random(12)
    people = [f"creator{i:03}@example.com" for i in range(PEOPLE)]
    with Workspace.open(path) as ws:
        review = ReviewService(Services(ws))
        admin_key = review.set_me("Admin", ADMIN).key
        count = 0
        for g in range(GROUPS):
            members = people[g::GROUPS]
            writer = GroupWriter(f"Group {g + 1:02}", members, admin_key, rng)
            modules = MODULES // GROUPS + (g < MODULES % GROUPS)
            per_module = (EVENTS // GROUPS - len(writer.events)) // modules
            for n in range(modules):
                writer.module(n, per_module)
            founding = writer.events[0]
            review.store.add_group(writer.group, founding.payload["name"],
                                   f"/nowhere/group-{g}", founding.key)
            review.store.add(writer.events, SHARED)
            count += len(writer.events)
        states = review.all_states()
        assert sum(len(s.modules) for s in states) == MODULES
        assert not [w for s in states for w in s.warnings], "a realistic history"
    return count


def whole(args: list[str]) -> float:
    """Run a process to its end; return milliseconds."""
    begin = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, cwd=REPO,
                   env={**os.environ, "PYTHONPATH": str(REPO)})
    return (time.perf_counter() - begin) * 1000


def studio_open(path: Path) -> tuple[float, list[float]]:
    """The admin view opened first (no state held) and again (states held), in ms."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    import app.gui  # noqa: F401, PLC0415 - the studio's start-up fixes
    from app.gui.admin_view import AdminView  # noqa: PLC0415

    qt = QApplication.instance() or QApplication([])
    with Workspace.open(path) as ws:
        review = ReviewService(Services(ws))

        def show() -> float:
            begin = time.perf_counter()
            view = AdminView(review)
            view.resize(1100, 700)
            view.refresh()  # as the window does when it shows the view
            view.show()
            qt.processEvents()
            took = (time.perf_counter() - begin) * 1000
            view.close()
            view.deleteLater()
            return took

        first = show()
        again = [show() for _ in range(5)]
    return first, again


def main() -> None:
    """Build the workspace, then measure; print Markdown rows."""
    tmp = Path(tempfile.mkdtemp(prefix="kiem-bench-admin-"))
    try:
        path = tmp / "admin.kiemdb"
        begin = time.perf_counter()
        count = build(path)
        print(f"built {count} events in {time.perf_counter() - begin:.0f} s", file=sys.stderr)
        overview = [sys.executable, "-m", "app.cli", "--workspace", str(path), "hub",
                    "overview", "--json"]
        bare = [sys.executable, "-c", "import sys"]
        whole(overview)  # warm the file cache
        pairs = [(whole(overview), whole(bare)) for _ in range(5)]
        first, again = studio_open(path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{time.strftime('%Y-%m-%d')} · {platform.machine()}, {os.cpu_count()} cores · "
          f"load {os.getloadavg()[0]:.2f} · {GROUPS} groups, {PEOPLE} people, {MODULES} "
          f"modules, {count} events")
    print("| measurement | median ms | max ms | target ms |\n| --- | ---: | ---: | ---: |")
    print(f"| `kiem hub overview --json`, whole process | "
          f"{statistics.median(p[0] for p in pairs):.0f} | {max(p[0] for p in pairs):.0f} | "
          f"< 300 |")
    print(f"| bare interpreter, same runs | {statistics.median(p[1] for p in pairs):.0f} | "
          f"{max(p[1] for p in pairs):.0f} | - |")
    print(f"| studio admin view, opened before the first background sync derived the states "
          f"(derives every group on the GUI thread) | {first:.0f} | - | < 300 |")
    print(f"| studio admin view, states held (after the first sync round, or opened again) | "
          f"{statistics.median(again):.0f} | "
          f"{max(again):.0f} | < 300 |")


if __name__ == "__main__":
    main()
