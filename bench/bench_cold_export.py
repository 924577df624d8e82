"""Cold export against the image floor: the standard module's 15 photos of 12 MP.

Run: `.venv/bin/python bench/bench_cold_export.py [TREE]` (TREE: the checkout to measure,
this one by default, so that an older one can be measured beside it). Prints the cold SCORM
2004 export (empty image cache) and the image floor (draft decode + resize + save of the same
photos) on one core and on every core. Issue #13's target: cold export ≤ 1.5× the floor on
the same cores. Record the result in bench/RESULTS.md.
"""

from __future__ import annotations

import concurrent.futures
import io
import os
import sys
import tempfile
import time
from pathlib import Path

TREE = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent)
sys.path[:0] = [str(TREE), str(TREE / "bench")]

import bench_export  # noqa: E402
from PIL import Image  # noqa: E402

from export.exporter import export_module  # noqa: E402


def floor_one(data: bytes) -> None:
    """What any exporter must do to one photo: decode at draft size, resize, save."""
    img = Image.open(io.BytesIO(data))
    img.draft("RGB", (1600, 1200))
    img.load()
    img.thumbnail((1600, 1600), Image.Resampling.LANCZOS)
    img.save(io.BytesIO(), "JPEG", quality=82)


def main() -> None:
    """Measure and print one line: cold export, floor on one core, floor on every core."""
    snap, blobs = bench_export.standard_module()
    out = Path(tempfile.mkdtemp(prefix="kiem-bench-cold-"))
    start = time.perf_counter()
    export_module(snap, blobs, "scorm2004", out / "o.zip", image_cache=out / "cache")
    cold = time.perf_counter() - start
    photos = [blobs[a.sha256] for a in snap.assets if a.media_type == "image/jpeg"]
    start = time.perf_counter()
    for data in photos:
        floor_one(data)
    one_core = time.perf_counter() - start
    start = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count()) as pool:
        list(pool.map(floor_one, photos))
    all_cores = time.perf_counter() - start
    print(f"{len(photos)} photos · cold export {cold:.2f} s · floor {one_core:.2f} s on one "
          f"core, {all_cores:.2f} s on {os.cpu_count()} · load {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
