"""Peer review in the main window: its actions, views and dialogs, wired to one ReviewService.

The service, the inbox and admin views and every review dialog load the first time they are
needed (just after the window shows, for the first sync), so start-up does not pay for them.
After each review action or a sync that moved something, the library, the inbox count, the
review view in sight and the editor's Comments dock (with its marks on blocks) are refreshed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenuBar,
    QMessageBox,
    QStackedWidget,
    QStatusBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.icons import IconName, icon
from app.gui.refusal import tell
from app.gui.review_sync import ReviewSync
from authoring.errors import KiemError

if TYPE_CHECKING:
    from app.gui.admin_view import AdminView
    from app.gui.groups_dialog import GroupsDialog
    from app.gui.inbox_view import InboxView
    from app.gui.library_view import LibraryView
    from app.gui.people_dialogs import IdentityDialog
    from app.gui.review.review_window import ReviewWindow
    from app.gui.studio import Studio
    from app.gui.submit_dialog import SubmitDialog
    from app.gui.worker import Job
    from review.service import ReviewService
    from review.sync import SyncReport

IDENTITY_ASKED = "review/identity_asked"  # the first-start question was asked once


class ReviewHost(Protocol):
    """What the controller needs of the window that owns it (the studio's main window).

    The window is also the parent of the controller's dialogs (a QMainWindow); the controller
    receives it rather than importing the window's module.
    """

    studio: Studio
    settings: QSettings
    stack: QStackedWidget  # the pages the window shows; review views are added to it
    library: LibraryView
    workspace_line: str  # what the status bar says of the workspace while nothing else is news

    def statusBar(self) -> QStatusBar:
        """The window's status bar, for short news."""

    def current_module(self) -> uuid.UUID | None:
        """The module open in the editor, if any."""

    def open_module(self, module_id: uuid.UUID) -> None:
        """Open a module in the editor."""

    def flush_editor(self) -> None:
        """Write what is being typed before the view changes."""

    def show_findings(self) -> None:
        """Show the check's findings on the module open in the editor."""

    def sync_actions(self) -> None:
        """Enable the window's actions for the view now shown."""

    def refresh_comments(self) -> None:
        """Show the review threads of the module being edited again."""

    def open_review(self, request_id: uuid.UUID) -> QWidget | None:
        """Open a review request in review mode."""


class ReviewController(QObject):
    """Who I am, groups, submitting, the inbox, approved and stale modules, automatic sync."""

    def __init__(self, window: ReviewHost, review: ReviewService | None = None) -> None:
        super().__init__(window)
        self.window = window
        self._review = review
        self._inbox: InboxView | None = None
        self._admin: AdminView | None = None
        self.review_page: QWidget | None = None  # review mode on the stack, with its back bar
        self.review_window: ReviewWindow | None = None
        self.identity_dialog: IdentityDialog | None = None  # the first-start question
        self.last_message: QMessageBox | None = None  # the newest refusal shown (for tests)
        self.sync = ReviewSync(lambda: self.review, window)
        self.sync.synced.connect(self._synced)
        self.sync.news.connect(self._news)
        self._reminded: set[tuple[uuid.UUID, str, dt.date]] = set()  # (request, due, day)
        self._make_actions()

    def _make_actions(self) -> None:
        self.submit_action = QAction(self.tr("Submit for &review…"), self)
        self.submit_action.setToolTip(self.tr("Send this version to your group's reviewers"))
        self.submit_action.triggered.connect(lambda: self.submit_for_review())
        self.inbox_action = QAction(self.tr("&Inbox"), self)
        self.inbox_action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+I")))
        self.inbox_action.setToolTip(self.tr("Reviews asked of you, and your own requests"))
        self.inbox_action.triggered.connect(self.show_inbox)
        self.admin_action = QAction(self.tr("&Approved and stale"), self)
        self.admin_action.setToolTip(self.tr("Approved versions to export and publish, and modules "
                                        "due for another review"))
        self.admin_action.triggered.connect(self.show_admin)
        self.groups_action = QAction(self.tr("&Groups…"), self)
        self.groups_action.triggered.connect(self.show_groups)
        self.sync_action = QAction(self.tr("S&ync now"), self)
        self.sync_action.setShortcut(QKeySequence(self.tr("F5")))
        self.sync_action.setToolTip(self.tr("Send and receive reviews through the group folders "
                                       "(Kiem also does this every two minutes)"))
        self.sync_action.triggered.connect(self.sync_now)
        self.who_action = QAction(self.tr("&Who am I…"), self)
        self.who_action.triggered.connect(self.who_am_i)
        self.back_action = QAction(icon(IconName.BACK), self.tr("Back to inbox"), self)
        self.back_action.triggered.connect(self.back_to_inbox)

    def build_menu(self, bar: QMenuBar) -> None:
        """Add the Review menu."""
        menu = bar.addMenu(self.tr("&Review"))
        for action in (self.inbox_action, self.submit_action, None, self.admin_action,
                       self.groups_action, self.sync_action, None, self.who_action):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)

    # -- made on first use --------------------------------------------------------------------
    @property
    def review(self) -> ReviewService:
        """The review service of this workspace."""
        if self._review is None:
            from review.service import ReviewService  # noqa: PLC0415 - start-up time

            # New events go out with the background sync, never on the GUI thread.
            self._review = ReviewService(self.window.studio.services,
                                         send_later=lambda: self.sync.soon())
        return self._review

    @property
    def inbox_view(self) -> InboxView:
        """The review inbox, on the window's stack."""
        if self._inbox is None:
            from app.gui.inbox_view import InboxView  # noqa: PLC0415 - start-up time

            self._inbox = InboxView(self.review, self.window.stack)
            self._inbox.open_review_requested.connect(self.window.open_review)
            self._inbox.identity_requested.connect(self.who_am_i)
            self._inbox.groups_requested.connect(self.show_groups)
            self.window.stack.addWidget(self._inbox)
        return self._inbox

    @property
    def admin_view(self) -> AdminView:
        """Approved and stale modules, on the window's stack."""
        if self._admin is None:
            from app.gui.admin_view import AdminView  # noqa: PLC0415 - start-up time

            self._admin = AdminView(self.review, self.window.stack)
            self._admin.changed.connect(self.after_action)
            self.window.stack.addWidget(self._admin)
        return self._admin

    # -- who I am -----------------------------------------------------------------------------
    def first_start(self) -> None:
        """Ask once who I am (the person may skip it), then start syncing."""
        settings = self.window.settings
        if not settings.value(IDENTITY_ASKED, False, type=bool) \
                and self.review.store.me() is None:
            from app.gui.people_dialogs import IdentityDialog  # noqa: PLC0415 - start-up time

            settings.setValue(IDENTITY_ASKED, True)
            self.identity_dialog = IdentityDialog(self.review, self.window, first_start=True)
            self.identity_dialog.accepted.connect(self.after_action)
            self.identity_dialog.open()
        self.sync.start()

    def ensure_identity(self) -> bool:
        """Ask who I am when I have not said so yet; True once I have."""
        if self.review.store.me() is not None:
            return True
        from app.gui.people_dialogs import IdentityDialog  # noqa: PLC0415 - start-up time

        _me, saved = IdentityDialog.ask(self.review, self.window)
        return saved

    def who_am_i(self) -> IdentityDialog:
        """Show (and let me change) my name and email, with my key's fingerprint."""
        from app.gui.people_dialogs import IdentityDialog  # noqa: PLC0415 - start-up time

        dialog = IdentityDialog(self.review, self.window)
        dialog.accepted.connect(self.after_action)
        dialog.open()
        return dialog

    # -- groups and submitting ----------------------------------------------------------------
    def show_groups(self) -> GroupsDialog | None:
        """Show my review groups (after a sync, so leads see who asked to join)."""
        if not self.ensure_identity():
            return None
        from app.gui.groups_dialog import GroupsDialog  # noqa: PLC0415 - start-up time

        self.sync.sync_now()
        dialog = GroupsDialog(self.review, self.window)
        dialog.changed.connect(self.after_action)
        dialog.open()
        return dialog

    def submit_for_review(self, module_id: uuid.UUID | None = None) -> SubmitDialog | None:
        """Submit the module being edited (or the one selected in the library)."""
        w = self.window
        if module_id is None:
            selected = w.library.selected_ids()
            in_library = w.stack.currentWidget() is w.library
            module_id = w.current_module() or (selected[0] if in_library and len(selected) == 1
                                               else None)
        if module_id is None or not self.ensure_identity():
            return None
        from app.gui.submit_dialog import SubmitDialog  # noqa: PLC0415 - start-up time

        w.flush_editor()
        try:
            dialog = SubmitDialog(self.review, module_id, w)
        except KiemError as exc:
            self.last_message = tell(w, self.tr("Not submitted"), str(exc))
            return None
        dialog.show_findings.connect(lambda: self._show_findings_of(module_id))
        dialog.accepted.connect(lambda: self._submitted(dialog))
        dialog.open()
        return dialog

    def _show_findings_of(self, module_id: uuid.UUID) -> None:
        if self.window.current_module() != module_id:
            self.window.open_module(module_id)
        self.window.show_findings()

    def _submitted(self, dialog: SubmitDialog) -> None:
        request = dialog.request
        if request is not None:
            state = self.review.state(request.group)
            names = [state.members[a.reviewer].name if a.reviewer in state.members
                     else a.reviewer for a in request.active_reviewers()]
            self.window.statusBar().showMessage(
                self.tr("“%1” version %2 went to %3 for review.")
                .replace("%1", request.title).replace("%2", str(request.version))
                .replace("%3", ", ".join(names)), 8000)
        self.after_action()

    # -- views --------------------------------------------------------------------------------
    def show_inbox(self) -> None:
        """Show the review inbox."""
        self.window.flush_editor()
        self.inbox_view.refresh()
        self.window.stack.setCurrentWidget(self.inbox_view)
        self.update_inbox_count()
        self.window.sync_actions()

    def show_admin(self) -> None:
        """Show approved versions waiting for export, and stale modules.

        Every group's state is needed: when the window does not hold them all yet (shortly
        after a start), the background sync derives them and the view fills when it ends,
        rather than deriving thousands of events here, on the GUI thread.
        """
        self.window.flush_editor()
        job = self._deriving()
        if job is None:
            self.admin_view.refresh()
        else:
            self.admin_view.reading()
            job.finished.connect(self._admin_read)
            job.failed.connect(self._admin_read)
        self.window.stack.setCurrentWidget(self.admin_view)
        self.window.sync_actions()

    def _deriving(self) -> Job | None:
        """The background round that derives the group states the window lacks, if any."""
        try:
            review = self.review
            held, groups = review.derived(), review.groups()
        except KiemError:
            return None  # the view says what is wrong when it reads
        if all(g.id in held for g in groups):
            return None
        return self.sync.job or self.sync.sync_in_background()

    def _admin_read(self, *_result: object) -> None:
        if self._admin is not None and self.window.stack.currentWidget() is self._admin:
            self._admin.refresh()

    def open_review(self, request_id: uuid.UUID) -> QWidget | None:
        """Open a request in review mode, on the stack under a "Back to inbox" bar."""
        w = self.window
        if self.review_window is not None and self.review_window.request_id == request_id:
            w.stack.setCurrentWidget(self.review_page)
            w.sync_actions()
            return self.review_window
        try:
            from app.gui.review.review_window import ReviewWindow  # noqa: PLC0415
        except ImportError:
            self.last_message = tell(w, self.tr("Review"), self.tr(
                "This build of Kiem cannot open reviews yet."), kind=QMessageBox.Icon.Information)
            return None
        w.flush_editor()
        self.close_review()
        try:
            window = ReviewWindow(self.review, request_id)
        except KiemError as exc:
            self.last_message = tell(w, self.tr("Cannot open the review"), str(exc))
            return None
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 6, 8, 0)
        back = QToolButton(autoRaise=True)
        back.setDefaultAction(self.back_action)
        back.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addWidget(back)
        bar.addStretch(1)
        box.addLayout(bar)
        box.addWidget(window, 1)
        window.finished.connect(lambda _request: self.after_action())
        self.review_page, self.review_window = page, window
        w.stack.addWidget(page)
        w.stack.setCurrentWidget(page)
        w.sync_actions()
        return window

    def back_to_inbox(self) -> None:
        """Leave review mode for the inbox."""
        self.close_review()
        self.show_inbox()

    def close_review(self) -> None:
        """Take the review page off the stack (its player is freed)."""
        if self.review_page is not None:
            self.window.stack.removeWidget(self.review_page)
            self.review_page.deleteLater()
        self.review_page = self.review_window = None

    # -- syncing and refreshing ---------------------------------------------------------------
    def sync_now(self) -> None:
        """Sync every group now (F5)."""
        if self.review.groups():
            self.sync.sync_now()
        else:
            self.window.statusBar().showMessage(self.tr(
                "You are in no review group yet: nothing to sync. See Review › Groups…"), 8000)

    def after_action(self) -> None:
        """Show what a review action changed; sync in a moment for what others did."""
        self.refresh()
        self.sync.soon()

    def _synced(self, reports: list[SyncReport]) -> None:
        if any(r.received or r.sent for r in reports):
            self.refresh()
        else:
            self.update_inbox_count()
        self.remind()

    def remind(self) -> list[str]:
        """Remind me, once a day each, of reviews due tomorrow or overdue; return the lines."""
        try:
            waiting = self.review.inbox().to_me if self.review.store.me() else []
        except KiemError:
            return []
        today = self.review.today()
        lines = []
        for request, due in waiting:
            key = (request.id, due, today)
            if due not in ("due tomorrow", "overdue") or key in self._reminded:
                continue
            self._reminded.add(key)
            lines.append(self.tr("Your review of “%1” is due tomorrow").replace("%1", request.title)
                         if due == "due tomorrow" else
                         self.tr("Your review of “%1” is overdue").replace("%1", request.title))
        if lines:
            bar = self.window.statusBar()
            shown = bar.currentMessage()
            if shown == self.window.workspace_line:  # a long path would push the reminder away
                shown = ""
            bar.showMessage("  ·  ".join([shown, *lines] if shown else lines), 12000)
        return lines

    def _news(self, lines: list[str]) -> None:
        self.window.statusBar().showMessage("  ·  ".join(lines), 8000)

    def refresh(self) -> None:
        """Refresh the library (module statuses), the inbox count and the review view shown."""
        w = self.window
        w.library.refresh()
        current = w.stack.currentWidget()
        if self._inbox is not None and current is self._inbox:
            self._inbox.refresh()
        if self._admin is not None and current is self._admin:
            self._admin.refresh()
        w.refresh_comments()  # the threads on the module being edited, and their marks
        self.update_inbox_count()
        w.sync_actions()

    def update_inbox_count(self) -> None:
        """Show how many reviews wait for me in the Inbox action ("Inbox (3)")."""
        count = 0
        if self._review is not None:
            try:
                if self.review.store.me() is not None and self.review.groups():
                    count = len(self.review.inbox().to_me)
            except KiemError:
                count = 0
        self.inbox_action.setText(self.tr("&Inbox (%1)").replace("%1", str(count)) if count
                                  else self.tr("&Inbox"))
