"""Submit a module for review: the check first, then a note, the reviewers and a due date.

A module with errors cannot be submitted: the dialog lists them and offers to show them in
the Check panel. Reviewers are picked by the group's rules unless the author chooses them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.gui import i18n
from app.gui.editor.findings import finding_text
from app.gui.icons import IconName, icon
from app.gui.library_model import styled
from app.gui.people_dialogs import error_label
from app.gui.refusal import tell
from app.gui.review_lists import fit_rows, person
from authoring.check import check
from authoring.errors import KiemError
from authoring.kinds import Severity
from review.service import pick_reviewers

if TYPE_CHECKING:
    from review.service import ReviewService
    from review.state import GroupState, Request
    from review.store import Group

EMAIL_ROLE = Qt.ItemDataRole.UserRole


class SubmitDialog(QDialog):
    """Asks how to submit one module and submits it; refusals open a message box."""

    show_findings = Signal()  # the person wants the check's findings in the Check panel

    def __init__(self, review: ReviewService, module_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.module_id = module_id
        self.request: Request | None = None
        self.last_message: QMessageBox | None = None  # the newest message box (for tests)
        self.snap = review.services.modules.snapshot(module_id)
        self.errors = [f for f in check(self.snap) if f.severity is Severity.ERROR]
        me = review.me()
        self.group, problem = self._group()
        self.state = review.state(self.group.id) if self.group else None
        if self.state is not None and problem == "":
            problem = self._may_submit(self.state, me.email)
        self.setWindowTitle(self.tr("Submit for review"))
        self.setMinimumWidth(560)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        heading = styled(QLabel(self.tr("Submit “%1” for review").replace("%1", self.snap.title)),
                         1.3, bold=True)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        if self.group is not None:
            about = styled(QLabel(self.tr(
                "Version %1 goes to reviewers in “%2”. They see the module as it is now; you can "
                "keep editing your draft meanwhile.").replace("%1", str(self._version()))
                .replace("%2", self.group.name)), muted=True)
            about.setWordWrap(True)
            layout.addWidget(about)
        if self.errors:
            layout.addWidget(self._build_errors())

        form = QFormLayout()
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What changed, and what reviewers should look at"))
        self.note.setMaximumHeight(90)
        self.note.setTabChangesFocus(True)
        form.addRow(self.tr("&Note for reviewers:"), self.note)
        form.addRow(self.tr("Reviewers:"), self._build_reviewers(me.email))
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(i18n.day_format())  # unambiguous in every language
        today = review.today()
        days = self.state.policy.due_days if self.state else 5
        self.due.setMinimumDate(_qdate(today))
        self.due.setDate(_qdate(today + dt.timedelta(days=days)))
        self.due.setAccessibleName(self.tr("Review by"))
        form.addRow(self.tr("Review &by:"), self.due)
        layout.addLayout(form)

        self.problem = error_label()
        if problem:
            self.problem.setText(problem)
            self.problem.show()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.submit_button = self.buttons.addButton(self.tr("Submit for review"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit_button.setDefault(True)
        self.submit_button.setEnabled(not self.errors and not problem)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # -- layout -------------------------------------------------------------------------------
    def _build_errors(self) -> QFrame:
        frame = QFrame(objectName="checkErrors")
        frame.setStyleSheet("#checkErrors { background: palette(alternate-base); "
                            "border-radius: 6px; }")
        box = QVBoxLayout(frame)
        box.setContentsMargins(12, 10, 12, 10)
        text = QLabel(self.tr("Fix this first: the check found an error. Reviewers only get "
                              "modules that pass the check.") if len(self.errors) == 1 else
                      self.tr("Fix these first: the check found %n errors. Reviewers only get "
                              "modules that pass the check.", "", len(self.errors)))
        text.setWordWrap(True)
        box.addWidget(styled(text, bold=True))
        self.findings = QListWidget()
        self.findings.setAccessibleName(self.tr("Errors to fix"))
        for finding in self.errors:
            self.findings.addItem(QListWidgetItem(icon(IconName.ERROR), finding_text(finding)))
        fit_rows(self.findings, least=1, most=4)
        box.addWidget(self.findings)
        self.show_button = QPushButton(icon(IconName.OK), self.tr("Show in the Check panel"))
        self.show_button.clicked.connect(self._show_findings)
        box.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignLeft)
        return frame

    def _build_reviewers(self, me: str) -> QWidget:
        widget = QWidget()
        box = QVBoxLayout(widget)
        box.setContentsMargins(0, 0, 0, 0)
        self.auto = QRadioButton(self.tr("Pick automatically (recommended)"))
        self.choose = QRadioButton(self.tr("Choose:"))
        choice = QButtonGroup(self)
        choice.addButton(self.auto)
        choice.addButton(self.choose)
        self.auto.setChecked(True)
        self.auto_hint = styled(QLabel(self._auto_hint(me)), muted=True)
        self.auto_hint.setContentsMargins(24, 0, 0, 6)
        self.auto_hint.setWordWrap(True)  # French and German run longer than the dialog
        self.candidates = QListWidget()
        self.candidates.setAccessibleName(self.tr("Members who can review"))
        state = self.state
        name_key = i18n.sort_key()
        people = [] if state is None else sorted(
            (m for m in state.members.values()
             if m.confirmed and not m.away and m.email != me),
            key=lambda m: name_key(m.name))
        for member in people:
            busy = state.open_assignments(member.email) if state else 0
            text = f"{member.name} <{member.email}>"
            if busy:
                text += "  · " + (self.tr("1 open review") if busy == 1
                                  else self.tr("%n open reviews", "", busy))
            item = QListWidgetItem(text)
            item.setData(EMAIL_ROLE, member.email)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.candidates.addItem(item)
        self.candidates.itemChanged.connect(lambda _item: self.choose.setChecked(True))
        fit_rows(self.candidates, least=1, most=5)
        self.candidates.setEnabled(bool(people))
        self.choose.setEnabled(bool(people))
        for w in (self.auto, self.auto_hint, self.choose, self.candidates):
            box.addWidget(w)
        box.setSpacing(4)
        return widget

    def _auto_hint(self, me: str) -> str:
        state = self.state
        if state is None:
            return ""
        earlier = state.modules.get(self.module_id)
        if earlier is not None:
            names = [self._name(state, a.reviewer) for a in earlier.latest.active_reviewers()]
            return self.tr("The reviewers of version %1 again: %2").replace(
                "%1", str(earlier.latest.version)).replace("%2", ", ".join(names))
        picked = pick_reviewers(state, me, state.policy.reviewers)
        if not picked:
            return self.tr("Nobody else in the group can review now: everyone is away or not "
                           "confirmed yet.")
        return self.tr("Kiem asks whoever has the fewest open reviews: now %1.").replace(
            "%1", ", ".join(self._name(state, e) for e in picked))

    @staticmethod
    def _name(state: GroupState, email: str) -> str:
        member = state.members.get(email)
        return member.name if member is not None and member.name else email

    # -- what the service will say ------------------------------------------------------------
    def _group(self) -> tuple[Group | None, str]:
        """Find the group the module goes to (the one it names, else my only one)."""
        groups = self.review.groups()
        if not groups:
            return None, self.tr("You are in no review group yet. Start or join one under "
                                 "Review › Groups…, then submit.")
        named = [g for g in groups if self.snap.group_name and g.name == self.snap.group_name]
        if named:
            return named[0], ""
        if len(groups) == 1:
            return groups[0], ""
        return None, self.tr("“%1” belongs to none of your groups. Choose its group in Module › "
                             "Settings…, then submit.").replace("%1", self.snap.title)

    def _may_submit(self, state: GroupState, me: str) -> str:
        if state.member(me) is None:
            return self.tr("A lead of “%1” has not confirmed you yet; you can submit once they "
                           "have.").replace("%1", state.name)
        earlier = state.modules.get(self.module_id)
        if earlier is not None and earlier.author != me:
            return self.tr("Only %1, who submitted it first, can submit this module.").replace(
                "%1", person(state, earlier.author))
        return ""

    def _version(self) -> int:
        earlier = self.state.modules.get(self.module_id) if self.state else None
        return max(self.snap.version, earlier.latest.version + 1 if earlier else 1)

    # -- acting -------------------------------------------------------------------------------
    def chosen_reviewers(self) -> list[str]:
        """Return the emails ticked in the list."""
        items = (self.candidates.item(r) for r in range(self.candidates.count()))
        return [i.data(EMAIL_ROLE) for i in items if i.checkState() == Qt.CheckState.Checked]

    def set_reviewers(self, emails: list[str]) -> None:
        """Choose these reviewers (tick them in the list)."""
        for row in range(self.candidates.count()):
            item = self.candidates.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(EMAIL_ROLE) in emails
                               else Qt.CheckState.Unchecked)
        self.choose.setChecked(True)

    def _show_findings(self) -> None:
        self.show_findings.emit()
        self.reject()

    def accept(self) -> None:
        """Submit; when the service refuses, say why and stay open."""
        reviewers = self.chosen_reviewers() if self.choose.isChecked() else None
        if reviewers == []:
            self.last_message = tell(self, self.tr("Who reviews?"),
                                     self.tr("Tick at least one reviewer, or let Kiem pick."))
            return
        try:
            self.request = self.review.submit(self.module_id, reviewers=reviewers,
                                              due=self.due.date().toPython(),
                                              note=self.note.toPlainText().strip())
        except KiemError as exc:
            self.last_message = tell(self, self.tr("Not submitted"), str(exc))
            return
        super().accept()

    @classmethod
    def ask(cls, review: ReviewService, module_id: uuid.UUID, parent: QWidget | None = None,
            show_findings: Callable[[], None] | None = None) -> tuple[Request | None, bool]:
        """Show the dialog; return (request, True) once submitted."""
        dialog = cls(review, module_id, parent)
        if show_findings is not None:
            dialog.show_findings.connect(show_findings)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.request, accepted


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
