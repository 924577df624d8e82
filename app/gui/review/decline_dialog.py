"""Why an author declines a reviewer's suggestion (the reviewer reads the reason)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.gui.review.markup import spans_html
from app.gui.review.style import is_dark, review_stylesheet
from review.diff import word_diff


class DeclineDialog(QDialog):
    """The suggested change, and a reason (required) for not making it."""

    def __init__(self, quote: str, replacement: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Decline suggestion"))
        self.setStyleSheet(review_stylesheet(QApplication.palette()))
        self.setMinimumWidth(440)
        body = QVBoxLayout(self)
        body.setSpacing(8)
        body.addWidget(QLabel(self.tr("The reviewer suggested:")))
        change = QLabel(spans_html(word_diff(quote, replacement),
                                   dark=is_dark(QApplication.palette())))
        change.setObjectName("threadSuggestion")
        change.setTextFormat(Qt.TextFormat.RichText)
        change.setWordWrap(True)
        body.addWidget(change)
        body.addWidget(QLabel(self.tr("Why do you decline it?")))
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason for declining"))
        self.reason.setPlaceholderText(self.tr("The reviewer reads this."))
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumHeight(5 * self.fontMetrics().lineSpacing())
        body.addWidget(self.reason, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Decline"))
        self.ok_button.setEnabled(False)
        self.reason.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.reason.toPlainText().strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        body.addWidget(buttons)
        self.resize(self.minimumSizeHint().expandedTo(self.minimumSize()))
        self.reason.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, quote: str, replacement: str
            ) -> tuple[str | None, bool]:
        """Show the dialog; return (reason, True) on Decline, (None, False) on Cancel."""
        dialog = cls(quote, replacement, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        reason = dialog.reason.toPlainText() if accepted else None
        dialog.deleteLater()
        return reason, accepted
