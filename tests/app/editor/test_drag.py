"""Blocks are dragged by their handle to a new place; image files dropped on the page arrive."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from app.gui.editor.block_drag import BLOCK_MIME
from authoring.kinds import BlockKind

from .conftest import make_module


def _send(canvas, mime: QMimeData, at: QPoint) -> QDropEvent:
    enter = QDragEnterEvent(QPointF(at), Qt.DropAction.MoveAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(canvas, enter)  # Qt delivers moves only after an accepted enter
    assert enter.isAccepted()
    move = QDragMoveEvent(QPointF(at), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(canvas, move)
    assert move.isAccepted()
    drop = QDropEvent(QPointF(at), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(canvas, drop)
    return drop


def _order(studio, module):
    return [b.id for b in studio.services.modules.snapshot(module).pages[0].blocks]


def test_a_block_dragged_by_its_handle_lands_where_it_is_dropped(qtbot, editor, studio):
    module, _ = make_module(studio, "Page")
    editor.open_module(module)
    page_editor = editor.page_editor
    ids = [page_editor.add_block(kind) for kind in (BlockKind.TEXT, BlockKind.CALLOUT,
                                                    BlockKind.REFLECTION)]
    qtbot.wait(50)  # laid out
    canvas = page_editor.scroll.widget()
    last = page_editor.frames[ids[2]]
    assert last.handle.toolTip()
    mime = QMimeData()
    mime.setData(BLOCK_MIME, QByteArray(str(ids[2]).encode()))
    above_first = page_editor.frames[ids[0]].mapTo(canvas, QPoint(20, 5))
    drop = _send(canvas, mime, above_first)
    assert drop.isAccepted()
    assert _order(studio, module) == [ids[2], ids[0], ids[1]]
    assert not page_editor.drop_area.marker.isVisible()
    studio.undo()
    assert _order(studio, module) == ids


def test_image_files_dropped_on_the_page_become_image_blocks(qtbot, editor, studio, tmp_path):
    module, _ = make_module(studio, "Page")
    editor.open_module(module)
    page_editor = editor.page_editor
    text = page_editor.add_block(BlockKind.TEXT)
    qtbot.wait(50)
    picture = tmp_path / "steps.png"
    Image.new("RGB", (120, 80), "#24a656").save(picture)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(picture))])
    canvas = page_editor.scroll.widget()
    below = page_editor.frames[text].mapTo(canvas, QPoint(20, page_editor.frames[text].height()))
    _send(canvas, mime, below + QPoint(0, 4))
    blocks = studio.services.modules.snapshot(module).pages[0].blocks
    assert [b.kind for b in blocks] == [BlockKind.TEXT, BlockKind.IMAGE]
    assert blocks[1].data.asset
    assert page_editor.current_block() == blocks[1].id
