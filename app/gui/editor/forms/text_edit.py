"""A plain-text field that grows with what is typed, so the page scrolls, not each box."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QFocusEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QSizePolicy, QWidget

MAX_HEIGHT = 640


class Growing:
    """What the two growing text fields share: size hint, refit on resize, focus_lost.

    Mixed in before the Qt class; the field defines `focus_lost` and `_fit`.
    """

    focus_lost: Signal

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """As wide as the layout allows; as tall as the text."""
        return QSize(super().sizeHint().width(), self.height())  # type: ignore[misc]

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        """Re-wrap, then fit the new height."""
        super().resizeEvent(event)  # type: ignore[misc]
        self._fit()  # type: ignore[attr-defined]

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        """Tell the form the person left the field (pending typing is saved then)."""
        super().focusOutEvent(event)  # type: ignore[misc]
        self.focus_lost.emit()


class GrowingTextEdit(Growing, QPlainTextEdit):
    """QPlainTextEdit sized to its text (between `min_lines` and MAX_HEIGHT pixels)."""

    focus_lost = Signal()

    def __init__(self, min_lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._min_lines = min_lines
        self.setTabChangesFocus(True)  # Tab walks the form; Markdown needs no tab characters
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def set_text(self, text: str) -> None:
        """Replace the text, keeping the cursor where it was (as far as the text allows)."""
        if text == self.toPlainText():
            return
        position = self.textCursor().position()
        scroll = self.verticalScrollBar().value()
        self.setPlainText(text)
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.setTextCursor(cursor)
        self.verticalScrollBar().setValue(scroll)

    def _content_height(self, lines: float) -> int:
        margins = self.contentsMargins()
        doc_margin = self.document().documentMargin()
        return int(lines * self.fontMetrics().lineSpacing() + 2 * doc_margin
                   + margins.top() + margins.bottom() + 2)

    def _fit(self, *_args: object) -> None:
        lines = max(self._min_lines, self.document().documentLayout().documentSize().height())
        height = min(MAX_HEIGHT, self._content_height(lines))
        if height != self.height():
            self.setFixedHeight(height)
