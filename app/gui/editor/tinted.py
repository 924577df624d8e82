"""Icons that follow the theme: set once through `tint`, re-tinted by `retint` on a switch.

`icon()` colours an icon with the palette of the moment; after a switch between light and dark
the editor calls `retint(self)`, which sets every icon it placed again in the new colour.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QLabel

from app.gui.icons import IconName, icon

PROPERTY = "kiem_icon"
Target = QAbstractButton | QAction | QLabel


def tint(target: Target, name: IconName, size: int = 20) -> None:
    """Give `target` the icon `name` (a label gets it as its picture) and remember it."""
    target.setProperty(PROPERTY, f"{name.value}@{size}")
    _apply(target, name, size)


def forget(target: QLabel) -> None:
    """Stop re-tinting a label that now shows a picture of its own (a thumbnail)."""
    target.setProperty(PROPERTY, None)


def _apply(target: QObject, name: IconName, size: int) -> None:
    themed = icon(name, size)
    if isinstance(target, QLabel):
        target.setPixmap(themed.pixmap(size, size))
    elif isinstance(target, QAbstractButton | QAction):
        target.setIcon(themed)


def retint(root: QObject) -> None:
    """Set every remembered icon under `root` again, in the current palette's colour."""
    for target in (root, *root.findChildren(QObject)):
        remembered = target.property(PROPERTY)
        if remembered:
            name, size = str(remembered).split("@")
            _apply(target, IconName(name), int(size))
