"""The library, driven as a person would: search, filter, create, copy, delete, undo, import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QStackedWidget, QWidget

from app.gui import theme
from app.gui.library_model import Column
from app.gui.library_view import LibraryView
from app.gui.new_module_dialog import NewModuleDialog
from app.gui.studio import Studio
from tests.app.languages import speaking

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "phishing"
SAMPLE_TITLE = "Spot and report a phishing email"
SHOTS = Path("/tmp/kiem-shots")


@pytest.fixture(autouse=True)
def _wait_for_jobs():
    yield
    assert QThreadPool.globalInstance().waitForDone(60_000)


@pytest.fixture
def studio(services) -> Studio:
    return Studio(services)


@pytest.fixture
def library(services, studio):
    """Five modules in three groups, one in review and one whose review date has passed."""
    lib = services.library
    ids = {
        "sample": services.transfer.import_folder(SAMPLE).id,
        "room": lib.create_from_template("recurring_question", "Booking a meeting room",
                                         owner="Sam Peeters", group_name="Facilities").id,
        "breach": lib.create_from_template("procedure_test", "Handling a data breach",
                                           owner="An De Smet", group_name="Security").id,
        "welcome": services.modules.create("Welcome to the team", language="nl", owner="Lotte",
                                           group_name="HR").id,
        "feedback": lib.create_from_template("learn_apply_reflect", "Giving feedback that lands",
                                             owner="Lotte", group_name="HR").id,
    }
    services.modules.update(ids["breach"], status="in_review")
    services.modules.update(ids["welcome"], status="published", review_by=dt.date(2024, 1, 31))
    # Until writing() keeps the search index current (pending in library.py), build it here.
    lib.reindex_all()
    return ids


def make_view(qtbot, studio) -> LibraryView:
    view = LibraryView(studio)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    return view


def titles(view: LibraryView) -> list[str]:
    return [e.title for e in view.model.entries()]


def cell(view: LibraryView, title: str, column: Column) -> str:
    return view.model.index(titles(view).index(title), column).data()


def select(view: LibraryView, *names: str) -> None:
    view.select([e.id for e in view.model.entries() if e.title in names])


def test_the_library_shows_status_group_owner_change_and_overdue_reviews(qtbot, studio, library):
    view = make_view(qtbot, studio)
    assert sorted(titles(view)) == sorted(["Booking a meeting room", "Handling a data breach",
                                           "Welcome to the team", "Giving feedback that lands",
                                           SAMPLE_TITLE])
    assert view.count.text() == "5"
    assert cell(view, "Handling a data breach", Column.STATUS) == "In review"
    assert cell(view, "Handling a data breach", Column.GROUP) == "Security"
    assert cell(view, "Handling a data breach", Column.OWNER) == "An De Smet"
    assert cell(view, "Handling a data breach", Column.CHANGED) == "just now"
    stale = [e.title for e in view.model.entries() if e.stale]
    assert stale == ["Welcome to the team"]
    row = titles(view).index("Welcome to the team")
    assert "review-by date" in view.model.index(row, Column.STATUS).data(
        Qt.ItemDataRole.ToolTipRole)
    assert view.model.headerData(Column.CHANGED, Qt.Orientation.Horizontal) == "Last change"


def test_last_change_reads_as_minutes_yesterday_or_a_date(qtbot, studio):
    view = make_view(qtbot, studio)
    now = dt.datetime(2026, 3, 12, 15, 0, tzinfo=dt.UTC)
    view.model.now = lambda: now
    assert view.model.relative_time(now - dt.timedelta(seconds=20)) == "just now"
    assert view.model.relative_time(now - dt.timedelta(minutes=3)) == "3 min ago"
    assert view.model.relative_time(now - dt.timedelta(days=1)) == "yesterday"
    assert view.model.relative_time(now - dt.timedelta(days=4)) == "4 days ago"
    assert "2025" in view.model.relative_time(dt.datetime(2025, 5, 2, tzinfo=dt.UTC))


def test_typing_in_the_search_box_filters_the_rows_and_an_empty_result_says_so(
        qtbot, studio, library):
    view = make_view(qtbot, studio)
    qtbot.keyClicks(view.search, "phish")
    qtbot.waitUntil(lambda: titles(view) == [SAMPLE_TITLE])
    assert view.filters.sort.currentData() == "best"
    view.search.clear()
    qtbot.keyClicks(view.search, "hover")  # only in the sample's page and question text
    qtbot.waitUntil(lambda: titles(view) == [SAMPLE_TITLE])

    qtbot.keyClicks(view.search, "zzzq")
    qtbot.waitUntil(lambda: view.stack.currentIndex() == 1)
    assert "Nothing matches" in view.empty_title.text()
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    assert view.search.text() == "" and len(titles(view)) == 5
    assert view.stack.currentIndex() == 0
    assert view.filters.sort.currentData() == "changed"


def test_filters_by_status_overdue_review_and_group(qtbot, studio, library):
    view = make_view(qtbot, studio)
    status = view.filters.status
    status.setCurrentIndex(status.findText("In review"))
    assert titles(view) == ["Handling a data breach"]
    status.setCurrentIndex(status.findText("Review overdue"))
    assert titles(view) == ["Welcome to the team"]
    status.setCurrentIndex(0)
    group = view.filters.group
    assert [group.itemText(i) for i in range(group.count())] == [
        "All groups", "Facilities", "HR", "Security"]
    group.setCurrentIndex(group.findText("HR"))
    assert sorted(titles(view)) == ["Giving feedback that lands", "Welcome to the team"]


def test_sorts_by_title_or_last_change(qtbot, studio, library):
    view = make_view(qtbot, studio)
    sort = view.filters.sort
    sort.setCurrentIndex(sort.findData("title"))
    sort.activated.emit(sort.currentIndex())
    assert titles(view) == sorted(titles(view), key=str.casefold)
    assert view.table.horizontalHeader().sortIndicatorSection() == Column.TITLE
    sort.setCurrentIndex(sort.findData("changed"))
    sort.activated.emit(sort.currentIndex())
    changed = [e.updated_at for e in view.model.entries()]
    assert changed == sorted(changed, reverse=True)


def _fill_new_module_dialog(title: str, key: str, language: str):
    def exec_(dialog: NewModuleDialog) -> int:
        dialog.choose(key)
        if dialog.title.isEnabled():
            dialog.title.setText(title)
            dialog.language.setCurrentIndex(dialog.language.findData(language))
        dialog.create_button.click()
        return dialog.result()
    return exec_


def test_creator_makes_a_module_from_a_template_and_it_opens(qtbot, studio, library, services,
                                                             monkeypatch):
    monkeypatch.setattr(NewModuleDialog, "exec",
                        _fill_new_module_dialog("Wachtwoorden kiezen", "recurring_question", "nl"))
    view = make_view(qtbot, studio)
    with qtbot.waitSignal(view.open_requested) as opened:
        view.commands.new.trigger()
    module = services.modules.snapshot(opened.args[0])
    assert module.title == "Wachtwoorden kiezen" and module.language == "nl"
    assert module.pages[0].title == "De situatie"
    assert "Wachtwoorden kiezen" in titles(view)
    assert view.selected_ids() == [module.id]
    assert studio.undo_stack.undoText() == "New module from a template"
    studio.undo()
    assert "Wachtwoorden kiezen" not in titles(view)


def test_the_dialog_needs_a_title_except_for_the_sample(qtbot, studio, services):
    dialog = NewModuleDialog(studio)
    qtbot.addWidget(dialog)
    assert not dialog.create_button.isEnabled()
    qtbot.keyClicks(dialog.title, "Passwords")
    assert dialog.create_button.isEnabled()
    dialog.choose("procedure_test")
    assert "certification" in dialog.description.text()
    dialog.choose("sample")
    assert not dialog.title.isEnabled() and dialog.create_button.isEnabled()
    dialog.create_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.modules.snapshot(dialog.module_id).title == SAMPLE_TITLE


def test_duplicate_makes_a_selected_draft_copy(qtbot, studio, library):
    view = make_view(qtbot, studio)
    select(view, "Handling a data breach")
    assert view.commands.duplicate.isEnabled()
    view.commands.duplicate.trigger()
    copy = [e for e in view.model.entries() if e.title.startswith("Handling a data breach (")]
    assert len(copy) == 1 and copy[0].status.value == "draft"
    assert view.selected_ids() == [copy[0].id]


def test_delete_moves_to_the_trash_and_undo_brings_the_row_back(qtbot, studio, library):
    view = make_view(qtbot, studio)
    select(view, "Booking a meeting room", "Welcome to the team")
    view.commands.delete.trigger()
    assert "Booking a meeting room" not in titles(view)
    assert len(titles(view)) == 3
    assert "2 modules moved to the trash" in view.notice.text.text()
    assert studio.undo_stack.undoText() == "Delete 2 modules"
    studio.undo_stack.undo()
    assert sorted(titles(view))[:2] == ["Booking a meeting room", "Giving feedback that lands"]
    assert len(titles(view)) == 5


def test_the_trash_restores_and_is_emptied_only_after_confirming(qtbot, studio, library,
                                                                 services, monkeypatch):
    view = make_view(qtbot, studio)
    select(view, "Booking a meeting room", "Welcome to the team")
    view.commands.delete.trigger()
    view.commands.trash.trigger()
    assert view.trash_mode and view.heading.text() == "Trash"
    assert sorted(titles(view)) == ["Booking a meeting room", "Welcome to the team"]
    assert view.model.headerData(Column.CHANGED, Qt.Orientation.Horizontal) == "Deleted"
    assert not view.commands.new.isVisible() and view.commands.restore.isVisible()

    select(view, "Welcome to the team")
    view.commands.restore.trigger()
    assert titles(view) == ["Booking a meeting room"]

    answers = iter(["Cancel", "Delete for good"])

    def answer(box: QMessageBox) -> int:
        wanted = next(answers)
        next(b for b in box.buttons() if b.text() == wanted).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert view.empty_trash() == 0  # cancelled: nothing goes
    assert titles(view) == ["Booking a meeting room"]
    assert view.empty_trash() == 1
    assert titles(view) == [] and view.empty_title.text() == "The trash is empty"
    assert services.library.trash() == []
    view.back_button.click()
    assert "Welcome to the team" in titles(view) and len(titles(view)) == 4


def test_enter_on_a_row_asks_to_open_that_module(qtbot, studio, library):
    view = make_view(qtbot, studio)
    select(view, "Handling a data breach")
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [library["breach"]]


def test_importing_a_folder_runs_in_the_background_and_can_be_undone(qtbot, studio):
    view = make_view(qtbot, studio)
    assert view.stack.currentIndex() == 1 and view.empty_title.text() == "No modules yet"
    job = view.import_folder(SAMPLE)
    assert job is not None and view.transfers.busy()
    qtbot.waitUntil(lambda: not view.transfers.busy(), timeout=30_000)
    assert titles(view) == [SAMPLE_TITLE]
    assert studio.undo_stack.undoText() == "Import module folder"
    studio.undo()
    assert titles(view) == []


def test_a_failed_import_says_what_happened_and_what_to_do(qtbot, studio, tmp_path):
    view = make_view(qtbot, studio)
    empty = tmp_path / "not-a-module"
    empty.mkdir()
    view.import_folder(empty)
    qtbot.waitUntil(lambda: not view.transfers.busy(), timeout=30_000)
    box = view.transfers.last_message
    assert box is not None and box.isVisible()
    assert "“not-a-module” was not imported" in box.text()
    assert "Nothing in your workspace was changed" in box.informativeText()
    box.close()
    assert titles(view) == []


def test_gift_questions_go_into_a_bank(qtbot, studio, services, tmp_path):
    gift = tmp_path / "security.gift"
    gift.write_text("::Q1:: Report phishing?{T}\n\n::Q2:: Share your password?{F}\n\n"
                    "::Essay:: What would you do?{}\n", encoding="utf-8")
    view = make_view(qtbot, studio)
    view.import_gift(gift, "Security basics")
    qtbot.waitUntil(lambda: not view.transfers.busy(), timeout=30_000)
    box = view.transfers.last_message
    assert "Added 2 questions" in box.informativeText() + box.text()
    assert "5" in box.text()  # the essay's line was left out, and said so
    box.close()
    assert [b.title for b in services.questions.banks()] == ["Security basics"]


def test_a_module_exported_as_a_bundle_imports_as_a_copy(qtbot, studio, library, tmp_path):
    view = make_view(qtbot, studio)
    select(view, "Handling a data breach")
    out = tmp_path / "breach.kiem"
    view.export_bundle(out)
    qtbot.waitUntil(lambda: not view.transfers.busy(), timeout=30_000)
    assert out.is_file() and "Saved “breach.kiem”" in view.notice.text.text()
    view.import_bundle(out)
    qtbot.waitUntil(lambda: not view.transfers.busy(), timeout=30_000)
    assert len([t for t in titles(view) if t.startswith("Handling a data breach")]) == 2


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_library_screenshot(qtbot, studio, library, tmp_path, mode):
    app = QApplication.instance()
    palette, style = app.palette(), app.style().name()
    theme.apply(app, mode)
    try:
        view = make_view(qtbot, studio)
        view.show()
        qtbot.waitExposed(view)
        SHOTS.mkdir(exist_ok=True)
        for path in (tmp_path / f"library-{mode}.png", SHOTS / f"library-{mode}.png"):
            assert view.grab().save(str(path))
        assert (tmp_path / f"library-{mode}.png").stat().st_size > 10_000
    finally:
        app.setStyle(style)
        app.setPalette(palette)


def test_a_refused_delete_leaves_no_empty_undo_step(qtbot, studio, library, services):
    view = make_view(qtbot, studio)
    select(view, "Booking a meeting room")
    services.modules.delete(library["room"])  # deleted meanwhile, by another window
    count = studio.undo_stack.count()
    messages = []
    studio.failed.connect(messages.append)
    view.commands.delete.trigger()
    assert messages and studio.undo_stack.count() == count
    assert "Booking a meeting room" not in titles(view)


def test_changes_made_while_the_library_is_hidden_show_when_it_returns(qtbot, studio,
                                                                         services):
    window = QStackedWidget()
    qtbot.addWidget(window)
    view = LibraryView(studio)
    editor = QWidget()
    window.addWidget(view)
    window.addWidget(editor)
    window.show()
    window.setCurrentWidget(editor)
    studio.do("New module", lambda: services.modules.create("Made in the editor"))
    assert titles(view) == []  # not re-queried while out of sight
    window.setCurrentWidget(view)
    assert titles(view) == ["Made in the editor"]


def test_the_context_menu_offers_what_fits_the_row(qtbot, studio, library):
    view = make_view(qtbot, studio)
    view.show()
    select(view, "Handling a data breach")
    point = view.table.visualRect(view.model.index(0, 0)).center()
    menu = view._context_menu(point)
    assert [a.text() for a in menu.actions() if a.text()] == [
        "Open", "Duplicate", "Export bundle…", "Delete"]
    menu.close()
    view.commands.delete.trigger()
    view.commands.trash.trigger()
    select(view, "Handling a data breach")
    menu = view._context_menu(point)
    assert [a.text() for a in menu.actions()] == ["Restore"]
    menu.close()


@pytest.mark.parametrize(("language", "heading"), [
    ("nl", "Laatste wijziging"), ("fr", "Dernière modification"), ("de", "Letzte Änderung"),
])
def test_every_column_heading_fits_beside_its_sort_arrow(qtbot, studio, language, heading):
    with speaking(language):
        view = make_view(qtbot, studio)
        header = view.table.horizontalHeader()
        changed = view.model.headerData(Column.CHANGED, Qt.Orientation.Horizontal,
                                        Qt.ItemDataRole.DisplayRole)
        assert changed == heading
        for column in Column:
            text = view.model.headerData(column, Qt.Orientation.Horizontal,
                                         Qt.ItemDataRole.DisplayRole)
            needed = header.fontMetrics().horizontalAdvance(text) + 40  # text + arrow
            assert header.sectionSize(column) >= needed, text
