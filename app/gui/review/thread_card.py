"""One review thread as a card: who and when, markers, the quote, the comments, the answers.

The card holds layout only; it says what the person asked for through its signals and the
window or panel around it calls the review service.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.gui.editor.kinds import kind_infos
from app.gui.review.markup import spans_html, text_html
from app.gui.review.places import Place
from app.gui.review_lists import short_date
from review.anchors import AnchorState
from review.diff import word_diff
from review.state import Thread

QUOTE_SHOWN = 400  # characters of a long quote shown on a card


@dataclass(frozen=True)
class CardOptions:
    """What the person looking at the card may do with it."""

    can_reply: bool = True
    can_resolve: bool = False
    can_answer: bool = False  # the module's author: accept or decline a suggestion
    dark: bool = False
    unsent: frozenset[uuid.UUID] = frozenset()  # comments waiting in my outbox (offline)
    can_revise: bool = False  # my thread, not sent yet: edit, block or delete it


def when(at: dt.datetime) -> str:
    """Return a moment as the person's locale writes it, in their time zone."""
    moment = QDateTime.fromSecsSinceEpoch(int(at.timestamp()))
    locale = QLocale()
    return (f"{day(moment.date().toPython())}, "
            f"{locale.toString(moment.time(), QLocale.FormatType.ShortFormat)}")


def day(date: dt.date) -> str:
    """Return a date with the month's name (7 Nov 2026), in the person's language."""
    return short_date(date)


def chip(text: str, tone: str, tip: str = "") -> QLabel:
    """Return a small coloured marker (tone: danger, warning, good, accent or muted)."""
    label = QLabel(text)
    label.setObjectName("chip")
    label.setProperty("tone", tone)
    label.setToolTip(tip)
    label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return label


class ThreadCard(QFrame):
    """A thread with its markers, comments and the actions the person may take."""

    activated = Signal(object)  # thread id: show its passage
    replied = Signal(object, str)  # thread id, the reply
    resolve_toggled = Signal(object, bool)  # thread id, True to reopen
    accept_requested = Signal(object)  # thread id
    decline_requested = Signal(object)  # thread id
    edit_requested = Signal(object)  # thread id: change my comment not sent yet
    blocking_requested = Signal(object, bool)  # thread id, whether it should block
    discard_requested = Signal(object)  # thread id: delete my comment not sent yet

    def __init__(self, thread: Thread, where: Place, names: Mapping[str, str],
                 options: CardOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thread = thread
        self.where = where
        self.setObjectName("threadCard")
        self.setProperty("pending", thread.pending)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.reply_edit: QLineEdit | None = None
        self.reply_button: QPushButton | None = None
        self.resolve_button: QPushButton | None = None
        self.accept_button: QPushButton | None = None
        self.decline_button: QPushButton | None = None
        self.edit_button: QPushButton | None = None
        self.blocking_button: QPushButton | None = None
        self.discard_button: QPushButton | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        first = thread.comments[0]
        layout.addLayout(self._header(names.get(thread.author, thread.author), first.at))
        layout.addLayout(self._markers())
        if thread.pending:
            note = QLabel(self.tr("Only you see this until you finish your review."))
            note.setObjectName("pendingNote")
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(self._place())
        if where.quote:
            quote = where.quote if len(where.quote) <= QUOTE_SHOWN else \
                where.quote[:QUOTE_SHOWN - 1] + "…"
            self.quote = self._rich(f"“{text_html(quote)}”", "threadQuote")
            layout.addWidget(self.quote)
        if thread.replacement is not None:
            old = where.quote or (thread.anchor or {}).get("quote", "")
            heading = self.tr("Suggested change:")  # not in the f-string: lupdate sees it
            self.suggestion = self._rich(
                f"<b>{text_html(heading)}</b><br>"
                + spans_html(word_diff(str(old), thread.replacement), dark=options.dark),
                "threadSuggestion")
            layout.addWidget(self.suggestion)
            if thread.suggestion == "declined" and thread.decline_reason:
                layout.addWidget(self._rich(text_html(
                    self.tr("Declined: %1").replace("%1", thread.decline_reason)), "commentText"))
        self.comment_labels: list[QLabel] = []
        for index, comment in enumerate(thread.comments):
            if index:
                meta = QLabel(f"{names.get(comment.author, comment.author)} · {when(comment.at)}")
                meta.setObjectName("commentMeta")
                layout.addWidget(meta)
            if comment.id in options.unsent:
                unsent = QLabel(self.tr("Not sent yet: it goes to the group folder at the "
                                        "next sync."))
                unsent.setObjectName("pendingNote")
                unsent.setWordWrap(True)
                layout.addWidget(unsent)
            if comment.text.strip():
                label = self._rich(text_html(comment.text), "commentText")
                self.comment_labels.append(label)
                layout.addWidget(label)
        if options.can_reply:
            layout.addLayout(self._reply_row())
        actions = self._actions(options)
        if actions.count():
            layout.addLayout(actions)

    # -- parts ----------------------------------------------------------------------------------
    def _header(self, author: str, at: dt.datetime) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        name = QLabel(author)
        name.setObjectName("threadAuthor")
        row.addWidget(name)
        stamp = QLabel(when(at))
        stamp.setObjectName("threadTime")
        row.addWidget(stamp)
        row.addStretch(1)
        return row

    def _markers(self) -> QHBoxLayout:
        t, row = self.thread, QHBoxLayout()
        row.setSpacing(4)
        self.chips: list[QLabel] = []
        if t.replacement is not None:
            self.chips.append(chip(self.tr("Suggestion"), "accent"))
        if t.blocking:
            self.chips.append(chip(self.tr("Blocking"), "danger", self.tr(
                "The version cannot be approved while this thread is open.")))
        if t.pending:
            self.chips.append(chip(self.tr("Pending"), "accent", self.tr(
                "Only you see this until you finish your review.")))
        if self.where.outdated and t.resolved:  # answered, and the text moved on: as it should
            self.chips.append(chip(self.tr("Changed since"), "good", self.tr(
                "The passage was changed after this thread; the quote is what was there.")))
        elif self.where.outdated:
            self.chips.append(chip(self.tr("Outdated"), "warning", self.tr(
                "The passage is not in this version any more; the quote is what was there.")))
        elif self.where.state is AnchorState.MOVED:
            self.chips.append(chip(self.tr("Moved"), "muted", self.tr(
                "The passage now lives in another block.")))
        state = {"accepted": (self.tr("Accepted"), "good"),
                 "declined": (self.tr("Declined"), "muted")}.get(t.suggestion)
        if state is None:
            state = (self.tr("Resolved"), "good") if t.resolved else (self.tr("Open"), "muted")
        self.chips.append(chip(*state))
        for marker in self.chips:
            row.addWidget(marker)
        row.addStretch(1)
        return row

    def _place(self) -> QWidget:
        w = self.where
        if w.state is None:
            text = self.tr("On the whole of version %1").replace("%1", str(self.thread.version))
        elif w.outdated and self.thread.resolved:
            text = self.tr("Written on version %1; the passage has changed since").replace(
                "%1", str(self.thread.version))
        elif w.outdated:
            text = self.tr("Written on version %1; no longer found here").replace(
                "%1", str(self.thread.version))
        else:
            text = place_text(w)
        if w.page is None or w.outdated:
            label = QLabel(text)
            label.setObjectName("threadPlace")
            label.setWordWrap(True)
            return label
        button = QPushButton(text)
        button.setObjectName("linkButton")
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setToolTip(self.tr("Show this passage"))
        button.clicked.connect(lambda: self.activated.emit(self.thread.id))
        self.place_button = button
        return button

    def _rich(self, markup: str, name: str) -> QLabel:
        label = QLabel(markup)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        return label

    def _reply_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        self.reply_edit = QLineEdit()
        self.reply_edit.setPlaceholderText(self.tr("Reply…"))
        self.reply_edit.setAccessibleName(self.tr("Reply to this thread"))
        self.reply_button = QPushButton(self.tr("Reply"))
        self.reply_button.setEnabled(False)
        self.reply_edit.textChanged.connect(
            lambda text: self.reply_button.setEnabled(bool(text.strip())))
        self.reply_edit.returnPressed.connect(self._reply)
        self.reply_button.clicked.connect(self._reply)
        row.addWidget(self.reply_edit, 1)
        row.addWidget(self.reply_button)
        return row

    def _actions(self, options: CardOptions) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        t = self.thread
        if options.can_answer and t.suggestion == "pending":
            self.accept_button = QPushButton(self.tr("Accept"))
            self.accept_button.setObjectName("primary")
            self.accept_button.setToolTip(self.tr("Make this change in your draft (undoable)"))
            self.accept_button.clicked.connect(lambda: self.accept_requested.emit(t.id))
            self.decline_button = QPushButton(self.tr("Decline…"))
            self.decline_button.clicked.connect(lambda: self.decline_requested.emit(t.id))
            row.addWidget(self.accept_button)
            row.addWidget(self.decline_button)
        if options.can_revise and t.pending:
            self.edit_button = QPushButton(self.tr("Edit…"))
            self.edit_button.clicked.connect(lambda: self.edit_requested.emit(t.id))
            row.addWidget(self.edit_button)
            if t.replacement is None:  # a comment; a suggestion never blocks
                self.blocking_button = QPushButton(
                    self.tr("Not blocking") if t.blocking else self.tr("Make blocking"))
                self.blocking_button.clicked.connect(
                    lambda: self.blocking_requested.emit(t.id, not t.blocking))
                row.addWidget(self.blocking_button)
            self.discard_button = QPushButton(self.tr("Delete"))
            self.discard_button.clicked.connect(lambda: self.discard_requested.emit(t.id))
            row.addWidget(self.discard_button)
        if options.can_resolve and not t.pending:
            self.resolve_button = QPushButton(self.tr("Reopen") if t.resolved
                                              else self.tr("Resolve"))
            self.resolve_button.clicked.connect(
                lambda: self.resolve_toggled.emit(t.id, t.resolved))
            row.addWidget(self.resolve_button)
        if row.count():
            row.addStretch(1)
        return row

    # -- reading and keeping the reply ------------------------------------------------------------
    def _reply(self) -> None:
        if self.reply_edit is not None and self.reply_edit.text().strip():
            self.replied.emit(self.thread.id, self.reply_edit.text())

    def reply_text(self) -> str:
        """Return what is typed in the reply box."""
        return self.reply_edit.text() if self.reply_edit is not None else ""

    def set_reply_text(self, text: str) -> None:
        """Put back a reply typed before the list was rebuilt."""
        if self.reply_edit is not None:
            self.reply_edit.setText(text)

    def set_current(self, current: bool) -> None:  # noqa: FBT001 - reads plainly
        """Outline the card of the passage shown."""
        self.setProperty("current", current)
        self.style().unpolish(self)
        self.style().polish(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        """A click on the card shows its passage."""
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(self.thread.id)
        super().mousePressEvent(event)


def kind_name(block_kind: object) -> str:
    """Return a block kind's name in the interface language."""
    names = {info.kind: info.name for info in kind_infos()}
    return names.get(block_kind, str(getattr(block_kind, "value", block_kind)))  # type: ignore[call-overload]


def place_text(where: Place) -> str:
    """Return where a thread points: Page “Steps” · Text."""
    if where.page is None:
        return ""
    title = where.page.title.strip() or QCoreApplication.translate("ThreadCard", "untitled")
    text = QCoreApplication.translate("ThreadCard", "Page “%1”").replace("%1", title)
    if where.block is not None:
        text += " · " + kind_name(where.block.kind)
    return text

