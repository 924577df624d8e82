"""Interface language and theme: English, Dutch, French, German, system or preference; nothing
untranslated."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings
from PySide6.QtWidgets import QApplication

from app.gui import i18n, theme
from app.gui.main_window import MainWindow
from tests.app.languages import speaking

APP = Path(__file__).resolve().parents[2] / "app"
# Calls whose first string argument a person reads: such literals must go through tr().
SHOWN = {"setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setStatusTip",
         "addRow", "setHeaderLabels", "showMessage", "setTitle", "setLabelText", "addTab",
         "QLabel", "QPushButton", "QAction", "QCheckBox", "QRadioButton", "QGroupBox",
         "QMessageBox", "warning", "information", "critical", "question", "setAccessibleName"}


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "kiem.ini"), QSettings.Format.IniFormat)


def test_the_preference_overrides_the_system_language(settings: QSettings) -> None:
    settings.setValue(i18n.SETTING, "nl")
    assert i18n.chosen_language(settings) == "nl"
    settings.setValue(i18n.SETTING, "en")
    assert i18n.chosen_language(settings) == "en"
    settings.setValue(i18n.SETTING, "")
    assert i18n.chosen_language(settings) in i18n.LANGUAGES


@pytest.mark.parametrize(("language", "export", "saved", "draft"), [
    ("nl", "Exporteren…", "Alle wijzigingen zijn opgeslagen", "Concept"),
    ("fr", "Exporter…", "Toutes les modifications sont enregistrées", "Brouillon"),
    ("de", "Exportieren…", "Alle Änderungen sind gespeichert", "Entwurf"),
])
def test_the_studio_speaks_the_chosen_language(qtbot, services, language, export, saved,
                                               draft) -> None:
    with speaking(language):
        window = MainWindow(services)
        qtbot.addWidget(window)
        assert window.export_action.text().replace("&", "") == export
        assert window.saved.text() == saved
        assert QCoreApplication.translate("LibraryModel", "Draft") == draft
        assert QLocale().language() == QLocale(language).language()  # dates and numbers too


def test_light_and_dark_themes_give_readable_palettes(qtbot, settings: QSettings) -> None:
    app = QApplication.instance()
    settings.setValue(theme.SETTING, "dark")
    assert theme.chosen_theme(settings) == "dark"
    theme.apply(app, "dark")
    dark = app.palette()
    assert dark.window().color().lightness() < 60 < dark.windowText().color().lightness()
    theme.apply(app, "light")
    light = app.palette()
    assert light.window().color().lightness() > 200 > light.windowText().color().lightness()


def _untranslated(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(
            node.func, "id", "")
        if name not in SHOWN:
            continue
        for arg in node.args:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value.strip():
                found.append(f"{path.relative_to(APP.parent)}:{node.lineno} {arg.value[:40]!r}")
    return found


def test_no_string_shown_in_the_studio_bypasses_translation() -> None:
    problems = [p for path in sorted((APP / "gui").rglob("*.py")) for p in _untranslated(path)]
    assert not problems, "wrap these in self.tr():\n" + "\n".join(problems)


def test_the_guard_catches_a_bare_label(tmp_path: Path) -> None:
    sample = APP / "gui" / "__bare_label_example.py"
    sample.write_text("label = QLabel('Hello there')\n")
    try:
        assert _untranslated(sample)
    finally:
        sample.unlink()


@pytest.mark.parametrize("language", ["nl", "fr", "de"])
def test_every_string_of_the_studio_has_a_finished_translation(tmp_path: Path,
                                                               language: str) -> None:
    """lupdate run afresh over app/ finds no string the committed file lacks."""
    import shutil
    import subprocess
    import sys
    import xml.etree.ElementTree as ET

    committed = APP.parent / "resources" / "translations" / f"kiem_{language}.ts"
    fresh = tmp_path / committed.name
    shutil.copyfile(committed, fresh)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in APP.rglob("*.py"))
    subprocess.run([str(lupdate), "-no-obsolete", "-locations", "none", *sources,
                    "-ts", str(fresh)], check=True, capture_output=True)

    def unfinished(path: Path) -> list[str]:
        return [f"{context.findtext('name')}: {message.findtext('source')}"
                for context in ET.parse(path).getroot().iter("context")
                for message in context.iter("message")
                if message.find("translation").get("type") == "unfinished"]

    assert unfinished(committed) == []
    assert unfinished(fresh) == [], "new strings: run scripts/translations.sh and translate"


def test_dates_read_plainly_on_a_machine_without_a_locale(qapp) -> None:
    if QLocale.system().language() != QLocale.Language.C:
        pytest.skip("the machine has a locale; Qt's own formats are fine")
    day = QDate.currentDate()  # any day: the formats are what is tested
    d, m, y = day.day(), day.month(), day.year()
    assert QLocale().toString(day, QLocale.FormatType.ShortFormat) == f"{d} {m} {y}"  # C's way
    translators = i18n.install(qapp, "en")
    try:
        assert QLocale().toString(day, QLocale.FormatType.ShortFormat) == f"{m}/{d}/{y % 100:02}"
        translators += i18n.install(qapp, "nl")
        assert QLocale().toString(day, QLocale.FormatType.ShortFormat) == f"{d:02}-{m:02}-{y}"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale.system())
