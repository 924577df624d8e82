"""Preferences: interface language and theme, each "as the system" unless chosen."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.gui import i18n, theme


class PreferencesDialog(QDialog):
    """Language (applies at the next start) and theme (applies at once)."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.addItem(self.tr("As the system"), "")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(
            str(settings.value(i18n.SETTING, "") or ""))))
        form.addRow(self.tr("Interface language:"), self.language)
        self.theme = QComboBox()
        for label, code in ((self.tr("As the system"), "system"), (self.tr("Light"), "light"),
                            (self.tr("Dark"), "dark")):
            self.theme.addItem(label, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(
            str(settings.value(theme.SETTING, "system") or "system"))))
        form.addRow(self.tr("Theme:"), self.theme)
        layout.addLayout(form)
        note = QLabel(self.tr("A new interface language is used from the next start of Kiem."))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Store the choices and apply the theme now."""
        self.settings.setValue(i18n.SETTING, self.language.currentData())
        self.settings.setValue(theme.SETTING, self.theme.currentData())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, theme.chosen_theme(self.settings))
        super().accept()

    @classmethod
    def ask(cls, settings: QSettings, parent: QWidget | None = None) -> bool:
        """Show the dialog; True when the choices were saved."""
        return cls(settings, parent).exec() == QDialog.DialogCode.Accepted
