"""Replying in a thread and resolving it, from its card: alike in review mode and for authors."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from authoring.errors import KiemError

if TYPE_CHECKING:
    from app.gui.review.thread_list import ThreadList
    from review.service import ReviewService


class ThreadAnswers(QObject):
    """Sends a card's reply or (un)resolution; says `refused` or `done` afterwards."""

    refused = Signal(str, object)  # what was not done, and the KiemError saying why
    done = Signal()

    def __init__(self, review: ReviewService, cards: ThreadList,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._review, self._cards = review, cards

    def reply(self, thread_id: uuid.UUID, text: str) -> None:
        """Send a reply; the card's reply box empties once it went."""
        try:
            self._review.reply(str(thread_id), text)
        except KiemError as exc:
            self.refused.emit(self.tr("Your reply was not sent"), exc)
            return
        card = self._cards.card(thread_id)
        if card is not None:
            card.set_reply_text("")
        self.done.emit()

    def resolve(self, thread_id: uuid.UUID, reopen: bool) -> None:  # noqa: FBT001 - a signal's
        """Resolve the thread, or open it again."""
        try:
            self._review.resolve(str(thread_id), reopen=reopen)
        except KiemError as exc:
            self.refused.emit(self.tr("The thread was not reopened") if reopen
                              else self.tr("The thread was not resolved"), exc)
            return
        self.done.emit()
