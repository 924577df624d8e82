"""Fixtures for the authoring tests."""

from __future__ import annotations

import uuid

import pytest

from authoring.blocks import TextData
from authoring.kinds import BlockKind
from authoring.services import Services

from .checking import add_block, add_page, new_module


@pytest.fixture
def module_id(services: Services) -> uuid.UUID:
    """A module with one page of text: clean, so each test adds exactly one problem."""
    module_id = new_module(services)
    page_id = add_page(services, module_id)
    add_block(services, page_id, BlockKind.TEXT, TextData("Use a long passphrase."))
    return module_id
