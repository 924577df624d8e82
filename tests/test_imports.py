"""Commands import what they use and nothing else (start-up time is what users feel).

Each command runs in a fresh interpreter on a real workspace; what it imported is compared
with what it must not need: heavy libraries, and the code of the other commands (the
registry imports a command's module only when it runs). `kiem --help` needs no database.
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
COMMAND_MODULES = {"app.cli_workspace", "app.cli_export", "app.cli_review", "app.cli_groups",
                   "app.cli_hub"}
PROBE = """
import contextlib, json, sys
from app.cli import main
with contextlib.suppress(SystemExit):
    main(sys.argv[1:])
sys.stdout.flush()
print("\\n" + json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def imported(*args: str) -> set[str]:
    """The modules a `kiem ARGS` run imported."""
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True,
                          cwd=REPO, timeout=120, check=False)
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


def packages(modules: set[str]) -> set[str]:
    """The top-level packages of the modules."""
    return {m.split(".")[0] for m in modules}


@pytest.fixture
def ws(workspace_path: Path, services) -> Path:  # noqa: ANN001 - the conftest fixture
    """A workspace with one module."""
    services.modules.create("Passwords")
    return workspace_path


@pytest.mark.parametrize(("command", "uses", "runs"), [
    (["list"], set(), "app.cli_workspace"),
    (["list", "--json"], set(), "app.cli_workspace"),
    (["show", "ID"], {"markdown_it"}, "app.cli_workspace"),  # words counted to say the minutes
    (["stale"], {"review"}, "app.cli_review"),
    (["sync"], {"review"}, "app.cli_groups"),
])
def test_reading_commands_import_nothing_heavy_nor_other_commands(
        ws: Path, services, command, uses, runs) -> None:
    (module,) = services.modules.list()
    args = [str(module.id) if a == "ID" else a for a in command]
    loaded = imported("--workspace", str(ws), *args)
    unused = packages(loaded) & {*HEAVY, "review", "export"} - uses
    assert unused == set(), f"kiem {' '.join(command)} imported {sorted(unused)}"
    others = loaded & COMMAND_MODULES - {runs}
    assert others == set(), f"kiem {' '.join(command)} imported {sorted(others)}"


@pytest.mark.parametrize("command", [["list"], ["sync"], ["sync", "--json"]])
def test_listing_or_syncing_without_a_group_needs_no_database_layer(ws: Path,
                                                                    command: list[str]) -> None:
    # An up-to-date workspace is read directly (authoring/quick_read.py); in no review group,
    # `kiem sync` has nothing to do.
    loaded = imported("--workspace", str(ws), *command)
    assert not packages(loaded) & {"sqlalchemy", "review", "export", *HEAVY}


@pytest.mark.parametrize("command", [["--help"], ["review", "--help"], ["hub", "user", "--help"]])
def test_help_imports_no_database_layer_and_no_command(command: list[str]) -> None:
    loaded = imported(*command)
    assert not packages(loaded) & {"sqlalchemy", "review", "export", *HEAVY}
    assert not loaded & COMMAND_MODULES


def test_export_imports_no_review_qt_hub_nor_pdf_for_the_web(ws: Path, services,
                                                             tmp_path: Path) -> None:
    (module,) = services.modules.list()
    loaded = imported("--workspace", str(ws), "export", str(module.id), "--format", "html",
                      "--out", str(tmp_path / "passwords.zip"), "--force")  # empty: errors
    assert (tmp_path / "passwords.zip").is_file()
    assert not packages(loaded) & {"review", "weasyprint", "PySide6", "psycopg", "keyring"}
    assert not loaded & COMMAND_MODULES - {"app.cli_export"}
