"""Helpers for tests that run the studio in another language: install it, and find cut-off text."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QMenu,
    QMenuBar,
    QPushButton,
    QRadioButton,
    QTabBar,
    QWidget,
)

from app.gui import i18n

SHOWN_LANGUAGES = ("fr", "de")  # the longest words the studio speaks


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Run the block with the studio speaking `language` (its dates and numbers too), chosen in
    the preferences as a person would (template names follow that choice)."""
    app = QApplication.instance()
    settings = QSettings()
    before = settings.value(i18n.SETTING)
    settings.setValue(i18n.SETTING, language)
    translators = i18n.install(app, language)
    try:
        if language != "en":
            assert translators, f"kiem_{language}.qm missing: set-up compiles it from the .ts"
        yield
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale.system())
        if before is None:
            settings.remove(i18n.SETTING)
        else:
            settings.setValue(i18n.SETTING, before)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0


def cut_short(window: QWidget) -> list[str]:
    """Return the labels, buttons, headers and tabs of `window` too narrow for their words."""
    found = []
    for label in window.findChildren(QLabel):
        text = QLabel.text(label)  # a subclass may name a child "text"
        if (_shown(label) and not label.wordWrap() and text
                and label.textFormat() != Qt.TextFormat.RichText and "<" not in text
                and label.width() < label.fontMetrics().horizontalAdvance(_plain(text))):
            found.append(f"label {text!r}: {label.width()} px")
    for button in window.findChildren(QAbstractButton):
        words = QAbstractButton.text(button)  # a button drawn by its own labels has none
        if (_shown(button) and isinstance(button, QPushButton | QCheckBox | QRadioButton)
                and words and button.width() < button.sizeHint().width()):
            found.append(f"button {words!r}: {button.width()} < {button.sizeHint().width()} px")
    for header in window.findChildren(QHeaderView):
        if not _shown(header) or header.orientation() != Qt.Orientation.Horizontal:
            continue
        model = header.model()
        arrow = 28 if header.isSortIndicatorShown() and header.sectionsClickable() else 0
        for section in range(header.count()):
            text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            need = header.fontMetrics().horizontalAdvance(text) + 8 + arrow  # text, margins
            if text and not header.isSectionHidden(section) and header.sectionSize(section) < need:
                found.append(f"header {text!r}: {header.sectionSize(section)} < {need} px")
    for view in window.findChildren(QListWidget):
        for row in range(view.count() if _shown(view) else 0):
            item = view.item(row)
            need = view.fontMetrics().horizontalAdvance(item.text())
            need += view.iconSize().width() + 8 if not item.icon().isNull() else 0
            if view.visualItemRect(item).width() < need:
                found.append(f"list item {item.text()!r}: {view.visualItemRect(item).width()} "
                             f"< {need} px")
    for bar in window.findChildren(QTabBar):
        for index in range(bar.count() if _shown(bar) else 0):
            text = _plain(bar.tabText(index))
            if bar.tabRect(index).width() < bar.fontMetrics().horizontalAdvance(text):
                found.append(f"tab {text!r}: {bar.tabRect(index).width()} px")
    return found


def accelerator(text: str) -> str:
    """Return the letter after the lone & in `text` (lower case), or ""."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else ""


def menu_clashes(bar: QMenuBar) -> list[str]:
    """Return the accelerators shared by two entries of the menu bar or of one of its menus."""
    groups: list[tuple[str, list[str]]] = [("menu bar", [a.text() for a in bar.actions()])]
    for action in bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            groups.append((_plain(action.text()),
                           [a.text() for a in menu.actions() if not a.isSeparator()]))
    return clashes(groups)


def clashes(groups: list[tuple[str, list[str]]]) -> list[str]:
    """Return, for each group of texts shown together, the accelerator letters used twice."""
    found = []
    for name, texts in groups:
        seen: dict[str, str] = {}
        for text in texts:
            letter = accelerator(text)
            if letter and letter in seen:
                found.append(f"{name}: {seen[letter]!r} and {text!r} share &{letter}")
            seen.setdefault(letter, text)
    return found


def keep(path: Path) -> None:
    """Copy a screenshot to $KIEM_SCREENSHOTS when set, for people to look at."""
    folder = os.environ.get("KIEM_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, Path(folder) / path.name)
