"""Fixtures of the review tests: people with their own workspaces sharing one group folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .people import Person, team


@pytest.fixture
def pair(tmp_path: Path, _template_workspace: Path) -> Iterator[tuple[Path, list[Person]]]:
    """Ann founds the group, Ben joins it."""
    folder, people = team(tmp_path, _template_workspace, "Ann", "Ben")
    yield folder, people
    for person in people:
        person.close()
