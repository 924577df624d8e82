"""Peer review in the studio window: the inbox, approved and stale, syncing.

Each person has a real workspace; they share one group folder in tmp_path (the helper of the
review workflow tests, tests/review/people.py). Dialogs are driven through their widgets.
"""

from __future__ import annotations

import datetime as dt
import sys

from app.gui.main_window import MainWindow
from authoring.errors import KiemError
from authoring.kinds import ModuleStatus
from export.exporter import Format
from review.service import ReviewService
from review.state import RequestState, Role, Verdict

from .office import TODAY


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
    assert inbox.to_me.currentItem() is row and inbox.open_button.isEnabled()  # chosen for me

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
    note = "Good start. Please fix the duration: it says 5 minutes, it takes 12."
    ben.review.finish(str(request.id), Verdict.REQUEST_CHANGES, note)
    window = office.window(ann)
    window.reviews.sync.sync_now()
    window.reviews.show_inbox()
    inbox = window.reviews.inbox_view
    assert inbox.to_me_empty.isVisibleTo(inbox)
    row = inbox.mine.topLevelItem(0)
    assert [row.text(c) for c in range(4)] == [
        "Check a link", "v1", "Changes requested", "Ben: asked for changes · Cem: reviewing"]
    # The closing note reaches the author, under the request and beside the comments.
    assert row.childCount() == 1 and row.isExpanded()
    assert row.child(0).text(0) == f"Ben: “{note}”"
    library_row = window.library.model.row_of(module_id)
    assert window.library.model.entry(library_row).status is ModuleStatus.CHANGES_REQUESTED
    window.open_module(module_id)
    window.comments_dock.show()
    verdicts = window.comments.verdicts
    assert verdicts.isVisibleTo(window.comments)
    assert "Ben asked for changes to version 1" in verdicts.text() and note in verdicts.text()
    assert "Cem" not in verdicts.text()  # no verdict yet


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

    refused = office.window(ben)  # Ben is no admin: he sees the list and who may publish
    refused.reviews.sync.sync_now()
    refused.reviews.admin_action.trigger()
    members_view = refused.reviews.admin_view
    assert members_view.approved.topLevelItemCount() == 1
    assert members_view.export_button.isEnabled() and not members_view.publish_button.isEnabled()
    assert members_view.publish_hint.isVisibleTo(members_view)
    assert members_view.publish_hint.text() == (
        "Only an admin of “IT creators” marks versions published: Cem.")
    assert not refused.reviews.admin_view.publish_selected()  # and the service refuses too
    assert "not an admin" in refused.reviews.admin_view.last_message.text()
    refused.reviews.admin_view.last_message.close()

    window = office.window(cem)
    window.reviews.sync.sync_now()
    window.reviews.show_admin()
    admin = window.reviews.admin_view
    row = admin.approved.topLevelItem(0)
    assert [row.text(c) for c in range(5)] == ["Check a link", "v1", "Ann", "IT creators", "Ben"]
    assert admin.publish_button.isEnabled() and not admin.publish_hint.isVisibleTo(admin)
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


def test_a_group_without_an_admin_says_nobody_can_publish_and_how_to_fix_it(qtbot, office):
    ann, ben = office.team("Ann", "Ben")
    module_id = ann.write_module("Check a link")
    request = ann.review.submit(module_id, reviewers=["ben@example.com"])
    ben.review.sync()
    ben.review.finish(str(request.id), Verdict.APPROVE)
    window = office.window(ann)  # Ann leads the group, but a lead is no admin
    window.reviews.sync.sync_now()
    window.reviews.show_admin()
    admin = window.reviews.admin_view
    assert not admin.publish_button.isEnabled()
    assert "“IT creators” has no admin yet" in admin.publish_hint.text()
    assert "Review › Groups…" in admin.publish_hint.text()


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


def test_a_round_with_nothing_new_still_hands_the_window_its_groups_states(qtbot, office):
    # Deriving a big group's state takes long: the background round does it, so the inbox or
    # the admin view shown afterwards does not derive it on the GUI thread.
    ann, ben = office.team("Ann", "Ben")
    ann.review.submit(ann.write_module("Check a link"))
    ben.review.sync()
    fresh = ReviewService(ben.services, clock=ben.clock)  # as after a start: no state held
    window = MainWindow(ben.services, office.settings, review=fresh)
    qtbot.addWidget(window)
    office.windows.append(window)
    group = ben.review.group().id
    assert group not in window.review.derived()
    with qtbot.waitSignal(window.reviews.sync.synced, timeout=30_000) as synced:
        window.reviews.sync.sync_in_background()
    report, = synced.args[0]
    assert not report.received
    assert group in window.review.derived(), "the window holds the state the round derived"


def test_right_after_a_start_the_admin_view_waits_for_the_background_round(qtbot, office):
    # The window holds no group state yet: the admin view says it is reading, the background
    # sync derives the states (off the GUI thread), and the view fills when it ends.
    ann, ben = office.team("Ann", "Ben")
    request = ann.review.submit(ann.write_module("Check a link"))
    ben.review.sync()
    ben.review.finish(str(request.id), Verdict.APPROVE)
    ann.review.sync()
    fresh = ReviewService(ann.services, clock=ann.clock)
    window = MainWindow(ann.services, office.settings, review=fresh)
    qtbot.addWidget(window)
    office.windows.append(window)
    window.reviews.admin_action.trigger()
    view = window.reviews.admin_view
    assert view.approved_empty.text() == "Reading the reviews of every group…"
    assert not fresh.derived(), "nothing derived on the GUI thread"
    qtbot.waitUntil(lambda: view.approved.topLevelItemCount() == 1, timeout=30_000)
    assert view.approved_empty.text() == "No approved version waits for export."
    assert view.approved.topLevelItem(0).text(0) == "Check a link"
