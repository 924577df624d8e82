"""Whole processes timed as the user waits for them, beside a reference, hyperfine-style.

Each row has a subject (one or more checkouts) and a reference (a bare interpreter, a bare Qt
window): one warm-up run of each, then they alternate RUNS times, so that the machine's load
falls on both alike. A measure returns seconds, or None when the run failed; a row prints the
median (min–max) of each and the ratio of the medians. The header says the date, the machine,
the versions and the load average; the footer the load average after.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

Measure = Callable[[], "float | None"]


@dataclass
class Row:
    """One line of the table: what the user does, how it is timed, what it must reach."""

    label: str
    subjects: Sequence[Measure]  # one per checkout measured
    reference: Measure | None
    reference_label: str  # what the reference is ("bare interpreter")
    target: str  # as the issue words it, e.g. "≤ 10× bare"
    limit_ratio: float | None = None  # met when subject ÷ reference ≤ this
    limit_s: float | None = None  # met when the subject's median ≤ this many seconds
    times: list[list[float]] = field(default_factory=list)  # filled by `run_row`


def clean_env(**extra: str) -> dict[str, str]:
    """The environment of a user's start: bytecode is written and read as installed."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(extra)
    return env


def process(command: Sequence[str], env: dict[str, str], cwd: Path,
            timeout: float = 120) -> float | None:
    """Seconds from starting `command` to its exit; None when it failed."""
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL, timeout=timeout, check=False)
    seconds = time.perf_counter() - start
    return seconds if done.returncode == 0 else None


def run_row(row: Row, runs: int, warmups: int = 1) -> None:
    """Warm up, then alternate the subjects and the reference `runs` times."""
    measures = [*row.subjects, *([row.reference] if row.reference else [])]
    for measure in measures:
        for _ in range(warmups):
            measure()
    row.times = [[] for _ in measures]
    for _ in range(runs):
        for i, measure in enumerate(measures):
            seconds = measure()
            if seconds is not None:
                row.times[i].append(seconds)


def _cell(times: list[float]) -> str:
    if not times:
        return "–"  # every run failed, or the row cannot be measured on that checkout
    return (f"{_ms(statistics.median(times))} ({_ms(min(times))}–{_ms(max(times))})")


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f}"


def _ratio(row: Row, subject: int) -> float | None:
    """A subject's median over the reference's (None without a reference or times)."""
    if row.reference is None or not row.times[subject] or not row.times[-1]:
        return None
    return statistics.median(row.times[subject]) / statistics.median(row.times[-1])


def verdict(row: Row) -> str:
    """Whether the last subject (this checkout) meets the row's target, or by how much not."""
    last = len(row.subjects) - 1
    if (row.limit_ratio is None and row.limit_s is None) or not row.times[last]:
        return "-"
    subject, ratio = statistics.median(row.times[last]), _ratio(row, last)
    misses = []
    if row.limit_ratio is not None and ratio is not None and ratio > row.limit_ratio:
        misses.append(f"{ratio / row.limit_ratio:.1f}× the target")
    if row.limit_s is not None and subject > row.limit_s:
        misses.append(f"{subject - row.limit_s:.2f} s over")
    return "missed: " + ", ".join(misses) if misses else "met"


def header(title: str) -> str:
    """Date, machine, versions and load: what a table's numbers must be read with."""
    cpu = next((line.split(":", 1)[1].strip() for line in _cpuinfo()
                if line.startswith("model name")), platform.processor() or "?")
    return (f"{dt.date.today().isoformat()} · {title} · {platform.machine()}, {cpu}, "
            f"{os.cpu_count()} cores · {platform.system()} {platform.release()} · Python "
            f"{platform.python_version()} · load average {_load()} at the start")


def _cpuinfo() -> list[str]:
    try:
        return Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines()
    except OSError:
        return []


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def table(rows: Sequence[Row], subject_labels: Sequence[str]) -> str:
    """The rows as a Markdown table: median (min–max) in ms and ratio, the target, the verdict."""
    lines = [f"| what the user does | {' | '.join(subject_labels)} | reference | target | |",
             f"| --- |{' ---: |' * (len(subject_labels) + 1)} --- | --- |"]
    for row in rows:
        cells = []
        for i in range(len(row.subjects)):
            ratio = _ratio(row, i)
            cells.append(_cell(row.times[i]) + (f", {ratio:.1f}×" if ratio else ""))
        reference = f"{row.reference_label} {_cell(row.times[-1])}" if row.reference else "-"
        lines.append(f"| {row.label} | {' | '.join(cells)} | {reference} | {row.target} | "
                     f"{verdict(row)} |")
    lines.append(f"\nms: median (min–max), and × the reference's median; load average "
                 f"{_load()} at the end")
    return "\n".join(lines)
