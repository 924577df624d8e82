"""Automatic sync with the group folders: a timer, a status-bar label, and news for the window.

The timer's rounds run off the GUI thread, on a second connection to the workspace (a group
folder on a slow network share must not freeze the window); Review › Sync now (F5) runs one
at once. Nothing raises out of a timer slot: a failure is shown in the label and the next
tick tries again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTime, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from app.gui.hub_watch import HubWatch
from authoring.errors import KiemError

if TYPE_CHECKING:
    from app.gui.worker import Job
    from review.news import News
    from review.service import ReviewService
    from review.sync import SyncReport

INTERVAL_MS = 120_000  # every two minutes
FIRST_MS = 1_500  # once shortly after the window shows
SOON_MS = 300  # after a review action: bring in what others did meanwhile

log = logging.getLogger(__name__)


class ReviewSync(QObject):
    """Syncs every group of mine now and then and says how it went."""

    synced = Signal(list)  # the SyncReports of one round
    news = Signal(list)  # lines for me ("Ben asks you to review …"), when a round brought any

    def __init__(self, review: Callable[[], ReviewService], parent: QWidget,
                 interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._review = review
        self.label = QLabel(parent)
        self.label.setObjectName("syncStatus")
        self.label.setContentsMargins(0, 0, 12, 0)
        self.label.hide()
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.sync_in_background)
        self._soon = QTimer(self, singleShot=True)
        self._soon.timeout.connect(self.sync_in_background)
        self.job: Job | None = None  # the background round under way
        self.hubs = HubWatch(self)  # a new event on a hub syncs at once
        self.hubs.woke.connect(self._hub_woke)  # a method: delivered on the GUI thread
        self.hubs.state_changed.connect(self._render)
        self._said = ("", "")  # the label's text and tooltip before the hubs' word

    def start(self, first_ms: int = FIRST_MS) -> None:
        """Sync shortly, then every interval."""
        self.soon(first_ms)
        self.timer.start()

    def stop(self) -> None:
        """Stop syncing (the window closes)."""
        self.timer.stop()
        self._soon.stop()
        self.hubs.stop()

    def soon(self, ms: int = SOON_MS) -> None:
        """Sync once in a moment (several requests in a row make one sync)."""
        self._soon.start(ms)

    def _hub_woke(self) -> None:
        """A hub said a group of mine has news: sync in a moment."""
        self.soon()

    def sync_now(self) -> list[SyncReport] | None:
        """Sync every group now, here; return the reports, or None when the sync failed."""
        self._soon.stop()
        if self.job is not None:
            return None  # a background round is under way: its result comes in a moment
        try:
            review = self._review()
            if not review.groups():
                self.label.clear()
                self.label.hide()
                return []
            reports = review.sync()
        except Exception as exc:  # a slot must never raise; the next tick retries
            self._failed(exc)
            return None
        self._done(reports)
        return reports

    def sync_in_background(self) -> Job | None:
        """Sync every group off the GUI thread (a slow network folder must not freeze it).

        A second connection to the workspace does the work; the studio's review service
        takes over the state it derived.
        """
        self._soon.stop()
        if self.job is not None:
            return None  # one round at a time; the next tick comes
        try:
            review = self._review()
            if not review.groups():
                self.label.clear()
                self.label.hide()
                return None
        except Exception as exc:  # noqa: BLE001 - reported in the label, never raised
            self._failed(exc)
            return None
        path = review.services.workspace.path
        if path is None:
            self.sync_now()
            return None
        from app.gui.worker import Job  # noqa: PLC0415 - loaded after start-up
        from authoring.services import Services  # noqa: PLC0415
        from authoring.workspace import Workspace  # noqa: PLC0415
        from review.service import ReviewService  # noqa: PLC0415

        clock = review.clock
        held = set(review.derived())  # states the window holds: it takes in news itself

        def work(_progress: object) -> tuple[list[SyncReport], object]:
            with Workspace.open(path, create=False) as workspace:
                other = ReviewService(Services(workspace), clock=clock)
                reports = other.sync()
                for group in other.groups():  # derive here, off the GUI thread, what the
                    if group.id not in held:  # window would otherwise derive when first shown
                        other.state(group.id)
                return reports, other.derived()

        job = Job(work, self)
        job.finished.connect(lambda result: self._background_done(review, result))
        job.failed.connect(lambda exc, _trace: self._background_failed(exc))
        self.job = job
        job.start()
        return job

    def _background_done(self, review: ReviewService, result: tuple) -> None:
        self.job = None
        reports, derived = result
        review.adopt(derived)
        self._done(reports)

    def _background_failed(self, exc: BaseException) -> None:
        self.job = None
        self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, KiemError):
            self._show(self.tr("Not synced: %1").replace("%1", str(exc)), str(exc))
        else:
            log.error("review sync failed", exc_info=exc)
            self._show(self.tr("Not synced: something unexpected went wrong"), repr(exc))

    def _done(self, reports: list[SyncReport]) -> None:
        self._listen_to_hubs()
        self.show_reports(reports)
        news = [self.say(item) for report in reports for item in report.items]
        if news:
            self.news.emit(news)
        self.synced.emit(reports)  # after the news: what reacts to it may add reminders

    def say(self, item: News) -> str:
        """Word one piece of news in the studio's language."""
        from review.state import RequestState  # noqa: PLC0415 - review loads after start-up

        if item.kind == "asked":
            return (self.tr("%1 asks you to review “%2” (version %3)")
                    .replace("%1", item.who).replace("%2", item.title)
                    .replace("%3", str(item.version)))
        if item.kind == "state" and item.state is not None:
            states = {
                RequestState.IN_REVIEW: self.tr("in review"),
                RequestState.CHANGES_REQUESTED: self.tr("changes requested"),
                RequestState.APPROVED: self.tr("approved"),
                RequestState.PUBLISHED: self.tr("published"),
                RequestState.WITHDRAWN: self.tr("withdrawn"),
                RequestState.SUPERSEDED: self.tr("replaced by a newer version"),
            }
            return (self.tr("“%1” (version %2): %3").replace("%1", item.title)
                    .replace("%2", str(item.version)).replace("%3", states[item.state]))
        return self.tr("New comments or replies for you: %n", "", item.count)

    def show_reports(self, reports: list[SyncReport]) -> None:
        """Say in the label how the last round went (the tooltip has every report's lines)."""
        details = "\n".join(line for report in reports for line in report.lines())
        unreachable = [r for r in reports if not r.ok]
        if unreachable:
            waiting = sum(r.waiting for r in unreachable)
            text = (self.tr("Group folder not reachable — %n waiting to send", "", waiting)
                    if len(unreachable) == len(reports) else
                    self.tr("Folder of “%1” not reachable — %n waiting to send", "", waiting)
                    .replace("%1", unreachable[0].group_name))
        else:
            now = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
            text = self.tr("Synced %1").replace("%1", now)
        self._show(text, details)

    def _listen_to_hubs(self) -> None:
        """Listen on the hubs my groups live on (after each round: groups come and go)."""
        from review.hub.transport import is_hub_address  # noqa: PLC0415

        try:
            groups = self._review().groups()
        except KiemError:
            return
        self.hubs.watch((g.folder, g.id) for g in groups if is_hub_address(g.folder))

    def _show(self, text: str, details: str) -> None:
        self._said = (text, details)
        self._render()

    def _render(self) -> None:
        """Show the last round's word, and whether the hubs are live or being retried."""
        text, details = self._said
        if self.hubs.states and self.hubs.live:
            text += self.tr(" · hub live")
        elif self.hubs.states:
            text += self.tr(" · hub offline, trying again")
            details += "\n" + self.hubs.problem()
        if not text:
            return
        self.label.setText(text)
        self.label.setToolTip(details)
        self.label.show()
