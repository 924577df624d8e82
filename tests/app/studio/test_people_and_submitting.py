"""Peer review in the studio window: who I am, groups, submitting.

Each person has a real workspace; they share one group folder in tmp_path (the helper of the
review workflow tests, tests/review/people.py). Dialogs are driven through their widgets.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog

from app.gui.main_window import MainWindow
from app.gui.people_dialogs import IdentityDialog, NewGroupDialog
from authoring import blocks as b
from authoring.kinds import BlockKind, ModuleStatus
from review.events import encode_key, fingerprint
from review.state import Role

from .office import people, select


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

    # Someone else joins under Ben's email: Ben stays confirmed, the claim shows apart.
    impostor = people.Person("Ben", "ben@example.com", tmp_path / "eve.kiemdb", clock)
    office.people.append(impostor)
    impostor.review.join_group(folder)
    window.reviews.sync.sync_now()
    groups.refresh()
    row = next(r for r in range(groups.members.rowCount())
               if "ben@example.com" in groups.members.item(r, 1).text())
    texts = [w.text() for w in groups.members.cellWidget(row, 4).findChildren(type(groups.title))]
    claim = fingerprint(encode_key(impostor.review.me().key.public_key()))
    assert texts[0] == "Confirmed" and texts[1] == f"Another key claims this email · {claim}"
    assert ann.review.state().member("ben@example.com").key != encode_key(
        impostor.review.me().key.public_key())

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
    select(window, module_id)
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
    select(window, module_id)
    dialog = window.reviews.submit_for_review()
    qtbot.addWidget(dialog)
    assert dialog.submit_button.isEnabled() and dialog.auto.isChecked()
    assert "Ben" in dialog.auto_hint.text()  # who Kiem would pick
    assert dialog.candidates.count() == 2
    today = ann.review.today()  # the team's injected clock
    assert dialog.due.date().toPython() == today + dt.timedelta(days=5)
    assert dialog.due.minimumDate().toPython() == today
    assert dialog.due.text() == QLocale().toString(dialog.due.date(), "d MMM yyyy")  # "12 Dec…"

    dialog.choose.click()  # "Choose:" with nobody ticked
    dialog.submit_button.click()
    assert "Tick at least one reviewer" in dialog.last_message.text()
    dialog.last_message.close()

    dialog.set_reviewers(["cem@example.com"])
    dialog.note.setPlainText("First version")
    due = today + dt.timedelta(days=12)
    dialog.due.setDate(QDate(due.year, due.month, due.day))
    dialog.submit_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    request = dialog.request
    assert [a.reviewer for a in request.active_reviewers()] == ["cem@example.com"]
    assert (request.due, request.note) == (due, "First version")
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


def test_one_ctrl_z_after_a_resubmit_undoes_only_the_last_edit(qtbot, office):
    ann, ben = office.team("Ann", "Ben")
    module_id = ann.write_module("Check a link", "Hover first.")
    request = ann.review.submit(module_id, reviewers=["ben@example.com"])
    ben.review.sync()
    ben.review.finish(str(request.id), "request_changes", "Say what to look for.")
    ann.review.sync()
    window = office.window(ann)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.open_module(module_id)
    block_id, _ = ann.text_block(module_id)
    field = window.editor.page_editor.frames[block_id].form.markdown
    window.activateWindow()
    field.editor.setFocus()
    qtbot.waitUntil(field.editor.hasFocus)
    field.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(field.editor, " Read the address.")  # before the resubmit
    window.editor.flush()
    ann.review.submit(module_id)  # version 2 goes out
    field.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(field.editor, " Then decide.")  # after it
    qtbot.keyClick(field.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ann.text_block(module_id)[1] == "Hover first. Read the address."
    assert field.text() == "Hover first. Read the address."
