"""What the page area says when there is nothing to edit yet: a page without blocks, no pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from app.gui.editor.palette import BlockPalette
from app.gui.editor.tinted import tint
from app.gui.icons import IconName
from authoring.kinds import BlockKind


class EmptyPage(QFrame):
    """A friendly start for an empty page, with the palette right there."""

    def __init__(self, kinds: list[BlockKind], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(6)
        heading = QLabel(self.tr("This page is empty"), self)
        heading.setObjectName("emptyHeading")
        hint = QLabel(self.tr(
            "One idea per page works best: a short text, an example or image, and perhaps a "
            "question to check it landed. Pick a first block:"), self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.palette_widget = BlockPalette(kinds, 2, self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addSpacing(6)
        layout.addWidget(self.palette_widget)


class NoPages(QWidget):
    """A module without pages: one button to make the first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        heading = QLabel(self.tr("This module has no pages yet"), self)
        heading.setObjectName("emptyHeading")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(self.tr("A good module has a few short pages, each with one idea."), self)
        hint.setObjectName("hint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add_button = QPushButton(self.tr("Add the first page"), self)
        tint(self.add_button, IconName.ADD)
        self.add_button.setObjectName("primary")
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addSpacing(8)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
