"""Studio benchmarks: cold start with 500 modules, opening a 200-page module, typing to preview.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_studio.py` (as root too: the
studio turns QtWebEngine's sandbox off itself where it cannot run). Targets (issue 3, 2-core
machine): cold start to main window shown < 1.5 s; open a 200-page module < 300 ms;
keystroke to preview p95 < 100 ms, typing never blocked. The start here builds MainWindow
in one process as a test would; `bench/bench_processes.py` times the studio as a user starts
it (the window first, the library after), beside a bare Qt window.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_foundation import PARAGRAPH, module  # noqa: E402

from authoring.services.inserting import insert_snapshot  # noqa: E402
from authoring.workspace import Workspace  # noqa: E402

START = """
import time, sys
t0 = time.perf_counter()
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from app.gui.main_window import MainWindow
from authoring.services import Services
from authoring.workspace import Workspace
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
w = MainWindow(Services(Workspace.open(sys.argv[1])), settings)
w.show()
app.processEvents()
shown = time.perf_counter() - t0
shown_at = time.time()
t1 = time.perf_counter()
import uuid
w.open_module(uuid.UUID(sys.argv[3]))
app.processEvents()
print(shown, time.perf_counter() - t1, shown_at)
"""


def p95(values: list[float]) -> float:
    """Return the 95th percentile."""
    return statistics.quantiles(values, n=20)[-1]


def main() -> None:
    """Build the workspaces, then measure."""
    tmp = Path(tempfile.mkdtemp(prefix="kiem-bench-studio-"))
    path = tmp / "studio.kiemdb"
    with Workspace.open(path) as ws:
        for i in range(500):
            insert_snapshot(ws, module(8, f"Module {i:03}"), {})
        big = insert_snapshot(ws, module(200, "Two hundred pages"), {}).id
        long_page = module(1, "Long page")
        long_id = insert_snapshot(ws, long_page, {}).id
    starts = []
    for _ in range(5):
        begin = time.time()
        out = subprocess.run([sys.executable, "-c", START, str(path), str(tmp / "s.ini"),
                              str(big)],
                             capture_output=True, text=True, cwd=Path(__file__).parent.parent,
                             check=True)
        shown, first_open, shown_at = map(float, out.stdout.strip().splitlines()[-1].split())
        starts.append((shown, shown_at - begin, first_open))  # launch to window shown

    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from app.gui.main_window import MainWindow
    from authoring.blocks import TextData
    from authoring.services import Services

    app = QApplication.instance() or QApplication([])
    services = Services(Workspace.open(path))
    window = MainWindow(services, QSettings(str(tmp / "s2.ini"), QSettings.Format.IniFormat))
    window.resize(1400, 860)
    window.show()
    opens = []
    for _ in range(5):
        window.show_home()
        app.processEvents()
        begin = time.perf_counter()
        window.open_module(big)
        app.processEvents()
        opens.append((time.perf_counter() - begin) * 1000)

    # A 1,500-word page: type into its text block; time each keystroke's handling (typing)
    # and request-to-preview (the preview's own report).
    snap = services.modules.snapshot(long_id)
    block = snap.pages[0].blocks[0]
    services.blocks.edit(block.id, TextData(" ".join([PARAGRAPH] * 50)))
    window.open_module(long_id)
    latencies: list[float] = []
    window.preview.updated.connect(latencies.append)
    deadline = time.perf_counter() + 60
    while not latencies and time.perf_counter() < deadline:
        app.processEvents()
    latencies.clear()
    editor = max(window.editor.page_editor.findChildren(QPlainTextEdit),
                 key=lambda w: len(w.toPlainText()))
    editor.setFocus()
    keystrokes = []
    for ch in "quick brown fox jumps over the lazy dog " * 3:
        begin = time.perf_counter()
        QTest.keyClick(editor, ch)
        keystrokes.append((time.perf_counter() - begin) * 1000)
        end = time.perf_counter() + 0.12
        while time.perf_counter() < end:
            app.processEvents()
    words = len(editor.toPlainText().split())
    print(f"{time.strftime('%Y-%m-%d')} · 501 modules + one of 200 pages")
    inner = [s for s, _, _ in starts]
    outer = [w for _, w, _ in starts]
    first = [f * 1000 for _, _, f in starts]
    print(f"| cold start to main window shown (in process) | {statistics.median(inner):.2f} s "
          f"| max {max(inner):.2f} s | < 1.5 s |")
    print(f"| cold start including Python start | {statistics.median(outer):.2f} s | "
          f"max {max(outer):.2f} s | - |")
    print(f"| first module opened after start (editor, preview and exporters load) | "
          f"{statistics.median(first):.0f} ms | max {max(first):.0f} ms | - |")
    print(f"| open the 200-page module | {statistics.median(opens):.0f} ms | "
          f"max {max(opens):.0f} ms | < 300 ms |")
    print(f"| keystroke handling on a {words}-word page | p95 {p95(keystrokes):.1f} ms | "
          f"max {max(keystrokes):.1f} ms | never blocks |")
    if len(latencies) >= 20:
        print(f"| keystroke to preview ({len(latencies)} updates) | p95 {p95(latencies):.1f} ms "
              f"| median {statistics.median(latencies):.1f} ms | p95 < 100 ms |")
    else:
        print(f"preview reported only {len(latencies)} updates")


if __name__ == "__main__":
    main()
