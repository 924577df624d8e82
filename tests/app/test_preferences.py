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
