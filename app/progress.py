"""A progress line on a terminal for long commands (export), silent when not a terminal."""

from __future__ import annotations

from types import TracebackType
from typing import TextIO


class TerminalProgress:
    """Callable progress report `(done, total, label)` that redraws one line on a TTY.

    A total of 0 means that how far the work is is not known: the label alone is shown.
    """

    def __init__(self, stream: TextIO, title: str) -> None:
        self._stream = stream
        self._title = title
        self._live = stream.isatty()
        self._width = 0

    def __call__(self, done: int, total: int, label: str) -> None:
        """Show how far the work is."""
        if not self._live:
            return
        # total 0: how far is not known (an LRS says nothing of how many pages follow)
        percent = f"{int(100 * done / total):3d}% " if total else ""
        line = f"{self._title[:40]}: {percent}{label[:40]}"
        self._stream.write("\r" + line.ljust(self._width))
        self._stream.flush()
        self._width = len(line)

    def __enter__(self) -> TerminalProgress:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._live and self._width:
            self._stream.write("\r" + " " * self._width + "\r")
            self._stream.flush()
