"""The one way slow work (export, import) leaves the GUI thread: a job on the thread pool.

The work gets a progress callback that is safe to call from its thread and raises
`Cancelled` once the person pressed Cancel; results and errors come back as signals on the
GUI thread. The work itself never touches a widget.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from export.errors import Cancelled

Progress = Callable[[int, int, str], None]


class Job(QObject):
    """Runs `work(progress)` off the GUI thread; emits progressed, finished or failed."""

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object, str)  # the exception, and a traceback for unexpected ones

    def __init__(self, work: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._cancel.set()

    def _progress(self, done: int, total: int, label: str) -> None:
        if self._cancel.is_set():
            raise Cancelled("cancelled")
        self.progressed.emit(done, total, label)

    def run(self) -> None:
        """Do the work (in a pool thread) and report how it went."""
        try:
            result = self._work(self._progress)
        except Exception as exc:  # reported to the GUI, which decides how to show it
            self.failed.emit(exc, traceback.format_exc())
        else:
            self.finished.emit(result)
        finally:
            self.done.set()

    def start(self, pool: QThreadPool | None = None) -> None:
        """Queue the job on `pool` (the global pool by default)."""
        (pool or QThreadPool.globalInstance()).start(_Runner(self))


class _Runner(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job.run()
