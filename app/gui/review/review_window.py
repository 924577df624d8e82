"""Review mode: the frozen version in the learner's player, its threads beside it, a verdict.

The reviewer selects text in the player and comments on it or suggests new words; the threads
pane lists every thread of the module (found again in this version, or marked outdated); the
verdict bar finishes the review and sends the pending threads. Reviewers never edit content.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.gui.review.answers import ThreadAnswers
from app.gui.review.changes_view import ChangesSection
from app.gui.review.comment_dialog import CommentDialog, SuggestionDialog
from app.gui.review.messages import tell
from app.gui.review.places import Place, place, reading_order
from app.gui.review.player_view import ReviewPlayer
from app.gui.review.selection_anchor import Widened, anchor_for
from app.gui.review.style import is_dark, review_stylesheet
from app.gui.review.thread_card import CardOptions, ThreadCard, day, place_text
from app.gui.review.thread_list import ThreadList
from app.gui.review.verdict_bar import VerdictBar
from authoring.errors import KiemError
from authoring.snapshot import ModuleSnap
from review.anchors import Anchor, AnchorError, anchor_on_page, find_block
from review.diff import module_diff
from review.service import ReviewService
from review.state import OPEN_STATES, GroupState, Request, Thread, Verdict

COMMENT_SHORTCUT = "Ctrl+Alt+M"


class ReviewWindow(QWidget):
    """One request under review: player on the left, threads on the right, verdict below."""

    finished = Signal(object)  # the Request, after my verdict

    def __init__(self, review: ReviewService, request_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.request_id = request_id
        self.state: GroupState | None = None
        self.request: Request | None = None
        self.snap: ModuleSnap | None = None
        self.me = ""
        self.places: dict[uuid.UUID, Place] = {}
        self.last_message: QMessageBox | None = None  # the newest message shown (for tests)
        self._restyling = False
        self.setWindowTitle(self.tr("Review"))
        self._build()
        self._restyle()
        self._load()

    # -- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        top = QVBoxLayout()
        top.setContentsMargins(16, 12, 16, 8)
        top.setSpacing(2)
        self.title = QLabel()
        self.title.setObjectName("reviewTitle")
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("paneHint")
        self.subtitle.setWordWrap(True)
        top.addWidget(self.title)
        top.addWidget(self.subtitle)
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 8, 0, 0)
        tools.setSpacing(8)
        self.comment_action = QAction(self.tr("Comment"), self)
        self.comment_action.setShortcut(QKeySequence(COMMENT_SHORTCUT))
        self.comment_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.comment_action.triggered.connect(self.comment_on_selection)
        self.addAction(self.comment_action)
        self.comment_button = QPushButton(self.tr("Comment"))
        self.comment_button.setToolTip(self.tr("Comment on the selected text (%1)")
                                       .replace("%1", COMMENT_SHORTCUT))
        self.comment_button.clicked.connect(self.comment_on_selection)
        self.suggest_button = QPushButton(self.tr("Suggest change"))
        self.suggest_button.setToolTip(self.tr("Propose new words for the selected text; "
                                               "the author accepts or declines"))
        self.suggest_button.clicked.connect(self.suggest_change)
        self.page_button = QPushButton(self.tr("Comment on this page"))
        self.page_button.clicked.connect(self.comment_on_page)
        for button in (self.comment_button, self.suggest_button, self.page_button):
            button.setEnabled(False)  # until the player shows the version
            tools.addWidget(button)
        self.comment_action.setEnabled(False)
        hint = QLabel(self.tr("Select text in the module, then comment or suggest a change."))
        hint.setObjectName("paneHint")
        hint.setWordWrap(True)
        tools.addWidget(hint, 1)
        top.addLayout(tools)
        outer.addLayout(top)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.player = ReviewPlayer()
        self.player.setMinimumWidth(420)
        self.player.loaded.connect(self._player_loaded)
        self.splitter.addWidget(self.player)
        pane = QWidget()
        pane.setObjectName("threadColumn")
        pane.setMinimumWidth(340)
        column = QVBoxLayout(pane)
        column.setContentsMargins(12, 8, 8, 8)
        column.setSpacing(6)
        heading = QHBoxLayout()
        pane_title = QLabel(self.tr("Comments"))
        pane_title.setObjectName("paneTitle")
        heading.addWidget(pane_title)
        self.count = QLabel()
        self.count.setObjectName("paneHint")
        heading.addWidget(self.count, 1)
        column.addLayout(heading)
        self.changes = ChangesSection()
        column.addWidget(self.changes)
        self.threads = ThreadList()
        self.threads.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # takes focus after a verdict
        self.answers = ThreadAnswers(self.review, self.threads, self)
        self.answers.refused.connect(self._refused)
        self.answers.done.connect(self.refresh)
        column.addWidget(self.threads, 1)
        self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 440])
        outer.addWidget(self.splitter, 1)

        self.verdict_bar = VerdictBar()
        self.verdict_bar.chosen.connect(self.finish)
        outer.addWidget(self.verdict_bar)
        self.status = QLabel()
        self.status.setObjectName("statusLine")
        self.status.setWordWrap(True)
        self.status.setContentsMargins(16, 6, 16, 8)
        outer.addWidget(self.status)

    def _restyle(self) -> None:
        sheet = review_stylesheet(QApplication.palette())
        if sheet != self.styleSheet():  # setting it sends events of its own: no loops
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Follow a switch between the light and the dark theme."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._restyling:
            self._restyling = True
            self._restyle()
            if self.snap is not None:
                self.show_threads()
            self._restyling = False

    # -- loading --------------------------------------------------------------------------------
    def _load(self) -> None:
        try:
            self.state, self.request = self.review.request(str(self.request_id))
            self.me = self.review.me().email
            self.snap, blobs = self.review.version(self.request)
        except KiemError as exc:
            self._unavailable(str(exc))
            return
        self.setWindowTitle(self.tr("Review: %1 (version %2)").replace(
            "%1", self.request.title).replace("%2", str(self.request.version)))
        self.player.show_version(self.snap, blobs)
        self._show_header()
        self._show_changes()
        self.show_threads()
        self._show_verdict()

    def _player_loaded(self, ok: bool) -> None:  # noqa: FBT001 (Qt's signal)
        for widget in (self.comment_button, self.suggest_button, self.page_button,
                       self.comment_action):
            widget.setEnabled(ok)

    def _unavailable(self, why: str) -> None:
        self.title.setText(self.tr("This review cannot be opened"))
        self.subtitle.setText(why)
        for widget in (self.comment_button, self.suggest_button, self.page_button,
                       self.verdict_bar):
            widget.setEnabled(False)
        self.comment_action.setEnabled(False)
        self.verdict_bar.hide()
        self.player.message.setText(self.tr("Sync with the group folder, then open the review "
                                            "again."))

    def refresh(self) -> None:
        """Read the review state again (after a sync) and show it."""
        try:
            self.state, self.request = self.review.request(str(self.request_id))
        except KiemError as exc:
            self.status.setText(str(exc))
            return
        if self.snap is None:
            self._load()
            return
        self._show_header()
        self.show_threads()
        self._show_verdict()

    def _show_header(self) -> None:
        assert self.request is not None and self.state is not None
        r = self.request
        author = self.state.members.get(r.author)
        state = {"in_review": self.tr("in review"),
                 "changes_requested": self.tr("changes requested"),
                 "approved": self.tr("approved"), "published": self.tr("published"),
                 "withdrawn": self.tr("withdrawn"),
                 "superseded": self.tr("replaced by a newer version")}.get(r.state.value,
                                                                           r.state.value)
        self.title.setText(r.title)
        line = self.tr("Version %1 by %2 · %3 · due %4").replace("%1", str(r.version)).replace(
            "%2", author.name if author else r.author).replace("%3", state).replace(
            "%4", day(r.due))
        if r.note.strip():
            line += "\n" + self.tr("Note from the author: %1").replace("%1", r.note.strip())
        self.subtitle.setText(line)

    def _show_verdict(self) -> None:
        assert self.request is not None
        mine = self.request.reviewers.get(self.me)
        waiting = (mine is not None and mine.active and mine.verdict is None
                   and self.request.state in OPEN_STATES)
        self.verdict_bar.setVisible(waiting)
        if waiting:
            self.status.setText("")
            self.status.hide()
            return
        if mine is not None and mine.verdict is not None:
            text = {Verdict.APPROVE: self.tr("You approved this version."),
                    Verdict.REQUEST_CHANGES: self.tr("You requested changes to this version."),
                    Verdict.COMMENT: self.tr("You finished reviewing this version "
                                             "(comments only).")}[mine.verdict]
        elif self.request.state not in OPEN_STATES:
            text = self.tr("This version is no longer in review; comments go to the author "
                           "at once.")
        else:
            text = self.tr("You are not assigned to this version; your comments go to the "
                           "author at once.")
        self.status.setText(text)
        self.status.show()

    def _show_changes(self) -> None:
        """If I judged an earlier version, show what changed since and mark it in the player."""
        assert self.state is not None and self.request is not None and self.snap is not None
        module = self.state.modules.get(self.request.module)
        earlier = [r for r in (module.requests if module else [])
                   if r.version < self.request.version and r.reviewers.get(self.me) is not None
                   and r.reviewers[self.me].verdict is not None]
        if not earlier:
            self.changes.hide()
            return
        last = earlier[-1]
        try:
            old, _blobs = self.review.version(last)
        except KiemError as exc:
            self.changes.show_message(str(exc))
            return
        diff = module_diff(old, self.snap)
        assert module is not None
        resolved = [t for t in module.threads if t.author == self.me and t.resolved
                    and t.version <= last.version]
        self.changes.show_changes(diff, old, self.snap, resolved,
                                  dark=is_dark(QApplication.palette()))
        self.player.mark_changed(sorted(diff.changed_blocks()), self.tr("changed"))

    # -- threads --------------------------------------------------------------------------------
    def show_threads(self) -> None:
        """List every thread of the module, found again in this version (or outdated)."""
        if self.state is None or self.request is None or self.snap is None:
            return
        module = self.state.modules.get(self.request.module)
        threads = list(module.threads) if module else []
        self.places = {t.id: place(t, self.snap) for t in threads}
        threads.sort(key=lambda t: reading_order(t, self.places[t.id]))
        names = {email: m.name for email, m in self.state.members.items()}
        lead = self.state.is_lead(self.me)
        dark = is_dark(QApplication.palette())
        open_cards, resolved_cards = [], []
        unsent = self.review.unsent(self.state.id)
        for thread in threads:
            may_resolve = lead or self.me in (thread.author, module.author if module else "")
            card = ThreadCard(thread, self.places[thread.id], names, CardOptions(
                can_reply=not thread.pending, can_resolve=may_resolve, dark=dark,
                unsent=unsent, can_revise=thread.pending and thread.author == self.me))
            card.edit_requested.connect(self.edit_comment)
            card.blocking_requested.connect(
                lambda tid, on: self._send(lambda: self.review.revise(str(tid), blocking=on)))
            card.discard_requested.connect(self.discard_comment)
            card.activated.connect(self.reveal)
            card.replied.connect(self.answers.reply)
            card.resolve_toggled.connect(self.answers.resolve)
            (resolved_cards if thread.resolved else open_cards).append(card)
        self.threads.show_sections(
            [(self.tr("OPEN · %1").replace("%1", str(len(open_cards))), open_cards),
             (self.tr("RESOLVED · %1").replace("%1", str(len(resolved_cards))), resolved_cards)],
            self.tr("No comments yet. Select text in the module and press Comment, or "
                    "comment on the whole page."))
        pending = sum(1 for t in threads if t.pending and t.request == self.request.id)
        self.verdict_bar.set_pending(pending)
        self.count.setText(self.tr("%1 open").replace("%1", str(len(open_cards))))

    def reveal(self, thread_id: uuid.UUID) -> None:
        """Show a thread's passage in the player and outline its card."""
        where = self.places.get(thread_id)
        for card in self.threads.cards():
            card.set_current(card.thread.id == thread_id)
        if where is None or where.page is None or where.outdated:
            return
        self.player.reveal(where.page_index, where.tracking_id)

    # -- commenting -----------------------------------------------------------------------------
    def comment_on_selection(self) -> None:
        """Comment on the text selected in the player (or its block when it cannot be quoted)."""
        if self.snap is not None:
            self.player.selection(lambda data: QTimer.singleShot(
                0, self, lambda: self._comment_on(data)))

    def suggest_change(self) -> None:
        """Suggest new words for the text selected in the player."""
        if self.snap is not None:
            self.player.selection(lambda data: QTimer.singleShot(
                0, self, lambda: self._suggest_for(data)))

    def comment_on_page(self) -> None:
        """Comment on the page the player shows, as a whole."""
        if self.snap is not None:
            self.player.current_page(lambda index: QTimer.singleShot(
                0, self, lambda: self._comment_on_page(index)))

    def _comment_on(self, selection: dict[str, Any]) -> None:
        if selection.get("empty"):
            self._nothing_selected()
            return
        made = self._anchor(selection)
        if made is None:
            return
        anchor, note = made
        shown = anchor.quote or (str(selection.get("quote") or "") if note else "")
        result, accepted = CommentDialog.ask(self, shown, note, self._place(anchor))
        if accepted and result is not None:
            text, blocking = result
            self._send(lambda: self.review.comment(str(self.request_id), text,
                                                   anchor=anchor.to_dict(), blocking=blocking))

    def _suggest_for(self, selection: dict[str, Any]) -> None:
        if selection.get("empty"):
            self._nothing_selected()
            return
        made = self._anchor(selection)
        if made is None:
            return
        anchor, note = made
        if note or not anchor.quote:
            self.last_message = tell(
                self, self.tr("Suggest change"),
                self.tr("These words cannot be found as written in the module."),
                note, self.tr("Select text within one paragraph, without crossing bold text, "
                              "links or other formatting; or write a comment instead."))
            return
        result, accepted = SuggestionDialog.ask(self, anchor.quote, self._place(anchor))
        if accepted and result is not None:
            replacement, message = result
            self._send(lambda: self.review.suggest(str(self.request_id), anchor.to_dict(),
                                                   replacement, message))

    def _comment_on_page(self, index: int) -> None:
        assert self.snap is not None and self.request is not None
        if not self.snap.pages:
            return
        page = self.snap.pages[max(0, min(index, len(self.snap.pages) - 1))]
        try:
            anchor = anchor_on_page(self.snap, self.request.version, str(page.id))
        except AnchorError as exc:
            self._refused(self.tr("The comment cannot be placed"), exc)
            return
        result, accepted = CommentDialog.ask(self, "", "", self._place(anchor))
        if accepted and result is not None:
            text, blocking = result
            self._send(lambda: self.review.comment(str(self.request_id), text,
                                                   anchor=anchor.to_dict(), blocking=blocking))

    def _anchor(self, selection: dict[str, Any]) -> tuple[Anchor, str] | None:
        """Turn the player's selection into an anchor, and a note when it had to widen."""
        assert self.snap is not None and self.request is not None
        try:
            made = anchor_for(self.snap, self.request.version, selection)
        except KiemError as exc:
            self._refused(self.tr("The comment cannot be placed"), exc)
            return None
        if made is None:
            self._nothing_selected()
            return None
        anchor, widened = made
        notes = {
            Widened.NONE: "",
            Widened.TITLE: self.tr("The selected words are not found in the page title as "
                                   "written; the comment is on the whole page."),
            Widened.BLOCKS: self.tr("The selection runs over more than one block; the comment "
                                    "is on the first of them as a whole."),
            Widened.FORMATTING: self.tr("The selected text is not found as written in the "
                                        "module (it may run across formatting such as bold "
                                        "text or a link); the comment is on the whole block."),
            Widened.OUTSIDE: self.tr("The selection is not inside a block; the comment is on "
                                     "the whole page."),
        }
        return anchor, notes[widened]

    def _place(self, anchor: Anchor) -> str:
        assert self.snap is not None
        page = self.snap.page(anchor.page_id)
        found = find_block(self.snap, anchor.block) if anchor.block else None
        where = Place(None, anchor, anchor.quote, page=page,
                      block=found[1] if found else None)
        return place_text(where)

    def edit_comment(self, thread_id: uuid.UUID) -> None:
        """Change the words (or blocking) of one of my comments not sent yet."""
        card = self.threads.card(thread_id)
        if card is None:
            return
        thread = card.thread
        result, accepted = CommentDialog.ask(
            self, card.where.quote or "", "", place_text(card.where) if card.where.page else "",
            text=thread.comments[0].text, blocking=thread.blocking)
        if accepted and result is not None:
            text, blocking = result
            self._send(lambda: self.review.revise(
                str(thread_id), text=text,
                blocking=None if thread.replacement is not None else blocking))

    def discard_comment(self, thread_id: uuid.UUID) -> None:
        """Delete one of my comments not sent yet (nobody else ever saw it)."""
        try:
            self.review.discard(str(thread_id))
        except KiemError as exc:
            self._refused(self.tr("The comment was not deleted"), exc)
            return
        self.refresh()

    def _send(self, make: Callable[[], Thread]) -> None:
        try:
            thread = make()
        except KiemError as exc:
            self._refused(self.tr("Your comment was not saved"), exc)
            return
        self.refresh()
        card = self.threads.card(thread.id)
        if card is not None:
            card.set_current(True)
            self.threads.ensureWidgetVisible(card)

    def _nothing_selected(self) -> None:
        self.last_message = tell(
            self, self.tr("Nothing selected"), self.tr("Select some text in the module first."),
            "", self.tr("Drag over the words you want to comment on, then press Comment "
                        "(%1). To comment on a whole page, press Comment on this page.")
            .replace("%1", COMMENT_SHORTCUT))

    # -- the verdict ----------------------------------------------------------------------------
    def finish(self, verdict: Verdict, note: str = "") -> None:
        """Finish my review with a verdict; my pending threads are sent with it."""
        try:
            request = self.review.finish(str(self.request_id), verdict, note)
        except KiemError as exc:
            self._refused(self.tr("Your review was not finished"), exc)
            return
        self.verdict_bar.note.clear()
        # The verdict bar goes away with the button that has focus; left to Qt, focus falls
        # into the player, whose first stop is its "Skip to content" link, shown on focus.
        self.threads.setFocus(Qt.FocusReason.OtherFocusReason)
        self.refresh()
        self.finished.emit(request)

    def _refused(self, what: str, exc: KiemError) -> None:
        self.last_message = tell(self, self.tr("Review"), what, str(exc),
                                 self.tr("Nothing was sent."))
