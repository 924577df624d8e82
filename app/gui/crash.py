"""The one global hook for the unexpected: a dialog with a copyable report, never a silent exit."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox


def report_text(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """Return the report a person can copy and send to whoever maintains Kiem."""
    return "".join(traceback.format_exception(kind, exc, tb))


def install() -> None:
    """Route uncaught exceptions in the GUI to a dialog (and stderr)."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        text = report_text(kind, exc, tb)
        sys.stderr.write(text)
        if issubclass(kind, KeyboardInterrupt) or QApplication.instance() is None:
            previous(kind, exc, tb)
            return
        box = QMessageBox(QMessageBox.Icon.Critical, QApplication.translate(
            "Crash", "Something went wrong"), QApplication.translate(
            "Crash", "Kiem ran into an unexpected problem. Your work is saved: every change is "
            "written to the workspace as you make it. Copy the details below into a message "
            "to whoever maintains Kiem."))
        box.setDetailedText(text)
        box.exec()

    sys.excepthook = hook
