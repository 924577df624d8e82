"""Foundation benchmarks: open + list 500 modules, import a 50-page folder, load a 200-page module.

Run: `.venv/bin/python bench/bench_foundation.py` (about a minute). Targets on a 2-core machine:
list 500 modules < 150 ms, load a 200-page outline < 100 ms. Record results in bench/RESULTS.md.
"""

from __future__ import annotations

import platform
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from authoring.blocks import CalloutData, QuestionRef, TextData  # noqa: E402
from authoring.estimate import estimated_minutes  # noqa: E402
from authoring.kinds import BlockKind, QuestionKind  # noqa: E402
from authoring.questions import Choice, ChoiceData  # noqa: E402
from authoring.services import Services  # noqa: E402
from authoring.services.inserting import insert_snapshot  # noqa: E402
from authoring.snapshot import BlockSnap, ModuleSnap, PageSnap, QuestionSnap  # noqa: E402
from authoring.workspace import Workspace  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
PARAGRAPH = ("When a message asks you to act fast, slow down. Check the sender's address, hover "
             "over every link and read the domain from the right before you click anything. ")


def module(pages: int, title: str) -> ModuleSnap:
    """Return a realistic module: each page has text, a callout and a question."""
    page_snaps, questions = [], []
    for p in range(pages):
        q = QuestionSnap(id=uuid.uuid4(), kind=QuestionKind.SINGLE_CHOICE, stem=f"Question {p}?",
                         data=ChoiceData((Choice("a", "Right", True), Choice("b", "Wrong"))))
        questions.append(q)
        blocks = (
            BlockSnap(uuid.uuid4(), BlockKind.TEXT, f"t{p}",
                      TextData(f"{PARAGRAPH * 6}({title}, page {p})")),
            BlockSnap(uuid.uuid4(), BlockKind.CALLOUT, f"c{p}", CalloutData(markdown=PARAGRAPH)),
            BlockSnap(uuid.uuid4(), BlockKind.QUESTION, f"q{p}", QuestionRef(str(q.id))),
        )
        page_snaps.append(PageSnap(id=uuid.uuid4(), title=f"Page {p + 1}", blocks=blocks))
    return ModuleSnap(id=uuid.uuid4(), title=title, pages=tuple(page_snaps),
                      questions=tuple(questions))


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Return (median, max) milliseconds of `repeat` calls."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def make_folder(folder: Path, pages: int) -> None:
    """Write a 50-page module folder with an image on every fifth page and a GIFT quiz."""
    image = (REPO / "resources/samples/phishing/images/hover-link.png").read_bytes()
    (folder / "images").mkdir(parents=True)
    for i in range(pages):
        body = f"# Page {i + 1}\n\n{PARAGRAPH * 5}\n\n- one\n- two\n"
        if i % 5 == 0:
            (folder / "images" / f"pic{i}.png").write_bytes(image + i.to_bytes(2, "big") * 0)
            body += f"\n![Illustration {i}](images/pic{i}.png)\n"
        (folder / f"{i + 1:02}-page.md").write_text(body, encoding="utf-8")
    quiz = "\n\n".join(f"::Q{i}:: Is {i} even? {{{'T' if i % 2 == 0 else 'F'}}}" for i in range(20))
    (folder / "quiz.gift").write_text(quiz, encoding="utf-8")


def main() -> None:
    """Run every benchmark and print a Markdown table row per measurement."""
    tmp = Path(tempfile.mkdtemp(prefix="kiem-bench-"))
    path = tmp / "bench.kiemdb"
    with Workspace.open(path) as ws:
        for i in range(500):
            insert_snapshot(ws, module(8, f"Module {i:03}"), {})
        big = insert_snapshot(ws, module(200, "Two hundred pages"), {}).id
    rows = []

    def open_and_list() -> None:
        with Workspace.open(path) as ws:
            assert len(Services(ws).modules.list()) == 501

    rows.append(("open workspace + list 501 modules", *timed(open_and_list, 15), "< 150"))
    with Workspace.open(path) as ws:
        services = Services(ws)
        rows.append(("list 501 modules (open workspace)", *timed(services.modules.list, 15),
                     "< 150"))
        rows.append(("load a 200-page module (snapshot: outline and content)",
                     *timed(lambda: services.modules.snapshot(big), 15), "< 100"))
        snap = services.modules.snapshot(big)
        estimated_minutes.__globals__["word_count"].cache_clear()
        rows.append(("estimate minutes of it, cold (Markdown word counts)",
                     *timed(lambda: estimated_minutes(snap), 1), "-"))
        rows.append(("estimate minutes of it, warm (counts cached by text)",
                     *timed(lambda: estimated_minutes(snap), 15), "-"))
        folder = tmp / "folder"
        make_folder(folder, 50)
        rows.append(("import a 50-page folder (11 images, 20 GIFT questions)",
                     *timed(lambda: services.transfer.import_folder(folder), 5), "-"))
        out = tmp / "big.kiem"
        rows.append(("bundle export of the 200-page module",
                     *timed(lambda: services.transfer.export_bundle(big, out), 5), "-"))
        rows.append(("bundle import of the 200-page module (as a copy)",
                     *timed(lambda: services.transfer.import_bundle(out), 5), "-"))
    print(f"{time.strftime('%Y-%m-%d')} · {platform.machine()} · {platform.python_version()} · "
          f"{len(__import__('os').sched_getaffinity(0))} cores")
    print("| measurement | median ms | max ms | target ms |")
    print("| --- | ---: | ---: | ---: |")
    for name, median, worst, target in rows:
        print(f"| {name} | {median:.1f} | {worst:.1f} | {target} |")


if __name__ == "__main__":
    main()
