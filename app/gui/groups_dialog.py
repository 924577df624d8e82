"""My review groups: found or join one, see its members, and (as a lead) run it.

Leads see who waits to be confirmed, with the fingerprint of the key they joined with, and
confirm them; they set roles, mark people away and change the group's review rules. Everyone
marks themselves away. Each action is one review-service call; its refusal is shown as is.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui import i18n
from app.gui.library_model import styled
from app.gui.people_dialogs import NewGroupDialog, choose_folder, key_fingerprint
from app.gui.refusal import tell
from authoring.errors import KiemError
from review.events import fingerprint
from review.state import GroupState, Member, Policy, Role

if TYPE_CHECKING:
    from review.service import ReviewService

GROUP_ROLE = Qt.ItemDataRole.UserRole


class GroupsDialog(QDialog):
    """The groups I belong to, with their members and review rules."""

    changed = Signal()  # something was done: the window re-syncs and refreshes

    def __init__(self, review: ReviewService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.last_message: QMessageBox | None = None  # the newest message box (for tests)
        self.confirm_buttons: dict[str, QPushButton] = {}
        self.role_boxes: dict[str, QComboBox] = {}
        self.away_boxes: dict[str, QCheckBox] = {}
        self.setWindowTitle(self.tr("Review groups"))
        self.resize(980, 620)
        layout = QVBoxLayout(self)
        body = QHBoxLayout()
        body.setSpacing(18)
        body.addLayout(self._build_list())
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_empty())
        self.pages.addWidget(self._build_detail())
        body.addWidget(self.pages, 1)
        layout.addLayout(body, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    # -- layout -------------------------------------------------------------------------------
    def _build_list(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(styled(QLabel(self.tr("Your groups")), bold=True))
        self.group_list = QListWidget()
        self.group_list.setAccessibleName(self.tr("Your groups"))
        self.group_list.setFixedWidth(230)
        self.group_list.currentItemChanged.connect(lambda *_: self._show_group())
        column.addWidget(self.group_list, 1)
        self.new_button = QPushButton(self.tr("New group…"))
        self.new_button.clicked.connect(self.new_group)
        self.join_button = QPushButton(self.tr("Join a group…"))
        self.join_button.clicked.connect(lambda: self.join_group())
        self.hub_button = QPushButton(self.tr("Team hub…"))
        self.hub_button.setToolTip(self.tr("Groups on the team's server: connect, join, move "
                                           "a folder group there, follow every group"))
        self.hub_button.clicked.connect(lambda: self.open_hub())
        column.addWidget(self.new_button)
        column.addWidget(self.join_button)
        column.addWidget(self.hub_button)
        return column

    def _build_empty(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addStretch(1)
        box.addWidget(styled(QLabel(self.tr("You are in no review group yet")), 1.25, bold=True),
                      0, Qt.AlignmentFlag.AlignHCenter)
        text = styled(QLabel(self.tr(
            "Start a group in a folder your colleagues can reach, or join a colleague's group "
            "by choosing its folder. Modules are reviewed within a group.")), muted=True)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        box.addWidget(text)
        box.addStretch(2)
        return page

    def _build_detail(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        self.title = styled(QLabel(), 1.3, bold=True)
        self.folder = styled(QLabel(), muted=True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setWordWrap(True)
        box.addWidget(self.title)
        box.addWidget(self.folder)
        self.banner = QFrame(objectName="waitingBanner")
        self.banner.setStyleSheet("#waitingBanner { background: palette(alternate-base); "
                                  "border-radius: 6px; }")
        banner_box = QHBoxLayout(self.banner)
        banner_box.setContentsMargins(12, 8, 12, 8)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        banner_box.addWidget(self.banner_text)
        box.addWidget(self.banner)

        box.addSpacing(6)
        box.addWidget(styled(QLabel(self.tr("Members")), bold=True))
        self.members = QTableWidget(0, 5)
        self.members.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Email"),
                                                self.tr("Role"), self.tr("Away"),
                                                self.tr("Status")])
        self.members.setAccessibleName(self.tr("Members"))
        self.members.verticalHeader().hide()
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.members.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        box.addWidget(self.members, 1)
        box.addWidget(self._build_policy())
        return page

    def _build_policy(self) -> QGroupBox:
        self.policy_box = QGroupBox(self.tr("Review rules"))
        outer = QVBoxLayout(self.policy_box)
        form = QFormLayout()
        self.approvals = _spin(1, 10)
        self.reviewers = _spin(1, 10)
        self.due_days = _spin(1, 90, self.tr(" days"))
        self.review_months = _spin(1, 120, self.tr(" months"))
        form.addRow(self.tr("Approvals a version needs:"), self.approvals)
        form.addRow(self.tr("Reviewers per request:"), self.reviewers)
        form.addRow(self.tr("Time to review:"), self.due_days)
        form.addRow(self.tr("Review published modules again after:"), self.review_months)
        outer.addLayout(form)
        row = QHBoxLayout()
        self.policy_note = styled(QLabel(self.tr("Only the group's leads change these.")),
                                  muted=True)
        row.addWidget(self.policy_note)
        row.addStretch(1)
        self.save_policy_button = QPushButton(self.tr("Save rules"))
        self.save_policy_button.clicked.connect(self.save_policy)
        row.addWidget(self.save_policy_button)
        outer.addLayout(row)
        return self.policy_box

    # -- reading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read my groups and show the selected one (the first by default)."""
        current = self.current_group()
        self.group_list.blockSignals(True)
        self.group_list.clear()
        for group in self.review.groups():
            item = QListWidgetItem(group.name)
            item.setData(GROUP_ROLE, group.id)
            item.setToolTip(group.folder)
            self.group_list.addItem(item)
            if group.id == current:
                self.group_list.setCurrentItem(item)
        if self.group_list.currentItem() is None and self.group_list.count():
            self.group_list.setCurrentRow(0)
        self.group_list.blockSignals(False)
        self._show_group()

    def current_group(self) -> uuid.UUID | None:
        """Return the id of the group shown."""
        item = self.group_list.currentItem()
        return item.data(GROUP_ROLE) if item is not None else None

    def select_group(self, group_id: uuid.UUID) -> None:
        """Show one of my groups."""
        for row in range(self.group_list.count()):
            if self.group_list.item(row).data(GROUP_ROLE) == group_id:
                self.group_list.setCurrentRow(row)

    def _show_group(self) -> None:
        group_id = self.current_group()
        self.pages.setCurrentIndex(0 if group_id is None else 1)
        if group_id is None:
            return
        group = next(g for g in self.review.groups() if g.id == group_id)
        state = self.review.state(group_id)
        me = self.review.store.me()
        my_email = me.email if me else ""
        lead = state.is_lead(my_email)
        self.title.setText(group.name)
        self.folder.setText(self.tr("Shared folder: %1").replace("%1", group.folder))
        mine = state.members.get(my_email)
        waiting = [m for m in state.members.values() if not m.confirmed]
        if mine is not None and not mine.confirmed and me is not None:
            self.banner_text.setText(self.tr(
                "A lead of the group still has to confirm you; until then you cannot submit or "
                "review. Your key, for them to compare: %1").replace("%1", key_fingerprint(me)))
            self.banner.show()
        elif lead and waiting:
            asked = (self.tr("One person asked to join.") if len(waiting) == 1
                     else self.tr("%n people asked to join.", "", len(waiting)))
            self.banner_text.setText(asked + " " + self.tr(
                "Before you confirm someone, ask them to read out the key Kiem shows them under "
                "Review › Who am I…, and compare it with the key shown here."))
            self.banner.show()
        else:
            self.banner.hide()
        self._fill_members(state, my_email, lead)
        self._fill_policy(state.policy, lead)

    def _fill_members(self, state: GroupState, my_email: str, lead: bool) -> None:
        self.confirm_buttons.clear()
        self.role_boxes.clear()
        self.away_boxes.clear()
        name_key = i18n.sort_key()
        people = sorted(state.members.values(),
                        key=lambda m: (m.confirmed, name_key(m.name), m.email))
        self.members.setRowCount(0)  # the old cell widgets are deleted later, not under a click
        self.members.setRowCount(len(people))
        for row, member in enumerate(people):
            name = member.name + (self.tr(" (you)") if member.email == my_email else "")
            self.members.setItem(row, 0, QTableWidgetItem(name))
            self.members.setItem(row, 1, QTableWidgetItem(member.email))
            self.members.setCellWidget(row, 2, self._role_box(member, lead))
            self.members.setCellWidget(row, 3, self._away_box(member, lead, my_email))
            self.members.setCellWidget(row, 4, self._status(member, lead))
        self.members.resizeRowsToContents()

    def _role_box(self, member: Member, lead: bool) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(self.tr("Role of %1").replace("%1", member.name))
        for role, label in ((Role.LEAD, self.tr("Lead")), (Role.MEMBER, self.tr("Member")),
                            (Role.ADMIN, self.tr("Admin"))):
            box.addItem(label, role.value)
        box.setCurrentIndex(box.findData(member.role.value))
        box.setEnabled(lead and member.confirmed)
        box.setToolTip(self.tr("Leads confirm members and set the rules; admins also export and "
                               "publish approved modules."))
        box.activated.connect(lambda _i, e=member.email, b=box: self.set_role(e, b.currentData()))
        self.role_boxes[member.email] = box
        return box

    def _away_box(self, member: Member, lead: bool, my_email: str) -> QWidget:
        box = QCheckBox(self.tr("Away"))
        box.setChecked(member.away)
        box.setEnabled(member.confirmed and (lead or member.email == my_email))
        box.setToolTip(self.tr("People who are away are not asked to review."))
        box.clicked.connect(lambda checked, e=member.email: self.set_away(e, checked))
        self.away_boxes[member.email] = box
        return _padded(box)

    def _status(self, member: Member, lead: bool) -> QWidget:
        waiting = member.waiting_keys()  # a newcomer, a new laptop, or an impostor
        if not waiting:
            return _padded(styled(QLabel(self.tr("Confirmed")), muted=True))
        cell = QWidget()
        rows = QVBoxLayout(cell)
        rows.setContentsMargins(6, 2, 6, 2)
        if member.confirmed:  # the member stays confirmed; what waits is a separate claim
            rows.addWidget(styled(QLabel(self.tr("Confirmed")), muted=True))
        for key in waiting:
            row = QHBoxLayout()
            shown = fingerprint(key)
            if member.confirmed:
                label = QLabel(self.tr("Another key claims this email · %1").replace("%1", shown))
                label.setToolTip(self.tr("A new laptop of theirs, or someone else: confirm only "
                                         "if %1 read this fingerprint out to you")
                                 .replace("%1", member.name))
            else:
                label = QLabel(self.tr("Waiting · key %1").replace("%1", shown))
                label.setToolTip(self.tr("The fingerprint of the key they joined with; confirm "
                                         "only the one they read out to you"))
            row.addWidget(label, 1)
            if lead:
                button = QPushButton(self.tr("Confirm"))
                button.setAccessibleName(self.tr("Confirm %1").replace("%1", member.name))
                button.clicked.connect(
                    lambda _c=False, e=member.email, f=shown: self.confirm(e, f))
                self.confirm_buttons.setdefault(member.email, button)
                row.addWidget(button)
            rows.addLayout(row)
        return cell

    def _fill_policy(self, policy: Policy, lead: bool) -> None:
        for spin, value in ((self.approvals, policy.approvals),
                            (self.reviewers, policy.reviewers),
                            (self.due_days, policy.due_days),
                            (self.review_months, policy.review_months)):
            spin.setValue(value)
            spin.setEnabled(lead)
        self.save_policy_button.setVisible(lead)
        self.policy_note.setVisible(not lead)

    # -- acting -------------------------------------------------------------------------------
    def _run(self, call: Callable[[], object]) -> bool:
        try:
            call()
        except KiemError as exc:
            self.last_message = tell(self, self.tr("Not done"), str(exc))
            self.refresh()
            return False
        self.changed.emit()
        self.refresh()
        return True

    def confirm(self, email: str, fingerprint_seen: str | None = None) -> bool:
        """Confirm someone who asked to join the group shown, by the key shown (leads)."""
        return self._run(lambda: self.review.confirm(email, self.current_group(),
                                                     fingerprint_seen))

    def set_role(self, email: str, role: str) -> bool:
        """Make someone lead, member or admin (leads)."""
        return self._run(lambda: self.review.set_role(email, role, self.current_group()))

    def set_away(self, email: str, away: bool) -> bool:
        """Mark someone (myself, or anyone as a lead) away or back."""
        return self._run(lambda: self.review.set_away(away, email, self.current_group()))

    def save_policy(self) -> bool:
        """Save the review rules shown (leads)."""
        policy = Policy(self.approvals.value(), self.reviewers.value(), self.due_days.value(),
                        self.review_months.value())
        return self._run(lambda: self.review.set_policy(policy, self.current_group()))

    def new_group(self) -> bool:
        """Found a group (asking for its name and folder) and show it."""
        group, created = NewGroupDialog.ask(self.review, self)
        if created and group is not None:
            self.changed.emit()
            self.refresh()
            self.select_group(group.id)
        return created

    def join_group(self, folder: Path | None = None) -> bool:
        """Join the group whose shared folder this is (asking for it when not given)."""
        if folder is None:
            folder = choose_folder(self, self.tr("Choose the shared folder of the group"))
            if folder is None:
                return False
        try:
            group = self.review.join_group(folder)
        except KiemError as exc:
            self.last_message = tell(self, self.tr("Not joined"), str(exc))
            return False
        self.changed.emit()
        self.refresh()
        self.select_group(group.id)
        return True


    def open_hub(self) -> QDialog:
        """Open the team hub dialog (not modal: its work runs in the background)."""
        from app.gui.hub_dialog import HubDialog  # noqa: PLC0415 - psycopg when needed

        dialog = HubDialog(self.review, self)
        dialog.changed.connect(self._hub_changed)
        dialog.open()
        return dialog

    def _hub_changed(self) -> None:
        self.changed.emit()  # the window syncs again; its states follow the workspace
        self.refresh()


def _spin(low: int, high: int, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    return spin


def _padded(widget: QWidget) -> QWidget:
    cell = QWidget()
    row = QHBoxLayout(cell)
    row.setContentsMargins(6, 2, 6, 2)
    row.addWidget(widget)
    return cell
