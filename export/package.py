"""Write a package's files to a folder or a deterministic zip.

Always through a temporary name moved into place: an interrupted export leaves no broken package.
"""

from __future__ import annotations

import os
import shutil
import time
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from authoring.staging import clear_leftovers, staging_path
from export.document import ExportDocument, PackageFile, Progress
from export.player import player_files, render_index
from export.result import ExportResult

ZIP_DATE = (2020, 1, 1, 0, 0, 0)
# Already compressed: deflating costs time and gains nothing (SCORM-NOTES: store media as is).
STORED = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".mp3", ".mp4", ".m4a", ".webm", ".ogg",
          ".pdf", ".docx", ".xlsx", ".pptx", ".zip")


def learner_files(doc: ExportDocument, tracking: str) -> list[PackageFile]:
    """Return index.html, the player and the module's files, sorted by path."""
    index = PackageFile("index.html", render_index(doc, tracking).encode(), "text/html")
    return sorted([index, *player_files(tracking), *doc.files], key=lambda f: f.path)


def build_package(files: list[PackageFile], out_path: Path, fmt: str,
                  progress: Progress | None = None) -> ExportResult:
    """Write an LMS package's `files` as a zip at `out_path`; report what was written."""
    start = time.perf_counter()
    if progress:
        progress(1, 2, "writing the package")
    write_zip(files, out_path)
    if progress:
        progress(2, 2, "done")
    return ExportResult(
        path=out_path, format=fmt, size=out_path.stat().st_size,
        files=tuple(sorted((f.path, len(f.data)) for f in files)),
        seconds=time.perf_counter() - start,
    )


def write_zip(files: Iterable[PackageFile], target: Path) -> Path:
    """Write `files` to a zip at `target`: fixed dates and order, so equal input, equal bytes."""
    target.parent.mkdir(parents=True, exist_ok=True)
    clear_leftovers(target)
    tmp = staging_path(target)
    try:
        with zipfile.ZipFile(tmp, "w") as zf:
            for f in sorted(files, key=lambda f: f.path):
                info = zipfile.ZipInfo(f.path, date_time=ZIP_DATE)
                info.external_attr = 0o644 << 16
                info.compress_type = (zipfile.ZIP_STORED if f.path.lower().endswith(STORED)
                                      else zipfile.ZIP_DEFLATED)
                zf.writestr(info, f.data, compresslevel=6)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def write_bytes(data: bytes, target: Path) -> Path:
    """Write one file at `target` through a temporary name moved into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    clear_leftovers(target)
    tmp = staging_path(target)
    try:
        tmp.write_bytes(data)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def write_folder(files: Sequence[PackageFile], target: Path) -> Path:
    """Write `files` into a new folder at `target`, replacing one that is there."""
    target.parent.mkdir(parents=True, exist_ok=True)
    clear_leftovers(target)
    tmp = staging_path(target)
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        for f in files:
            path = tmp / f.path
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(f.data)
        if target.exists():
            old = staging_path(target, "old")
            os.replace(target, old)
            os.replace(tmp, target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return target
