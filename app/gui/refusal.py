"""How the studio tells someone an action was refused or failed: one message box.

It opens window-modal without blocking, so timers and background jobs keep running behind it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def tell(parent: QWidget, title: str, text: str, info: str = "",
         kind: QMessageBox.Icon = QMessageBox.Icon.Warning) -> QMessageBox:
    """Open a message box over `parent` and return it (the caller may keep it for tests)."""
    box = QMessageBox(kind, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(info)
    box.open()
    return box
