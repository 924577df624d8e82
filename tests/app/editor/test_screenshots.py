"""Screenshots of the editor with the sample module, light and dark, at a laptop's 1280×800.

Set KIEM_SCREENSHOTS to a folder to keep them (they are looked at, not compared).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel

from app.gui import theme
from app.gui.editor.module_editor import ModuleEditor

from .conftest import SAMPLE


@pytest.fixture
def restored_theme():
    app = QApplication.instance()
    palette, style = app.palette(), app.style().name()
    yield app
    app.setPalette(palette)
    app.setStyle(style)


def _colours(image: QImage) -> int:
    step = max(1, image.width() // 64)
    return len({image.pixel(x, y) for x in range(0, image.width(), step)
                for y in range(0, image.height(), step)})


@pytest.mark.parametrize("theme_name", ["light", "dark"])
def test_editor_screenshot_with_the_sample_module(qtbot, studio, tmp_path, restored_theme,
                                                  theme_name):
    theme.apply(restored_theme, theme_name)
    module = studio.services.transfer.import_folder(SAMPLE).id
    editor = ModuleEditor(studio)
    qtbot.addWidget(editor)
    stand_in = QLabel("Live preview", editor.preview_slot)  # the preview pane goes here
    stand_in.setAlignment(Qt.AlignmentFlag.AlignCenter)
    editor.preview_slot.layout().addWidget(stand_in)
    editor.resize(1280, 800)
    editor.open_module(module)
    editor.show()
    qtbot.waitExposed(editor)
    snap = studio.services.modules.snapshot(module)
    page = snap.pages[1]
    editor.select(page.id, page.blocks[1].id)  # the page with the marked-up email
    qtbot.wait(100)
    shots = []
    for name, widget in (("editor", editor), ("page", editor.page_editor.scroll.widget())):
        image = widget.grab().toImage()
        path = tmp_path / f"{name}-{theme_name}.png"
        assert image.save(str(path))
        assert _colours(image) > 20, f"{path.name} looks blank"
        shots.append(path)
    assert editor.grab().size().width() == 1280
    keep = os.environ.get("KIEM_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        for path in shots:
            shutil.copy(path, Path(keep) / path.name)


def _ink(pixmap) -> int:
    """The lightness of an icon's darkest-or-lightest drawn pixel (its ink)."""
    image = pixmap.toImage()
    inks = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    drawn = [c.lightness() for c in inks if c.alpha() > 200]
    assert drawn, "the icon draws nothing"
    return sorted(drawn)[len(drawn) // 2]


def test_switching_to_dark_retints_icons_and_restyles(qtbot, studio, restored_theme):
    from app.gui.editor.page_editor import PageEditor
    from authoring.kinds import BlockKind

    from .conftest import make_module

    theme.apply(restored_theme, "light")
    editor = ModuleEditor(studio)
    qtbot.addWidget(editor)
    module, _ = make_module(studio, "Page")
    editor.open_module(module)
    page_editor: PageEditor = editor.page_editor
    block = page_editor.add_block(BlockKind.TEXT)
    button = page_editor.frames[block].delete_button
    light_ink = _ink(button.icon().pixmap(18, 18))
    light_sheet = editor.styleSheet()
    theme.apply(restored_theme, "dark")
    QApplication.processEvents()
    assert _ink(button.icon().pixmap(18, 18)) > light_ink + 80  # light ink on dark now
    assert editor.styleSheet() != light_sheet
