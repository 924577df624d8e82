"""Small dialogs about people: who I am (name, email, key) and founding a review group.

Both call the review service themselves and show its refusal inside the dialog, so the person
can correct the field and try again without losing what they typed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.library_model import pill_colours, styled
from authoring.errors import KiemError

if TYPE_CHECKING:
    from review.service import ReviewService
    from review.store import Group, Me


def key_fingerprint(me: Me) -> str:
    """Return the short fingerprint of my public key, as a lead sees it when confirming me."""
    from review.events import encode_key, fingerprint  # noqa: PLC0415 - review loads lazily

    return fingerprint(encode_key(me.key.public_key()))


def error_label() -> QLabel:
    """A hidden, word-wrapped label in the theme's warning colour for a refusal."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {pill_colours('stale')[1].name()};")
    label.hide()
    return label


def choose_folder(parent: QWidget, title: str, start: str = "") -> Path | None:
    """Ask for a folder; None when the person cancels."""
    start = start or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    chosen = QFileDialog.getExistingDirectory(parent, title, start)
    return Path(chosen) if chosen else None


class IdentityDialog(QDialog):
    """Asks for my name and email (and shows my key's fingerprint once I have one)."""

    def __init__(self, review: ReviewService, parent: QWidget | None = None, *,
                 first_start: bool = False) -> None:
        super().__init__(parent)
        self.review = review
        self.me: Me | None = review.store.me()
        self.setWindowTitle(self.tr("Who are you?"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(styled(QLabel(self.tr("Tell Kiem who you are")), 1.3, bold=True))
        why = QLabel(self.tr(
            "Your name and email go with everything you submit, comment on or approve, so your "
            "group knows who wrote what. They stay on this computer and in your group's shared "
            "folder."))
        why.setWordWrap(True)
        layout.addWidget(why)

        form = QFormLayout()
        self.name = QLineEdit(self.me.name if self.me else "")
        self.name.setPlaceholderText(self.tr("e.g. Ann Lindqvist"))
        self.email = QLineEdit(self.me.email if self.me else "")
        self.email.setPlaceholderText(self.tr("e.g. ann@example.com"))
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Email:"), self.email)
        layout.addLayout(form)
        if self.me is not None and review.groups():
            self.email.setReadOnly(True)
            self.email.setToolTip(self.tr("Your groups know you by this email, so it stays."))
        if self.me is not None:
            key = styled(QLabel(self.tr("Your key: %1").replace("%1", key_fingerprint(self.me))),
                         muted=True)
            key.setToolTip(self.tr("A group lead compares this with what they see before "
                                   "confirming you. Read it out to them."))
            layout.addWidget(key)
        elif first_start:
            later = styled(QLabel(self.tr("Not reviewing with a group? Choose “Not now”; Kiem "
                                          "asks again when you first need it.")), muted=True)
            later.setWordWrap(True)
            layout.addWidget(later)
        self.error = error_label()
        layout.addWidget(self.error)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Save"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(
            self.tr("Not now") if first_start else self.tr("Cancel"),
            QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        """Save who I am; a refusal (empty name, not an email) stays in the dialog."""
        try:
            self.me = self.review.set_me(self.name.text(), self.email.text())
        except KiemError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()

    @classmethod
    def ask(cls, review: ReviewService, parent: QWidget | None = None, *,
            first_start: bool = False) -> tuple[Me | None, bool]:
        """Show the dialog; return (me, True) once saved, (me as before, False) otherwise."""
        dialog = cls(review, parent, first_start=first_start)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.me, accepted


class NewGroupDialog(QDialog):
    """Founds a review group in a shared folder; I become its lead."""

    def __init__(self, review: ReviewService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.group: Group | None = None
        self.setWindowTitle(self.tr("New review group"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(styled(QLabel(self.tr("Start a review group")), 1.3, bold=True))
        text = QLabel(self.tr(
            "A group reviews through one folder that everyone in it can open: a shared drive, "
            "or a folder your company already syncs. Kiem only adds small files there and never "
            "changes or deletes them. You become the group's lead and confirm who joins."))
        text.setWordWrap(True)
        layout.addWidget(text)

        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. IT creators"))
        form.addRow(self.tr("&Name:"), self.name)
        folder_row = QWidget()
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Shared folder"))
        self.folder.setPlaceholderText(self.tr("A folder your whole group can reach"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        form.addRow(self.tr("Shared &folder:"), folder_row)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(self.tr("Create group"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _choose(self) -> None:
        folder = choose_folder(self, self.tr("Choose the group's shared folder"),
                               self.folder.text())
        if folder is not None:
            self.folder.setText(str(folder))
            if not self.name.text().strip():
                self.name.setText(folder.name)

    def accept(self) -> None:
        """Found the group; a refusal or an unwritable folder stays in the dialog."""
        if not self.folder.text().strip():
            self.error.setText(self.tr("Choose the shared folder first."))
            self.error.show()
            return
        try:
            self.group = self.review.create_group(self.name.text(),
                                                  Path(self.folder.text().strip()))
        except KiemError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        except OSError as exc:
            self.error.setText(self.tr("Kiem cannot write in that folder (%1). Choose one you "
                                       "can write to.").replace("%1", exc.strerror or str(exc)))
            self.error.show()
            return
        super().accept()

    @classmethod
    def ask(cls, review: ReviewService,
            parent: QWidget | None = None) -> tuple[Group | None, bool]:
        """Show the dialog; return (group, True) when a group was founded."""
        dialog = cls(review, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.group, accepted
