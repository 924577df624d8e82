"""Fixtures for the command-line tests: people who run `kiem` in this process on their own files.

`team` is three people (Ann the lead, Ben, Cem) in one group sharing a folder, as the review
commands' tests and the kill -9 loop need them.
"""

from __future__ import annotations

import io
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.cli import main
from review.hub.admin import HubAdmin, Roles, init

PEOPLE = ("ann", "ben", "cem")


@dataclass
class Team:
    """Ann (the lead), Ben and Cem, each with a workspace, sharing `folder`."""

    folder: Path
    workspaces: dict[str, Path]
    capsys: pytest.CaptureFixture[str]

    def run(self, who: str, *args: str) -> tuple[int, str, str]:
        """Run `kiem --workspace <who's file> ARGS…`; return (exit status, stdout, stderr)."""
        status = main(["--workspace", str(self.workspaces[who]), *args])
        out, err = self.capsys.readouterr()
        return status, out, err

    def ok(self, who: str, *args: str) -> str:
        """Run a command that must succeed; return its output."""
        status, out, err = self.run(who, *args)
        assert status == 0, err
        assert err == "", err
        return out

    def json(self, who: str, *args: str) -> object:
        """Run a command with --json; return the parsed output."""
        return json.loads(self.ok(who, *args, "--json"))

    def refused(self, who: str, *args: str) -> str:
        """Run a command that must be refused in one line; return that line."""
        status, out, err = self.run(who, *args)
        assert status == 1, (out, err)
        assert "Traceback" not in out + err
        lines = err.strip().splitlines()
        assert len(lines) == 1, err
        assert lines[0].startswith("kiem: ") and "unexpected" not in lines[0]
        return lines[0]


def email(who: str) -> str:
    return f"{who}@example.com"


@pytest.fixture
def people(tmp_path: Path, _template_workspace: Path,
           capsys: pytest.CaptureFixture[str]) -> Team:
    """Three people who said who they are; nobody in a group yet."""
    workspaces = {}
    for who in PEOPLE:
        workspaces[who] = tmp_path / f"{who}.kiemdb"
        shutil.copyfile(_template_workspace, workspaces[who])
    team = Team(tmp_path / "shared" / "IT creators", workspaces, capsys)
    for who in PEOPLE:
        team.ok(who, "whoami", "--name", who.title(), "--email", email(who))
    return team


@pytest.fixture
def team(people: Team) -> Team:
    """The three in one group: Ann founded it, Ben and Cem joined and were confirmed."""
    people.ok("ann", "group", "create", "IT creators", "--folder", str(people.folder))
    for who in ("ben", "cem"):
        people.ok(who, "group", "join", str(people.folder))
        people.ok("ann", "group", "confirm", email(who))
        people.ok(who, "sync")
    return people


def hub_url(server, database: str, who: str, password: str | None = None) -> str:
    """Someone's login on the hub (with the password only when given)."""
    role = Roles(database).person(email(who))
    return server.url(role, password, database) if password else (
        f"postgresql://{role}@127.0.0.1:{server.port}/{database}")


def password(who: str) -> str:
    return f"{who}-hub-secret"


@pytest.fixture
def on_hub(team: Team, pg_server, hub_db: str, monkeypatch: pytest.MonkeyPatch) -> Team:
    """The team's group moved into a hub, everyone switched to it."""
    init(pg_server.url(database=hub_db), email("ann"), "Ann", password("ann"))
    admin_url = hub_url(pg_server, hub_db, "ann", password("ann"))
    for who in ("ben", "cem"):
        HubAdmin(admin_url).add_person(email(who), who.title(), password(who))
    out = team.ok("ann", "hub", "import-folder", str(team.folder), "--hub", admin_url)
    assert "moved into the hub" in out
    for who in PEOPLE:
        team.ok("ann", "hub", "group", "add", "IT creators", email(who), "--hub", admin_url)
    for who in PEOPLE:
        monkeypatch.setattr("sys.stdin", io.StringIO(password(who) + "\n"))
        out = team.ok(who, "hub", "connect", hub_url(pg_server, hub_db, who), "--password-stdin")
        assert "IT creators" in out and password(who) not in out
        out = team.ok(who, "hub", "switch", "IT creators", "--hub",
                      hub_url(pg_server, hub_db, who))
        assert "now syncs through the hub" in out
    team.hub = (pg_server, hub_db)  # type: ignore[attr-defined]
    return team
