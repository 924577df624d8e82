"""A scrolling column of thread cards under section headings, rebuilt without losing replies.

Rebuilding keeps what was typed in reply boxes, the focus and the scroll position, so a
refresh after someone else's change does not take a half-written reply away.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from app.gui.review.thread_card import ThreadCard


class ThreadList(QScrollArea):
    """Section headings, each followed by its cards; a quiet line when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("threadScroll")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.column = QWidget()
        self.column.setObjectName("threadColumn")
        self._layout = QVBoxLayout(self.column)
        self._layout.setContentsMargins(2, 2, 6, 8)
        self._layout.setSpacing(8)
        self._layout.addStretch(1)
        self.setWidget(self.column)
        self._cards: list[ThreadCard] = []
        self.empty = QLabel()
        self.empty.setObjectName("paneHint")
        self.empty.setWordWrap(True)

    def cards(self) -> list[ThreadCard]:
        """Return the cards shown, top to bottom."""
        return list(self._cards)

    def card(self, thread_id: uuid.UUID) -> ThreadCard | None:
        """Return the card of a thread, if shown."""
        return next((c for c in self._cards if c.thread.id == thread_id), None)

    def show_sections(self, sections: list[tuple[str, list[ThreadCard]]], empty: str) -> None:
        """Show `sections` (heading, cards); `empty` when no section has a card."""
        drafts = {c.thread.id: c.reply_text() for c in self._cards if c.reply_text()}
        focused = next((c.thread.id for c in self._cards
                        if c.reply_edit is not None and c.reply_edit.hasFocus()), None)
        scrolled = self.verticalScrollBar().value()
        while self._layout.count() > 1:  # the stretch stays last
            widget = self._layout.takeAt(0).widget()
            if widget is self.empty:
                widget.setParent(None)
            elif widget is not None:
                widget.hide()
                widget.deleteLater()  # a card may be the sender of the signal being handled
        self._cards = []
        at = 0
        for heading, cards in sections:
            if not cards:
                continue
            label = QLabel(heading)
            label.setObjectName("sectionHeading")
            self._layout.insertWidget(at, label)
            at += 1
            for card in cards:
                self._layout.insertWidget(at, card)
                at += 1
                self._cards.append(card)
                if card.thread.id in drafts:
                    card.set_reply_text(drafts[card.thread.id])
                if card.thread.id == focused and card.reply_edit is not None:
                    card.reply_edit.setFocus()
        if not self._cards:
            self.empty.setText(empty)
            self._layout.insertWidget(0, self.empty)
            self.empty.show()
        QTimer.singleShot(0, self, lambda: self.verticalScrollBar().setValue(scrolled))
