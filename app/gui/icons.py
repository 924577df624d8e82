"""Icons through one function, `icon(IconName.X)`, backed by resources/icons/<name>.svg.

The SVGs draw with `currentColor`; `icon` tints them with the palette's text colour, so they
read well in the light and the dark theme.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


class IconName(StrEnum):
    """Every icon the studio uses; each has resources/icons/<value>.svg."""

    ADD = "add"
    DELETE = "delete"
    DUPLICATE = "duplicate"
    MOVE_UP = "move-up"
    MOVE_DOWN = "move-down"
    UNDO = "undo"
    REDO = "redo"
    IMPORT = "import"
    EXPORT = "export"
    PREVIEW = "preview"
    SETTINGS = "settings"
    SEARCH = "search"
    TRASH = "trash"
    RESTORE = "restore"
    MODULE = "module"
    PAGE = "page"
    TEMPLATE = "template"
    SAMPLE = "sample"
    WARNING = "warning"
    ERROR = "error"
    OK = "ok"
    BACK = "back"
    BANK = "bank"
    TEXT = "text"
    IMAGE = "image"
    AUDIO = "audio"
    VIDEO = "video"
    CALLOUT = "callout"
    ACCORDION = "accordion"
    TABS = "tabs"
    FLASHCARDS = "flashcards"
    ATTACHMENT = "attachment"
    REFLECTION = "reflection"
    SCENARIO = "scenario"
    QUESTION = "question"
    QUESTION_DRAW = "question-draw"
    BOLD = "bold"
    ITALIC = "italic"
    HEADING = "heading"
    BULLETS = "bullets"
    NUMBERS = "numbers"
    LINK = "link"
    QUOTE = "quote"
    TABLE = "table"
    COMMENT = "comment"


@cache
def _svg(name: str) -> bytes:
    path = ICONS / f"{name}.svg"
    return path.read_bytes() if path.exists() else b""


def icon(name: IconName, size: int = 20, colour: QColor | None = None) -> QIcon:
    """Return the icon `name`, tinted with `colour` or else the palette's text colour."""
    svg = _svg(name.value)
    if not svg:
        return QIcon()
    colour = (colour or QGuiApplication.palette().windowText().color()).name()
    renderer = QSvgRenderer(QByteArray(svg.replace(b"currentColor", colour.encode())))
    result = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(QSize(size, size) * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        result.addPixmap(pixmap)
    return result
