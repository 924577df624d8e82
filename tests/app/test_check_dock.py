"""The Check dock checks the open module when it is in sight, however it was opened."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.gui.main_window import MainWindow
from authoring.check import check


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "kiem.ini"), QSettings.Format.IniFormat)


def test_the_check_dock_opened_by_its_toggle_lists_the_open_modules_findings(
        qtbot, services, settings):
    module_id = services.modules.create("Empty page").id
    services.pages.add(module_id, "Nothing yet")
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_module(module_id)
    assert window.findings_dock.isHidden()
    window.findings_dock.toggleViewAction().trigger()  # the dock's own menu, not Check (F7)
    qtbot.waitUntil(lambda: window.findings_dock.isVisible())
    assert window.findings.module_id == module_id
    assert window.findings.list.count() == 1  # the empty page


def test_with_the_check_dock_open_each_module_opened_is_checked(qtbot, services, settings):
    first = services.modules.create("First").id
    services.pages.add(first, "Empty")
    second = services.modules.create("Second").id
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    window.open_module(first)
    window.show_findings()
    assert window.findings.module_id == first
    window.open_module(second)
    assert window.findings.module_id == second
    expected = check(services.modules.snapshot(second))
    assert window.findings.list.count() == len(expected) > 0  # a module with no page
