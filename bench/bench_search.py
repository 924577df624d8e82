"""Library benchmarks: search and list 5,000 modules, rebuild the index, reindex one module.

Run: `.venv/bin/python bench/bench_search.py` (about a minute and a half). Targets on a 2-core
machine: a search < 50 ms, listing all 5,000 library entries < 150 ms. Prints Markdown rows.
"""

from __future__ import annotations

import os
import platform
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from authoring.blocks import CalloutData, QuestionRef, TextData  # noqa: E402
from authoring.jsondata import dump  # noqa: E402
from authoring.kinds import BlockKind, ModuleStatus, QuestionKind  # noqa: E402
from authoring.models import Block, Module, Page, Question, utcnow  # noqa: E402
from authoring.questions import Choice, ChoiceData  # noqa: E402
from authoring.services import Services  # noqa: E402
from authoring.services.search_index import find, reindex_module  # noqa: E402
from authoring.snapshot import BlockSnap, ModuleSnap, PageSnap, QuestionSnap  # noqa: E402
from authoring.workspace import Workspace  # noqa: E402

MODULES = 5_000
PAGES = 6
TOPICS = ("phishing", "passwords", "expenses", "meeting rooms", "onboarding", "invoices",
          "privacy", "réflexion", "forklift safety", "first aid", "travel booking", "VPN",
          "holiday requests", "printing", "customer complaints", "data retention", "fire drill",
          "parking", "laptop setup", "sick leave")
GROUPS = tuple(f"Group {g:02}" for g in range(1, 18))
VOCABULARY = ("check", "sender", "address", "report", "colleague", "manager", "approve", "form",
              "deadline", "system", "login", "account", "policy", "invoice", "customer", "ticket",
              "helpdesk", "badge", "building", "schedule", "receipt", "budget", "supplier",
              "contract", "backup", "device", "screen", "update", "request", "review")


def module(rng: random.Random, n: int) -> ModuleSnap:
    """Return a module of six pages (text, callout, question) about one of the topics."""
    topic = TOPICS[n % len(TOPICS)]
    title = f"{topic.capitalize()}: {rng.choice(VOCABULARY)} {rng.choice(VOCABULARY)} {n}"
    pages, questions = [], []
    for p in range(PAGES):
        words = " ".join(rng.choice(VOCABULARY) for _ in range(120))
        q = QuestionSnap(id=uuid.uuid4(), kind=QuestionKind.SINGLE_CHOICE,
                         stem=f"What do you {rng.choice(VOCABULARY)} first?",
                         data=ChoiceData((Choice("a", "Right", True), Choice("b", "Wrong"))))
        questions.append(q)
        blocks = (
            BlockSnap(uuid.uuid4(), BlockKind.TEXT, f"t{p}", TextData(f"{words} ({topic})")),
            BlockSnap(uuid.uuid4(), BlockKind.CALLOUT, f"c{p}",
                      CalloutData(markdown=f"Slow down and {rng.choice(VOCABULARY)}.")),
            BlockSnap(uuid.uuid4(), BlockKind.QUESTION, f"q{p}", QuestionRef(str(q.id))),
        )
        pages.append(PageSnap(id=uuid.uuid4(), title=f"Page {p + 1}", blocks=blocks))
    status = (ModuleStatus.DRAFT, ModuleStatus.PUBLISHED, ModuleStatus.IN_REVIEW)[n % 3]
    return ModuleSnap(id=uuid.uuid4(), title=title, pages=tuple(pages), status=status,
                      group_name=GROUPS[n % len(GROUPS)], questions=tuple(questions))


def load(ws: Workspace, snaps: list[ModuleSnap]) -> None:
    """Write modules with bulk inserts: fast, and no index (as rows written before 0003)."""
    now = utcnow()
    tracked = {"created_at": now, "updated_at": now, "revision": uuid.uuid4(), "deleted_at": None}
    with ws.write() as session:
        session.execute(insert(Module), [dict(
            id=m.id, title=m.title, language="en", description="", keywords=[], owner="",
            group_name=m.group_name, status=m.status, version=1, review_by=None, theme="kiem",
            navigation={}, assessment={}, completion={}, **tracked) for m in snaps])
        session.execute(insert(Page), [dict(
            id=p.id, module_id=m.id, position=i, title=p.title, topics=[], **tracked)
            for m in snaps for i, p in enumerate(m.pages)])
        session.execute(insert(Question), [dict(
            id=q.id, module_id=m.id, bank_id=None, kind=q.kind, title="", stem=q.stem,
            data=dump(q.data), feedback_correct="", feedback_incorrect="", points=1.0, tags=[],
            **tracked) for m in snaps for q in m.questions])
        session.execute(insert(Block), [dict(
            id=b.id, module_id=m.id, page_id=p.id, position=i, kind=b.kind,
            tracking_id=b.tracking_id, data=dump(b.data), **tracked)
            for m in snaps for p in m.pages for i, b in enumerate(p.blocks)])


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Return (median, max) milliseconds of `repeat` calls."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def main() -> None:
    """Fill a workspace with 5,000 modules, then time the library's queries."""
    rng = random.Random(7)
    path = Path(tempfile.mkdtemp(prefix="kiem-bench-")) / "bench.kiemdb"
    rows = []
    with Workspace.open(path) as ws:
        for start in range(0, MODULES, 500):
            load(ws, [module(rng, n) for n in range(start, start + 500)])
        services = Services(ws)
        library = services.library
        rows.append((f"rebuild the index of {MODULES:,} modules",
                     *timed(library.reindex_all, 1), "-"))
        some = library.entries(limit=1)[0].id

        def reindex_one() -> None:
            with ws.write() as session:
                reindex_module(session, some)

        rows.append(("reindex one module (the cost `writing()` adds)", *timed(reindex_one, 20),
                     "-"))
        searches = [("a rare title word", "parking"), ("a prefix", "phish"),
                    ("a word in every module", "helpdesk"), ("two words", "forklift budget"),
                    ("without the accent", "reflexion")]
        for label, query in searches:
            count = len(library.search(query))
            rows.append((f"search {label} (“{query}”, {count} hits, limit 200)",
                         *timed(lambda q=query: library.search(q), 20), "< 50"))
        rows.append(("search with status and group filters",
                     *timed(lambda: library.search("invoice", status=ModuleStatus.PUBLISHED,
                                                   group="Group 03"), 20), "< 50"))
        assert len(library.entries()) == MODULES
        rows.append((f"list all {MODULES:,} library entries", *timed(library.entries, 20),
                     "< 150"))
        rows.append((f"list {MODULES:,} modules (ModuleService.list, for comparison)",
                     *timed(services.modules.list, 10), "-"))

        def portable() -> None:
            with ws.read() as session:
                find(session, "phish", limit=200, fts=False)

        rows.append(("ILIKE fallback search (“phish”), for comparison", *timed(portable, 5), "-"))
    print(f"{time.strftime('%Y-%m-%d')} · {platform.machine()} · {platform.python_version()} · "
          f"{len(os.sched_getaffinity(0))} cores · {MODULES:,} modules of {PAGES} pages")
    print("| measurement | median ms | max ms | target ms |")
    print("| --- | ---: | ---: | ---: |")
    for name, median, worst, target in rows:
        print(f"| {name} | {median:.1f} | {worst:.1f} | {target} |")


if __name__ == "__main__":
    main()
