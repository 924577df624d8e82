"""Templates compiled once are kept in the user's cache; the packages stay the same bytes."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from export import player
from export.exporter import export_module

from .conftest import Sample


@pytest.fixture
def templates_cache(tmp_path: Path) -> Iterator[Path]:
    """The compiled templates' folder of this test's user (a fresh environment around it)."""
    player.environment.cache_clear()
    yield tmp_path / "home" / "cache" / "kiem" / "templates"
    player.environment.cache_clear()


def _export(sample: Sample, out: Path, image_cache: Path) -> bytes:
    export_module(sample.snap, sample.blobs, "scorm2004", out, image_cache=image_cache)
    return out.read_bytes()


def test_a_second_run_uses_the_compiled_templates_and_writes_the_same_package(
        sample: Sample, tmp_path: Path, image_cache: Path, templates_cache: Path) -> None:
    first = _export(sample, tmp_path / "first.zip", image_cache)
    kept = sorted(templates_cache.glob("*.cache"))
    assert kept  # index, page and block templates, compiled
    stamps = {p: p.stat().st_mtime_ns for p in kept}
    player.environment.cache_clear()  # as a new process starts
    again = _export(sample, tmp_path / "again.zip", image_cache)
    assert again == first
    assert {p: p.stat().st_mtime_ns for p in kept} == stamps  # read, not compiled again


def test_damaged_or_vanished_compiled_templates_are_compiled_again(
        sample: Sample, tmp_path: Path, image_cache: Path, templates_cache: Path) -> None:
    first = _export(sample, tmp_path / "first.zip", image_cache)
    for kept in templates_cache.glob("*.cache"):
        kept.write_bytes(b"j2" + bytes(range(256)))  # a damaged entry: Jinja's magic, then noise
    player.environment.cache_clear()
    assert _export(sample, tmp_path / "damaged.zip", image_cache) == first
    player.environment.cache_clear()
    player.environment()  # made while the folder is there
    shutil.rmtree(templates_cache)  # then removed by a cleaner while the studio runs
    assert _export(sample, tmp_path / "vanished.zip", image_cache) == first
