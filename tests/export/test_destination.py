"""Kiem replaces only what it made, or what it was told to: never a workspace or others' files."""

from __future__ import annotations

import dataclasses
import shutil
import uuid
from pathlib import Path

import pytest

from authoring.workspace import Workspace
from export.destination import DestinationExists, DestinationRefused
from export.exporter import export_module

from .conftest import Sample


def test_a_web_export_into_a_folder_of_other_files_is_refused_and_the_folder_kept(
        sample: Sample, tmp_path: Path, image_cache: Path) -> None:
    folder = tmp_path / "Documents"
    (folder / "photos").mkdir(parents=True)
    (folder / "thesis.docx").write_bytes(b"four years of work")
    with pytest.raises(DestinationRefused, match="holds other files"):
        export_module(sample.snap, sample.blobs, "html", folder, image_cache=image_cache,
                      replace=True)  # not even when told: it is not an export
    assert sorted(p.name for p in folder.iterdir()) == ["photos", "thesis.docx"]
    empty = tmp_path / "empty"
    empty.mkdir()
    export_module(sample.snap, sample.blobs, "html", empty, image_cache=image_cache)
    assert (empty / "index.html").is_file()


@pytest.mark.parametrize("fmt", ["scorm12", "pdf", "html"])
def test_a_workspace_or_bundle_is_never_replaced_by_an_export(
        sample: Sample, tmp_path: Path, image_cache: Path, _template_workspace: Path,
        fmt: str) -> None:
    workspace = tmp_path / "mine.db"  # a workspace under any name
    shutil.copyfile(_template_workspace, workspace)
    before = workspace.read_bytes()
    with pytest.raises(DestinationRefused, match="Kiem workspace or bundle"):
        export_module(sample.snap, sample.blobs, fmt, workspace, image_cache=image_cache,
                      replace=True, force=True)
    assert workspace.read_bytes() == before
    Workspace.open(workspace).close()  # still a workspace
    bundle = tmp_path / "copy.kiem"
    bundle.write_bytes(b"PK a bundle")
    with pytest.raises(DestinationRefused):
        export_module(sample.snap, sample.blobs, fmt, bundle, image_cache=image_cache,
                      replace=True)


def test_another_file_is_replaced_only_when_asked_an_earlier_export_always(
        sample: Sample, tmp_path: Path, image_cache: Path) -> None:
    notes = tmp_path / "notes.zip"
    notes.write_bytes(b"my notes")
    with pytest.raises(DestinationExists, match="not an earlier export"):
        export_module(sample.snap, sample.blobs, "scorm12", notes, image_cache=image_cache)
    assert notes.read_bytes() == b"my notes"
    export_module(sample.snap, sample.blobs, "scorm12", notes, image_cache=image_cache,
                  replace=True)
    assert notes.read_bytes() != b"my notes"
    # The package is this module's: exporting again replaces it without asking.
    export_module(sample.snap, sample.blobs, "scorm2004", notes, image_cache=image_cache)
    other = tmp_path / "other.zip"
    shutil.copyfile(notes, other)
    another = dataclasses.replace(sample.snap, id=uuid.uuid4())
    with pytest.raises(DestinationExists):  # another module's package is not ours to replace
        export_module(another, sample.blobs, "scorm12", other, image_cache=image_cache)
