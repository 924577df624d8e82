"""Fixtures for the authoring tests."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from authoring.blocks import TextData
from authoring.kinds import BlockKind
from authoring.services import Services
from authoring.workspace import Workspace

from .bundle_files import SAMPLE, members_of
from .checking import add_block, add_page, new_module


@pytest.fixture
def module_id(services: Services) -> uuid.UUID:
    """A module with one page of text: clean, so each test adds exactly one problem."""
    module_id = new_module(services)
    page_id = add_page(services, module_id)
    add_block(services, page_id, BlockKind.TEXT, TextData("Use a long passphrase."))
    return module_id


@pytest.fixture
def sample_id(services: Services) -> uuid.UUID:
    changes = services.transfer.import_folder(SAMPLE)
    assert changes.id is not None
    return changes.id


@pytest.fixture
def bundle(services: Services, sample_id: uuid.UUID, tmp_path: Path) -> Path:
    return services.transfer.export_bundle(sample_id, tmp_path / "sample.kiem")


@pytest.fixture
def members(bundle: Path) -> dict[str, bytes]:
    return members_of(bundle)


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Services]:
    """A second, fresh workspace, as on a colleague's computer."""
    ws = Workspace.open(tmp_path / "other.kiemdb")
    yield Services(ws)
    ws.close()
