"""`kiem sync` with nothing to do on a hub answers without the database layer, as the full path.

Cem's workspace is copied; one copy is synced by `review.hub.quick`, the other by the review
service, against the same real hub; the reports and the rows they write must be the same
(`synced_at` is the clock's, the cursor the hub's snapshot's). Whatever the quick path cannot
vouch for (something came, something waits, something to read again, a folder group, a busy
workspace) it leaves to the full path, having written nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest

from authoring.services import Services
from authoring.workspace import Workspace
from review.hub.quick import quick_sync
from review.service import ReviewService

from .conftest import Team, email, hub_url, password

SAMPLE_DIR = "resources/samples/phishing"
NOW = dt.datetime.now(dt.UTC) + dt.timedelta(days=3)  # the quick path's clock, injected
REPO = Path(__file__).resolve().parents[2]


def full_sync(path: Path) -> list[dict]:
    with Workspace.open(path) as workspace:
        return [r.to_dict() for r in ReviewService(Services(workspace)).sync()]


def rows(path: Path) -> dict[str, list[tuple]]:
    """What a sync writes: the groups' outcome and the records of what was read."""
    with sqlite3.connect(path) as conn:
        return {"groups": conn.execute("SELECT id, name, sync_problem FROM review_groups "
                                       "ORDER BY id").fetchall(),
                "seen": conn.execute("SELECT group_id, name, size, outcome FROM review_seen "
                                     "ORDER BY group_id, name").fetchall(),
                "synced": conn.execute("SELECT synced_at FROM review_groups").fetchall()}


def xmin(team: Team) -> int:
    server, database = team.hub  # type: ignore[attr-defined]
    with psycopg.connect(server.url(database=database)) as conn:
        return int(conn.execute("SELECT pg_snapshot_xmin(pg_current_snapshot())::text")
                   .fetchone()[0])


@pytest.fixture
def twins(on_hub: Team, tmp_path: Path) -> tuple[Path, Path]:
    """Cem's workspace, synced once, and an exact copy of it."""
    on_hub.ok("cem", "sync")
    one = on_hub.workspaces["cem"]
    with sqlite3.connect(one) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    two = tmp_path / "cem-twin.kiemdb"
    shutil.copyfile(one, two)
    return one, two


def test_nothing_new_gives_the_full_paths_report_and_rows(on_hub: Team, twins) -> None:
    quick, full = twins
    before = xmin(on_hub)
    reports = quick_sync(quick, now=lambda: NOW)
    assert reports is not None
    assert [r.to_dict() for r in reports] == full_sync(full)
    after = xmin(on_hub)
    a, b = rows(quick), rows(full)
    assert a["groups"] == b["groups"] and a["groups"][0][2] == ""
    assert a["synced"] == [(NOW.strftime("%Y-%m-%d %H:%M:%S.%f"),)]  # as SQLAlchemy writes
    assert dt.datetime.strptime(b["synced"][0][0], "%Y-%m-%d %H:%M:%S.%f")  # (the full path)
    cursors = [[r for r in x["seen"] if r[1] == "hub:cursor"] for x in (a, b)]
    assert all(before <= c[0][2] <= after for c in cursors)  # the snapshot's xmin, both ways
    assert [r for r in a["seen"] if r[1] != "hub:cursor"] == [
        r for r in b["seen"] if r[1] != "hub:cursor"]
    # The switch to the hub dropped the records of the folder's files; a hub group keeps its
    # cursor and what went wrong, not every event read.
    assert all(r[1] == "hub:cursor" or r[1].startswith("versions/") for r in a["seen"])


def test_what_came_waits_or_is_to_be_read_again_takes_the_full_path(on_hub: Team,
                                                                     twins) -> None:
    quick, _ = twins
    untouched = rows(quick)
    on_hub.ok("ann", "import", SAMPLE_DIR)
    (row,) = on_hub.json("ann", "list")
    on_hub.ok("ann", "review", "submit", row["id"][:8], "--reviewer", email("cem"))
    assert quick_sync(quick) is None  # an event came
    assert rows(quick) == untouched
    on_hub.ok("cem", "sync")
    assert quick_sync(on_hub.workspaces["cem"]) is not None  # taken in: nothing new again
    with sqlite3.connect(on_hub.workspaces["cem"]) as conn:
        conn.execute("UPDATE review_events SET state = 'outbox' WHERE rowid = "
                     "(SELECT max(rowid) FROM review_events)")
    assert quick_sync(on_hub.workspaces["cem"]) is None  # something waits to be sent
    with sqlite3.connect(on_hub.workspaces["cem"]) as conn:
        conn.execute("UPDATE review_events SET state = 'shared'")
        conn.execute("INSERT INTO review_seen VALUES ((SELECT id FROM review_groups), "
                     "'hub/0.json', 10, 'retry: not complete JSON')")
    assert quick_sync(on_hub.workspaces["cem"]) is None  # something to read again


def test_what_can_never_be_read_again_stops_holding_the_quick_path_back(on_hub: Team,
                                                                        twins) -> None:
    quick, _ = twins
    with sqlite3.connect(quick) as conn:
        group = conn.execute("SELECT id FROM review_groups").fetchone()[0]
        conn.execute("INSERT INTO review_seen VALUES (?, 'events/2026-11/x.json', 10, "
                     "'retry: not complete JSON')", (group,))  # left from its folder days
    assert quick_sync(quick) is not None  # a hub never reads folder files
    with sqlite3.connect(quick) as conn:
        conn.execute("INSERT INTO review_seen VALUES (?, ?, 10, 'retry: not complete JSON')",
                     (group, f"hub/{uuid.uuid4()}.json"))  # no longer on the hub
    assert quick_sync(quick) is None
    assert full_sync(quick)[0]["ok"]  # the full sync settles it, without a word
    assert quick_sync(quick) is not None


def test_a_folder_group_takes_the_full_path(team: Team) -> None:
    team.ok("cem", "sync")
    assert quick_sync(team.workspaces["cem"]) is None


def test_a_hub_that_cannot_be_reached_is_reported_as_the_full_path_does(on_hub: Team,
                                                                        twins) -> None:
    server, database = on_hub.hub  # type: ignore[attr-defined]
    closed = f"postgresql://nobody@127.0.0.1:1/{database}"
    for path in twins:
        with sqlite3.connect(path) as conn:
            conn.execute("UPDATE review_groups SET folder = ?", (closed,))
    quick, full = twins
    reports = quick_sync(quick)
    assert reports is not None and "cannot be reached" in reports[0].unreachable
    assert [r.to_dict() for r in reports] == full_sync(full)
    assert rows(quick) == rows(full)


def test_a_member_taken_out_of_the_group_is_told_so_as_by_the_full_path(on_hub: Team,
                                                                        twins) -> None:
    server, database = on_hub.hub  # type: ignore[attr-defined]
    admin = hub_url(server, database, "ann", password("ann"))
    on_hub.ok("ann", "hub", "group", "remove", "IT creators", email("cem"), "--hub", admin)
    quick, full = twins
    reports = quick_sync(quick)
    assert reports is not None and "shows no group" in reports[0].unreachable
    assert [r.to_dict() for r in reports] == full_sync(full)
    assert rows(quick) == rows(full)


def test_kiem_sync_with_nothing_new_loads_no_database_layer(on_hub: Team) -> None:
    on_hub.ok("cem", "sync")
    probe = ("import json, sys; from app.cli import main; status = main(sys.argv[1:]); "
             "print(json.dumps(sorted(sys.modules)), file=sys.stderr); sys.exit(status)")
    done = subprocess.run([sys.executable, "-c", probe, "--workspace",
                           str(on_hub.workspaces["cem"]), "sync"], capture_output=True,
                          text=True, cwd=REPO, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "IT creators: sent 0, received 0\n"
    loaded = set(json.loads(done.stderr.strip().splitlines()[-1]))
    assert not {m.split(".")[0] for m in loaded} & {"sqlalchemy", "alembic", "cryptography"}
    assert "review.store" not in loaded and "psycopg" in loaded
