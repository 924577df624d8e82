"""Telling the person why a review action did not happen, and what to do instead."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def sentence(text: str) -> str:
    """Return a service message as a sentence: capital first letter, full stop at the end."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def tell(parent: QWidget, title: str, what: str, why: str = "", todo: str = "") -> QMessageBox:
    """Show a window-modal warning without blocking: what happened, why, what to do."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, what, QMessageBox.StandardButton.Ok,
                      parent)
    box.setInformativeText("\n\n".join(part for part in (sentence(why), todo) if part))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
