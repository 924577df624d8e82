"""Dragging blocks by their handle to reorder them, and dropping image files onto the page.

`BlockHandle` starts the drag; `PageDropArea` (an event filter on the page canvas) shows
where the block will land and reports `block_dropped(block id, index)` or
`files_dropped(paths, index)`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QWidget

from app.gui.editor.forms.asset_picker import SUFFIXES, FileKind

BLOCK_MIME = "application/x-kiem-block"


class BlockHandle(QLabel):
    """The block's kind icon, doubling as the handle to drag the block elsewhere on the page."""

    def __init__(self, block_id: Callable[[], uuid.UUID], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._block_id = block_id
        self._pressed: QPoint | None = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        """Remember where a drag may start."""
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        """Start dragging the block once the mouse moved far enough."""
        if self._pressed is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - self._pressed).manhattanLength() < (
                QApplication.startDragDistance()):
            return
        self._pressed = None
        mime = QMimeData()
        mime.setData(BLOCK_MIME, QByteArray(str(self._block_id()).encode()))
        drag = QDrag(self)
        drag.setMimeData(mime)
        frame = self.parentWidget()
        if frame is not None:
            drag.setPixmap(frame.grab().scaledToWidth(min(360, frame.width())))
        drag.exec(Qt.DropAction.MoveAction)


def dropped_images(mime: QMimeData) -> list[Path]:
    """Return the local image files carried by a drag."""
    wanted = SUFFIXES[FileKind.IMAGE]
    return [Path(u.toLocalFile()) for u in mime.urls()
            if u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in wanted]


class PageDropArea(QObject):
    """Watches the page canvas for dragged blocks and image files; shows the landing line."""

    block_dropped = Signal(object, int)  # block id, new index
    files_dropped = Signal(object, int)  # list of paths, index to insert at

    def __init__(self, canvas: QWidget, frames: Callable[[], list[QWidget]]) -> None:
        super().__init__(canvas)
        self._canvas = canvas
        self._frames = frames
        canvas.setAcceptDrops(True)
        canvas.installEventFilter(self)
        self.marker = QFrame(canvas)
        self.marker.setObjectName("dropMarker")
        self.marker.setFixedHeight(3)
        self.marker.hide()

    def index_at(self, y: int) -> int:
        """Return the index a block dropped at canvas height `y` takes."""
        frames = self._frames()
        for index, frame in enumerate(frames):
            if y < frame.mapTo(self._canvas, QPoint(0, frame.height() // 2)).y():
                return index
        return len(frames)

    def _show_marker(self, index: int) -> None:
        frames = self._frames()
        if not frames:
            self.marker.hide()
            return
        if index < len(frames):
            top = frames[index].mapTo(self._canvas, QPoint(0, 0))
            y = top.y() - 8
        else:
            last = frames[-1]
            top = last.mapTo(self._canvas, QPoint(0, last.height()))
            y = top.y() + 5
        self.marker.setGeometry(top.x(), y, frames[0].width(), 3)
        self.marker.show()
        self.marker.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Accept blocks and image files; move or add them where they are dropped."""
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragMoveEvent)
            mime = event.mimeData()
            if mime.hasFormat(BLOCK_MIME) or dropped_images(mime):
                event.acceptProposedAction()
                self._show_marker(self.index_at(event.position().toPoint().y()))
                return True
        elif kind == QEvent.Type.DragLeave:
            self.marker.hide()
        elif kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            self.marker.hide()
            index = self.index_at(event.position().toPoint().y())
            mime = event.mimeData()
            if mime.hasFormat(BLOCK_MIME):
                block = uuid.UUID(bytes(mime.data(BLOCK_MIME).data()).decode())
                event.acceptProposedAction()
                self.block_dropped.emit(block, index)
                return True
            images = dropped_images(mime)
            if images:
                event.acceptProposedAction()
                self.files_dropped.emit(images, index)
                return True
        return super().eventFilter(watched, event)
