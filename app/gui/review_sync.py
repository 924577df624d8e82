"""Automatic sync with the group folders: a timer, a status-bar label, and news for the window.

Sync runs on the GUI thread (each store call is its own short SQLite session, and a group
folder is a local or mounted path). Nothing raises out of a timer slot: a failure is shown in
the label and the next tick tries again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTime, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from authoring.errors import KiemError

if TYPE_CHECKING:
    from review.service import News, ReviewService
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
        self.timer.timeout.connect(self.sync_now)
        self._soon = QTimer(self, singleShot=True)
        self._soon.timeout.connect(self.sync_now)

    def start(self, first_ms: int = FIRST_MS) -> None:
        """Sync shortly, then every interval."""
        self.soon(first_ms)
        self.timer.start()

    def stop(self) -> None:
        """Stop syncing (the window closes)."""
        self.timer.stop()
        self._soon.stop()

    def soon(self, ms: int = SOON_MS) -> None:
        """Sync once in a moment (several requests in a row make one sync)."""
        self._soon.start(ms)

    def sync_now(self) -> list[SyncReport] | None:
        """Sync every group now; return the reports, or None when the sync failed."""
        self._soon.stop()
        try:
            review = self._review()
            if not review.groups():
                self.label.clear()
                self.label.hide()
                return []
            reports = review.sync()
        except KiemError as exc:
            self._show(self.tr("Not synced: %1").replace("%1", str(exc)), str(exc))
            return None
        except Exception as exc:  # a timer slot must never raise; the next tick retries
            log.exception("review sync failed")
            self._show(self.tr("Not synced: something unexpected went wrong"), repr(exc))
            return None
        self.show_reports(reports)
        news = [self.say(item) for report in reports for item in report.items]
        if news:
            self.news.emit(news)
        self.synced.emit(reports)  # after the news: what reacts to it may add reminders
        return reports

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

    def _show(self, text: str, details: str) -> None:
        self.label.setText(text)
        self.label.setToolTip(details)
        self.label.show()
