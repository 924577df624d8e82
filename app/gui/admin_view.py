"""Approved and stale modules across my groups, for the people who publish them.

"Approved, waiting for export": export the approved version and mark it published.
"Stale": published modules past their review-by date, to send back to review. Everyone sees
the lists; the review service refuses the actions to those whose role does not allow them,
and its words are shown as they are.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui.library_model import styled
from app.gui.refusal import tell
from app.gui.review_lists import fit_rows, person, short_date, tree
from authoring.errors import KiemError
from review.approved import approved_request
from review.state import GroupState, Role, Verdict

if TYPE_CHECKING:
    from app.gui.approved_export import ApprovedExportDialog
    from review.service import ReviewService

MODULE_ROLE = Qt.ItemDataRole.UserRole
REFUSAL_ROLE = Qt.ItemDataRole.UserRole + 1  # why I may not act on the row ("" when I may)


class AdminView(QWidget):
    """Two lists with their actions: approved versions to export, stale modules to re-review."""

    changed = Signal()  # a module was published or sent back

    def __init__(self, review: ReviewService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.last_message: QMessageBox | None = None  # the newest message box (for tests)
        self.export_dialog: ApprovedExportDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 16)
        layout.setSpacing(10)
        layout.addWidget(styled(QLabel(self.tr("Approved and stale")), 1.6, bold=True))
        intro = styled(QLabel(self.tr(
            "Approved versions wait here until an admin exports them for the LMS and marks them "
            "published. Published modules whose review-by date has passed are stale: send them "
            "back to review.")), muted=True)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        layout.addSpacing(6)
        layout.addWidget(styled(QLabel(self.tr("Approved, waiting for export")), 1.15, bold=True))
        self.approved = tree(self.tr("Module"), self.tr("Version"), self.tr("Author"),
                             self.tr("Group"), self.tr("Approved by"))
        self.approved.setAccessibleName(self.tr("Approved, waiting for export"))
        self.approved.itemSelectionChanged.connect(self._update_buttons)
        self._none_approved = self.tr("No approved version waits for export.")
        self.approved_empty = styled(QLabel(self._none_approved), muted=True)
        layout.addWidget(self.approved)
        layout.addWidget(self.approved_empty)
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export approved version…"))
        self.export_button.clicked.connect(self.export_selected)
        self.publish_button = QPushButton(self.tr("Mark as published"))
        self.publish_button.clicked.connect(self.publish_selected)
        row.addWidget(self.export_button)
        row.addWidget(self.publish_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.publish_hint = styled(QLabel(), muted=True)  # who may publish, when I may not
        self.publish_hint.setWordWrap(True)
        layout.addWidget(self.publish_hint)

        layout.addSpacing(10)
        layout.addWidget(styled(QLabel(self.tr("Stale")), 1.15, bold=True))
        self.stale = tree(self.tr("Module"), self.tr("Author"), self.tr("Group"),
                          self.tr("Review by"))
        self.stale.setAccessibleName(self.tr("Stale"))
        self.stale.itemSelectionChanged.connect(self._update_buttons)
        self._none_stale = self.tr("No published module is past its review-by date.")
        self.stale_empty = styled(QLabel(self._none_stale), muted=True)
        layout.addWidget(self.stale)
        layout.addWidget(self.stale_empty)
        row = QHBoxLayout()
        self.send_back_button = QPushButton(self.tr("Send back to review"))
        self.send_back_button.clicked.connect(self.send_back_selected)
        row.addWidget(self.send_back_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.send_back_hint = styled(QLabel(), muted=True)
        self.send_back_hint.setWordWrap(True)
        layout.addWidget(self.send_back_hint)
        layout.addStretch(1)
        self._update_buttons()

    # -- reading ------------------------------------------------------------------------------
    def reading(self) -> None:
        """Say that the groups' reviews are being read (the background sync derives them)."""
        self.approved.clear()
        self.stale.clear()
        self.approved_empty.setText(self.tr("Reading the reviews of every group…"))
        self.stale_empty.setText("")
        for view, empty in ((self.approved, self.approved_empty),
                            (self.stale, self.stale_empty)):
            view.hide()
            empty.show()
        self._update_buttons()

    def refresh(self) -> None:
        """Re-read approved and stale modules from every group of mine."""
        self.approved.clear()
        self.stale.clear()
        self.approved_empty.setText(self._none_approved)
        self.stale_empty.setText(self._none_stale)
        try:
            states = self.review.all_states()
            stale = self.review.stale()
        except KiemError as exc:
            states, stale = [], []
            self.approved_empty.setText(str(exc))
        for state in states:
            for module in state.modules.values():
                request = module.approved()
                if request is None:
                    continue
                approvers = [person(state, a.reviewer) for a in request.active_reviewers()
                             if a.verdict is Verdict.APPROVE]
                item = QTreeWidgetItem([module.title,
                                        self.tr("v%1").replace("%1", str(request.version)),
                                        person(state, module.author), state.name,
                                        ", ".join(approvers)])
                item.setData(0, MODULE_ROLE, module.id)
                item.setData(0, REFUSAL_ROLE, self._who_publishes(state))
                self.approved.addTopLevelItem(item)
        for state, module, due in stale:
            item = QTreeWidgetItem([module.title, person(state, module.author), state.name,
                                    short_date(due)])
            item.setData(0, MODULE_ROLE, module.id)
            item.setData(0, REFUSAL_ROLE, self._who_sends_back(state))
            self.stale.addTopLevelItem(item)
        for view, empty in ((self.approved, self.approved_empty),
                            (self.stale, self.stale_empty)):
            view.setVisible(view.topLevelItemCount() > 0)
            empty.setVisible(view.topLevelItemCount() == 0)
            if view.topLevelItemCount():
                view.setCurrentItem(view.topLevelItem(0))
            fit_rows(view, most=10)
        self._update_buttons()

    @staticmethod
    def _selected(view: QTreeWidget) -> uuid.UUID | None:
        item = view.currentItem()
        return item.data(0, MODULE_ROLE) if item is not None and item.isSelected() else None

    def _me(self) -> str:
        me = self.review.store.me()
        return me.email if me is not None else ""

    def _who_publishes(self, state: GroupState) -> str:
        """Why I may not mark versions of this group published ("" when I may)."""
        admins = [email for email, m in state.members.items() if m.role is Role.ADMIN]
        if self._me() in admins:
            return ""
        if not admins:
            return self.tr("“%1” has no admin yet, so nobody can mark versions published. A "
                           "lead makes someone admin in Review › Groups….").replace(
                               "%1", state.name)
        return self.tr("Only an admin of “%1” marks versions published: %2.").replace(
            "%1", state.name).replace("%2", ", ".join(person(state, a) for a in admins))

    def _who_sends_back(self, state: GroupState) -> str:
        """Why I may not send this group's modules back to review ("" when I may)."""
        if state.is_lead(self._me()):
            return ""
        leads = [email for email in state.members if state.is_lead(email)]
        return self.tr("Only a lead of “%1” sends modules back to review: %2.").replace(
            "%1", state.name).replace("%2", ", ".join(person(state, a) for a in leads))

    @staticmethod
    def _refusal(view: QTreeWidget) -> str:
        item = view.currentItem()
        return str(item.data(0, REFUSAL_ROLE) or "") if item is not None else ""

    def _update_buttons(self) -> None:
        approved = self._selected(self.approved) is not None
        no_publish = self._refusal(self.approved) if approved else ""
        no_send_back = self._refusal(self.stale) if self._selected(self.stale) else ""
        self.export_button.setEnabled(approved)
        self.publish_button.setEnabled(approved and not no_publish)
        self.publish_button.setToolTip(no_publish)
        self.publish_hint.setText(no_publish)
        self.publish_hint.setVisible(bool(no_publish))
        self.send_back_button.setEnabled(self._selected(self.stale) is not None
                                         and not no_send_back)
        self.send_back_button.setToolTip(no_send_back)
        self.send_back_hint.setText(no_send_back)
        self.send_back_hint.setVisible(bool(no_send_back))
        for button, view in ((self.export_button, self.approved),
                             (self.publish_button, self.approved),
                             (self.send_back_button, self.stale)):
            button.setVisible(view.topLevelItemCount() > 0)

    # -- acting -------------------------------------------------------------------------------
    def export_selected(self) -> ApprovedExportDialog | None:
        """Open the export of the selected module's approved version."""
        from app.gui.approved_export import ApprovedExportDialog  # noqa: PLC0415 - exporters

        module_id = self._selected(self.approved)
        if module_id is None:
            return None
        try:
            request = approved_request(self.review, str(module_id))
            snap, blobs = self.review.version(request)
        except KiemError as exc:
            self.last_message = tell(self, self.tr("Cannot export"), str(exc))
            return None
        dialog = ApprovedExportDialog(self.review, request, snap, blobs, self)
        dialog.published.connect(self._done)
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def publish_selected(self) -> bool:
        """Mark the selected module's approved version published (admins)."""
        module_id = self._selected(self.approved)
        if module_id is None:
            return False
        try:
            self.review.publish(str(module_id))
        except KiemError as exc:
            self.last_message = tell(self, self.tr("Not marked published"), str(exc))
            return False
        self._done()
        return True

    def send_back_selected(self) -> bool:
        """Send the selected stale module back to review (leads)."""
        module_id = self._selected(self.stale)
        if module_id is None:
            return False
        try:
            self.review.send_back(str(module_id))
        except KiemError as exc:
            self.last_message = tell(self, self.tr("Not sent back"), str(exc))
            return False
        self._done()
        return True

    def _done(self) -> None:
        self.changed.emit()
        self.refresh()
