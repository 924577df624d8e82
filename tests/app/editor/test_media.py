"""Images and files: chosen with the button or dropped from the file manager, alt text beside."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from app.gui.editor.block_frame import DEBOUNCE_MS
from authoring.kinds import BlockKind

from .conftest import make_module


def _png(path: Path, colour: str = "#2456a6", size: tuple[int, int] = (320, 200)) -> Path:
    Image.new("RGB", size, colour).save(path)
    return path


def _image_form(qtbot, editor, studio):
    module, _ = make_module(studio, "Look closely")
    editor.open_module(module)
    block = editor.page_editor.add_block(BlockKind.IMAGE)
    QApplication.processEvents()
    return module, block, editor.page_editor.frames[block].form


def _data(studio, module, index=0):
    return studio.services.modules.snapshot(module).pages[0].blocks[index].data


def _drop(widget, path: Path) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPointF(widget.rect().center()), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    widget.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(widget.rect().center()), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(drop)
    return drop


def test_creator_chooses_an_image_and_describes_it(qtbot, editor, studio, tmp_path):
    module, block, form = _image_form(qtbot, editor, studio)
    steps = studio.undo_stack.count()
    form.picker.choose(_png(tmp_path / "suspicious email.png"))
    snap = studio.services.modules.snapshot(module)
    assert [a.name for a in snap.assets] == ["images/suspicious-email.png"]
    assert _data(studio, module).asset == snap.assets[0].sha256
    assert studio.undo_stack.count() == steps + 1  # the file and its use: one step
    assert studio.undo_stack.undoText() == "Choose image"
    assert not form.picker.preview.pixmap().isNull()
    assert "suspicious-email.png" in form.picker.name.text()

    qtbot.keyClicks(form.alt, "A mail window with the sender address circled")
    qtbot.keyClicks(form.caption, "Sanne's email")
    qtbot.waitUntil(lambda: _data(studio, module).caption == "Sanne's email",
                    timeout=DEBOUNCE_MS * 10)
    data = _data(studio, module)
    assert data.alt == "A mail window with the sender address circled"
    assert not data.decorative
    assert "image.no_alt" not in {f.code for f in editor.findings.by_block.get(block, [])}
    assert not editor.page_editor.frames[block].problems.isVisible()

    studio.undo()  # alt text and caption, typed in one burst
    assert form.alt.toPlainText() == "" and form.caption.text() == ""
    studio.undo()  # the image itself
    assert _data(studio, module).asset == ""
    assert form.picker.name.isHidden()
    assert studio.messages == []


def test_an_image_dropped_from_the_file_manager_is_imported(qtbot, editor, studio, tmp_path):
    module, block, form = _image_form(qtbot, editor, studio)
    drop = _drop(form, _png(tmp_path / "hover.png"))
    assert drop.isAccepted()
    sha = _data(studio, module).asset
    assert sha and sha in {a.sha256 for a in studio.services.modules.snapshot(module).assets}

    other = tmp_path / "other"
    other.mkdir()
    _drop(form.picker, _png(other / "hover.png", "#a62424"))  # same name, other picture
    snap = studio.services.modules.snapshot(module)
    assert sorted(a.name for a in snap.assets) == ["images/hover-2.png", "images/hover.png"]
    assert _data(studio, module).asset != sha  # replaced in this block, kept for the other


def test_a_file_kiem_cannot_use_is_refused_with_a_reason(qtbot, editor, studio, tmp_path):
    module, block, form = _image_form(qtbot, editor, studio)
    bad = tmp_path / "notes.png"
    bad.write_text("not an image")
    steps = studio.undo_stack.count()
    form.choose_file(bad)
    assert studio.messages and "notes.png" in studio.messages[0]
    assert studio.undo_stack.count() == steps
    assert _data(studio, module).asset == ""


def test_an_attachment_and_a_video_take_their_files(qtbot, editor, studio, tmp_path):
    module, _ = make_module(studio, "Downloads")
    editor.open_module(module)
    page_editor = editor.page_editor
    attachment = page_editor.add_block(BlockKind.ATTACHMENT)
    video = page_editor.add_block(BlockKind.VIDEO)
    QApplication.processEvents()
    checklist = tmp_path / "after-a-click.csv"
    checklist.write_text("step,done\nCall the desk,\n")
    page_editor.frames[attachment].form.picker.choose(checklist)
    clip = tmp_path / "report-it.mp4"
    clip.write_bytes(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 64)
    page_editor.frames[video].form.picker.choose(clip)
    data = _data(studio, module, 0)
    assert data.filename == "after-a-click.csv" and data.label == "after a click"
    assert data.asset
    assert _data(studio, module, 1).asset
    assert _data(studio, module, 1).title == "report it"  # a start, from the file's name
    assert sorted(a.name for a in studio.services.modules.snapshot(module).assets) == [
        "files/after-a-click.csv", "video/report-it.mp4"]
    assert studio.messages == []
