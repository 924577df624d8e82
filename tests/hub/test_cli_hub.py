"""`kiem hub …` as an admin types it: real processes against the real test server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from review.hub.admin import Roles
from tests.pgserver import PgServer

REPO = Path(__file__).resolve().parents[2]


def kiem(*args: str, stdin: str = "", env: dict[str, str] | None = None,
         ) -> subprocess.CompletedProcess[str]:
    """Run the real `kiem` command."""
    full = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    return subprocess.run([sys.executable, "-m", "app.cli", *args], input=stdin, text=True,
                          capture_output=True, env=full, timeout=120, check=False)


def test_an_admin_sets_up_a_hub_and_its_groups_from_the_command_line(
        pg_server: PgServer, hub_db: str) -> None:
    done = kiem("hub", "init", pg_server.url(database=hub_db), "--email", "ann@example.org",
                "--name", "Ann", "--password-stdin", stdin="ann-secret-1\n")
    assert done.returncode == 0, done.stderr
    admin_role = Roles(hub_db).person("ann@example.org")
    assert admin_role in done.stdout
    assert pg_server.password not in done.stdout + done.stderr
    # The admin logs in as themselves; the password comes from PGPASSWORD, as libpq reads it.
    env = {"KIEM_HUB": f"postgresql://{admin_role}@127.0.0.1:{pg_server.port}/{hub_db}",
           "PGPASSWORD": "ann-secret-1"}
    for args, stdin in ((("user", "add", "ben@example.org", "--name", "Ben",
                          "--password-stdin"), "ben-secret-2\n"),
                        (("group", "create", "Help desk"), ""),
                        (("group", "add", "Help desk", "ben@example.org", "--lead"), "")):
        step = kiem("hub", *args, stdin=stdin, env=env)
        assert step.returncode == 0, (args, step.stderr)
    listed = kiem("hub", "groups", "--json", env=env)
    assert json.loads(listed.stdout)[0]["members"] == [
        {"email": "ben@example.org", "name": "Ben", "lead": True}]
    table = kiem("hub", "groups", env=env).stdout
    assert "Help desk" in table and "ben@example.org (lead)" in table


def test_refusals_are_one_plain_line(pg_server: PgServer, hub_db: str) -> None:
    kiem("hub", "init", pg_server.url(database=hub_db), "--email", "ann@example.org",
         "--name", "Ann", "--password-stdin", stdin="ann-secret-1\n")
    ben = Roles(hub_db).person("ben@example.org")
    cases = [
        (("hub", "groups"), {}, 1, "which hub?"),
        (("hub", "groups", "--hub", f"postgresql://{ben}:nope@127.0.0.1:{pg_server.port}/"
          f"{hub_db}"), {}, 1, "did not accept the user name or password"),
        (("hub", "groups", "--hub", f"postgresql://x:y@127.0.0.1:1/{hub_db}"), {}, 1,
         "cannot be reached now"),
        (("hub", "init", pg_server.url(database=hub_db), "--email", "x@example.org", "--name",
          "X", "--password-stdin"), {}, 1, "already a Kiem hub"),
    ]
    for args, env, status, words in cases:
        done = kiem(*args, stdin="long-enough-pw\n", env=env)
        assert done.returncode == status, (args, done.stderr)
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and words in lines[0], (args, done.stderr)
        assert "Traceback" not in done.stderr and "psycopg" not in done.stderr
