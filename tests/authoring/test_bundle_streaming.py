"""Big imports stream their files: one in memory at a time, each stored in a brief write."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import tracemalloc
from collections.abc import Callable, Mapping
from dataclasses import replace
from functools import partial
from pathlib import Path

import jsonschema  # noqa: F401 - loaded before memory is measured, as in a running studio
import pytest
from sqlalchemy import func, select, update

from authoring.bundle import open_bundle
from authoring.errors import AssetError, ImportFailed, NotFound
from authoring.images import sha256_hex
from authoring.lazy_files import LazyFiles
from authoring.models import Asset, ModuleAsset, utcnow
from authoring.services import Services
from authoring.services.inserting import insert_snapshot
from authoring.snapshot import ModuleSnap

from .bundle_files import SAMPLE, members_of, row_counts, write_zip
from .checking import new_module

ROOT = Path(__file__).resolve().parents[2]
CLIP_BYTES = 6 * 1024 * 1024
CLIPS = 6
MARGIN = 4 * 1024 * 1024
_MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"


def clip(size: int = CLIP_BYTES) -> bytes:
    """A video as Kiem sees one: an MP4 header, then bytes that do not compress."""
    return _MP4 + os.urandom(size - len(_MP4))


def can_take_write_lock(path: Path) -> bool:
    """True when another connection could start writing to the workspace file right now."""
    conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError as exc:
        assert "locked" in str(exc)
        return False
    finally:
        conn.close()


def shas(services: Services) -> set[str]:
    with services.workspace.read() as session:
        return set(session.scalars(select(Asset.sha256)))


def files_of(services: Services, snap: ModuleSnap) -> dict[str, bytes]:
    return {a.sha256: services.assets.data(a.sha256) for a in snap.assets}


def probed(files: Mapping[str, bytes], workspace_file: Path,
           before: Callable[[str], None] | None = None) -> tuple[LazyFiles, list[bool]]:
    """A module's files that note, as each is asked for, whether the write lock is free.

    `before(sha256)` runs first (what another process does at that moment).
    """
    lock_was_free: list[bool] = []

    def read(sha256: str) -> bytes:
        if before is not None:
            before(sha256)
        lock_was_free.append(can_take_write_lock(workspace_file))
        return files[sha256]

    return LazyFiles({sha: partial(read, sha) for sha in files}), lock_was_free


@pytest.fixture
def video_bundle(services: Services, tmp_path: Path) -> Path:
    """A bundle of a module holding several videos of a few MB each."""
    module_id = new_module(services, "Forklift safety")
    for i in range(CLIPS):
        services.assets.import_bytes(module_id, clip(), f"videos/clip{i}.mp4")
    return services.transfer.export_bundle(module_id, tmp_path / "videos.kiem")


# --- memory -----------------------------------------------------------------------------------


def test_importing_a_bundle_of_videos_holds_about_one_video_in_memory(video_bundle, other):
    tracemalloc.start()
    try:
        module_id = other.transfer.import_bundle(video_bundle).id
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(other.modules.snapshot(module_id).assets) == CLIPS
    assert peak < 2 * CLIP_BYTES + MARGIN, f"peak {peak / 2**20:.1f} MB"


def test_importing_a_folder_of_videos_holds_about_one_video_in_memory(other, tmp_path):
    folder = tmp_path / "forklift"
    (folder / "videos").mkdir(parents=True)
    links = []
    for i in range(CLIPS):
        (folder / "videos" / f"clip{i}.mp4").write_bytes(clip())
        links.append(f"- [Clip {i}](videos/clip{i}.mp4)")
    (folder / "01-drive.md").write_text("# Drive safely\n\n" + "\n".join(links) + "\n",
                                        encoding="utf-8")
    tracemalloc.start()
    try:
        module_id = other.transfer.import_folder(folder).id
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(other.modules.snapshot(module_id).assets) == CLIPS
    assert peak < 2 * CLIP_BYTES + MARGIN, f"peak {peak / 2**20:.1f} MB"


# --- the write lock ---------------------------------------------------------------------------


def test_no_write_lock_is_held_while_the_files_of_an_import_are_read(services, sample_id, other):
    snap = services.modules.snapshot(sample_id)
    files, lock_was_free = probed(files_of(services, snap), other.workspace.path)
    assert insert_snapshot(other.workspace, snap, files).id == sample_id
    assert len(lock_was_free) >= len(snap.assets)
    assert all(lock_was_free)
    assert other.modules.snapshot(sample_id) == snap


def test_another_writer_gets_in_between_the_videos_of_a_bundle(video_bundle, other):
    with open_bundle(video_bundle) as (snap, files):
        seen, lock_was_free = probed(files, other.workspace.path)
        module_id = insert_snapshot(other.workspace, snap, seen).id
    assert lock_was_free == [True] * CLIPS
    assert other.modules.snapshot(module_id) == snap


# --- refusals leave nothing behind ------------------------------------------------------------


def test_bundle_whose_last_file_is_damaged_leaves_no_file_behind(
        services, sample_id, bundle, tmp_path, other):
    last = services.modules.snapshot(sample_id).assets[-1]  # files are stored in this order
    members = members_of(bundle)
    name = f"assets/{last.sha256}.{last.extension}"
    damaged = bytearray(members[name])
    damaged[-20] ^= 0xFF
    path = write_zip(tmp_path / "damaged.kiem", {**members, name: bytes(damaged)})
    before = row_counts(other)
    with pytest.raises(ImportFailed, match="damaged"):
        other.transfer.import_bundle(path)
    assert row_counts(other) == before
    assert shas(other) == set()


def test_import_whose_last_file_changed_since_it_was_read_leaves_no_file_behind(
        services, sample_id, other):
    snap = services.modules.snapshot(sample_id)
    files = files_of(services, snap)
    files[snap.assets[-1].sha256] = (SAMPLE / "images" / "hover-link.png").read_bytes() + b"\0"
    with pytest.raises(ImportFailed, match="does not match"):
        insert_snapshot(other.workspace, snap, files)
    assert shas(other) == set()


def test_import_whose_last_file_cannot_be_used_leaves_no_file_behind(services, sample_id, other):
    snap = services.modules.snapshot(sample_id)
    files = files_of(services, snap)
    cut = files[snap.assets[-1].sha256][:200]  # a cut-off image: it cannot be decoded
    snap = replace(snap, assets=(*snap.assets[:-1],
                                 replace(snap.assets[-1], sha256=sha256_hex(cut))))
    files[sha256_hex(cut)] = cut
    with pytest.raises(AssetError, match="truncated|damaged"):
        insert_snapshot(other.workspace, snap, files)
    assert shas(other) == set()


def test_an_import_into_a_module_that_is_gone_stores_no_file(services, module_id):
    services.modules.delete(module_id)
    before = shas(services)
    with pytest.raises(NotFound):
        services.assets.import_bytes(module_id, clip(4096), "late.mp4")
    assert shas(services) == before


# --- files a killed import left behind --------------------------------------------------------


def add_orphan(services: Services, age: dt.timedelta) -> str:
    """Store a file no module names, `age` ago: what an import killed half-way leaves."""
    data = clip(1024)
    with services.workspace.write() as session:
        session.add(Asset(sha256=sha256_hex(data), media_type="video/mp4", extension="mp4",
                          size=len(data), data=data, created_at=utcnow() - age))
    return sha256_hex(data)


def test_files_a_killed_import_left_behind_are_collected_by_the_next_import(services, bundle):
    old = add_orphan(services, dt.timedelta(days=1))
    recent = add_orphan(services, dt.timedelta(minutes=1))  # perhaps another import, running
    named = shas(services) - {old, recent}
    services.transfer.import_bundle(bundle)
    assert shas(services) == named | {recent}


# Imports a bundle and dies (SIGKILL) as it asks for the last file: after the others are stored.
KILLED_WHILE_IMPORTING = """
import os, signal, sys
from functools import partial
from pathlib import Path
from authoring.bundle import open_bundle
from authoring.lazy_files import LazyFiles
from authoring.services.inserting import insert_snapshot
from authoring.workspace import Workspace

def read(files, last, sha):
    if sha == last:
        os.kill(os.getpid(), signal.SIGKILL)
    return files[sha]

with Workspace.open(Path(sys.argv[2])) as ws, open_bundle(Path(sys.argv[1])) as (snap, files):
    last = snap.assets[-1].sha256
    insert_snapshot(ws, snap, LazyFiles({sha: partial(read, files, last, sha) for sha in files}))
"""


def test_an_import_killed_half_way_leaves_no_module_and_its_files_are_swept_up_later(
        video_bundle, other):
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_WHILE_IMPORTING, str(video_bundle),
         str(other.workspace.path)],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True,
        text=True, timeout=120)
    assert killed.returncode == -9, killed.stderr
    counts = row_counts(other)
    assert counts["assets"] == CLIPS - 1  # stored, each in its own write, and named by none
    assert {t: n for t, n in counts.items() if t != "assets"} == dict.fromkeys(
        ("modules", "pages", "blocks", "questions", "banks", "module_assets"), 0)
    with other.workspace.write() as session:
        session.execute(update(Asset).values(created_at=utcnow() - dt.timedelta(days=1)))
    sample_id = other.transfer.import_folder(SAMPLE).id
    assert shas(other) == {a.sha256 for a in other.modules.snapshot(sample_id).assets}


def test_collecting_keeps_a_file_an_undo_could_bring_back(services, module_id):
    png = (SAMPLE / "images" / "hover-link.png").read_bytes() + b"\0\0"
    changes = services.assets.import_bytes(module_id, png, "kept.png")
    services.history.revert(changes.journal)  # the file's name is now a tombstone
    with services.workspace.write() as session:
        session.execute(update(Asset).where(Asset.sha256 == sha256_hex(png))
                        .values(created_at=utcnow() - dt.timedelta(days=30)))
    services.transfer.import_folder(SAMPLE)
    assert sha256_hex(png) in shas(services)
    with services.workspace.read() as session:
        assert session.scalar(select(func.count()).select_from(ModuleAsset).where(
            ModuleAsset.sha256 == sha256_hex(png), ModuleAsset.deleted_at.is_not(None))) == 1


def test_a_file_collected_by_another_process_mid_import_is_stored_again(
        services, sample_id, other):
    snap = services.modules.snapshot(sample_id)
    first, last = snap.assets[0].sha256, snap.assets[-1].sha256
    deleted: list[str] = []

    def collect_first(sha256: str) -> None:
        """As the last file is read, another process deletes the first one as an orphan."""
        if sha256 == last and not deleted:
            conn = sqlite3.connect(other.workspace.path, isolation_level=None)
            try:
                deleted.extend(row[0] for row in conn.execute(
                    "DELETE FROM assets WHERE sha256 = ? RETURNING sha256", (first,)))
            finally:
                conn.close()

    files, _free = probed(files_of(services, snap), other.workspace.path, collect_first)
    assert insert_snapshot(other.workspace, snap, files).id == sample_id
    assert deleted == [first]
    assert other.modules.snapshot(sample_id) == snap
    assert other.assets.data(first) == services.assets.data(first)
