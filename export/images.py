"""Images as they go into a package: upright, at most 1600 px, metadata stripped, re-encoded.

Screenshots and drawings stay PNG (sharp text, transparency); photos become JPEG. Results are
cached on disk by the source's sha256 and these settings, so a re-export redoes nothing.
"""

from __future__ import annotations

import concurrent.futures
import io
import os
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from PIL import Image, ImageOps

from authoring.staging import clear_leftovers, staging_path

MAX_SIDE = 1600  # twice an 800 px content column: sharp on high-density screens
JPEG_QUALITY = 82
SETTINGS = f"v2-{MAX_SIDE}-{JPEG_QUALITY}"  # part of each cache key; change it to invalidate
_PHOTO_COLOURS = 4096  # a PNG with more distinct colours than this (and no alpha) is a photo


@dataclass(frozen=True)
class ProcessedImage:
    """Bytes to put in a package, with their extension and size in pixels."""

    data: bytes
    extension: str
    width: int
    height: int


def cache_dir() -> Path:
    """Return the folder processed images are cached in."""
    return Path(platformdirs.user_cache_dir("kiem", appauthor=False)) / "images"


def cached(sha256: str, cache: Path | None = None) -> ProcessedImage | None:
    """Return the export form of an image made before, or None (no original bytes needed)."""
    folder = cache or cache_dir()
    for ext in ("png", "jpg", "gif"):
        hit = folder / f"{sha256}-{SETTINGS}.{ext}"
        if hit.exists():
            with Image.open(hit) as img:
                return ProcessedImage(hit.read_bytes(), ext, img.width, img.height)
    return None


def process(sha256: str, data: bytes, extension: str, cache: Path | None = None) -> ProcessedImage:
    """Return the export form of an image, from the cache when it was made before."""
    folder = cache or cache_dir()
    hit = cached(sha256, folder)
    if hit is not None:
        return hit
    result = _convert(data, extension)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{sha256}-{SETTINGS}.{result.extension}"
    clear_leftovers(target)  # what an export killed while writing this image left
    tmp = staging_path(target)
    tmp.write_bytes(result.data)
    os.replace(tmp, target)
    return result


def process_many(todo: list[tuple[str, Callable[[], bytes], str]], cache: Path | None = None,
                 progress: Callable[[int, int, str], None] | None = None,
                 ) -> dict[str, ProcessedImage]:
    """Process images (sha256, a reader of the original, extension) on every core.

    Decoding, resizing and encoding release Python's lock, so threads use all cores; each
    original is read only when its turn comes. `progress(done, total, sha256)` may raise to
    stop: the images not started yet are then not processed at all.
    """
    done: dict[str, ProcessedImage] = {}
    if not todo:
        return done
    pool = concurrent.futures.ThreadPoolExecutor(min(len(todo), os.cpu_count() or 1),
                                                 "kiem-image")
    try:
        jobs = {pool.submit(lambda s=sha, r=read, e=ext: process(s, r(), e, cache)): sha
                for sha, read, ext in todo}
        for count, job in enumerate(concurrent.futures.as_completed(jobs), 1):
            done[jobs[job]] = job.result()
            if progress is not None:
                progress(count, len(todo), jobs[job])
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return done


def _convert(data: bytes, extension: str) -> ProcessedImage:
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        img = Image.open(io.BytesIO(data))
        if extension == "gif" and getattr(img, "n_frames", 1) > 1:
            # Animation: keep the original frames; GIFs carry no camera metadata.
            return ProcessedImage(data, "gif", img.width, img.height)
        if img.format == "JPEG" and max(img.size) > MAX_SIDE:
            # Decode at the smallest DCT scale still larger than the target (JPEG draft
            # mode): a 12 MP photo is read at a quarter of its pixels, then resized.
            scale = MAX_SIDE / max(img.size)
            img.draft("RGB", (max(1, round(img.width * scale)), max(1, round(img.height * scale))))
        img = ImageOps.exif_transpose(img)
        img.load()
    if max(img.size) > MAX_SIDE:
        img.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    has_alpha = img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info)
    photo = extension in ("jpg", "webp") and not has_alpha
    if extension in ("png", "gif") and not has_alpha:
        photo = (img.getcolors(_PHOTO_COLOURS) is None) and min(img.size) >= 300
    out = io.BytesIO()
    if photo:
        img.convert("RGB").save(out, "JPEG", quality=JPEG_QUALITY, optimize=True,
                                progressive=True)
        return ProcessedImage(out.getvalue(), "jpg", img.width, img.height)
    if img.mode not in ("RGB", "RGBA", "P", "L", "LA"):
        img = img.convert("RGBA" if has_alpha else "RGB")
    img.save(out, "PNG", optimize=True)
    return ProcessedImage(out.getvalue(), "png", img.width, img.height)
