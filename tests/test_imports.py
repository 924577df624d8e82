"""Commands import what they use and nothing else (start-up time is what users feel).

Each command runs in a fresh interpreter on a real workspace; what it imported is compared
with what it must not need: heavy libraries, and the code of the other commands (the
registry imports a command's module only when it runs). `kiem --help` needs no database.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
HEAVY = ("PIL", "jinja2", "weasyprint", "PySide6", "markdown_it", "psycopg", "keyring",
         "jsonschema", "alembic")
COMMAND_MODULES = {"app.cli_workspace", "app.cli_export", "app.cli_review", "app.cli_groups",
                   "app.cli_hub"}
QUICK_SYNC = {"review.report", "review.hub", "review.hub.quick", "review.hub.connection"}
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
    assert not packages(loaded) & {"sqlalchemy", "export", *HEAVY}
    assert {m for m in loaded if m.startswith("review.")} <= QUICK_SYNC


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


STUDIO_PROBE = """
import json, os, sys
os.environ["KIEM_STARTUP_MARK"] = os.devnull
from app.gui import startup
seen = {}
mark = startup.mark

def watched(moment):
    mark(moment)
    seen[moment] = sorted(sys.modules)
    if moment == "ready":
        from PySide6.QtWidgets import QApplication
        QApplication.exit(0)

startup.mark = watched
from app.cli import main
main(["--workspace", sys.argv[1]])
print("\\n" + json.dumps(seen), file=sys.stderr)
"""
LATER_SCREENS = ("PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineCore", "weasyprint", "jinja2",
                 "markdown_it", "PIL", "review.service", "export.exporter",
                 "app.gui.editor.module_editor", "app.gui.editor.preview", "app.gui.export_dialog")


def test_the_studio_window_shows_before_the_database_and_later_screens_load(
        ws: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-c", STUDIO_PROBE, str(ws)], capture_output=True,
                          text=True, cwd=REPO, env=env, timeout=120, check=False)
    seen = {moment: set(modules)
            for moment, modules in json.loads(done.stderr.strip().splitlines()[-1]).items()}
    shown, ready = seen["shown"], seen["ready"]
    early = packages(shown) & {"sqlalchemy", "review", "export", *HEAVY} - {"PySide6"}
    assert early == set(), f"imported before the window showed: {sorted(early)}"
    assert "authoring.workspace" not in shown
    assert {"sqlalchemy", "app.gui.library_view"} <= ready  # the library is in the window
    later = {m for m in ready if m.startswith(LATER_SCREENS)}
    assert later == set(), f"imported before the library showed: {sorted(later)}"
