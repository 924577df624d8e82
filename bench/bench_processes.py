"""Whole processes as users run them, each beside its reference: the table of issue #13.

Run: `.venv/bin/python bench/bench_processes.py [--runs N] [--only cli,export,studio]
[TREE …]` (each TREE a checkout to measure, this one by default; give an older one before it
to compare: the last is judged against the targets). Like hyperfine (bench/runner.py): one
warm-up run of each, then the trees and the reference alternate, RUNS times each; medians
(min–max) in ms, the ratio of medians, the target and whether it is met; the date, machine
and load average around it. The rows:

- `kiem --help`, `list`, `show ID`, `sync` (no group) on the phishing sample, beside a bare
  interpreter (`python -c "import sys"`): ≤ 250 ms, ≤ 7× bare;
- `kiem export ID --format scorm2004` of the standard module (30 pages, 15 photos of 12 MP,
  bench_export.py) again, its images cached by the warm-up: ≤ 10× bare;
- the studio with 500 modules (+ one of 200 pages), from exec to its window on the screen,
  beside a bare PySide6 QMainWindow process (bench/studio_launch.py): ≤ 3×; to its library
  painted in it; and the first module opened once the library shows: ≤ 0.5 s.

Every process gets its own HOME and XDG folders (settings, image cache) and writes .pyc files
as an installed Kiem does (PYTHONDONTWRITEBYTECODE is dropped). Record the table in
bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from functools import partial
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent.parent), str(Path(__file__).resolve().parent)]

import studio_launch  # noqa: E402
from runner import Row, clean_env, header, process, run_row, table  # noqa: E402

HERE = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
CLI = (["--help"], ["list"], ["show", "ID"], ["sync"])


def cli_run(tree: Path, args: list[str], env: dict[str, str]) -> float | None:
    """One `kiem ARGS` process of `tree`."""
    return process([PYTHON, "-m", "app.cli", *args], {**env, "PYTHONPATH": str(tree)}, tree)


def bare(env: dict[str, str]) -> float | None:
    """A bare interpreter's start and exit."""
    return process([PYTHON, "-c", "import sys"], env, HERE)


def kiem(env: dict[str, str], *args: str) -> str:
    """Run `kiem ARGS` of this checkout; return what it printed."""
    done = subprocess.run([PYTHON, "-m", "app.cli", *args], env={**env, "PYTHONPATH": str(HERE)},
                          cwd=HERE, capture_output=True, text=True, check=True)
    return done.stdout


def cli_rows(trees: list[Path], folder: Path, env: dict[str, str]) -> list[Row]:
    """`--help`, `list`, `show`, `sync` on a workspace holding the phishing sample."""
    ws = folder / "sample.kiemdb"
    out = kiem(env, "--workspace", str(ws), "import", str(HERE / "resources/samples/phishing"))
    module_id = out.split(" as ")[1].split(":")[0]
    rows = []
    for command in CLI:
        args = [module_id if a == "ID" else a for a in command]
        if command != ["--help"]:
            args = ["--workspace", str(ws), *args]
        rows.append(Row(f"`kiem {' '.join(command)}`",
                        [partial(cli_run, t, args, env) for t in trees], partial(bare, env),
                        "bare interpreter", "≤ 250 ms, ≤ 7× bare", limit_ratio=7, limit_s=0.25))
    return rows


def export_rows(trees: list[Path], folder: Path, env: dict[str, str]) -> list[Row]:
    """The standard module exported again as SCORM 2004, its images already cached."""
    import bench_export  # noqa: PLC0415 - Pillow and the exporters, only for this row

    from authoring.services.inserting import insert_snapshot  # noqa: PLC0415
    from authoring.workspace import Workspace  # noqa: PLC0415

    ws = folder / "standard.kiemdb"
    snap, blobs = bench_export.standard_module()
    with Workspace.open(ws) as workspace:
        module_id = str(insert_snapshot(workspace, snap, blobs).id)
    args = ["--workspace", str(ws), "export", module_id, "--format", "scorm2004",
            "--out", str(folder / "standard.zip"), "--force"]
    return [Row("`kiem export ID --format scorm2004`, images cached (standard module)",
                [partial(cli_run, t, args, env) for t in trees], partial(bare, env),
                "bare interpreter", "≤ 10× bare", limit_ratio=10)]


def studio_workspace(folder: Path) -> tuple[Path, str, str]:
    """500 modules of 8 pages and one of 200; a typical module's id and the big one's."""
    from bench_foundation import module  # noqa: PLC0415

    from authoring.services.inserting import insert_snapshot  # noqa: PLC0415
    from authoring.workspace import Workspace  # noqa: PLC0415

    path = folder / "studio.kiemdb"
    with Workspace.open(path) as ws:
        ids = [insert_snapshot(ws, module(8, f"Module {i:03}"), {}).id for i in range(500)]
        big = insert_snapshot(ws, module(200, "Two hundred pages"), {}).id
    return path, str(ids[250]), str(big)


def first_open(tree: Path, ws: Path, module_id: str, env: dict[str, str],
               which: int) -> float | None:
    """Seconds to the editor painted (`which` 0) or to the preview shown (1)."""
    times = studio_launch.first_open(PYTHON, tree, ws, module_id, env)
    return None if times is None else times[which]


def studio_rows(trees: list[Path], folder: Path, env: dict[str, str]) -> list[Row]:
    """Launch to window and to library, beside a bare QMainWindow; the first module opened."""
    ws, typical, big = studio_workspace(folder)
    env = {"QT_QPA_PLATFORM": "offscreen", **env}
    launch = studio_launch.launch
    window = partial(launch, PYTHON, None, [], env, "shown")
    rows = [
        Row("studio: launch to its window on the screen (500 modules)",
            [partial(launch, PYTHON, t, [str(ws)], env, "shown") for t in trees], window,
            "bare QMainWindow", "≤ 3× bare window", limit_ratio=3),
        Row("studio: launch to the library painted in it",
            [partial(launch, PYTHON, t, [str(ws)], env, "ready") for t in trees], window,
            "bare QMainWindow", "-"),
    ]
    for label, module_id in (("an 8-page module", typical), ("the 200-page module", big)):
        rows.append(Row(f"studio: first module opened, {label}: editor painted",
                        [partial(first_open, t, ws, module_id, env, 0) for t in trees], None,
                        "-", "≤ 0.5 s", limit_s=0.5))
    return rows


def main() -> None:
    """Build the workspaces in a temporary folder, measure the rows asked for, print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="*", type=Path,
                        help="checkouts, the one judged last (default: this one)")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--only", default="cli,export,studio")
    options = parser.parse_args()
    trees = [t.resolve() for t in options.trees] or [HERE]
    makers = {"cli": cli_rows, "export": export_rows, "studio": studio_rows}
    with tempfile.TemporaryDirectory(prefix="kiem-bench-processes-") as name:
        folder = Path(name)
        home = folder / "home"
        env = clean_env(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
                        XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"),
                        XDG_STATE_HOME=str(home / "state"))
        print(header(f"{options.runs} runs each, alternating, after one warm-up"))
        rows = []
        for key in options.only.split(","):
            for row in makers[key](trees, folder, env):
                slow = "first module" in row.label  # a whole studio, and a wait, each run
                run_row(row, max(3, options.runs // 2) if slow else options.runs)
                rows.append(row)
                medians = [round(statistics.median(t) * 1000) for t in row.times if t]
                print(f"  {row.label}: {medians} ms", file=sys.stderr)
        print(table(rows, [t.name if len(trees) > 1 else "Kiem" for t in trees]))


if __name__ == "__main__":
    main()
