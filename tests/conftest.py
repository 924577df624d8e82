"""Shared fixtures: every test gets its own folders, and a real SQLite workspace when it asks."""

from __future__ import annotations

import gc
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt reads this when the first QApplication is made; set it before any test can make one.
# (QtWebEngine's sandbox is left to the studio itself, as for a user: see app/gui/web_engine.py.)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from authoring.services import Services  # noqa: E402
from authoring.workspace import Workspace  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "resources" / "samples" / "phishing"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point settings, data, logs and the default workspace into the test's own folder."""
    home = tmp_path / "home"
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("KIEM_WORKSPACE", raising=False)


@pytest.fixture(scope="session")
def _template_workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A freshly created workspace file, made once per run and copied for each test."""
    path = tmp_path_factory.mktemp("template") / "template.kiemdb"
    Workspace.open(path).close()
    return path


@pytest.fixture
def workspace_path(tmp_path: Path, _template_workspace: Path) -> Path:
    """The path of a new, empty workspace file of the current schema."""
    path = tmp_path / "workspace.kiemdb"
    shutil.copyfile(_template_workspace, path)
    return path


@pytest.fixture
def workspace(workspace_path: Path) -> Iterator[Workspace]:
    """A real, open SQLite workspace in the test's folder."""
    ws = Workspace.open(workspace_path)
    yield ws
    ws.close()


@pytest.fixture
def services(workspace: Workspace) -> Services:
    """The services of the test's workspace."""
    return Services(workspace)


@pytest.fixture(scope="session", autouse=True)
def _qt_objects_go_before_the_application() -> Iterator[None]:
    """At the end of the run, delete what is left of Qt's windows while Qt still runs.

    Web pages that outlive the QApplication make QtWebEngine crash the process at exit
    ("Release of profile requested but WebEnginePage still not deleted"), after every test
    passed. Domain tests never make a QApplication, so this does nothing for them.
    """
    yield
    from PySide6.QtCore import QCoreApplication, QEvent  # noqa: PLC0415 - only when Qt ran
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """A real, throwaway PostgreSQL server for the hub's tests, started once per run."""
    from tests.pgserver import PgServer  # noqa: PLC0415 - only when a test asks

    server = PgServer.start(tmp_path_factory.mktemp("postgres"))
    yield server
    server.stop()


@pytest.fixture
def hub_db(pg_server: object) -> str:
    """The name of a fresh, empty database on the test server (one per test)."""
    return pg_server.new_database()  # type: ignore[attr-defined]
