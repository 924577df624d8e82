"""Every icon the studio names is drawn: a valid 24×24 line SVG that tints with the theme."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtSvg import QSvgRenderer

from app.gui.icons import ICONS, IconName, icon

SVG = "{http://www.w3.org/2000/svg}svg"


@pytest.mark.parametrize("name", list(IconName), ids=lambda n: n.value)
def test_each_icon_has_a_valid_svg_and_makes_a_non_null_icon(qapp, name: IconName) -> None:
    path = ICONS / f"{name.value}.svg"
    assert path.is_file(), f"draw resources/icons/{name.value}.svg"
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    assert renderer.viewBox().width() == renderer.viewBox().height() == 24
    made = icon(name)
    assert not made.isNull()
    assert not made.pixmap(20, 20).toImage().isNull()


@pytest.mark.parametrize("name", list(IconName), ids=lambda n: n.value)
def test_icons_share_one_line_style(name: IconName) -> None:
    root = ET.parse(ICONS / f"{name.value}.svg").getroot()
    assert root.tag == SVG
    assert root.get("viewBox") == "0 0 24 24"
    assert root.get("stroke") == "currentColor" and root.get("fill") == "none"
    assert root.get("stroke-width") == "1.75"
    assert root.get("stroke-linecap") == root.get("stroke-linejoin") == "round"


def test_no_icon_file_lacks_a_name() -> None:
    names = {n.value for n in IconName}
    assert {p.stem for p in ICONS.glob("*.svg")} == names
