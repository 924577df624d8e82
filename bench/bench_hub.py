"""Hub benchmarks on a real, throwaway PostgreSQL server: whole `kiem sync` processes.

The group of bench_review.py (200 members, 500 modules, 20,000 events) is moved into a hub
with `import-folder`; a member joins from a fresh workspace (the first full sync); then:
sync with nothing new (in process, and the whole `kiem sync` process beside a bare
interpreter, alternating), and a laptop back from a week offline with 1,000 events to send
and 5,000 to receive (the whole process, three times each from the same snapshot of hub and
workspace): once with theirs all after mine in causal order, once interleaved as in life.

Run: `.venv/bin/python bench/bench_hub.py` (about two minutes; needs Debian's postgresql,
which `scripts/setup.sh --tests` installs). Record the result in bench/RESULTS.md.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "bench"), str(REPO / "tests")]

import bench_review  # noqa: E402
import psycopg  # noqa: E402
from pgserver import PgServer  # noqa: E402

from authoring.services import Services  # noqa: E402
from authoring.workspace import Workspace  # noqa: E402
from review.events import Kind, make_event  # noqa: E402
from review.hub.admin import HubAdmin, Roles, init  # noqa: E402
from review.hub.connection import keep_password  # noqa: E402
from review.hub.moving import import_folder  # noqa: E402
from review.service import ReviewService  # noqa: E402
from review.store import OUTBOX  # noqa: E402

ME, ADMIN = "me@example.com", "admin@example.com"


def whole(args: list[str], env: dict[str, str]) -> float:
    """Run a process to its end; return milliseconds."""
    begin = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, env=env, cwd=REPO)
    return (time.perf_counter() - begin) * 1000


def week_offline(writer: bench_review.Writer, review: ReviewService, url: str,
                 group: object, *, interleaved: bool) -> None:
    """1,000 of my events wait in my outbox; others put 5,000 on the hub meanwhile.

    `interleaved`: as in life, both sides' clocks start from what everyone had seen before
    the week, so mine and theirs interleave in causal order (what I hold must be derived
    again); otherwise theirs all come after mine (what I hold only grows).
    """
    others = [e for e in writer.keys if e != ME][:50]
    at = dt.datetime.now(dt.UTC)
    writer.clock = base = max(writer.clock, review.state(group).clock)  # all had seen
    mine = []
    for n in range(1000):
        writer.clock += 1
        mine.append(make_event(writer.keys[ME], group=group, kind=Kind.MEMBER_AWAY, actor=ME,
                               clock=base + 1 + n * 5 if interleaved else writer.clock,
                               payload={"email": ME, "away": n % 2 == 0},
                               at=at + dt.timedelta(seconds=n)))
    review.store.add(mine, OUTBOX)
    rows = []
    for n in range(5000):
        writer.clock += 1
        who = others[n % len(others)]
        event = make_event(writer.keys[who], group=group, kind=Kind.MEMBER_AWAY, actor=who,
                           clock=base + 1 + n if interleaved else writer.clock,
                           payload={"email": who, "away": n % 2 == 0},
                           at=at + dt.timedelta(seconds=n))
        rows.append((event.id, group, event.to_json()))
    with psycopg.connect(url) as conn, conn.cursor() as cur:
        cur.executemany("INSERT INTO kiem.events (id, group_id, body) VALUES (%s, %s, %s)", rows)


class Snapshot:
    """The hub's database and my workspace as they are now, to go back to between runs."""

    def __init__(self, server: PgServer, database: str, path: Path) -> None:
        self.server, self.database, self.path = server, database, path
        self.copy = path.with_suffix(".snapshot")
        with psycopg.connect(server.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{database}_snap" TEMPLATE "{database}"')
        with sqlite3.connect(path) as source, sqlite3.connect(self.copy) as target:
            source.backup(target)  # with whatever the write-ahead log holds

    def restore(self) -> None:
        """Back to the snapshot (the server's sessions on the database are ended first)."""
        with psycopg.connect(self.server.url(), autocommit=True) as conn:
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                         "datname = %s AND pid <> pg_backend_pid()", (self.database,))
            conn.execute(f'DROP DATABASE "{self.database}"')
            conn.execute(f'CREATE DATABASE "{self.database}" TEMPLATE "{self.database}_snap"')
        for suffix in ("-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(self.copy, self.path)


def main() -> None:
    """Set up the server, the hub and a member; measure; print Markdown rows."""
    tmp = Path(tempfile.mkdtemp(prefix="kiem-bench-hub-"))
    server = PgServer.start(tmp / "pg")
    env = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
           "PYTHONPATH": str(REPO), "XDG_CONFIG_HOME": str(tmp / "config")}  # .pyc as installed
    os.environ["XDG_CONFIG_HOME"] = env["XDG_CONFIG_HOME"]
    try:
        database = server.new_database()
        roles = Roles(database)
        init(server.url(database=database), ADMIN, "Admin", "admin-secret")
        admin_url = server.url(roles.person(ADMIN), "admin-secret", database)
        HubAdmin(admin_url).add_person(ME, "Me", "me-secret-1")
        path = tmp / "me.kiemdb"
        with Workspace.open(path) as ws:
            review = ReviewService(Services(ws))
            me = review.set_me("Me", ME)
            writer = bench_review.build(tmp / "group", me.email, me.key)
            begin = time.perf_counter()
            moved = import_folder(admin_url, tmp / "group")
            imported = time.perf_counter() - begin
            HubAdmin(admin_url).set_member("Bench group", ME)
            my_url = f"postgresql://{roles.person(ME)}@127.0.0.1:{server.port}/{database}"
            keep_password(my_url, "me-secret-1")
            begin = time.perf_counter()
            review.join_hub_group(my_url, writer.group)
            first = time.perf_counter() - begin
            nothing = [bench_review.timed(review.sync) for _ in range(7)]
        sync = [sys.executable, "-m", "app.cli", "--workspace", str(path), "sync"]
        bare = [sys.executable, "-c", "import sys"]
        whole(sync, env)  # compiles what a sync imports (as an installed Kiem has it)
        pairs = [(whole(sync, env), whole(bare, env)) for _ in range(5)]
        keep = Snapshot(server, database, path)
        week = {}
        for interleaved in (False, True):
            week[interleaved] = []
            for _ in range(3):
                keep.restore()
                with Workspace.open(path) as ws:
                    week_offline(writer, ReviewService(Services(ws)), admin_url, writer.group,
                                 interleaved=interleaved)
                time.sleep(1)  # the server settles after the bulk insert
                week[interleaved].append(whole(sync, env))
                with Workspace.open(path) as ws:
                    review = ReviewService(Services(ws))
                    assert not review.store.in_state(writer.group, OUTBOX), "all sent"
                    assert len(review.store.events(writer.group)[0]) >= writer.count + 6000
    finally:
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{time.strftime('%Y-%m-%d')} · {platform.machine()}, {os.cpu_count()} cores · "
          f"load {os.getloadavg()[0]:.2f} · PostgreSQL from Debian · {writer.count} events, "
          f"{moved.files} files")
    print("| measurement | median ms | max ms | target ms |\n| --- | ---: | ---: | ---: |")
    print(f"| import-folder of the whole history (once) | {imported * 1000:.0f} | - | - |")
    print(f"| first full sync of a member who joins (once) | {first * 1000:.0f} | - | - |")
    print(f"| sync with nothing new, in process | {statistics.median(nothing):.0f} | "
          f"{max(nothing):.0f} | < 100 |")
    print(f"| `kiem sync` with nothing new, whole process | "
          f"{statistics.median(p[0] for p in pairs):.0f} | {max(p[0] for p in pairs):.0f} | "
          f"< 500 |")
    print(f"| bare interpreter, same runs | {statistics.median(p[1] for p in pairs):.0f} | "
          f"{max(p[1] for p in pairs):.0f} | - |")
    for interleaved, label in ((False, "theirs after mine"), (True, "interleaved")):
        times = week[interleaved]
        print(f"| `kiem sync` after a week offline: send 1,000, receive 5,000 ({label}) | "
              f"{statistics.median(times):.0f} | {max(times):.0f} | < 2,000 |")


if __name__ == "__main__":
    main()
