"""Fixtures of the studio's review tests: an office of people and their windows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool

from .office import Office


@pytest.fixture(autouse=True)
def _wait_for_jobs():
    yield
    assert QThreadPool.globalInstance().waitForDone(60_000)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "kiem.ini"), QSettings.Format.IniFormat)

@pytest.fixture
def office(qtbot, tmp_path, _template_workspace, settings) -> Iterator[Office]:
    office = Office(qtbot, tmp_path, _template_workspace, settings)
    yield office
    office.close()
