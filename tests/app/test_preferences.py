"""Preferences: the language and theme overrides are stored, and the theme applies at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.gui import i18n, theme
from app.gui.preferences import PreferencesDialog


def test_choosing_dutch_and_dark_is_remembered_and_dark_applies_now(qtbot, tmp_path: Path):
    settings = QSettings(str(tmp_path / "kiem.ini"), QSettings.Format.IniFormat)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "" and dialog.theme.currentData() == "system"
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.accept()
    assert i18n.chosen_language(settings) == "nl"
    assert QApplication.instance().property("kiem_theme") == "dark"
    again = PreferencesDialog(settings)
    qtbot.addWidget(again)
    assert again.language.currentData() == "nl" and again.theme.currentData() == "dark"
    theme.apply(QApplication.instance(), "light")


def test_cancel_changes_nothing(qtbot, tmp_path: Path):
    settings = QSettings(str(tmp_path / "kiem.ini"), QSettings.Format.IniFormat)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.reject()
    assert settings.value(theme.SETTING) is None


def test_switching_theme_restyles_the_open_editor_too(qtbot, tmp_path: Path, services):
    from app.gui.main_window import MainWindow

    module_id = services.modules.create("Badges").id
    services.pages.add(module_id, "Start")
    app = QApplication.instance()
    theme.apply(app, "light")
    window = MainWindow(services, QSettings(str(tmp_path / "s.ini"),
                                            QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.open_module(module_id)
    light_sheet = window.editor.styleSheet()
    try:
        theme.apply(app, "dark")
        qtbot.waitUntil(lambda: window.editor.styleSheet() != light_sheet)
        assert window.editor.palette().window().color() == app.palette().window().color()
    finally:
        theme.apply(app, "light")
    qtbot.waitUntil(lambda: window.editor.styleSheet() == light_sheet)
