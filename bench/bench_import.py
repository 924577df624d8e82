"""Whole-process bundle import of big media: time, peak memory, and how long others wait.

What a person feels when a colleague's `kiem bundle import` of videos runs beside the studio:
how long the studio's next save would have to wait for the write lock (longest stretch a probe
connection could not take it, tried every 5 ms), the import's own peak memory (max RSS of the
child process) and its wall time, against a bare interpreter started the same way (alternating).

Run: `.venv/bin/python bench/bench_import.py [CLIPS] [MB]` (default 10 clips of 50 MB: about
a minute). Record the result in bench/RESULTS.md with the machine, date and load average.
"""

from __future__ import annotations

import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from authoring.services import Services  # noqa: E402
from authoring.workspace import Workspace  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
_MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"
RUNS = 3


def make_bundle(folder: Path, clips: int, megabytes: int) -> Path:
    """A bundle of one module holding `clips` videos of `megabytes` MB each."""
    with Workspace.open(folder / "source.kiemdb") as workspace:
        services = Services(workspace)
        module_id = services.modules.create("Forklift safety").id
        for i in range(clips):
            data = _MP4 + os.urandom(megabytes * 1024 * 1024 - len(_MP4))
            services.assets.import_bytes(module_id, data, f"videos/clip{i}.mp4")
        return services.transfer.export_bundle(module_id, folder / "videos.kiem")


class LockProbe(threading.Thread):
    """Tries to take the write lock every 5 ms; notes the longest stretch it could not."""

    def __init__(self, path: Path) -> None:
        super().__init__(daemon=True)
        self._path = path
        self._halt = threading.Event()
        self.longest_s = 0.0

    def run(self) -> None:
        """Probe until stopped."""
        conn = sqlite3.connect(self._path, timeout=0, isolation_level=None)
        blocked_since: float | None = None
        while not self._halt.is_set():
            try:
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("ROLLBACK")
                blocked_since = None
            except sqlite3.OperationalError:
                now = time.perf_counter()
                blocked_since = blocked_since or now
                self.longest_s = max(self.longest_s, now - blocked_since)
            time.sleep(0.005)
        conn.close()

    def stop(self) -> None:
        """Stop probing and wait for the thread."""
        self._halt.set()
        self.join()


def run_child(args: list[str]) -> tuple[float, float]:
    """Run a process; return (wall seconds, max RSS in MB) of that process alone."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    start = time.perf_counter()
    child = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(args)}")
    return wall, usage.ru_maxrss / 1024


def main() -> None:
    """Build the bundle, then import it RUNS times into fresh workspaces beside a reference."""
    clips = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    megabytes = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # Made by another process: a child's max RSS counts what it shared with this one at
        # fork, so this process must stay small.
        run_child([sys.executable, __file__, "--make", tmp, str(clips), str(megabytes)])
        bundle = folder / "videos.kiem"
        walls, rss, waits, bare = [], [], [], []
        for run in range(RUNS):
            bare.append(run_child([sys.executable, "-c", "import sys"])[0])
            target = folder / f"target{run}.kiemdb"
            Workspace.open(target).close()
            probe = LockProbe(target)
            probe.start()
            wall, peak = run_child([sys.executable, "-m", "app.cli", "--workspace", str(target),
                                    "bundle", "import", str(bundle)])
            probe.stop()
            walls.append(wall)
            rss.append(peak)
            waits.append(probe.longest_s)
        print(f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()},"
              f" load {os.getloadavg()[0]:.2f}; bundle {bundle.stat().st_size / 1e6:.0f} MB "
              f"({clips} clips × {megabytes} MB); median of {RUNS}")
        print(f"kiem bundle import, whole process: {statistics.median(walls):.2f} s "
              f"(bare interpreter {statistics.median(bare):.3f} s)")
        print(f"peak memory of the import (max RSS): {statistics.median(rss):.0f} MB")
        print(f"longest wait for the write lock beside it: {statistics.median(waits) * 1000:.0f}"
              f" ms (worst {max(waits) * 1000:.0f} ms)")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--make"]:
        make_bundle(Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
    else:
        main()
