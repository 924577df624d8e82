"""Results benchmarks: pulling 100,000 statements and computing the statistics (target < 10 s),
opening the Results view (target < 300 ms); with --big instead, importing a 500,000-row
Moodle interactions report (time and how much the peak memory grew).

The LRS here is a small local server handing out pre-made pages of 500 statements, so that
what is measured is Kiem's part (HTTP, reading, storing, statistics), not an LRS's: Ralph's
file backend re-reads its whole file for every page, which alone takes minutes at this size.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_results.py [--big]`.
Record the result in bench/RESULTS.md.
"""

from __future__ import annotations

import csv
import http.server
import json
import os
import platform
import resource
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from results.quiz import learners, make_quiz, statements  # noqa: E402

from authoring.lrs import LrsLogin  # noqa: E402
from authoring.results_moodle import SOURCE, read_report  # noqa: E402
from authoring.results_pull import pull  # noqa: E402
from authoring.services import Services  # noqa: E402
from authoring.workspace import Workspace  # noqa: E402

PAGE = 500


def serve(pages: list[bytes]) -> http.server.ThreadingHTTPServer:
    """An LRS that answers page n of the pre-made ones at /xAPI/statements?page=n."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            n = int(self.path.rsplit("page=", 1)[1]) if "page=" in self.path else 0
            body = pages[n]
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            return

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def bench_pull(services: Services, quiz: object) -> tuple[int, float, float, float]:
    people = learners(6600, seed=1)
    made = statements(quiz, people)[:100_000]
    stored = "2026-01-05T10:00:00+00:00"
    pages = []
    for n, start in enumerate(range(0, len(made), PAGE)):
        chunk = [{**s, "stored": stored} for s in made[start:start + PAGE]]
        more = f"/xAPI/statements?page={n + 1}" if start + PAGE < len(made) else ""
        pages.append(json.dumps({"statements": chunk, "more": more}).encode())
    server = serve(pages)
    login = LrsLogin(f"http://127.0.0.1:{server.server_address[1]}/xAPI/", "kiem", "pw")
    begin = time.perf_counter()
    pulled = pull(login, services.results.questions(quiz.module_id), None)
    read = time.perf_counter() - begin
    services.results.save(quiz.module_id, login.where, pulled.attempts, keep_names=False,
                          since=(login.where, pulled.newest))
    saved = time.perf_counter() - begin
    services.results.report(quiz.module_id)
    total = time.perf_counter() - begin
    server.shutdown()
    return pulled.statements, read, saved, total


def bench_view(services: Services, module_id: object) -> tuple[list[float], list[float]]:
    """Milliseconds until the view shows (reading) and until its figures are in, 5 times."""
    from PySide6.QtCore import QEventLoop  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from app.gui.results_panel import ResultsPanel  # noqa: PLC0415
    from app.gui.studio import Studio  # noqa: PLC0415

    app = QApplication.instance() or QApplication([])
    shown, filled = [], []
    for _ in range(5):
        panel = ResultsPanel(Studio(services))  # a new one each time: nothing cached
        panel.resize(560, 900)
        panel.show()
        app.processEvents()
        loop = QEventLoop()
        panel.loaded.connect(loop.quit)
        begin = time.perf_counter()
        panel.show_module(module_id)  # type: ignore[arg-type]
        app.processEvents()
        shown.append((time.perf_counter() - begin) * 1000)
        loop.exec()
        app.processEvents()
        filled.append((time.perf_counter() - begin) * 1000)
        panel.close()
        panel.deleteLater()
    return shown, filled


def bench_big_import(services: Services, quiz: object, folder: Path) -> tuple[float, float]:
    path = folder / "interactions.txt"
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, delimiter="\t")
        header = ["Name", "Email address", "Attempt", "Started on", "Last accessed on", "Score"]
        for n in range(3):
            header += [f"Question {n}", f"Response {n}", f"Result {n}"]
        out.writerow(header)
        for n in range(500_000):
            row = [f"Learner {n}", f"l{n}@example.com", "1", "-", "-", "67"]
            for i in range(3):
                row += [quiz.keys[i], "ab"[(n + i) % 2], "correct" if (n + i) % 2 == 0
                        else "wrong"]
            out.writerow(row)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    begin = time.perf_counter()
    services.results.save(quiz.module_id, SOURCE, read_report(
        path, services.results.questions(quiz.module_id)), keep_names=False)
    seconds = time.perf_counter() - begin
    grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    return seconds, grown


def main() -> None:
    print(f"{platform.machine()}, {os.cpu_count()} cores · Python {platform.python_version()} "
          f"· load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        workspace = Workspace.open(Path(tmp) / "w.kiemdb")
        services = Services(workspace)
        quiz = make_quiz(services)
        if "--big" in sys.argv:  # alone, so that the peak memory is the import's
            seconds, grown = bench_big_import(services, quiz, Path(tmp))
            print(f"import 500,000 rows (3 interactions each): {seconds:.1f} s, peak memory "
                  f"grew {grown:.0f} MB")
            workspace.close()
            return
        count, read, saved, total = bench_pull(services, quiz)
        print(f"pull {count:,} statements: read {read:.2f} s, stored {saved:.2f} s, with "
              f"statistics {total:.2f} s (target < 10 s)")
        shown, filled = bench_view(services, quiz.module_id)
        print(f"Results view opens (reading…) in {statistics.median(shown):.0f} ms (median; "
              f"target < 300 ms); figures in after {statistics.median(filled):.0f} ms")
        workspace.close()


if __name__ == "__main__":
    main()
