"""The review inbox: what others asked me to review (with due marks), and my own requests.

"Open review" emits `open_review_requested(request id)`; the window decides how to show it.
The view reads the review service when refreshed and holds no state of its own.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui.library_model import pill_colours, styled
from app.gui.review_lists import fit_rows, person, short_date, tree
from authoring.errors import KiemError
from review.state import Request, RequestState, Verdict

if TYPE_CHECKING:
    from review.service import ReviewService

REQUEST_ROLE = Qt.ItemDataRole.UserRole


class InboxView(QWidget):
    """Three lists: "Asked to review", "My requests" and the other reviews of my groups."""

    open_review_requested = Signal(object)  # a request's UUID
    identity_requested = Signal()  # "Who am I…" from the banner
    groups_requested = Signal()  # "Groups…" from the banner

    def __init__(self, review: ReviewService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.waiting = 0  # requests waiting for my verdict
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 16)
        layout.setSpacing(10)
        head = QHBoxLayout()
        head.addWidget(styled(QLabel(self.tr("Inbox")), 1.6, bold=True))
        self.count = styled(QLabel(), 1.6, muted=True)
        head.addWidget(self.count)
        head.addStretch(1)
        layout.addLayout(head)
        layout.addWidget(self._build_banner())

        layout.addWidget(styled(QLabel(self.tr("Asked to review")), 1.15, bold=True))
        self.to_me = tree(self.tr("Module"), self.tr("Author"), self.tr("Version"),
                          self.tr("Due"))
        self.to_me.setAccessibleName(self.tr("Asked to review"))
        self.to_me.itemActivated.connect(lambda *_: self.open_selected())
        self.to_me.itemSelectionChanged.connect(self._update_buttons)
        self.to_me_empty = styled(QLabel(self.tr("Nothing waits for your review.")), muted=True)
        layout.addWidget(self.to_me)
        layout.addWidget(self.to_me_empty)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open review"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_selected)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)

        layout.addSpacing(10)
        layout.addWidget(styled(QLabel(self.tr("My requests")), 1.15, bold=True))
        self.mine = tree(self.tr("Module"), self.tr("Version"), self.tr("State"),
                         self.tr("Reviewers"))
        self.mine.setAccessibleName(self.tr("My requests"))
        self.mine_empty = styled(QLabel(self.tr(
            "None of your modules is in review. Submit one from the editor with Module › Submit "
            "for review…")), muted=True)
        self.mine_empty.setWordWrap(True)
        layout.addWidget(self.mine)
        layout.addWidget(self.mine_empty)

        layout.addSpacing(10)
        layout.addWidget(styled(QLabel(self.tr("Other reviews in your groups")), 1.15,
                                bold=True))
        self.others = tree(self.tr("Module"), self.tr("Author"), self.tr("Version"),
                           self.tr("State"), self.tr("Reviewers"))
        self.others.setAccessibleName(self.tr("Other reviews in your groups"))
        self.others.setToolTip(self.tr("Anyone in the group may read these and comment"))
        self.others.itemActivated.connect(lambda *_: self._open(self.others))
        self.others_empty = styled(QLabel(self.tr("No other reviews are open in your groups.")),
                                   muted=True)
        layout.addWidget(self.others)
        layout.addWidget(self.others_empty)
        layout.addStretch(1)
        self._update_buttons()

    def _build_banner(self) -> QFrame:
        self.banner = QFrame(objectName="inboxBanner")
        self.banner.setStyleSheet("#inboxBanner { background: palette(alternate-base); "
                                  "border-radius: 6px; }")
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(14, 8, 8, 8)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        row.addWidget(self.banner_text, 1)
        self.identity_button = QPushButton(self.tr("Who am I…"))
        self.identity_button.clicked.connect(self.identity_requested)
        self.groups_button = QPushButton(self.tr("Groups…"))
        self.groups_button.clicked.connect(self.groups_requested)
        row.addWidget(self.identity_button)
        row.addWidget(self.groups_button)
        self.banner.hide()
        return self.banner

    # -- reading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the inbox from the review service."""
        chosen = self.selected_request()
        self.to_me.clear()
        self.mine.clear()
        self.others.clear()
        self.waiting = 0
        if self.review.store.me() is None:
            self._say(self.tr("Say who you are first: reviews carry your name and email."),
                      identity=True)
        elif not self.review.groups():
            self._say(self.tr("You are in no review group yet. Start one in a shared folder, or "
                              "join a colleague's."), groups=True)
        else:
            try:
                inbox = self.review.inbox()
            except KiemError as exc:
                self._say(str(exc))
            else:
                self.banner.hide()
                for request, due in inbox.to_me:
                    self.to_me.addTopLevelItem(self._to_me_item(request, due))
                self._choose(chosen)
                for request in inbox.mine:
                    self.mine.addTopLevelItem(self._mine_item(request))
                self.mine.expandAll()  # the reviewers' notes show under their requests
                for request in inbox.others:
                    self.others.addTopLevelItem(self._other_item(request))
                self.waiting = len(inbox.to_me)
        self.count.setText(str(self.waiting) if self.waiting else "")
        self.to_me.setVisible(self.to_me.topLevelItemCount() > 0)
        self.to_me_empty.setVisible(self.to_me.topLevelItemCount() == 0)
        self.mine.setVisible(self.mine.topLevelItemCount() > 0)
        self.mine_empty.setVisible(self.mine.topLevelItemCount() == 0)
        self.others.setVisible(self.others.topLevelItemCount() > 0)
        self.others_empty.setVisible(self.others.topLevelItemCount() == 0)
        fit_rows(self.to_me, most=10)
        fit_rows(self.mine, most=10)
        fit_rows(self.others, most=8)
        self._update_buttons()

    def _choose(self, request_id: uuid.UUID | None) -> None:
        """Select the request chosen before, else the first: Open review works at once."""
        items = [self.to_me.topLevelItem(i) for i in range(self.to_me.topLevelItemCount())]
        item = next((i for i in items if i.data(0, REQUEST_ROLE) == request_id),
                    items[0] if items else None)
        if item is not None:
            self.to_me.setCurrentItem(item)

    def _say(self, text: str, identity: bool = False, groups: bool = False) -> None:
        self.banner_text.setText(text)
        self.identity_button.setVisible(identity)
        self.groups_button.setVisible(groups)
        self.banner.show()

    def _to_me_item(self, request: Request, due: str) -> QTreeWidgetItem:
        state = self.review.state(request.group)
        mark = {"overdue": self.tr("overdue"), "due tomorrow": self.tr("due tomorrow"),
                "due today": self.tr("due today")}.get(due, due)
        when = short_date(request.due) + (f" · {mark}" if mark else "")
        item = QTreeWidgetItem([request.title, person(state, request.author),
                                self.tr("v%1").replace("%1", str(request.version)), when])
        item.setData(0, REQUEST_ROLE, request.id)
        item.setToolTip(0, request.note or request.title)
        if mark:
            font = QFont(item.font(3))
            font.setBold(True)
            item.setFont(3, font)
        if due == "overdue":
            item.setForeground(3, pill_colours("stale")[1])
        return item

    def _mine_item(self, request: Request) -> QTreeWidgetItem:
        state = self.review.state(request.group)
        people = [f"{person(state, a.reviewer)}: {self.verdict_label(a.verdict)}"
                  for a in request.active_reviewers()]
        item = QTreeWidgetItem([request.title,
                                self.tr("v%1").replace("%1", str(request.version)),
                                self.state_label(request.state), " · ".join(people)])
        item.setData(0, REQUEST_ROLE, request.id)
        for a in request.active_reviewers():  # what each reviewer wrote with their verdict
            if a.verdict is not None and a.note.strip():
                note = QTreeWidgetItem([self.tr("%1: “%2”").replace("%1", person(
                    state, a.reviewer)).replace("%2", " ".join(a.note.split()))])
                note.setData(0, REQUEST_ROLE, request.id)
                note.setToolTip(0, a.note)
                note.setFirstColumnSpanned(True)
                item.addChild(note)
        return item

    def _other_item(self, request: Request) -> QTreeWidgetItem:
        state = self.review.state(request.group)
        people = [f"{person(state, a.reviewer)}: {self.verdict_label(a.verdict)}"
                  for a in request.active_reviewers()]
        item = QTreeWidgetItem([request.title, person(state, request.author),
                                self.tr("v%1").replace("%1", str(request.version)),
                                self.state_label(request.state), " · ".join(people)])
        item.setData(0, REQUEST_ROLE, request.id)
        return item

    def state_label(self, state: RequestState) -> str:
        """Return a request's state in the person's words."""
        return {
            RequestState.IN_REVIEW: self.tr("In review"),
            RequestState.CHANGES_REQUESTED: self.tr("Changes requested"),
            RequestState.APPROVED: self.tr("Approved"),
            RequestState.PUBLISHED: self.tr("Published"),
            RequestState.WITHDRAWN: self.tr("Withdrawn"),
            RequestState.SUPERSEDED: self.tr("Replaced by a newer version"),
        }[state]

    def verdict_label(self, verdict: Verdict | None) -> str:
        """Return where one reviewer stands, in the person's words."""
        if verdict is None:
            return self.tr("reviewing")
        return {Verdict.APPROVE: self.tr("approved"),
                Verdict.REQUEST_CHANGES: self.tr("asked for changes"),
                Verdict.COMMENT: self.tr("commented")}[verdict]

    # -- acting -------------------------------------------------------------------------------
    def selected_request(self) -> uuid.UUID | None:
        """Return the request selected under "Asked to review"."""
        item = self.to_me.currentItem()
        return item.data(0, REQUEST_ROLE) if item is not None and item.isSelected() else None

    def open_selected(self) -> None:
        """Ask to open the selected review."""
        request_id = self.selected_request()
        if request_id is not None:
            self.open_review_requested.emit(request_id)

    def _open(self, view: QTreeWidget) -> None:
        item = view.currentItem()
        if item is not None:
            self.open_review_requested.emit(item.data(0, REQUEST_ROLE))

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.selected_request() is not None)
        self.open_button.setVisible(self.to_me.topLevelItemCount() > 0)
