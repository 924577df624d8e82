"""A folder group moves to the hub and its review goes on there, through the real commands.

Ann (lead, and the hub's admin), Ben and Cem review in a shared folder; Ann moves the group's
history into a real PostgreSQL hub; each switches with one command; a submission, a comment
and a verdict then travel through the hub only, and everyone derives the same state.
"""

from __future__ import annotations

import io
import uuid

import pytest

from authoring.workspace import Workspace
from review.hub.admin import HubAdmin
from review.hub.transport import HubTransport, event_name
from review.store import Store

from .conftest import PEOPLE, Team, email, hub_url, password

SAMPLE_DIR = "resources/samples/phishing"


def test_after_the_move_review_travels_through_the_hub_only(on_hub: Team, tmp_path) -> None:
    team = on_hub
    folder_files = sorted(p.name for p in team.folder.rglob("*"))
    team.ok("ann", "import", SAMPLE_DIR)
    (row,) = team.json("ann", "list")
    out = team.ok("ann", "review", "submit", row["id"][:8], "--reviewer", email("ben"))
    assert "version 1 to ben@example.com" in out and "not sent" not in out
    team.ok("ben", "sync")
    (request,) = team.json("ben", "review", "list", "--to-me")
    assert request["module"] == row["id"] and request["title"] == row["title"]
    team.ok("ben", "review", "comment", request["id"][:8], "Good module overall.")
    team.ok("ben", "review", "approve", request["id"][:8], "--note", "Ready")
    for who in PEOPLE:
        team.ok(who, "sync")
    shown = [team.json(who, "review", "show", request["id"][:8]) for who in PEOPLE]
    assert all(s == shown[0] for s in shown)  # the same state on every laptop
    assert shown[0]["state"] == "approved"
    assert sorted(p.name for p in team.folder.rglob("*")) == folder_files  # folder untouched
    groups = team.json("cem", "group", "list")
    assert groups[0]["folder"].startswith("postgresql://") and ":" not in groups[0][
        "folder"].split("@")[0].removeprefix("postgresql://")  # no password stored


def test_the_pull_cursor_never_skips_an_event_committed_late(on_hub: Team) -> None:
    server, database = on_hub.hub  # type: ignore[attr-defined]
    import psycopg  # noqa: PLC0415

    (group,) = on_hub.json("ben", "group", "list")
    group_id = uuid.UUID(group["id"])
    ben = hub_url(server, database, "ben", password("ben"))
    with Workspace.open(on_hub.workspaces["cem"]) as workspace:
        store = Store(workspace)
        cem = HubTransport(hub_url(server, database, "cem", password("cem")), group_id, store)
        cem.event_names()
        cem.settle()  # everything so far is read
        late, early = uuid.uuid4(), uuid.uuid4()
        with psycopg.connect(ben) as slow, psycopg.connect(ben, autocommit=True) as quick:
            slow.execute("INSERT INTO kiem.events (id, group_id, body) VALUES (%s, %s, 'x')",
                         (late, group_id))  # begun first, committed last
            quick.execute("INSERT INTO kiem.events (id, group_id, body) VALUES (%s, %s, 'y')",
                          (early, group_id))
            first = cem.event_names()
            cem.settle()
            slow.commit()
        second = cem.event_names()
        cem.settle()
        third = cem.event_names()
        cem.close()
    assert event_name(early) in first and event_name(late) not in first
    assert event_name(late) in second
    assert event_name(early) not in third and event_name(late) not in third


def test_an_event_forged_by_a_member_is_set_aside_by_every_reader(on_hub: Team) -> None:
    server, database = on_hub.hub  # type: ignore[attr-defined]
    import json  # noqa: PLC0415

    import psycopg  # noqa: PLC0415

    (group,) = on_hub.json("ben", "group", "list")
    group_id = uuid.UUID(group["id"])
    with psycopg.connect(hub_url(server, database, "ben", password("ben")),
                         autocommit=True) as conn:
        body = bytes(conn.execute("SELECT body FROM kiem.events WHERE group_id = %s "
                                  "AND id <> %s LIMIT 1", (group_id, group_id)).fetchone()[0])
        forged = json.loads(body)
        forged["id"] = str(uuid.uuid4())
        forged["actor"] = email("ann")  # Ben claims Ann said it; his key cannot sign as hers
        conn.execute("INSERT INTO kiem.events (id, group_id, body) VALUES (%s, %s, %s)",
                     (uuid.UUID(forged["id"]), group_id, json.dumps(forged).encode()))
    reports = on_hub.json("cem", "sync")
    skipped = [s for s in reports[0]["skipped"] if forged["id"] in s["file"]]
    assert skipped and reports[0]["received"] == 0


def test_a_group_born_on_the_hub_is_founded_joined_and_confirmed(on_hub: Team) -> None:
    team = on_hub
    server, database = team.hub  # type: ignore[attr-defined]
    admin = hub_url(server, database, "ann", password("ann"))
    team.ok("ann", "hub", "group", "create", "Payroll", "--hub", admin)
    for who in ("ann", "cem"):
        team.ok("ann", "hub", "group", "add", "Payroll", email(who), "--hub", admin)
    assert "no group “Payroll”" in team.refused("ben", "hub", "join", "Payroll", "--hub",
                                                hub_url(server, database, "ben"))
    out = team.ok("ann", "hub", "found", "Payroll", "--hub", hub_url(server, database, "ann"))
    assert "you are its lead" in out
    assert "founded already" in team.refused("cem", "hub", "found", "Payroll", "--hub",
                                             hub_url(server, database, "cem"))
    out = team.ok("cem", "hub", "join", "Payroll", "--hub", hub_url(server, database, "cem"))
    assert "a lead confirms you" in out
    team.ok("ann", "sync")
    team.ok("ann", "group", "confirm", email("cem"), "--group", "Payroll")
    team.ok("cem", "sync")
    members = team.json("cem", "group", "members", "--group", "Payroll")
    assert {m["email"]: m["confirmed"] for m in members} == {email("ann"): True,
                                                            email("cem"): True}


def test_events_signed_with_a_revoked_key_are_no_longer_taken(on_hub: Team) -> None:
    team = on_hub
    server, database = team.hub  # type: ignore[attr-defined]
    team.ok("ann", "import", SAMPLE_DIR)
    (row,) = team.json("ann", "list")
    team.ok("ann", "review", "submit", row["id"][:8], "--reviewer", email("ben"))
    team.ok("ben", "sync")
    (request,) = team.json("ben", "review", "list", "--to-me")
    whoami = team.ok("ben", "whoami")  # Ben's laptop is stolen: revoke the key it holds
    key = whoami.split("key:", 1)[1].split("(")[0].strip()
    team.ok("ann", "hub", "revoke", key, "--reason", "laptop stolen", "--hub",
            hub_url(server, database, "ann", password("ann")))
    team.ok("ben", "review", "approve", request["id"][:8], "--note", "Signed by the thief")
    reports = team.json("cem", "sync")
    assert [s["reason"] for s in reports[0]["skipped"]] == [
        "signed with a revoked key (laptop stolen)"]
    assert team.json("cem", "review", "show", request["id"][:8])["state"] == "in_review"


def test_an_admin_follows_every_group_without_joining_and_sees_what_waits(
        on_hub: Team, tmp_path, _template_workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil  # noqa: PLC0415

    team = on_hub
    server, database = team.hub  # type: ignore[attr-defined]
    admin = hub_url(server, database, "ann", password("ann"))
    HubAdmin(admin).add_person(email("zed"), "Zed", password("zed"), admin=True)
    team.workspaces["zed"] = tmp_path / "zed.kiemdb"
    shutil.copyfile(_template_workspace, team.workspaces["zed"])
    team.ok("zed", "whoami", "--name", "Zed", "--email", email("zed"))
    team.ok("ann", "import", SAMPLE_DIR)
    (row,) = team.json("ann", "list")
    team.ok("ann", "review", "submit", row["id"][:8], "--reviewer", email("ben"))
    team.ok("ben", "sync")
    (request,) = team.json("ben", "review", "list", "--to-me")
    team.ok("ben", "review", "approve", request["id"][:8], "--note", "Fine")
    monkeypatch.setattr("sys.stdin", io.StringIO(password("zed") + "\n"))
    team.ok("zed", "hub", "connect", hub_url(server, database, "zed"), "--password-stdin")
    out = team.ok("zed", "hub", "follow", "--hub", hub_url(server, database, "zed"))
    assert "now following 1 more group(s): “IT creators”" in out
    (group,) = team.json("zed", "hub", "overview")
    assert group["name"] == "IT creators" and group["members"] == 3
    assert [(a["title"], a["version"]) for a in group["approved"]] == [(row["title"], 1)]
    assert "1 approved waiting for export" in team.ok("zed", "hub", "overview")
    batch = tmp_path / "batch"
    out = team.ok("zed", "export", "--all-approved", "--format", "html", "--out", str(batch))
    assert [p.name for p in batch.iterdir()] == ["spot-and-report-a-phishing-email-v1-html.zip"]
    assert "v1" in out
    assert "or --all-approved" in team.refused("zed", "export", "--format", "html", "--out",
                                               str(batch))
    assert team.json("zed", "group", "members", "--group", "IT creators")  # read, not joined
    assert email("zed") not in {m["email"] for m in team.json(
        "ann", "group", "members", "--group", "IT creators")}


def test_a_creator_finds_a_published_module_in_the_catalogue_and_reuses_it(
        on_hub: Team, tmp_path) -> None:
    team = on_hub
    team.ok("ann", "import", SAMPLE_DIR)
    (row,) = team.json("ann", "list")
    module = row["id"]
    team.ok("ann", "review", "submit", module[:8], "--reviewer", email("ben"))
    team.ok("ben", "sync")
    (request,) = team.json("ben", "review", "list", "--to-me")
    team.ok("ben", "review", "approve", request["id"][:8])
    team.ok("ann", "group", "role", email("cem"), "admin")
    team.ok("cem", "sync")
    team.ok("cem", "export", module, "--approved", "--format", "html", "--out",
            str(tmp_path / "web"))
    team.ok("cem", "publish", module)
    team.ok("ben", "sync")
    assert team.json("ben", "hub", "catalogue", "phishing") == [{
        "module": module, "title": row["title"], "group": "IT creators", "version": 1,
        "author": email("ann"), "published": team.json("ben", "hub", "catalogue")[0][
            "published"]}]
    assert "No published module matches" in team.ok("ben", "hub", "catalogue", "payroll")
    assert team.json("ben", "list") == []
    out = team.ok("ben", "hub", "reuse", module[:8])
    assert f"“{row['title']} (copy)”" in out
    (copy,) = team.json("ben", "list")
    assert copy["status"] == "draft" and copy["pages"] == row["pages"]


def test_a_second_laptop_of_the_same_person_joins_with_its_own_key(
        on_hub: Team, tmp_path, _template_workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil  # noqa: PLC0415

    team = on_hub
    server, database = team.hub  # type: ignore[attr-defined]
    team.workspaces["ben2"] = tmp_path / "ben-laptop-2.kiemdb"
    shutil.copyfile(_template_workspace, team.workspaces["ben2"])
    team.ok("ben2", "whoami", "--name", "Ben", "--email", email("ben"))
    monkeypatch.setattr("sys.stdin", io.StringIO(password("ben") + "\n"))
    team.ok("ben2", "hub", "connect", hub_url(server, database, "ben"), "--password-stdin")
    out = team.ok("ben2", "hub", "join", "IT creators", "--hub", hub_url(server, database, "ben"))
    assert "a lead confirms you" in out
    key = out.split("fingerprint:", 1)[1].strip()
    team.ok("ann", "sync")
    team.ok("ann", "group", "confirm", email("ben"), "--key", key)
    team.ok("ben2", "sync")
    team.ok("ben2", "group", "away", "--group", "IT creators")  # from the second laptop
    team.ok("ben", "sync")
    for who in ("cem", "ben"):  # everyone, the first laptop too, takes it as Ben's
        team.ok(who, "sync")
        members = {m["email"]: m for m in team.json(who, "group", "members")}
        assert members[email("ben")]["away"] is True
