"""Fixtures for the module editor: a studio on a real workspace and a shown editor."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from app.gui.editor.module_editor import ModuleEditor
from app.gui.studio import Studio

SAMPLE = Path(__file__).resolve().parents[3] / "resources" / "samples" / "phishing"


@pytest.fixture
def studio(services) -> Studio:
    """The studio controller of the test's workspace; refused edits fail the test."""
    studio = Studio(services)
    studio.messages = []
    studio.failed.connect(studio.messages.append)
    return studio


@pytest.fixture
def editor(qtbot, studio) -> ModuleEditor:
    """A shown module editor at the size of a laptop screen."""
    editor = ModuleEditor(studio)
    qtbot.addWidget(editor)
    editor.resize(1280, 800)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    return editor


def make_module(studio: Studio, *titles: str) -> tuple[uuid.UUID, list[uuid.UUID]]:
    """Make a module with pages of these titles, through the studio; return the ids."""
    services = studio.services
    module = studio.do("New module", lambda: services.modules.create("Passwords")).id
    pages = [studio.do("Add page", lambda t=t: services.pages.add(module, t)).id for t in titles]
    return module, pages


def titles(studio: Studio, module_id: uuid.UUID) -> list[str]:
    """The module's page titles as stored."""
    return [p.title for p in studio.services.modules.snapshot(module_id).pages]


def outline_titles(editor: ModuleEditor) -> list[str]:
    """The page titles the outline shows."""
    model = editor.outline.model
    return [model.index(r).data() for r in range(model.rowCount())]
