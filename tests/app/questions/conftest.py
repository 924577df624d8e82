"""Fixtures for the question editor tests: a studio, a module with a page, finished jobs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from app.gui.studio import Studio


@pytest.fixture(autouse=True)
def _wait_for_jobs():
    yield
    assert QThreadPool.globalInstance().waitForDone(60_000)


@pytest.fixture
def studio(qtbot, services) -> Studio:
    return Studio(services)


@pytest.fixture
def page(studio: Studio):
    """A module with one page, made as a creator would; returns (module id, page id)."""
    services = studio.services
    module = services.modules.create("Spot a phishing email").id
    page_id = services.pages.add(module, "Final quiz").id
    return module, page_id


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where screenshots go: $KIEM_SCREENSHOTS when set (to look at them), else tmp."""
    folder = Path(os.environ.get("KIEM_SCREENSHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder
