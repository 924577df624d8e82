"""Fixtures for export tests: the sample module as a snapshot with its files."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

from authoring.services import Services
from authoring.snapshot import ModuleSnap

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "phishing"
XSD = Path(__file__).resolve().parents[3] / "shared" / "scorm-xsd"


@dataclass(frozen=True)
class Sample:
    """A module snapshot and the bytes of its files, as the app hands them to an exporter."""

    snap: ModuleSnap
    blobs: Mapping[str, bytes]


def snapshot_with_files(services: Services, module_id: object) -> Sample:
    """Return a module's snapshot and its files' bytes."""
    snap = services.modules.snapshot(module_id)  # type: ignore[arg-type]
    return Sample(snap, {a.sha256: services.assets.data(a.sha256) for a in snap.assets})


@pytest.fixture
def sample(services: Services) -> Sample:
    """The phishing sample module, imported into a fresh workspace."""
    return snapshot_with_files(services, services.transfer.import_folder(SAMPLE).id)


@pytest.fixture
def image_cache(tmp_path: Path) -> Path:
    """A private folder for processed images."""
    return tmp_path / "image-cache"
