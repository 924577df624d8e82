"""The bar under review mode where an assigned reviewer finishes with a verdict and a note."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from review.state import Verdict


class VerdictBar(QFrame):
    """Approve, request changes, or finish with comments only; `chosen(verdict, note)`."""

    chosen = Signal(object, str)  # Verdict, the note

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.setSpacing(8)
        self.pending = QLabel()
        self.pending.setObjectName("paneHint")
        row.addWidget(self.pending)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note for the author (optional)"))
        self.note.setAccessibleName(self.tr("Note for the author"))
        row.addWidget(self.note, 1)
        self.approve = QPushButton(self.tr("Approve"))
        self.approve.setObjectName("primary")
        self.request_changes = QPushButton(self.tr("Request changes"))
        self.comment_only = QPushButton(self.tr("Done (comments only)"))
        self.comment_only.setToolTip(self.tr("Send your comments without approving or asking "
                                             "for changes"))
        for button, verdict in ((self.request_changes, Verdict.REQUEST_CHANGES),
                                (self.comment_only, Verdict.COMMENT),
                                (self.approve, Verdict.APPROVE)):
            button.clicked.connect(lambda _=False, v=verdict: self.chosen.emit(v, self.note.text()))
            row.addWidget(button)

    def set_pending(self, count: int) -> None:
        """Say how many of my threads wait to be sent with the verdict."""
        self.pending.setText(self.tr("%n comment(s) wait for your verdict", "", count)
                             if count else self.tr("Finish your review:"))
