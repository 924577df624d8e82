"""Interface language: Qt's own translations plus Kiem's, from the system locale or a preference.

Kiem's `.ts` sources live in resources/translations/ and are compiled to `.qm` by set-up
(`scripts/setup.sh`); a missing `.qm` leaves the interface in English, never broken.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = {"en": "English", "nl": "Nederlands"}  # the interface languages shipped
SETTING = "interface/language"


def chosen_language(settings: QSettings | None = None) -> str:
    """Return the preference if set ("" = follow the system), else the system's language."""
    settings = settings or QSettings()
    preferred = str(settings.value(SETTING, "") or "")
    if preferred in LANGUAGES:
        return preferred
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Qt's and Kiem's translations for `language` into `app`; return them (keep them)."""
    installed: list[QTranslator] = []
    if QLocale.system().language() == QLocale.Language.C:
        # A machine without a locale (LANG=C) writes dates as "12 12 2026": use the
        # interface language's conventions for dates and numbers instead.
        QLocale.setDefault(QLocale(language))
    if language == "en":
        return installed
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_dir), (f"kiem_{language}", str(TRANSLATIONS))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
