"""The question form in a dialog: for a new question on a page, or a bank question."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.gui.editor.questions.question_form import QuestionForm, blank_draft
from authoring.questions import QuestionDraft


class QuestionDialog(QDialog):
    """A QuestionForm with OK and Cancel; `ask` returns the draft when OK was pressed."""

    def __init__(self, draft: QuestionDraft | None = None, *, editing: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit question") if editing else self.tr("New question"))
        self.resize(720, 760)
        layout = QVBoxLayout(self)
        self.form = QuestionForm()
        self.form.set_draft(draft or blank_draft())
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(4, 4, 12, 4)
        inner.addWidget(self.form)
        inner.addStretch(1)
        scroll.setWidget(holder)
        layout.addWidget(scroll, 1)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("Save") if editing else self.tr("Add question"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setToolTip(self.tr("Ctrl+Enter"))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.form.stem.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Enter belongs to the form (it adds an option); Ctrl+Enter saves."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.ok_button.click()
            elif isinstance(focus, QPushButton):
                focus.click()
            event.accept()
            return
        super().keyPressEvent(event)

    @classmethod
    def ask(cls, parent: QWidget | None, draft: QuestionDraft | None = None, *,
            editing: bool = False) -> tuple[QuestionDraft | None, bool]:
        """Show the dialog; return (the draft, True) on OK, (None, False) on Cancel."""
        dialog = cls(draft, editing=editing, parent=parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        result = dialog.form.draft() if accepted else None
        dialog.deleteLater()
        return result, accepted

    def show_error(self, message: str) -> None:
        """Say why the question could not be saved; the dialog stays open."""
        self.error.setText(self.tr("Not saved: %1").replace("%1", message))
        self.error.setVisible(True)
