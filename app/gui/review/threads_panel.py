"""The author's view of review threads inside the editor: answer, resolve, accept, decline.

Threads are found again in the current draft; clicking one whose block is still there emits
`jump(page_id, block_id)`, and `markers_changed` says how many open threads each block has so
the editor can mark them. Accepting a suggestion is one undoable step of the studio.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.gui import i18n
from app.gui.review.answers import ThreadAnswers
from app.gui.review.decline_dialog import DeclineDialog
from app.gui.review.markup import text_html
from app.gui.review.messages import sentence, tell
from app.gui.review.places import Place, place, reading_order
from app.gui.review.style import is_dark, review_stylesheet
from app.gui.review.thread_card import CardOptions, ThreadCard
from app.gui.review.thread_list import ThreadList
from app.gui.studio import Studio
from authoring.errors import KiemError, NotFound
from authoring.services import Changes
from authoring.snapshot import ModuleSnap
from authoring.texts import block_texts
from review.anchors import AnchorState, find_block
from review.service import ReviewRefused, ReviewService
from review.state import GroupState, ModuleReview, Request, Thread, Verdict


class ThreadsPanel(QWidget):
    """A module's threads, open then resolved, filtered by reviewer."""

    jump = Signal(object, object)  # page id, block id (None: the page itself)
    markers_changed = Signal(dict)  # block tracking id → open threads on it

    def __init__(self, studio: Studio, review: ReviewService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.review = review
        self.module_id: uuid.UUID | None = None
        self.draft: ModuleSnap | None = None
        self.places: dict[uuid.UUID, Place] = {}
        self.markers: dict[str, int] | None = None
        self.last_message: QMessageBox | None = None  # the newest message shown (for tests)
        self._threads: list[Thread] = []
        self._state: GroupState | None = None
        self._shown: tuple | None = None
        self._module: ModuleReview | None = None
        self._unsent: frozenset[uuid.UUID] = frozenset()
        self._restyling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 4)
        layout.setSpacing(6)
        heading = QHBoxLayout()
        title = QLabel(self.tr("Review comments"))
        title.setObjectName("paneTitle")
        heading.addWidget(title, 1)
        self.reviewer = QComboBox()
        self.reviewer.setAccessibleName(self.tr("Show comments by"))
        self.reviewer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reviewer.currentIndexChanged.connect(lambda _i: self._show())
        heading.addWidget(self.reviewer)
        layout.addLayout(heading)
        self.summary = QLabel()
        self.summary.setObjectName("paneHint")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.verdicts = QLabel()  # the reviewers' verdicts on the latest version, with notes
        self.verdicts.setObjectName("verdictNotes")
        self.verdicts.setWordWrap(True)
        self.verdicts.setTextFormat(Qt.TextFormat.RichText)
        self.verdicts.hide()
        layout.addWidget(self.verdicts)
        self.status = QLabel()
        self.status.setObjectName("statusLine")
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)
        self.list = ThreadList()
        self.answers = ThreadAnswers(self.review, self.list, self)
        self.answers.refused.connect(self._refused)
        self.answers.done.connect(self.refresh)
        layout.addWidget(self.list, 1)
        self._restyle()
        studio.changed.connect(self._workspace_changed)
        self.show_module(None)

    # -- showing --------------------------------------------------------------------------------
    def show_module(self, module_id: uuid.UUID | None) -> None:
        """Show the threads of `module_id` (None: no module open)."""
        self.module_id = module_id
        self.markers = None  # a new module: always say its markers
        self._shown = None
        self.status.hide()
        self.refresh()

    def refresh(self) -> None:
        """Read the threads again (after a sync, or an edit of the draft) and show them."""
        self._threads, self.places, self.draft = [], {}, None
        self._state = self._module = None
        if self.module_id is None:
            self._empty(self.tr("No module open."))
            return
        try:
            state, module = self.review.module_review(self.module_id)
        except NotFound:
            self._empty(self.tr("This module has not been sent for review yet."))
            return
        except KiemError as exc:
            self._empty(sentence(str(exc)))
            return
        try:
            self.draft = self.studio.services.modules.snapshot(self.module_id)
        except KiemError:
            self.draft = None  # deleted, or its creation undone
        self._state, self._module = state, module
        self._threads = list(module.threads)
        if self.draft is not None:
            self.places = {t.id: place(t, self.draft) for t in self._threads}
        else:
            self.places = {t.id: Place(AnchorState.OUTDATED, None,
                                       str((t.anchor or {}).get("quote", "")))
                           for t in self._threads}
        self._threads.sort(key=lambda t: reading_order(t, self.places[t.id]))
        self._unsent = self.review.unsent(state.id)
        shown = self._shown_key()
        if shown != self._shown:  # an edit elsewhere in the draft changes nothing here
            self._shown = shown
            self._fill_reviewers(state)
            self._show()
        self._say_markers()

    def _shown_key(self) -> tuple:
        """What the cards show: the threads, and where each stands in the draft.

        Threads are kept as text: the review state is updated in place, so the objects
        themselves would always compare equal to what was shown.
        """
        def where(p: Place) -> tuple:
            return (p.state, p.anchor, p.page_index, p.page_id, p.block_id,
                    p.page.title if p.page else "", p.block.kind if p.block else None)
        return (tuple((repr(t), where(self.places[t.id])) for t in self._threads),
                self._unsent)

    def _empty(self, text: str) -> None:
        self._shown = None
        self.reviewer.blockSignals(True)
        self.reviewer.clear()
        self.reviewer.blockSignals(False)
        self.reviewer.setEnabled(False)
        self.summary.setText("")
        self.list.show_sections([], text)
        self._say_markers()

    def _fill_reviewers(self, state: GroupState) -> None:
        chosen = self.reviewer.currentData()
        name_key = i18n.sort_key()
        authors = sorted({t.author for t in self._threads},
                         key=lambda e: (name_key(self._name(state, e)), e))
        self.reviewer.blockSignals(True)
        self.reviewer.clear()
        self.reviewer.addItem(self.tr("All reviewers"), "")
        for email in authors:
            self.reviewer.addItem(self._name(state, email), email)
        at = self.reviewer.findData(chosen) if chosen else 0
        self.reviewer.setCurrentIndex(max(0, at))
        self.reviewer.blockSignals(False)
        self.reviewer.setEnabled(len(authors) > 1)

    @staticmethod
    def _name(state: GroupState, email: str) -> str:
        member = state.members.get(email)
        return member.name if member is not None and member.name else email

    def _show(self) -> None:
        state, module = self._state, self._module
        if self.module_id is None or state is None or module is None:
            return
        who = self.reviewer.currentData() or ""
        shown = [t for t in self._threads if not who or t.author == who]
        try:
            me = self.review.me().email
        except KiemError:
            me = ""
        lead = state.is_lead(me)
        names = {email: m.name for email, m in state.members.items()}
        dark = is_dark(QApplication.palette())
        open_cards, resolved_cards = [], []
        for thread in shown:
            options = CardOptions(can_reply=True,
                                  can_resolve=lead or me in (thread.author, module.author),
                                  can_answer=me == module.author, dark=dark,
                                  unsent=self._unsent)
            card = ThreadCard(thread, self.places[thread.id], names, options)
            card.activated.connect(self._go)
            card.replied.connect(self.answers.reply)
            card.resolve_toggled.connect(self.answers.resolve)
            card.accept_requested.connect(self.accept)
            card.decline_requested.connect(self.decline)
            (resolved_cards if thread.resolved else open_cards).append(card)
        self.list.show_sections(
            [(self.tr("OPEN · %1").replace("%1", str(len(open_cards))), open_cards),
             (self.tr("RESOLVED · %1").replace("%1", str(len(resolved_cards))), resolved_cards)],
            self.tr("No comments yet.") if not who else self.tr("No comments by this reviewer."))
        blocking = sum(1 for t in self._threads if t.blocking and not t.resolved)
        parts = [self.tr("%n open", "", sum(1 for t in self._threads if not t.resolved))]
        if blocking:
            parts.append(self.tr("%n blocking", "", blocking))
        parts.append(self.tr("latest version %1").replace("%1", str(module.latest.version)))
        self.summary.setText(" · ".join(parts))
        self._show_verdicts(module.latest, names)

    def _show_verdicts(self, request: Request, names: dict[str, str]) -> None:
        """Each reviewer's verdict on the latest version, with the note that came with it."""
        lines = []
        for a in request.active_reviewers():
            if a.verdict is None:
                continue
            said = {Verdict.APPROVE: self.tr("%1 approved version %2"),
                    Verdict.REQUEST_CHANGES: self.tr("%1 asked for changes to version %2"),
                    Verdict.COMMENT: self.tr("%1 commented on version %2")}[a.verdict]
            line = "<b>" + text_html(said.replace("%1", names.get(a.reviewer, a.reviewer))
                                     .replace("%2", str(request.version))) + "</b>"
            if a.note.strip():
                line += "<br>" + text_html(f"“{a.note.strip()}”")
            lines.append(line)
        self.verdicts.setText("<br><br>".join(lines))
        self.verdicts.setVisible(bool(lines))

    def _say_markers(self) -> None:
        markers: dict[str, int] = {}
        for thread in self._threads:
            if thread.resolved or thread.pending:
                continue
            tracking = self._block_of(thread)[1]
            if tracking:
                markers[tracking] = markers.get(tracking, 0) + 1
        if markers != self.markers:
            self.markers = markers
            self.markers_changed.emit(dict(markers))

    def open_thread_ids(self) -> set[uuid.UUID]:
        """The threads of the module shown that are open (and sent, so others see them)."""
        return {t.id for t in self._threads if not t.resolved and not t.pending}

    def reveal_block(self, block_id: uuid.UUID) -> list[ThreadCard]:
        """Mark the cards of the threads on a draft's block and scroll to the first of them."""
        on_block = {t.id for t in self._threads if self._block_of(t)[0] == block_id}
        if on_block and not any(c.thread.id in on_block for c in self.list.cards()):
            self.reviewer.setCurrentIndex(0)  # the filter hid them: show every reviewer's
        cards = [c for c in self.list.cards() if c.thread.id in on_block]
        for card in self.list.cards():
            card.set_current(card in cards)
        if cards:
            first = cards[0]

            def scroll() -> None:  # now, and after the list's own restoring of the scroll
                if first in self.list.cards():
                    self.list.ensureWidgetVisible(first, 0, 8)
            scroll()
            QTimer.singleShot(0, self.list, scroll)
        return cards

    def _block_of(self, thread: Thread) -> tuple[uuid.UUID | None, str]:
        """The draft's block a thread is about: where its quote is now, else its own block."""
        where = self.places.get(thread.id)
        if where is not None and where.block_id is not None:
            return where.block_id, where.tracking_id
        tracking = str((thread.anchor or {}).get("block", "") or "")
        found = find_block(self.draft, tracking) if self.draft is not None and tracking else None
        return (found[1].id, tracking) if found else (None, "")

    # -- following the draft --------------------------------------------------------------------
    def _workspace_changed(self, changes: Changes) -> None:
        if self.module_id is not None and self.module_id in changes.modules:
            self.refresh()

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
            self._show()  # the word diffs take colours for the theme
            self._restyling = False

    # -- actions --------------------------------------------------------------------------------
    def _go(self, thread_id: uuid.UUID) -> None:
        thread = next((t for t in self._threads if t.id == thread_id), None)
        for card in self.list.cards():
            card.set_current(card.thread.id == thread_id)
        if thread is None or self.draft is None or not thread.anchor:
            return  # a comment on the whole version points nowhere in particular
        block_id, _tracking = self._block_of(thread)
        if block_id is not None:
            found = next(((p, b) for p in self.draft.pages for b in p.blocks
                          if b.id == block_id), None)
            if found is not None:
                self.jump.emit(found[0].id, block_id)
                return
        page_id = str((thread.anchor or {}).get("page_id", "") or "")
        page = self.draft.page(page_id) if page_id else None
        if page is not None and not (thread.anchor or {}).get("block"):
            self.jump.emit(page.id, None)
            return
        self._say(self.tr("That passage is no longer in your draft."))

    def accept(self, thread_id: uuid.UUID) -> None:
        """Make the suggested change in the draft as one undoable step, then accept it."""
        studio, ref = self.studio, str(thread_id)
        try:
            thread, _block, data, _problem = self.review.suggestion_edit(ref)
        except KiemError as exc:
            self._refused(self.tr("The suggestion was not accepted"), exc)
            return
        if data is None:
            self._conflict(thread)
            return
        failures: list[str] = []
        studio.failed.connect(failures.append)
        try:
            follow = (lambda: self._after_undo(ref, self.review.take_back_acceptance),
                      lambda: self._after_undo(ref, self.review.accept_again))
            changes = self.review.accept(
                ref, run=lambda call: studio.do(self.tr("Accept suggestion"), call, follow))
        except ReviewRefused as exc:
            self._refused(self.tr("The suggestion was not accepted"), exc)
            return
        except KiemError as exc:
            self._refused(self.tr("The suggestion was not accepted"), exc)
            return
        finally:
            studio.failed.disconnect(failures.append)
        if changes is None:
            self._say(self.tr("The suggestion was not accepted: %1").replace(
                "%1", failures[0] if failures else self.tr("the draft refused the edit")),
                danger=True)
        else:
            self._say(self.tr("Suggestion accepted. Undo (Ctrl+Z) takes the text back and tells "
                              "the reviewer it waits again."))
        self.refresh()

    def _after_undo(self, ref: str, record: Callable[[str], object]) -> None:
        """Undo or redo of an acceptance: tell the group, then show the thread as it is now."""
        record(ref)
        self.refresh()

    def _conflict(self, thread: Thread) -> None:
        """The quoted words changed in the draft: show both texts; the thread stays open."""
        anchor = thread.anchor or {}
        quote = str(anchor.get("quote", ""))
        now = ""
        found = find_block(self.draft, str(anchor.get("block", ""))) if self.draft else None
        if found is not None:
            now = dict(block_texts(self.draft, found[1])).get(str(anchor.get("field", "")), "")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Accept suggestion"),
                          self.tr("The words this suggestion replaces have changed in your "
                                  "draft, so it cannot be applied."),
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.RichText)
        todo = self.tr("Edit the text by hand, then resolve the comment; or decline the "
                       "suggestion. The comment stays open.")
        shown = text_html(now[:600]) if now else text_html(self.tr("(the passage is gone)"))
        quoted, suggested, now_says = (self.tr("The reviewer quoted:"),  # lupdate cannot
                                       self.tr("and suggested:"),  # see into f-strings
                                       self.tr("Your draft now says:"))
        box.setInformativeText(
            f"<p><b>{text_html(quoted)}</b><br>“{text_html(quote)}”</p>"
            f"<p><b>{text_html(suggested)}</b><br>"
            f"“{text_html(thread.replacement or '')}”</p>"
            f"<p><b>{text_html(now_says)}</b><br>“{shown}”</p>"
            f"<p>{text_html(todo)}</p>")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_message = box
        box.open()

    def decline(self, thread_id: uuid.UUID) -> None:
        """Ask why, then decline the suggestion."""
        thread = next((t for t in self._threads if t.id == thread_id), None)
        if thread is None:
            return
        quote = str((thread.anchor or {}).get("quote", ""))
        reason, accepted = DeclineDialog.ask(self, quote, thread.replacement or "")
        if not accepted or reason is None:
            return
        try:
            self.review.decline(str(thread_id), reason)
        except KiemError as exc:
            self._refused(self.tr("The suggestion was not declined"), exc)
            return
        self.refresh()

    def _say(self, text: str, *, danger: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("tone", "danger" if danger else "")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.show()

    def _refused(self, what: str, exc: KiemError) -> None:
        self.last_message = tell(self, self.tr("Review"), what, str(exc),
                                 self.tr("Nothing was changed."))

