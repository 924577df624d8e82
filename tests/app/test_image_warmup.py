"""Photos are made ready for export as they enter a module, in the background."""

from __future__ import annotations

import io
from functools import partial
from pathlib import Path

from PIL import Image

from app.gui.image_warmup import ImageWarmup
from app.gui.studio import Studio
from authoring.blocks import ImageData
from authoring.images import sha256_hex
from authoring.kinds import BlockKind
from authoring.lazy_files import LazyFiles
from export import images
from export.exporter import Format, export_module


def photo(seed: int) -> bytes:
    """A 12 MP photo as a phone takes it."""
    out = io.BytesIO()
    Image.effect_noise((4000, 3000), 40 + seed).convert("RGB").save(out, "JPEG", quality=90)
    return out.getvalue()


def test_photos_added_to_a_module_are_ready_before_the_first_export(qtbot, services,
                                                                    tmp_path: Path) -> None:
    studio = Studio(services)
    cache = tmp_path / "cache"
    warmup = ImageWarmup(studio, cache)
    module = studio.do("New", lambda: services.modules.create("Forklifts")).id
    page = studio.do("Page", lambda: services.pages.add(module, "Look")).id
    shots = [photo(n) for n in range(3)]
    with qtbot.waitSignal(warmup.done, timeout=30_000) as made:
        for n, data in enumerate(shots):  # dropped one after the other: one round
            studio.do("Add", lambda d=data, n=n: services.assets.import_bytes(
                module, d, f"images/shot{n}.jpg"))
            studio.do("Add", lambda d=data: services.blocks.add(
                page, BlockKind.IMAGE, ImageData(sha256_hex(d), "A forklift")))
    assert made.args == [3]
    assert all(images.cached(sha256_hex(d), cache) is not None for d in shots)
    assert warmup.job is None

    def unread(sha: str) -> bytes:
        raise AssertionError(f"the export read the original of {sha[:12]}")

    snap = services.modules.snapshot(module)
    files = LazyFiles({a.sha256: partial(unread, a.sha256) for a in snap.assets})
    export_module(snap, files, Format.SCORM12, tmp_path / "first.zip", image_cache=cache)
    assert (tmp_path / "first.zip").is_file()  # the first export was warm
