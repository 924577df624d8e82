"""The block palette: every kind with its icon, its name and when to use it, in four groups.

Shown inline on an empty page and as a popup from "Add block"; `chosen(kind)` when one is
picked. Arrow keys and Tab walk the tiles; Enter or Space picks one.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.editor.kinds import KindInfo, kind_infos
from app.gui.editor.tinted import tint
from authoring.kinds import BlockKind


class KindTile(QToolButton):
    """One kind: its icon, its name in bold and a one-line hint of when to use it."""

    def __init__(self, info: KindInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.setObjectName("kindTile")
        self.setAccessibleName(info.name)
        self.setAccessibleDescription(info.hint)
        self.setAutoRaise(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(60)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.setSpacing(12)
        glyph = QLabel(self)
        tint(glyph, info.icon, 24)
        text = QVBoxLayout()
        text.setSpacing(1)
        self.name = QLabel(info.name, self)
        self.name.setObjectName("tileName")
        self.hint = QLabel(info.hint, self)
        self.hint.setObjectName("tileHint")
        self.hint.setWordWrap(True)
        text.addWidget(self.name)
        text.addWidget(self.hint)
        row.addWidget(glyph, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(text, 1)
        for label in (glyph, self.name, self.hint):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """Wide enough for the hint on about two lines."""
        return QSize(280, 60)


class BlockPalette(QWidget):
    """A grid of kind tiles; `chosen(kind)` when one is clicked."""

    chosen = Signal(object)  # BlockKind

    def __init__(self, kinds: list[BlockKind] | None = None, columns: int = 2,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles: dict[BlockKind, KindTile] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        group = None
        grid: QGridLayout | None = None
        count = 0
        for info in kind_infos():
            if kinds is not None and info.kind not in kinds:
                continue
            if info.group != group:
                group, count = info.group, 0
                heading = QLabel(info.group, self)
                heading.setObjectName("paletteGroup")
                layout.addWidget(heading)
                grid = QGridLayout()
                grid.setSpacing(2)
                layout.addLayout(grid)
            tile = KindTile(info, self)
            tile.clicked.connect(lambda _=False, k=info.kind: self.chosen.emit(k))
            assert grid is not None
            grid.addWidget(tile, count // columns, count % columns)
            for column in range(columns):
                grid.setColumnStretch(column, 1)
            self.tiles[info.kind] = tile
            count += 1

    def tile(self, kind: BlockKind) -> KindTile:
        """Return the tile of `kind`."""
        return self.tiles[kind]

    def focus_first(self) -> None:
        """Put the keyboard focus on the first tile."""
        next(iter(self.tiles.values())).setFocus()


class PalettePopup(QFrame):
    """The palette as a popup under the "Add block" button; closes once a kind is chosen."""

    chosen = Signal(object)  # BlockKind

    def __init__(self, kinds: list[BlockKind], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("palettePopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        title = QLabel(self.tr("Add a block"), self)
        title.setObjectName("paletteTitle")
        layout.addWidget(title)
        self.palette_widget = BlockPalette(kinds, 2, self)
        self.palette_widget.chosen.connect(self._chosen)
        layout.addWidget(self.palette_widget)
        self.setMinimumWidth(620)

    def _chosen(self, kind: BlockKind) -> None:
        self.close()
        self.chosen.emit(kind)

    def popup(self, at: QPoint) -> None:
        """Show at `at` (global), kept on the screen, with the focus on the first tile."""
        self.adjustSize()
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            at.setX(max(screen.left(), min(at.x(), screen.right() - self.width())))
            at.setY(max(screen.top(), min(at.y(), screen.bottom() - self.height())))
        self.move(at)
        self.show()
        self.palette_widget.focus_first()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Escape closes; arrows move between tiles like Tab."""
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Right):
            self.focusNextChild()
        elif event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Left):
            self.focusPreviousChild()
        else:
            super().keyPressEvent(event)
