"""Tests for the studio window: it lists the workspace's modules and picks up new ones."""

from __future__ import annotations

from pathlib import Path

from app.gui.main_window import MainWindow

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "phishing"
SAMPLE_TITLE = "Spot and report a phishing email"


def rows(window: MainWindow) -> list[list[str]]:
    tree = window.modules
    return [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
            for i in range(tree.topLevelItemCount())]


def test_window_of_an_empty_workspace_lists_no_modules(qtbot, services):
    window = MainWindow(services)
    qtbot.addWidget(window)

    assert rows(window) == []
    assert window.windowTitle() == "Kiem"
    assert "kiem --help" in window.notice.text()


def test_window_shows_the_imported_sample_module(qtbot, services):
    services.transfer.import_folder(SAMPLE)

    window = MainWindow(services)
    qtbot.addWidget(window)

    assert rows(window) == [[SAMPLE_TITLE, "Draft", "7", "8"]]
    header = window.modules.headerItem()
    assert [header.text(c) for c in range(4)] == ["Title", "Status", "Pages", "Questions"]


def test_refresh_picks_up_a_module_created_meanwhile(qtbot, services):
    services.transfer.import_folder(SAMPLE)
    window = MainWindow(services)
    qtbot.addWidget(window)
    module_id = services.modules.create("Strong passwords").id
    assert module_id is not None
    services.pages.add(module_id, "Why length matters")

    assert len(rows(window)) == 1  # nothing moves until asked
    window.refresh()

    assert sorted(rows(window)) == sorted([[SAMPLE_TITLE, "Draft", "7", "8"],
                                           ["Strong passwords", "Draft", "1", "0"]])


def test_window_screenshot_is_a_real_png(qtbot, services, tmp_path):
    services.transfer.import_folder(SAMPLE)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    path = tmp_path / "main.png"
    assert window.grab().save(str(path))

    data = path.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 1000
    assert window.modules.visualItemRect(window.modules.topLevelItem(0)).height() > 0
