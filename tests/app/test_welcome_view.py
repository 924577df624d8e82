"""The first screen of an empty workspace: every way to begin ends in a module to open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication

from app.gui import theme
from app.gui.studio import Studio
from app.gui.welcome_view import WelcomeView

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "phishing"
SAMPLE_TITLE = "Spot and report a phishing email"
SHOTS = Path("/tmp/kiem-shots")


@pytest.fixture(autouse=True)
def _wait_for_jobs():
    yield
    assert QThreadPool.globalInstance().waitForDone(60_000)


@pytest.fixture
def view(qtbot, services) -> WelcomeView:
    welcome = WelcomeView(Studio(services))
    qtbot.addWidget(welcome)
    welcome.resize(1100, 700)
    return welcome


def test_try_the_sample_adds_it_and_asks_to_open_it(qtbot, view, services):
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.mouseClick(view.sample_button, Qt.MouseButton.LeftButton)
    module = services.modules.snapshot(opened.args[0])
    assert module.title == SAMPLE_TITLE and len(module.pages) > 3
    assert view.studio.undo_stack.undoText() == "Add the sample module"


def test_each_template_is_a_button_that_says_what_it_is_for(qtbot, view, services):
    assert set(view.template_buttons) == {"recurring_question", "procedure_test",
                                          "learn_apply_reflect"}
    button = view.template_buttons["procedure_test"]
    assert button.heading.text() == "Procedure with a certification test"
    assert "question bank" in button.text.text()
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    module = services.modules.snapshot(opened.args[0])
    assert module.title == "Procedure with a certification test"
    assert module.banks or module.pages[-1].blocks


def test_start_blank_makes_an_untitled_module(qtbot, view, services):
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.mouseClick(view.blank_button, Qt.MouseButton.LeftButton)
    assert services.modules.snapshot(opened.args[0]).title == "Untitled module"


def test_import_a_folder_opens_what_was_imported(qtbot, view, services):
    with qtbot.waitSignal(view.open_requested, timeout=30_000) as opened:
        assert view.import_folder(SAMPLE) is not None
    assert services.modules.snapshot(opened.args[0]).title == SAMPLE_TITLE


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_welcome_screenshot(qtbot, view, tmp_path, mode):
    app = QApplication.instance()
    palette, style = app.palette(), app.style().name()
    theme.apply(app, mode)
    try:
        view.show()
        qtbot.waitExposed(view)
        SHOTS.mkdir(exist_ok=True)
        for path in (tmp_path / f"welcome-{mode}.png", SHOTS / f"welcome-{mode}.png"):
            assert view.grab().save(str(path))
        assert view.sample_button.isVisible() and view.import_button.isVisible()
    finally:
        app.setStyle(style)
        app.setPalette(palette)
