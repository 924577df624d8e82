"""What a reviewer writes: a comment on a passage, or a change suggested for a quote."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.gui.review.markup import spans_html, text_html
from app.gui.review.style import is_dark, review_stylesheet
from review.diff import word_diff

QUOTE_SHOWN = 300


def _quote_label(quote: str) -> QLabel:
    shown = quote if len(quote) <= QUOTE_SHOWN else quote[:QUOTE_SHOWN - 1] + "…"
    label = QLabel(f"“{text_html(shown)}”")
    label.setObjectName("threadQuote")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    return label


class _Dialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setStyleSheet(review_stylesheet(QApplication.palette()))
        self.setMinimumWidth(460)
        self.body = QVBoxLayout(self)
        self.body.setSpacing(8)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _note(self, note: str) -> None:
        if note:
            label = QLabel(note)
            label.setObjectName("selectionNote")
            label.setWordWrap(True)
            self.body.addWidget(label)
            self.note_label = label


class CommentDialog(_Dialog):
    """A comment on the selected passage (or the block, page or version), maybe blocking."""

    def __init__(self, quote: str = "", note: str = "", place: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Comment"), parent)
        if place:
            where = QLabel(place)
            where.setObjectName("threadPlace")
            where.setWordWrap(True)
            self.body.addWidget(where)
        if quote:
            self.body.addWidget(QLabel(self.tr("You selected:") if note
                                       else self.tr("On this passage:")))
            self.body.addWidget(_quote_label(quote))
        self._note(note)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("What should the author know?"))
        self.text.setAccessibleName(self.tr("Comment"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(8 * self.fontMetrics().lineSpacing())
        self.body.addWidget(self.text, 1)
        self.blocking = QCheckBox(self.tr("Blocking: this version cannot be approved until "
                                          "the comment is resolved"))
        self.body.addWidget(self.blocking)
        self.ok_button.setText(self.tr("Comment"))
        self.ok_button.setEnabled(False)
        self.text.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.text.toPlainText().strip())))
        self.body.addWidget(self.buttons)
        self.resize(self.minimumSizeHint().expandedTo(self.minimumSize()))
        self.text.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, quote: str = "", note: str = "", place: str = "",
            text: str = "", blocking: bool = False,
            ) -> tuple[tuple[str, bool] | None, bool]:
        """Show the dialog; return ((text, blocking), True) on OK, (None, False) on Cancel.

        `text` and `blocking` fill it in, to change a comment not sent yet.
        """
        dialog = cls(quote, note, place, parent)
        dialog.text.setPlainText(text)
        dialog.blocking.setChecked(blocking)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        result = (dialog.text.toPlainText(), dialog.blocking.isChecked()) if accepted else None
        dialog.deleteLater()
        return result, accepted


class SuggestionDialog(_Dialog):
    """New text for a quoted passage, with the change shown word by word as it is typed."""

    def __init__(self, quote: str, place: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Suggest a change"), parent)
        self.quote = quote
        if place:
            where = QLabel(place)
            where.setObjectName("threadPlace")
            where.setWordWrap(True)
            self.body.addWidget(where)
        self.body.addWidget(QLabel(self.tr("Replace this passage:")))
        self.body.addWidget(_quote_label(quote))
        self.body.addWidget(QLabel(self.tr("With:")))
        self.replacement = QPlainTextEdit(quote)
        self.replacement.setAccessibleName(self.tr("Replacement text"))
        self.replacement.setTabChangesFocus(True)
        self.replacement.selectAll()
        self.replacement.setMinimumHeight(4 * self.fontMetrics().lineSpacing())
        self.body.addWidget(self.replacement, 1)
        self.preview = QLabel()
        self.preview.setObjectName("threadSuggestion")
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setWordWrap(True)
        self.body.addWidget(self.preview)
        self.message = QLineEdit()
        self.message.setPlaceholderText(self.tr("Why (optional)"))
        self.message.setAccessibleName(self.tr("Why you suggest it"))
        self.body.addWidget(self.message)
        self.ok_button.setText(self.tr("Suggest"))
        self.replacement.textChanged.connect(self._changed)
        self.body.addWidget(self.buttons)
        self.resize(self.minimumSizeHint().expandedTo(self.minimumSize()))
        self._changed()
        self.replacement.setFocus()

    def _changed(self) -> None:
        new = self.replacement.toPlainText()
        self.ok_button.setEnabled(new != self.quote)
        if new == self.quote:
            self.preview.setText(self.tr("Type the new text above."))
            return
        dark = is_dark(QApplication.palette())
        self.preview.setText(spans_html(word_diff(self.quote, new), dark=dark))

    @classmethod
    def ask(cls, parent: QWidget | None, quote: str, place: str = ""
            ) -> tuple[tuple[str, str] | None, bool]:
        """Show the dialog; return ((replacement, message), True) on OK, (None, False) else."""
        dialog = cls(quote, place, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        result = (dialog.replacement.toPlainText(), dialog.message.text()) if accepted else None
        dialog.deleteLater()
        return result, accepted
