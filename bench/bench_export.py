"""Export benchmarks: the standard module to each format, cold and warm; player size; first page.

Run: `.venv/bin/python bench/bench_export.py` (a few minutes). The standard module has 30 pages,
60 text blocks, 20 questions and 15 photos of 4000×3000. Targets on a 2-core machine: warm
SCORM export < 1 s, cold < 10 s, player JS+CSS < 60 KB minified, first page < 300 ms from
localhost. Record results in bench/RESULTS.md.
"""

from __future__ import annotations

import functools
import http.server
import io
import platform
import shutil
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image  # noqa: E402

from authoring.blocks import ImageData, QuestionRef, TextData  # noqa: E402
from authoring.images import inspect_asset, sha256_hex  # noqa: E402
from authoring.kinds import BlockKind, QuestionKind  # noqa: E402
from authoring.questions import Choice, ChoiceData  # noqa: E402
from authoring.settings import Completion, CompletionKind  # noqa: E402
from authoring.snapshot import AssetSnap, BlockSnap, ModuleSnap, PageSnap, QuestionSnap  # noqa: E402
from export.exporter import export_module  # noqa: E402
from export.player import player_files  # noqa: E402

PARAGRAPH = ("Before you approve an invoice, compare the supplier's bank account with the one "
             "in the supplier file. A changed account number is the most common sign of fraud. ")


def photo(seed: int) -> bytes:
    """Return a 4000×3000 JPEG that compresses like a photo (about 2–4 MB)."""
    base = Image.radial_gradient("L").resize((4000, 3000))
    noise = Image.effect_noise((4000, 3000), 40 + seed)
    img = Image.merge("RGB", (base, noise, base.rotate(seed * 7)))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=88)
    return out.getvalue()


def standard_module() -> tuple[ModuleSnap, dict[str, bytes]]:
    """Return the standard module and its photos' bytes."""
    blobs, assets = {}, []
    for i in range(15):
        data = photo(i)
        info = inspect_asset(data, f"photo{i}.jpg")
        sha = sha256_hex(data)
        blobs[sha] = data
        assets.append(AssetSnap(f"images/photo{i}.jpg", sha, info.media_type, info.extension,
                                len(data), info.width, info.height))
    pages, questions = [], []
    for p in range(30):
        blocks = [BlockSnap(uuid.uuid4(), BlockKind.TEXT, f"t{p}a", TextData(PARAGRAPH * 4)),
                  BlockSnap(uuid.uuid4(), BlockKind.TEXT, f"t{p}b", TextData(PARAGRAPH * 3))]
        if p < 15:
            blocks.append(BlockSnap(uuid.uuid4(), BlockKind.IMAGE, f"i{p}",
                                    ImageData(assets[p].sha256, f"Photo {p}")))
        if p >= 10:
            q = QuestionSnap(uuid.uuid4(), QuestionKind.SINGLE_CHOICE, f"Question {p}?",
                             ChoiceData((Choice("a", "Right", True), Choice("b", "Wrong"))))
            questions.append(q)
            blocks.append(BlockSnap(uuid.uuid4(), BlockKind.QUESTION, f"q{p}",
                                    QuestionRef(str(q.id))))
        pages.append(PageSnap(uuid.uuid4(), f"Page {p + 1}", tuple(blocks)))
    snap = ModuleSnap(uuid.uuid4(), "Standard benchmark module", pages=tuple(pages),
                      questions=tuple(questions), assets=tuple(assets),
                      completion=Completion(CompletionKind.VIEWED_ALL_AND_PASSED))
    return snap, blobs


def first_page_ms(folder: Path, runs: int = 7) -> list[float]:
    """Serve the HTML export on localhost; time navigation start → first page heading shown."""
    from playwright.sync_api import sync_playwright

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *_args: object) -> None:
            """Say nothing: one line per request would bury the results."""

    handler = functools.partial(Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/index.html"
    times = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost"])
        for _ in range(runs):
            page = browser.new_page()
            page.goto(url, wait_until="load")
            page.wait_for_selector("html.k-js .k-page:not([hidden]) h2", state="visible")
            # The browser's own clock, not the test driver's polling: first contentful paint.
            paint = page.evaluate(
                "performance.getEntriesByName('first-contentful-paint')[0].startTime")
            times.append(paint)
            page.close()
        browser.close()
    server.shutdown()
    return times


def main() -> None:
    """Run every export benchmark and print Markdown rows."""
    tmp = Path(tempfile.mkdtemp(prefix="kiem-bench-export-"))
    snap, blobs = standard_module()
    rows = []
    for fmt, suffix in (("scorm12", ".zip"), ("scorm2004", ".zip"), ("html", ".zip"),
                        ("pdf", ".pdf")):
        cache = tmp / f"cache-{fmt}"
        start = time.perf_counter()
        result = export_module(snap, blobs, fmt, tmp / f"out-{fmt}{suffix}", image_cache=cache)
        cold = time.perf_counter() - start
        warm = []
        for _ in range(3):
            start = time.perf_counter()
            export_module(snap, blobs, fmt, tmp / f"out-{fmt}{suffix}", image_cache=cache)
            warm.append(time.perf_counter() - start)
        rows.append((f"export {fmt}", cold, statistics.median(warm), result.size / 1e6))
    script, style = player_files("scorm2004")
    folder = tmp / "web"
    export_module(snap, blobs, "html", folder, image_cache=tmp / "cache-html")
    try:
        shown = first_page_ms(folder)
    except Exception as exc:  # noqa: BLE001 - a missing browser should not hide the rest
        shown = []
        print(f"first page not measured: {exc}")
    print(f"{time.strftime('%Y-%m-%d')} · {platform.machine()} · Python "
          f"{platform.python_version()}")
    print("| measurement | cold s | warm s (median of 3) | package MB |")
    print("| --- | ---: | ---: | ---: |")
    for name, cold, warm, size in rows:
        print(f"| {name} | {cold:.2f} | {warm:.2f} | {size:.1f} |")
    print(f"\nplayer: kiem.js {len(script.data)} B + kiem.css {len(style.data)} B = "
          f"{(len(script.data) + len(style.data)) / 1024:.1f} KB minified")
    if shown:
        print(f"first page painted (first-contentful-paint, localhost, {len(shown)} loads): median "
              f"{statistics.median(shown):.0f} ms, max {max(shown):.0f} ms")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
