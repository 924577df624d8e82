"""A calm look on every platform: the Fusion style with a light or dark palette.

"system" follows the platform's colour scheme (and its changes); "light" or "dark" in the
preferences override it.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

SETTING = "interface/theme"
ACCENT = "#2456a6"

_LIGHT = {
    QPalette.ColorRole.Window: "#f4f6f9", QPalette.ColorRole.WindowText: "#1d2430",
    QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.AlternateBase: "#eef2f7",
    QPalette.ColorRole.Text: "#1d2430", QPalette.ColorRole.Button: "#ffffff",
    QPalette.ColorRole.ButtonText: "#1d2430", QPalette.ColorRole.Highlight: ACCENT,
    QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#1d2430",
    QPalette.ColorRole.ToolTipText: "#ffffff", QPalette.ColorRole.PlaceholderText: "#6b7585",
    QPalette.ColorRole.Link: "#1e4f9c", QPalette.ColorRole.Mid: "#c5ccd6",
}
_DARK = {
    QPalette.ColorRole.Window: "#1b1f27", QPalette.ColorRole.WindowText: "#e6e9ef",
    QPalette.ColorRole.Base: "#232833", QPalette.ColorRole.AlternateBase: "#2a303c",
    QPalette.ColorRole.Text: "#e6e9ef", QPalette.ColorRole.Button: "#2a303c",
    QPalette.ColorRole.ButtonText: "#e6e9ef", QPalette.ColorRole.Highlight: "#5b8def",
    QPalette.ColorRole.HighlightedText: "#0f1218", QPalette.ColorRole.ToolTipBase: "#e6e9ef",
    QPalette.ColorRole.ToolTipText: "#1b1f27", QPalette.ColorRole.PlaceholderText: "#8b95a5",
    QPalette.ColorRole.Link: "#8fb3ff", QPalette.ColorRole.Mid: "#3a4150",
}


def chosen_theme(settings: QSettings | None = None) -> str:
    """Return "light" or "dark": the preference, or the system's scheme when it says "system"."""
    preferred = str((settings or QSettings()).value(SETTING, "system") or "system")
    if preferred in ("light", "dark"):
        return preferred
    scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def apply(app: QApplication, theme: str) -> None:
    """Give the application the Fusion style and the palette of `theme`."""
    app.setStyle("Fusion")
    palette = QPalette()
    for role, colour in (_DARK if theme == "dark" else _LIGHT).items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        muted = QColor(palette.color(role))
        muted.setAlpha(110)
        palette.setColor(QPalette.ColorGroup.Disabled, role, muted)
    app.setPalette(palette)
    app.setProperty("kiem_theme", theme)


def follow_system(app: QApplication, settings: QSettings | None = None) -> None:
    """Re-apply the theme when the platform switches between light and dark."""
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.connect(lambda _scheme: apply(app, chosen_theme(settings)))
