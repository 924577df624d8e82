"""The studio's screens in French and German, whose words run longest: nothing is cut off.

Each screen is rendered offscreen and saved; set KIEM_SCREENSHOTS to a folder to keep the
pictures and look at them. The test fails on a label, button, column heading or tab too narrow
for its words (tests/app/languages.py says how that is measured).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QDialog, QWidget

from app.gui.editor.questions import BankDialog, QuestionDialog
from app.gui.editor.questions.block_form import draft_of
from app.gui.main_window import MainWindow
from app.gui.module_settings import ModuleSettingsDialog
from app.gui.new_module_dialog import NewModuleDialog
from app.gui.preferences import PreferencesDialog
from app.gui.studio import Studio
from app.gui.welcome_view import WelcomeView
from tests.app.languages import SHOWN_LANGUAGES, cut_short, keep, speaking

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "phishing"


@pytest.fixture(autouse=True)
def _wait_for_jobs():
    yield
    assert QThreadPool.globalInstance().waitForDone(60_000)


class Screens:
    """Shows screens, saves a picture of each and collects what is cut off."""

    def __init__(self, qtbot, folder: Path, language: str) -> None:
        self.qtbot, self.folder, self.language = qtbot, folder, language
        self.problems: list[str] = []

    def look(self, widget: QWidget, name: str) -> None:
        """Show `widget` (unless shown), save its picture and note what does not fit."""
        if not widget.isVisible():
            widget.show()
        self.qtbot.waitExposed(widget)
        self.qtbot.wait(100)  # let the layouts settle
        path = self.folder / f"{name}-{self.language}.png"
        assert widget.grab().save(str(path))
        keep(path)
        self.problems += [f"{name}: {p}" for p in cut_short(widget)]


@pytest.mark.parametrize("language", SHOWN_LANGUAGES)
def test_the_studio_screens_fit_their_words(qtbot, tmp_path, services, language) -> None:
    with speaking(language):  # first start: no module yet, the templates in the language
        screens = Screens(qtbot, tmp_path, language)
        welcome = WelcomeView(Studio(services))
        qtbot.addWidget(welcome)
        welcome.resize(1100, 700)
        screens.look(welcome, "welcome")
        widths = {b.width() for b in welcome.template_buttons.values()}
        assert max(widths) - min(widths) <= 2, f"the templates share the width unevenly: {widths}"
        welcome.close()
    sample = services.transfer.import_folder(SAMPLE).id
    services.library.create_from_template("procedure_test", "Handling a data breach",
                                          owner="An De Smet", group_name="Security")
    services.library.reindex_all()
    services.transfer.import_gift_to_bank(SAMPLE / "quiz.gift", "Phishing")
    settings = QSettings(str(tmp_path / "kiem.ini"), QSettings.Format.IniFormat)
    with speaking(language):
        window = MainWindow(services, settings)
        qtbot.addWidget(window)
        window.resize(1100, 700)
        screens.look(window, "library")

        window.open_module(sample)
        window.show_findings()
        screens.look(window, "editor")

        export = window.export()
        assert export is not None
        qtbot.addWidget(export)
        screens.look(export, "export")
        export.reject()

        dialogs: list[tuple[QDialog, str]] = [
            (PreferencesDialog(settings, window), "preferences"),
            (NewModuleDialog(window.studio, window), "new-module"),
            (ModuleSettingsDialog(window.studio, sample, window), "module-settings"),
            (BankDialog(window.studio, window), "banks"),
            (QuestionDialog(draft_of(_a_question(services, sample)), editing=True),
             "question"),
        ]
        for dialog, name in dialogs:
            qtbot.addWidget(dialog)
            screens.look(dialog, name)
            if isinstance(dialog, ModuleSettingsDialog):
                for tab in range(1, dialog.tabs.count()):
                    dialog.tabs.setCurrentIndex(tab)
                    screens.look(dialog, f"{name}-{tab}")
            dialog.reject()
        window.close()
    assert not screens.problems, "\n".join(screens.problems)


def _a_question(services, module_id):
    """The sample's question with the most answers (a multiple response)."""
    snap = services.modules.snapshot(module_id)
    return max(snap.questions, key=lambda q: len(getattr(q.data, "choices", ())))
