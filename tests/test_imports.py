"""Commands import what they use and nothing else (start-up time is what users feel).

Each command runs in a fresh interpreter on a real workspace; what it imported is compared
with what it must not need. `kiem --help` needs no database at all.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
HEAVY = ("PIL", "jinja2", "weasyprint", "PySide6", "markdown_it", "psycopg", "keyring",
         "jsonschema", "alembic")
PROBE = """
import contextlib, json, sys
from app.cli import main
with contextlib.suppress(SystemExit):
    main(sys.argv[1:])
sys.stdout.flush()
print("\\n" + json.dumps(sorted({m.split(".")[0] for m in sys.modules})), file=sys.stderr)
"""


def imported(*args: str) -> set[str]:
    """The top-level packages a `kiem ARGS` run imported."""
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True,
                          cwd=REPO, timeout=120, check=False)
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


@pytest.fixture
def ws(workspace_path: Path, services) -> Path:  # noqa: ANN001 - the conftest fixture
    """A workspace with one module."""
    services.modules.create("Passwords")
    return workspace_path


@pytest.mark.parametrize(("command", "uses"), [
    (["list"], set()), (["list", "--json"], set()), (["stale"], set()), (["sync"], set()),
    (["show", "ID"], {"markdown_it"}),  # it counts the words of the text to say the minutes
])
def test_reading_commands_import_nothing_heavy(ws: Path, services, command, uses) -> None:
    (module,) = services.modules.list()
    args = [str(module.id) if a == "ID" else a for a in command]
    heavy = imported("--workspace", str(ws), *args) & set(HEAVY) - uses
    assert heavy == set(), f"kiem {' '.join(command)} imported {sorted(heavy)}"


def test_help_imports_no_database_layer() -> None:
    loaded = imported("--help")
    assert not loaded & {"sqlalchemy", *HEAVY}
