"""One undo history: Ctrl+Z in any field of the editor undoes the studio's last step.

Qt's text fields keep their own undo stacks, so Ctrl+Z in a field undid that field's typing
while the toolbar offered "Undo Edit text" for the same words. Here the keys are taken before
the field sees them: pending typing is saved first (it becomes the step to undo), then the
studio's stack undoes or redoes, exactly as the toolbar's buttons do.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_FIELDS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


class OneUndo(QObject):
    """Routes Undo and Redo keys typed in `area`'s fields to `undo` and `redo`."""

    def __init__(self, area: QWidget, undo: Callable[[], None], redo: Callable[[], None]) -> None:
        super().__init__(area)
        self._area = area
        self._runs = {QKeySequence.StandardKey.Undo: undo, QKeySequence.StandardKey.Redo: redo}
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # A field is claimed when it first takes focus (keys only ever go to the focus).
            # Not an application-wide event filter: PySide can crash calling one for objects
            # that are being destroyed.
            app.focusChanged.connect(self._claim)

    def _claim(self, _old: QWidget | None, now: QWidget | None) -> None:
        if isinstance(now, _FIELDS) and self._area.isAncestorOf(now):
            now.installEventFilter(self)  # once per field however often (Qt keeps one)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Claim Undo/Redo in the area's fields (the shortcut), then run it (the key press)."""
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)  # noqa: S101 - both kinds are key events
        run = next((r for key, r in self._runs.items() if event.matches(key)), None)
        if run is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key comes to the field, not to a window-wide shortcut
            return True
        run()
        return True
