"""Starting the studio: the window shows at once, the workspace opens into it after its paint."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.gui.startup import MARK_VARIABLE, open_studio

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "phishing"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "kiem.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def _wait_for_jobs():
    yield
    assert QThreadPool.globalInstance().waitForDone(60_000)


def test_the_window_shows_first_and_the_library_fills_it_after_its_first_paint(
        qtbot, services, workspace_path, settings, tmp_path, monkeypatch):
    services.transfer.import_folder(SAMPLE)
    services.library.reindex_all()
    marks = tmp_path / "marks.txt"
    monkeypatch.setenv(MARK_VARIABLE, str(marks))
    opening = open_studio(workspace_path, settings)
    window = opening.window
    qtbot.addWidget(window)
    assert window.isVisible()
    assert not window.attached  # nothing of the workspace is read before the window shows
    assert opening.services is None
    qtbot.waitUntil(lambda: window.attached, timeout=30_000)
    assert window.stack.currentWidget() is window.library
    assert window.library.model.rowCount() == 1
    qtbot.waitUntil(lambda: "ready" in marks.read_text(encoding="utf-8"), timeout=10_000)
    moments = [line.split() for line in marks.read_text(encoding="utf-8").splitlines()]
    assert [m for m, _ in moments] == ["shown", "ready"]
    assert float(moments[0][1]) <= float(moments[1][1])
    window.close()
    opening.services.workspace.close()


def test_without_the_mark_variable_nothing_is_written(qtbot, workspace_path, settings,
                                                       tmp_path, monkeypatch):
    monkeypatch.delenv(MARK_VARIABLE, raising=False)
    monkeypatch.chdir(tmp_path)
    opening = open_studio(workspace_path, settings)
    qtbot.addWidget(opening.window)
    qtbot.waitUntil(lambda: opening.window.attached, timeout=30_000)
    assert opening.window.stack.currentWidget() is opening.window.welcome  # an empty workspace
    assert list(tmp_path.glob("*.txt")) == []
    opening.window.close()
    opening.services.workspace.close()


def test_a_file_that_is_no_workspace_is_said_over_the_window_and_read_no_further(
        qtbot, settings, tmp_path):
    notes = tmp_path / "notes.kiemdb"
    notes.write_text("my shopping list\n", encoding="utf-8")
    said: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        said.append(f"{box.windowTitle()}: {box.text()}")
        box.accept()

    QTimer.singleShot(20, answer)
    opening = open_studio(notes, settings)
    qtbot.addWidget(opening.window)
    qtbot.waitUntil(lambda: opening.failed_status is not None, timeout=30_000)
    assert opening.failed_status != 0
    assert said and said[0].startswith("Kiem cannot open the workspace: ")
    assert str(notes) in said[0]
    assert not opening.window.attached
    assert not opening.window.isVisible()  # closed: the studio ends with failed_status
    assert notes.read_text(encoding="utf-8") == "my shopping list\n"  # left as it was


def test_closing_the_window_while_the_workspace_opens_saves_no_half_layout(
        qtbot, workspace_path, settings):
    opening = open_studio(workspace_path, settings)
    qtbot.addWidget(opening.window)
    opening.window.close()  # before its first paint: nothing of the studio exists yet
    qtbot.wait(2_000)  # longer than the wait for a paint that never comes
    assert not opening.window.attached
    assert opening.services is None  # the workspace was not opened for a closed window
    assert settings.value("window/state") is None
