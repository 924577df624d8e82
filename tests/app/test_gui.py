"""The studio window: welcome on an empty workspace, the library, and a module in the editor."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QToolBar

from app.gui.main_window import MainWindow

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "phishing"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "kiem.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def _wait_for_jobs():
    yield
    assert QThreadPool.globalInstance().waitForDone(60_000)


def test_an_empty_workspace_opens_on_the_welcome_screen(qtbot, services, settings):
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.welcome
    assert window.windowTitle() == "Kiem"
    assert not window.library_action.isEnabled()


def test_trying_the_sample_opens_it_in_the_editor_with_its_preview(qtbot, services, settings):
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.preview.updated, timeout=60_000):
        window.welcome.try_sample()
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.editor, timeout=30_000)
    assert window.current_module() is not None
    got: list[str] = []
    window.preview.text(got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    assert "Why one email matters" in got[0]
    window.library_action.trigger()
    assert window.stack.currentWidget() is window.library
    assert window.library.model.rowCount() == 1


def test_a_workspace_with_modules_opens_on_the_library(qtbot, services, settings):
    services.transfer.import_folder(SAMPLE)
    services.library.reindex_all()
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.library
    assert window.library.model.rowCount() == 1


def test_undo_in_the_menu_reverts_the_last_edit_and_redo_restores_it(qtbot, services, settings):
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    module_id = window.studio.do("New", lambda: services.modules.create("Undo me")).id
    window.studio.do("Add page", lambda: services.pages.add(module_id, "First page"))
    window.open_module(module_id)
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert services.modules.snapshot(module_id).pages == ()
    window.redo_action.trigger()
    assert [p.title for p in services.modules.snapshot(module_id).pages] == ["First page"]


def test_the_window_layout_is_kept_between_sessions(qtbot, services, settings):
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.resize(700, 500)
    window.close()
    again = MainWindow(services, settings)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)


def test_the_main_screens_render(qtbot, services, settings, tmp_path):
    services.transfer.import_folder(SAMPLE)
    services.library.reindex_all()
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    path = tmp_path / "library.png"
    assert window.grab().save(str(path))
    assert path.read_bytes().startswith(b"\x89PNG")


def test_check_lists_findings_and_jumps_to_the_block(qtbot, services, settings):
    from authoring.kinds import QuestionKind
    from authoring.questions import Choice, ChoiceData, QuestionDraft

    module_id = services.modules.create("Needs work").id
    page = services.pages.add(module_id, "Quiz").id
    block = services.questions.add_to_page(page, QuestionDraft(
        QuestionKind.SINGLE_CHOICE, "Pick", ChoiceData((Choice("a", "A"), Choice("b", "B"))))).id
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.open_module(module_id)
    window.check_action.trigger()
    assert window.findings_dock.isVisibleTo(window)
    assert window.findings.list.count() >= 1
    with qtbot.waitSignal(window.findings.jump) as jumped:
        window.findings._go(window.findings.list.item(0))
    assert jumped.args == [page, block]


def test_the_toolbar_keeps_its_width_whatever_step_undo_names(qtbot, services, settings):
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    toolbar = window.findChild(QToolBar, "studio-toolbar")
    button = toolbar.widgetForAction(window.undo_action)
    before = button.sizeHint().width()
    module_id = window.studio.do("New", lambda: services.modules.create("Undo me")).id
    window.studio.do("Add a page with a long name",
                     lambda: services.pages.add(module_id, "First page"))
    assert window.undo_action.toolTip() == "Undo Add a page with a long name"  # named, still
    assert button.sizeHint().width() == before


def test_the_check_panel_is_as_tall_as_what_it_says(qtbot, services, settings):
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    module_id = window.studio.do("New", lambda: services.modules.create("Short")).id
    window.studio.do("Add page", lambda: services.pages.add(module_id, "Only page"))
    window.open_module(module_id)
    window.show_findings()
    qtbot.waitUntil(lambda: window.findings_dock.isVisible())
    assert window.findings.list.count() == 1  # one line: the page is empty
    qtbot.waitUntil(lambda: window.findings_dock.height() < window.height() // 5)
    assert window.findings_dock.height() >= window.findings.wanted_height()
