"""Peer review in the studio window: who I am, groups, submitting, the inbox, admin, sync.

Each person has a real workspace; they share one group folder in tmp_path (the helper of the
review workflow tests, tests/review/people.py). Dialogs are driven through their widgets.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, QThreadPool
from PySide6.QtWidgets import QDialog

from app.gui.main_window import MainWindow
from app.gui.people_dialogs import IdentityDialog, NewGroupDialog
from authoring import blocks as b
from authoring.errors import KiemError
from authoring.kinds import BlockKind, ModuleStatus
from export.exporter import Format
from review.events import encode_key, fingerprint
from review.state import RequestState, Role, Verdict


def _people():  # imported by path: the tests folder is not a package
    name = "kiem_review_people"
    if name not in sys.modules:
        path = Path(__file__).resolve().parents[1] / "review" / "people.py"
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


people = _people()
TODAY = people.START.date()


@pytest.fixture(autouse=True)
def _wait_for_jobs():
    yield
    assert QThreadPool.globalInstance().waitForDone(60_000)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "kiem.ini"), QSettings.Format.IniFormat)


class Office:
    """People sharing a group folder, each with a studio window on their own workspace."""

    def __init__(self, qtbot, tmp_path: Path, template: Path, settings: QSettings) -> None:
        self.qtbot, self.tmp_path, self.template, self.settings = (qtbot, tmp_path, template,
                                                                   settings)
        self.windows: list[MainWindow] = []
        self.people: list = []
        self.folder = Path()

    def team(self, *names: str) -> list:
        self.folder, self.people = people.team(self.tmp_path, self.template, *names)
        return self.people

    def window(self, person) -> MainWindow:
        window = MainWindow(person.services, self.settings, review=person.review)
        self.qtbot.addWidget(window)
        self.windows.append(window)
        return window

    def close(self) -> None:
        for window in self.windows:  # before the workspaces close
            window.close()
        for person in self.people:
            person.close()


@pytest.fixture
def office(qtbot, tmp_path, _template_workspace, settings) -> Iterator[Office]:
    office = Office(qtbot, tmp_path, _template_workspace, settings)
    yield office
    office.close()


def _select(window: MainWindow, module_id) -> None:
    window.show_home()
    window.library.refresh()
    window.library.select([module_id])
    assert window.library.selected_ids() == [module_id]


# -- who I am -------------------------------------------------------------------------------
def test_first_start_asks_who_i_am_and_keeps_it(qtbot, services, settings):
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.reviews.identity_dialog is not None
                    and window.reviews.identity_dialog.isVisible())
    dialog = window.reviews.identity_dialog
    assert "so your group knows who wrote what" in " ".join(
        label.text() for label in dialog.findChildren(type(dialog.error)))
    assert dialog.cancel_button.text() == "Not now"
    dialog.name.setText("Ann Lindqvist")
    dialog.email.setText("not an address")
    dialog.save_button.click()
    assert dialog.isVisible() and "not an email address" in dialog.error.text()
    dialog.email.setText("Ann@Example.com ")
    dialog.save_button.click()
    assert not dialog.isVisible()
    me = window.review.store.me()
    assert (me.name, me.email) == ("Ann Lindqvist", "ann@example.com")
    assert window.reviews.sync.timer.isActive()  # syncing every two minutes from now on

    again = MainWindow(services, settings)  # the question is asked once only
    qtbot.addWidget(again)
    again.show()
    qtbot.wait(50)
    assert again.reviews.identity_dialog is None

    shown = window.reviews.who_am_i()  # Review › Who am I… shows the key to read out
    key = fingerprint(encode_key(me.key.public_key()))
    assert any(key in label.text() for label in shown.findChildren(type(shown.error)))
    assert not shown.email.isReadOnly()
    shown.reject()


def test_skipping_the_question_asks_again_at_the_first_review_action(qtbot, services, settings,
                                                                     monkeypatch):
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.reviews.identity_dialog is not None)
    window.reviews.identity_dialog.cancel_button.click()
    assert window.review.store.me() is None

    def answer(dialog: IdentityDialog) -> int:
        dialog.name.setText("Ben")
        dialog.email.setText("ben@example.com")
        dialog.save_button.click()
        return dialog.result()

    monkeypatch.setattr(IdentityDialog, "exec", answer)
    groups = window.reviews.show_groups()
    qtbot.addWidget(groups)
    assert window.review.store.me().email == "ben@example.com"
    assert groups.pages.currentIndex() == 0  # "You are in no review group yet"
    groups.reject()


# -- groups ---------------------------------------------------------------------------------
def test_lead_founds_a_group_and_confirms_a_colleague_who_joined(qtbot, office, tmp_path,
                                                                 monkeypatch):
    clock = people.Clock()
    ann = people.Person("Ann", "ann@example.com", tmp_path / "ann.kiemdb", clock)
    office.people.append(ann)
    window = office.window(ann)
    folder = tmp_path / "shared" / "Safety team"

    def fill(dialog: NewGroupDialog) -> int:
        dialog.name.setText("Safety team")
        dialog.folder.setText(str(folder))
        dialog.create_button.click()
        return dialog.result()

    monkeypatch.setattr(NewGroupDialog, "exec", fill)
    groups = window.reviews.show_groups()
    qtbot.addWidget(groups)
    assert groups.new_group()
    assert (folder / "kiem-group.json").is_file()
    assert groups.title.text() == "Safety team"
    assert groups.save_policy_button.isVisibleTo(groups)  # Ann leads

    ben = people.Person("Ben", "ben@example.com", tmp_path / "ben.kiemdb", clock)
    office.people.append(ben)
    ben.review.join_group(folder)
    window.reviews.sync.sync_now()
    groups.refresh()
    assert "ben@example.com" in groups.confirm_buttons
    ben_key = fingerprint(encode_key(ben.review.me().key.public_key()))
    status = groups.members.cellWidget(0, 4)  # waiting people come first
    assert any(ben_key in label.text() for label in status.findChildren(type(groups.title)))
    assert not groups.role_boxes["ben@example.com"].isEnabled()
    assert groups.banner.isVisibleTo(groups)

    groups.confirm_buttons["ben@example.com"].click()
    assert ann.review.state().member("ben@example.com") is not None
    assert "ben@example.com" not in groups.confirm_buttons

    roles = groups.role_boxes["ben@example.com"]
    roles.setCurrentIndex(roles.findData("admin"))
    roles.activated.emit(roles.currentIndex())
    assert ann.review.state().member("ben@example.com").role is Role.ADMIN
    roles = groups.role_boxes["ben@example.com"]  # a new combo: the table was refreshed
    roles.setCurrentIndex(roles.findData("member"))
    roles.activated.emit(roles.currentIndex())
    assert ann.review.state().member("ben@example.com").role is Role.MEMBER

    groups.away_boxes["ann@example.com"].click()
    assert ann.review.state().member("ann@example.com").away
    groups.due_days.setValue(3)
    groups.save_policy_button.click()
    assert ann.review.state().policy.due_days == 3

    ben.review.sync()
    theirs = office.window(ben).reviews.show_groups()
    qtbot.addWidget(theirs)
    assert theirs.title.text() == "Safety team"
    assert theirs.due_days.value() == 3 and not theirs.due_days.isEnabled()
    assert theirs.away_boxes["ben@example.com"].isEnabled()
    assert not theirs.away_boxes["ann@example.com"].isEnabled()
    theirs.reject()
    groups.reject()


def test_a_colleague_joins_by_choosing_the_group_folder(qtbot, office, tmp_path):
    (ann,) = office.team("Ann")
    ben = people.Person("Ben", "ben@example.com", tmp_path / "ben.kiemdb", ann.clock)
    office.people.append(ben)
    groups = office.window(ben).reviews.show_groups()
    qtbot.addWidget(groups)
    assert not groups.join_group(tmp_path / "not a group")
    assert "not a Kiem group folder" in groups.last_message.text()
    groups.last_message.close()
    assert groups.join_group(office.folder)
    assert groups.title.text() == "IT creators"
    assert "still has to confirm you" in groups.banner_text.text()
    assert "ben@example.com" not in groups.confirm_buttons  # Ben is no lead
    ann.review.sync()
    assert "ben@example.com" in ann.review.state().members
    groups.reject()


def test_a_refused_group_action_is_shown_in_a_message(qtbot, office):
    ann, ben = office.team("Ann", "Ben")
    groups = office.window(ben).reviews.show_groups()
    qtbot.addWidget(groups)
    assert not groups.save_policy_button.isVisibleTo(groups)
    assert not groups.save_policy()  # not a lead: the service refuses
    assert "not a lead" in groups.last_message.text()
    groups.last_message.close()
    groups.reject()


# -- submitting -----------------------------------------------------------------------------
def test_submit_is_blocked_by_check_errors_which_show_in_the_check_panel(qtbot, office):
    ann, _ben = office.team("Ann", "Ben")
    module_id = ann.write_module("Has a picture")
    page = ann.services.modules.snapshot(module_id).pages[0].id
    ann.services.blocks.add(page, BlockKind.IMAGE, b.ImageData())
    window = office.window(ann)
    _select(window, module_id)
    assert window.reviews.submit_action.isEnabled()
    dialog = window.reviews.submit_for_review()
    qtbot.addWidget(dialog)
    assert not dialog.submit_button.isEnabled()
    texts = [dialog.findings.item(i).text() for i in range(dialog.findings.count())]
    assert "Add alt text, or mark the image decorative." in texts
    dialog.show_button.click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert window.current_module() == module_id
    assert window.findings_dock.isVisibleTo(window)
    assert window.findings.list.count() >= 1
    assert ann.review.state().requests == {}


def test_author_submits_to_a_chosen_reviewer_with_a_due_date(qtbot, office):
    ann, _ben, cem = office.team("Ann", "Ben", "Cem")
    module_id = ann.write_module("Check a link")
    window = office.window(ann)
    _select(window, module_id)
    dialog = window.reviews.submit_for_review()
    qtbot.addWidget(dialog)
    assert dialog.submit_button.isEnabled() and dialog.auto.isChecked()
    assert "Ben" in dialog.auto_hint.text()  # who Kiem would pick
    assert dialog.candidates.count() == 2
    assert dialog.due.date().toPython() == dt.date.today() + dt.timedelta(days=5)

    dialog.choose.click()  # "Choose:" with nobody ticked
    dialog.submit_button.click()
    assert "Tick at least one reviewer" in dialog.last_message.text()
    dialog.last_message.close()

    dialog.set_reviewers(["cem@example.com"])
    dialog.note.setPlainText("First version")
    dialog.due.setDate(QDate(2026, 12, 1))
    dialog.submit_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    request = dialog.request
    assert [a.reviewer for a in request.active_reviewers()] == ["cem@example.com"]
    assert (request.due, request.note) == (dt.date(2026, 12, 1), "First version")
    row = window.library.model.row_of(module_id)
    assert window.library.model.entry(row).status is ModuleStatus.IN_REVIEW
    assert "went to Cem for review" in window.statusBar().currentMessage()
    cem.review.sync()
    assert [r.id for r, _ in cem.review.inbox().to_me] == [request.id]


def test_a_submission_the_service_refuses_is_explained_and_the_dialog_stays(qtbot, office):
    (ann,) = office.team("Ann")  # nobody else in the group to review
    module_id = ann.write_module("Check a link")
    window = office.window(ann)
    dialog = window.reviews.submit_for_review(module_id)
    qtbot.addWidget(dialog)
    assert "Nobody else in the group can review now" in dialog.auto_hint.text()
    assert not dialog.choose.isEnabled()
    dialog.submit_button.click()
    assert dialog.isVisible() and dialog.request is None
    assert "no one in “IT creators” can review" in dialog.last_message.text()
    dialog.last_message.close()
    dialog.reject()


# -- the inbox ------------------------------------------------------------------------------
def test_the_reviewer_sees_the_request_due_tomorrow_and_opens_it(qtbot, office, monkeypatch):
    ann, ben = office.team("Ann", "Ben")
    module_id = ann.write_module("Check a link")
    request = ann.review.submit(module_id, due=TODAY + dt.timedelta(days=1), note="Look")
    window = office.window(ben)
    window.show()
    qtbot.waitExposed(window)
    assert window.reviews.inbox_action.text() == "&Inbox"
    window.reviews.sync.sync_now()
    assert window.reviews.inbox_action.text() == "&Inbox (1)"
    message = window.statusBar().currentMessage()
    assert "Ann asks you to review “Check a link” (version 1)" in message
    assert "Your review of “Check a link” is due tomorrow" in message  # a reminder, once
    assert window.reviews.remind() == []

    window.reviews.inbox_action.trigger()
    inbox = window.reviews.inbox_view
    assert window.stack.currentWidget() is inbox
    assert inbox.to_me.topLevelItemCount() == 1
    row = inbox.to_me.topLevelItem(0)
    assert [row.text(c) for c in range(3)] == ["Check a link", "Ann", "v1"]
    assert row.text(3).endswith("· due tomorrow")
    assert inbox.mine_empty.isVisibleTo(inbox)
    assert window.library_action.isEnabled()
    assert not inbox.open_button.isEnabled()  # nothing chosen yet
    inbox.to_me.setCurrentItem(row)

    with qtbot.waitSignal(inbox.open_review_requested) as asked:
        inbox.open_button.click()
    assert asked.args == [request.id]
    opened = window.reviews.review_window
    assert opened is not None and opened.request_id == request.id
    assert window.stack.currentWidget() is window.reviews.review_page
    window.reviews.back_action.trigger()
    assert window.stack.currentWidget() is inbox
    assert window.reviews.review_window is None

    monkeypatch.setitem(sys.modules, "app.gui.review.review_window", None)  # not built yet
    assert window.open_review(request.id) is None
    assert "cannot open reviews yet" in window.reviews.last_message.text()
    window.reviews.last_message.close()


def test_the_author_sees_where_each_reviewer_stands(qtbot, office):
    ann, ben, _cem = office.team("Ann", "Ben", "Cem")
    module_id = ann.write_module("Check a link")
    request = ann.review.submit(module_id, reviewers=["ben@example.com", "cem@example.com"])
    ben.review.sync()
    ben.review.finish(str(request.id), Verdict.REQUEST_CHANGES, "Two things")
    window = office.window(ann)
    window.reviews.sync.sync_now()
    window.reviews.show_inbox()
    inbox = window.reviews.inbox_view
    assert inbox.to_me_empty.isVisibleTo(inbox)
    row = inbox.mine.topLevelItem(0)
    assert [row.text(c) for c in range(4)] == [
        "Check a link", "v1", "Changes requested", "Ben: asked for changes · Cem: reviewing"]
    library_row = window.library.model.row_of(module_id)
    assert window.library.model.entry(library_row).status is ModuleStatus.CHANGES_REQUESTED


def test_the_inbox_says_what_to_do_without_an_identity_or_a_group(qtbot, services, settings):
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.reviews.show_inbox()
    inbox = window.reviews.inbox_view
    assert inbox.banner.isVisibleTo(inbox) and inbox.identity_button.isVisibleTo(inbox)
    window.review.set_me("Ann", "ann@example.com")
    inbox.refresh()
    assert inbox.groups_button.isVisibleTo(inbox)
    assert not inbox.identity_button.isVisibleTo(inbox)


# -- approved and stale ---------------------------------------------------------------------
def test_admin_exports_the_approved_version_marks_it_published_and_sends_it_back_when_stale(
        qtbot, office, tmp_path):
    ann, ben, cem = office.team("Ann", "Ben", "Cem")
    ann.review.set_role("cem@example.com", Role.ADMIN)
    module_id = ann.write_module("Check a link")
    request = ann.review.submit(module_id, reviewers=["ben@example.com"])
    ben.review.sync()
    ben.review.finish(str(request.id), Verdict.APPROVE)

    refused = office.window(ben)  # Ben is no admin: he sees the list, the service refuses
    refused.reviews.sync.sync_now()
    refused.reviews.admin_action.trigger()
    assert refused.reviews.admin_view.approved.topLevelItemCount() == 1
    assert not refused.reviews.admin_view.publish_selected()
    assert "not an admin" in refused.reviews.admin_view.last_message.text()
    refused.reviews.admin_view.last_message.close()

    window = office.window(cem)
    window.reviews.sync.sync_now()
    window.reviews.show_admin()
    admin = window.reviews.admin_view
    row = admin.approved.topLevelItem(0)
    assert [row.text(c) for c in range(5)] == ["Check a link", "v1", "Ann", "IT creators", "Ben"]
    assert admin.stale_empty.isVisibleTo(admin)
    admin.export_button.click()
    dialog = admin.export_dialog
    qtbot.addWidget(dialog)
    dialog.format_buttons[Format.HTML].click()
    assert dialog.destination.text().endswith("check-a-link-v1-html.zip")
    out = tmp_path / "exports" / "check-a-link.zip"
    out.parent.mkdir()
    dialog.destination.setText(str(out))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=60_000)
    assert out.is_file(), dialog.status.text()
    assert not dialog.publish_button.isHidden()
    dialog.publish_button.click()
    assert "marked published" in dialog.status.text()
    assert cem.review.state().requests[request.id].state is RequestState.PUBLISHED
    assert admin.approved_empty.isVisibleTo(admin)
    dialog.close()

    cem.clock.advance(days=400)  # past the review-by date (12 months)
    admin.refresh()
    assert admin.stale.topLevelItemCount() == 1
    assert admin.stale.topLevelItem(0).text(0) == "Check a link"
    assert admin.send_back_selected()
    review = cem.review.state().modules[module_id]
    assert review.latest.version == 2 and review.latest.state is RequestState.IN_REVIEW
    assert admin.stale_empty.isVisibleTo(admin)


# -- syncing --------------------------------------------------------------------------------
def test_the_sync_label_says_synced_or_that_the_folder_is_not_reachable(qtbot, office):
    ann, _ben = office.team("Ann", "Ben")
    window = office.window(ann)
    label = window.reviews.sync.label
    window.reviews.sync.sync_now()
    assert label.text().startswith("Synced ")
    away = office.folder.with_name("moved away")
    office.folder.rename(away)
    ann.review.set_away(True)  # waits in the outbox
    window.reviews.sync_action.trigger()
    assert label.text() == "Group folder not reachable — 1 waiting to send"
    assert "not reachable" in label.toolTip()
    away.rename(office.folder)
    window.reviews.sync.sync_now()
    assert label.text().startswith("Synced ")
    assert ann.review.waiting() == 0


def test_without_a_group_there_is_no_sync_label(qtbot, services, settings):
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    assert window.reviews.sync.sync_now() == []
    assert window.reviews.sync.label.isHidden()


def test_a_failing_sync_is_shown_in_the_label_and_never_raised(qtbot, office, monkeypatch):
    ann, _ben = office.team("Ann", "Ben")
    window = office.window(ann)

    def broken(_self, _group=None) -> None:
        raise KiemError("the workspace file cannot be read")

    from review.service import ReviewService

    monkeypatch.setattr(ReviewService, "sync", broken)  # in the background round's too
    window.reviews.sync.timer.timeout.emit()  # as the timer would
    qtbot.waitUntil(lambda: window.reviews.sync.job is None, timeout=30_000)
    assert window.reviews.sync.label.text() == "Not synced: the workspace file cannot be read"
    monkeypatch.setattr(ann.review, "sync", lambda: 1 / 0)
    assert window.reviews.sync.sync_now() is None
    assert window.reviews.sync.label.text() == "Not synced: something unexpected went wrong"


def test_the_inbox_lists_the_other_open_reviews_of_the_group(office, qtbot) -> None:
    ann, _ben, cem = office.team("Ann", "Ben", "Cem")
    request = ann.review.submit(ann.write_module(), reviewers=["ben@example.com"])
    from app.gui.inbox_view import InboxView

    cem.review.sync()
    view = InboxView(cem.review)
    qtbot.addWidget(view)
    view.refresh()
    assert view.to_me.topLevelItemCount() == 0
    assert view.others.topLevelItemCount() == 1
    item = view.others.topLevelItem(0)
    assert item.text(0) == "Check a link" and item.text(1) == "Ann"
    view.others.setCurrentItem(item)
    with qtbot.waitSignal(view.open_review_requested) as opened:
        view.others.itemActivated.emit(item, 0)
    assert opened.args == [request.id]


def test_the_timer_syncs_off_the_gui_thread_and_the_window_takes_the_result(qtbot, office):
    ann, ben = office.team("Ann", "Ben")
    request = ann.review.submit(ann.write_module("Check a link"))
    window = office.window(ben)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.reviews.sync.synced, timeout=30_000) as synced:
        job = window.reviews.sync.sync_in_background()
        assert job is not None and window.reviews.sync.sync_in_background() is None  # one
    report, = synced.args[0]
    assert report.received and window.reviews.sync.job is None
    assert "Ann asks you to review" in window.statusBar().currentMessage()
    assert window.reviews.inbox_action.text() == "&Inbox (1)"
    assert request.id in window.review.state().requests
