"""Every language of the studio: translations keep what the code fills in and the keys people
press; dates, numbers and the order of names follow the chosen language."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.gui import i18n
from app.gui.library_view import LibraryView
from app.gui.main_window import MainWindow
from app.gui.new_module_dialog import NewModuleDialog
from app.gui.people_dialogs import IdentityDialog, NewGroupDialog
from app.gui.review.thread_card import day
from app.gui.review_lists import short_date
from app.gui.studio import Studio
from review.service import ReviewService
from tests.app.languages import accelerator, clashes, menu_clashes, speaking

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
PLACEHOLDER = re.compile(r"%L?\d+|%L?n|\{\w+\}")  # what the code fills in: %1, %n, {name}
DAY = dt.date(2026, 3, 7)  # only ever formatted, never compared with the clock


def _messages(language: str) -> list[tuple[str, str, list[str]]]:
    root = ET.parse(TRANSLATIONS / f"kiem_{language}.ts").getroot()
    return [(context.findtext("name") or "", message.findtext("source") or "",
             [f.text or "" for f in message.iter("numerusform")]
             or [message.findtext("translation") or ""])
            for context in root.iter("context") for message in context.iter("message")]


@pytest.mark.parametrize("language", ["nl", "fr", "de"])
def test_every_translation_keeps_the_placeholders_and_the_accelerator(language: str) -> None:
    problems = []
    for context, source, forms in _messages(language):
        wanted = sorted(PLACEHOLDER.findall(source))
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != wanted:
                problems.append(f"{context}: {source!r} -> {form!r} (placeholders)")
            if bool(accelerator(source)) != bool(accelerator(form)):
                problems.append(f"{context}: {source!r} -> {form!r} (the & accelerator)")
    assert not problems, "\n".join(problems)


def test_the_placeholder_check_catches_a_lost_placeholder() -> None:
    assert PLACEHOLDER.findall("Exporter « %1 », version %2") == ["%1", "%2"]
    assert PLACEHOLDER.findall("{name} ({size} Ko)") == ["{name}", "{size}"]
    assert accelerator("Synchroniser &maintenant") == "m" and accelerator("Q&&A") == ""


@pytest.mark.parametrize("language", ["en", "nl", "fr", "de"])
def test_no_two_entries_of_a_menu_share_an_accelerator(qtbot, services, language) -> None:
    with speaking(language):
        window = MainWindow(services)
        qtbot.addWidget(window)
        window.reviews.inbox_action.setText(window.reviews.tr("&Inbox (%1)").replace("%1", "3"))
        assert not menu_clashes(window.menuBar())
        letters = [accelerator(a.text()) for a in window.menuBar().actions()]
        assert len(letters) == 5 and all(letters)  # File, Edit, Module, View, Review


def test_the_clash_check_catches_a_shared_letter() -> None:
    assert clashes([("Fichier", ["&Nouveau module…", "&Nouvelle banque…", "&Quitter"])])


def _buddy_texts(dialog: QWidget) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]


@pytest.mark.parametrize("language", ["en", "nl", "fr", "de"])
def test_no_two_fields_of_a_dialog_share_an_accelerator(qtbot, services, language) -> None:
    review = ReviewService(services)
    with speaking(language):
        dialogs = [NewModuleDialog(Studio(services)), IdentityDialog(review),
                   NewGroupDialog(review)]
        for dialog in dialogs:
            qtbot.addWidget(dialog)
        groups = [(d.windowTitle(), _buddy_texts(d)) for d in dialogs]
        assert all(len(texts) >= 2 for _title, texts in groups)
        assert not clashes(groups)


@pytest.mark.parametrize(("language", "written"), [
    ("en", "7 Mar 2026"), ("nl", "7 mrt 2026"), ("fr", "7 mars 2026"), ("de", "7. März 2026"),
])
def test_dates_follow_the_chosen_language(qapp, language: str, written: str) -> None:
    with speaking(language):
        assert short_date(DAY) == day(DAY) == written
        assert QLocale().language() == QLocale(language).language()


@pytest.mark.parametrize(("language", "number"), [
    ("en", "12,345"), ("nl", "12.345"), ("fr", "12\u202f345"), ("de", "12.345"),
])
def test_numbers_and_old_changes_follow_the_chosen_language(qtbot, studio_view, language,
                                                            number: str) -> None:
    if QLocale.system().language() != QLocale.Language.C:
        number = i18n.conventions(language).toString(12345)  # the person's country decides
    with speaking(language):
        assert QLocale().toString(12345) == number
        model = studio_view().model
        model.now = lambda: dt.datetime(2026, 3, 30, 12, tzinfo=dt.UTC)
        moment = dt.datetime(2026, 3, 7, 12, tzinfo=dt.UTC)
        shown = model.relative_time(moment)
        assert shown == i18n.conventions(language).toString(DAY, QLocale.FormatType.ShortFormat)


@pytest.fixture
def studio_view(qtbot, services):
    def make() -> LibraryView:
        view = LibraryView(Studio(services))
        qtbot.addWidget(view)
        return view
    return make


def _titles(view: LibraryView) -> list[str]:
    return [e.title for e in view.model.entries()]


@pytest.mark.parametrize(("language", "order"), [
    ("fr", ["avion", "École", "éthique", "Module 2", "Module 10", "Zèbre"]),
    ("de", ["Apfel", "Ärger", "Birne", "Module 2", "Module 10", "Übung", "Zebra"]),
])
def test_the_library_sorts_titles_as_the_language_does(qtbot, services, studio_view, language,
                                                       order: list[str]) -> None:
    for title in reversed(order):
        services.modules.create(title)
    services.library.reindex_all()
    with speaking(language):
        view = studio_view()
        view.model.sort(0, Qt.SortOrder.AscendingOrder)
        assert _titles(view) == order
        assert sorted(order, key=i18n.sort_key()) == order
