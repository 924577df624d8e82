"""Short commands as whole processes: `kiem --help`, `list`, `show ID`, beside a bare interpreter.

Run: `.venv/bin/python bench/bench_cli_start.py [TREE …]` (each TREE a checkout to measure,
this one by default; give an older one beside this one to compare). Like hyperfine: one
warm-up run of each, then the trees and the bare interpreter alternate, RUNS times each;
prints median, min and max in milliseconds, and the load average. Every run reads the same
workspace (the phishing sample, made once in a temporary folder). Issue #13's target: each
command ≤ 250 ms (≤ 7× the bare interpreter). Record the result in bench/RESULTS.md.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 9
HERE = Path(__file__).resolve().parent.parent
COMMANDS = (["--help"], ["list"], ["show", "ID"])


def run(tree: Path | None, args: list[str]) -> float:
    """Milliseconds one process takes, start to exit; `tree` None runs a bare interpreter."""
    if tree is None:
        command = [sys.executable, "-c", "import sys"]
    else:
        command = [sys.executable, "-m", "app.cli", *args]
    env = {**os.environ, "PYTHONPATH": str(tree or HERE)}
    start = time.perf_counter()
    subprocess.run(command, cwd=tree or HERE, env=env, stdout=subprocess.DEVNULL, check=True)
    return (time.perf_counter() - start) * 1000


def sample_workspace(folder: Path) -> tuple[Path, str]:
    """A workspace holding the phishing sample, and that module's id."""
    path = folder / "ws.kiemdb"
    env = {**os.environ, "PYTHONPATH": str(HERE)}
    base = [sys.executable, "-m", "app.cli", "--workspace", str(path)]
    done = subprocess.run([*base, "import", str(HERE / "resources/samples/phishing")],
                          env=env, capture_output=True, text=True, check=True)
    return path, done.stdout.split(" as ")[1].split(":")[0]


def measure(trees: list[Path], workspace: Path, module_id: str) -> None:
    """Print one table row per command: each tree's median (min–max), then the bare one."""
    labels = [str(t) for t in trees]
    print(f"{platform.machine()}, {os.cpu_count()} cores · Python {platform.python_version()} "
          f"· load average {os.getloadavg()[0]:.2f} · {RUNS} runs each, alternating")
    print(f"| command | {' | '.join(labels)} | bare interpreter |")
    print(f"| --- |{' ---: |' * (len(trees) + 1)}")
    for command in COMMANDS:
        args = ["--workspace", str(workspace)] + [module_id if a == "ID" else a for a in command]
        if command == ["--help"]:
            args = command
        runners: list[Path | None] = [*trees, None]
        times: list[list[float]] = [[] for _ in runners]
        for tree in runners:  # warm-up: the file cache, the .pyc files
            run(tree, args)
        for _ in range(RUNS):
            for i, tree in enumerate(runners):
                times[i].append(run(tree, args))
        cells = [f"{statistics.median(t):.0f} ({min(t):.0f}–{max(t):.0f})" for t in times]
        print(f"| `kiem {' '.join(command)}` | {' | '.join(cells)} |")
    print(f"load average after: {os.getloadavg()[0]:.2f}")


def main() -> None:
    """Measure the trees named on the command line (this checkout without any)."""
    trees = [Path(a).resolve() for a in sys.argv[1:]] or [HERE]
    with tempfile.TemporaryDirectory(prefix="kiem-bench-start-") as folder:
        workspace, module_id = sample_workspace(Path(folder))
        measure(trees, workspace, module_id)


if __name__ == "__main__":
    main()
