"""The first screen of an empty workspace: every way to begin ends in a module to open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QDialog

from app.gui import theme
from app.gui.new_module_dialog import NewModuleDialog
from app.gui.studio import Studio
from app.gui.welcome_view import WelcomeView
from review.service import ReviewService

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


def _answer_new_module_dialog(qtbot, monkeypatch, title: str, language: str,
                              seen: list[str]) -> None:
    """Fill the New module dialog as a person would when it opens (only `exec` is patched)."""
    def exec_(dialog: NewModuleDialog) -> int:
        seen.append(dialog.chosen())
        assert dialog.title.text() == ""  # asked, not guessed
        qtbot.keyClicks(dialog.title, title)
        dialog.language.setCurrentIndex(dialog.language.findData(language))
        dialog.create_button.click()
        return dialog.result()
    monkeypatch.setattr(NewModuleDialog, "exec", exec_)


def test_each_template_is_a_button_that_asks_for_a_title_and_language(qtbot, view, services,
                                                                      monkeypatch):
    assert set(view.template_buttons) == {"recurring_question", "procedure_test",
                                          "learn_apply_reflect"}
    button = view.template_buttons["procedure_test"]
    assert button.heading.text() == "Procedure with a certification test"
    assert "question bank" in button.text.text()
    seen: list[str] = []
    _answer_new_module_dialog(qtbot, monkeypatch, "Lockout before maintenance", "nl", seen)
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen == ["procedure_test"]  # the dialog opened on the template that was clicked
    module = services.modules.snapshot(opened.args[0])
    assert (module.title, module.language) == ("Lockout before maintenance", "nl")
    assert module.pages[0].title == "Inleiding" and module.banks


def test_a_template_dialog_cancelled_makes_nothing(qtbot, view, services, monkeypatch):
    monkeypatch.setattr(NewModuleDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert view.start_from_template("recurring_question") is None
    assert services.modules.list() == []


def test_start_blank_asks_for_the_title(qtbot, view, services, monkeypatch):
    seen: list[str] = []
    _answer_new_module_dialog(qtbot, monkeypatch, "Lock your screen", "en", seen)
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.mouseClick(view.blank_button, Qt.MouseButton.LeftButton)
    assert seen == ["blank"]
    assert services.modules.snapshot(opened.args[0]).title == "Lock your screen"


def test_a_new_module_is_owned_by_the_person_named_at_first_start(qtbot, view, services,
                                                                   monkeypatch):
    ReviewService(services).set_me("Noor Said", "noor@example.com")
    _answer_new_module_dialog(qtbot, monkeypatch, "Booking a room", "en", [])
    module_id = view.start_from_template("recurring_question")
    assert module_id is not None
    assert services.modules.snapshot(module_id).owner == "Noor Said"


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
