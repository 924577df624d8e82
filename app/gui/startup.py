"""The studio's start: the window shows first, then the workspace opens into it.

A user sees the window as soon as Qt can draw it; the studio's own code, the database layer
and the workspace load just after that first paint, and the library fills the same window
(`MainWindow.attach`). A workspace that cannot open is said in a message over the window;
then the window closes and the studio ends with the error's exit status.

When `KIEM_STARTUP_MARK` names a file (only benchmarks set it), the moments the window first
showed and the workspace's first view was painted are appended to it as `shown EPOCH` and
`ready EPOCH` lines, so that a start can be timed as the user waits for it.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.gui import web_engine
from app.gui.main_window import MainWindow

if TYPE_CHECKING:
    from authoring.errors import KiemError
    from authoring.services import Services

MARK_VARIABLE = "KIEM_STARTUP_MARK"
# What opening a module needs, loaded one at a time once the library is on the screen (and
# between the person's clicks), so that the first module opens sooner. Each is also imported
# where it is used: a module opened before the warm-up is done loads what is still missing.
WARM_UP = ("authoring.check", "app.gui.editor.findings", "export.player", "export.package",
           "app.gui.editor.page_editor", "app.gui.editor.module_editor", "app.gui.editor.preview",
           "PySide6.QtWebEngineWidgets", "app.gui.review.threads_panel")


def mark(moment: str) -> None:
    """Append `moment` and the time to the file KIEM_STARTUP_MARK names, if it names one."""
    target = os.environ.get(MARK_VARIABLE)
    if target:
        with Path(target).open("a", encoding="utf-8") as fh:
            fh.write(f"{moment} {time.time():.6f}\n")


class _AfterPaint(QObject):
    """Calls `then` once: just after `widget` is next painted, or after `latest_ms` at most.

    The second is for a window that is not painted (one started minimised).
    """

    def __init__(self, widget: QWidget, then: Callable[[], None], latest_ms: int = 1500) -> None:
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        self._widget = widget
        widget.installEventFilter(self)
        QTimer.singleShot(latest_ms, self, self._call)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """On the first paint, call `then` as soon as the paint is done."""
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._call)
        return False

    def _call(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self._widget.removeEventFilter(self)
            then()


class Opening(QObject):
    """Opens the workspace into `window` after its first paint; `services` is None until then."""

    def __init__(self, window: MainWindow, path: Path | None) -> None:
        super().__init__(window)
        self.window = window
        self.path = path
        self.services: Services | None = None
        self.failed_status: int | None = None  # the exit status when the workspace failed
        self._warming: list[str] = []
        _AfterPaint(window, self._shown)

    def _shown(self) -> None:
        if not self.window.isVisible():  # closed before it was painted: the studio is ending
            return
        mark("shown")
        self.open()

    def open(self) -> None:
        """Open the workspace and build the studio in the window, or say why it cannot."""
        from authoring.errors import KiemError  # noqa: PLC0415 - after the first paint
        from authoring.services import Services  # noqa: PLC0415
        from authoring.storage import explain_os_error  # noqa: PLC0415
        from authoring.workspace import Workspace  # noqa: PLC0415

        try:
            services = Services(Workspace.open(self.path))
        except KiemError as exc:
            self._refused(exc)
            return
        except OSError as exc:  # the disk or the folder: said as plainly as the command line does
            self._refused(explain_os_error(exc))
            return
        self.services = services
        self.window.attach(services)
        # The library (or the welcome page) covers the window: its paint is the one to wait for.
        _AfterPaint(self.window.stack.currentWidget(), self._ready)

    def _refused(self, error: KiemError) -> None:
        """Say why the workspace cannot open, in a window (the studio often has no terminal)."""
        self.failed_status = error.exit_status
        QMessageBox.critical(self.window, QApplication.translate(
            "Studio", "Kiem cannot open the workspace"), str(error))
        self.window.close()  # the last window: the studio ends, `run` returns failed_status

    def _ready(self) -> None:
        mark("ready")
        self.window.start_reviews()  # after the library is on the screen
        self._warming = list(WARM_UP)
        QTimer.singleShot(0, self, self._warm_up)

    def _warm_up(self) -> None:
        """Import the next module an opened module needs; events run between two."""
        name = self._warming.pop(0)
        if name == "PySide6.QtWebEngineWidgets":
            with contextlib.suppress(web_engine.EngineUnavailable):  # the preview says why
                web_engine.widgets()
        else:
            importlib.import_module(name)
        if self._warming:
            QTimer.singleShot(0, self, self._warm_up)


def open_studio(path: Path | None, settings: QSettings | None = None) -> Opening:
    """Show the studio's window now and open the workspace at `path` into it right after."""
    window = MainWindow(None, settings)
    opening = Opening(window, path)
    window.show()
    return opening
