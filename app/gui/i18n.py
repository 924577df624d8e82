"""Interface language: Qt's own translations plus Kiem's, from the system locale or a preference.

Kiem's `.ts` sources live in resources/translations/ and are compiled to `.qm` by set-up
(`scripts/setup.sh`); a missing `.qm` leaves the interface in English, never broken. Dates,
numbers and the order of names follow the interface language, as written in the person's
country (French on a Belgian system: fr_BE).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCollator,
    QCollatorSortKey,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTranslator,
)

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
# The interface languages shipped, by their own names (as people look for them).
LANGUAGES = {"en": "English", "nl": "Nederlands", "fr": "Français", "de": "Deutsch"}
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
    """Load Qt's and Kiem's translations for `language` into `app`; return them (keep them).

    The language's conventions for dates and numbers become the default too.
    """
    installed: list[QTranslator] = []
    QLocale.setDefault(conventions(language))
    if language == "en":
        return installed
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_dir), (f"kiem_{language}", str(TRANSLATIONS))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def conventions(language: str) -> QLocale:
    """Return the locale whose dates and numbers go with `language`.

    The system's own locale when it speaks that language (it may carry the person's own
    formats); else the language as written in the system's country, which Qt replaces by the
    language's main country when the pair does not exist (German on a Dutch system: de_DE).
    A machine without a locale (LANG=C, which writes dates as "12 12 2026") gets the language's
    main country too.
    """
    system = QLocale.system()
    if system.language() != QLocale.Language.C and system.name().split("_")[0] == language:
        return system
    return QLocale(QLocale(language).language(), system.territory())


def day_format() -> str:
    """Return the pattern of a date with the month's name ("7 Nov 2026", "7. Nov. 2026")."""
    # Unambiguous in every language, unlike the short format; the translator sets the order.
    return QCoreApplication.translate("Dates", "d MMM yyyy")


def sort_key() -> Callable[[str], QCollatorSortKey]:
    """Return a key that orders names as the interface language does.

    Case and accents fold ("École" among the E's) and "Module 2" comes before "Module 10".
    """
    collator = QCollator(QLocale())
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    return collator.sortKey
