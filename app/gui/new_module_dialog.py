"""Ask for a new module's title, language and starting point, then create it as one undo step."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.gui import i18n
from app.gui.icons import IconName, icon
from app.gui.library_model import STALE, pill_colours
from app.gui.studio import Studio
from authoring.services import Changes
from authoring.templates import TEMPLATES

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "phishing"
BLANK, SAMPLE_KEY = "blank", "sample"
KEY_ROLE = Qt.ItemDataRole.UserRole
# Module languages offered first, by their own names (as people look for them).
LANGUAGES = {"nl": "Nederlands", "fr": "Français", "en": "English", "de": "Deutsch"}
LANGUAGE_SETTING = "library/new-module-language"


def interface_language() -> str:
    """Return the language the studio speaks, for template names and new modules."""
    return i18n.chosen_language()


class NewModuleDialog(QDialog):
    """Title, language and start (blank, a template or the sample); creates on Create."""

    def __init__(self, studio: Studio, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._studio = studio
        self.module_id: uuid.UUID | None = None
        self._shown_in = interface_language()
        self.setWindowTitle(self.tr("New module"))
        self.setMinimumSize(QSize(660, 460))
        self.setStyleSheet("QPushButton { padding: 5px 16px; }")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        heading = QLabel(self.tr("New module"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)

        form = QFormLayout()
        form.setHorizontalSpacing(12)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("For example: Booking a meeting room"))
        self.title.setMaxLength(300)
        self.title.textChanged.connect(self._update)
        form.addRow(self.tr("&Title:"), self.title)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        chosen = str(QSettings().value(LANGUAGE_SETTING, "") or self._shown_in)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen)))
        self.language.setToolTip(self.tr("The language learners read the module in"))
        form.addRow(self.tr("&Language:"), self.language)
        layout.addLayout(form)

        start_label = QLabel(self.tr("&Start from:"))
        layout.addWidget(start_label)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.start = QListWidget()
        self.start.setIconSize(QSize(20, 20))
        self.start.setFixedWidth(270)
        self.start.setSpacing(2)
        self.start.setStyleSheet(
            "QListWidget { background: palette(base); border: 1px solid palette(mid); "
            "border-radius: 8px; padding: 4px; } QListWidget::item { padding-left: 6px; "
            "border-radius: 6px; } QListWidget::item:selected { background: palette(alternate-"
            "base); color: palette(text); border: 2px solid palette(highlight); }")
        start_label.setBuddy(self.start)
        self._add_start(IconName.MODULE, self.tr("Blank module"), BLANK)
        for tpl in TEMPLATES:
            self._add_start(IconName.TEMPLATE, tpl.title(self._shown_in), tpl.key)
        self._add_start(IconName.SAMPLE, self.tr("The sample module"), SAMPLE_KEY)
        self.start.currentItemChanged.connect(self._update)
        self.start.itemDoubleClicked.connect(lambda _item: self.accept())
        # Wide enough for the longest name (German template names run long), never narrower.
        longest = max(self.start.fontMetrics().horizontalAdvance(self.start.item(i).text())
                      for i in range(self.start.count()))
        room = longest + self.start.iconSize().width() + 44  # icon, paddings, frame, border
        self.start.setFixedWidth(max(270, room))
        row.addWidget(self.start)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.description.setStyleSheet("QLabel { background: palette(alternate-base); "
                                       "border-radius: 8px; padding: 14px; }")
        row.addWidget(self.description, 1)
        layout.addLayout(row, 1)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {pill_colours(STALE)[1].name()};")
        self.error.hide()
        layout.addWidget(self.error)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = QPushButton(self.tr("Create"))
        self.create_button.setDefault(True)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.start.setCurrentRow(0)
        self.title.setFocus()

    @classmethod
    def ask(cls, studio: Studio, parent: QWidget | None = None,
            start: str = BLANK) -> tuple[uuid.UUID | None, bool]:
        """Show the dialog (on `start`); return the new module's id and whether one was made."""
        dialog = cls(studio, parent)
        dialog.choose(start)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.module_id, accepted and dialog.module_id is not None

    def _add_start(self, name: IconName, text: str, key: str) -> None:
        item = QListWidgetItem(icon(name), text)
        item.setData(KEY_ROLE, key)
        item.setSizeHint(QSize(0, 36))
        self.start.addItem(item)

    def chosen(self) -> str:
        """Return the start chosen: "blank", "sample" or a template key."""
        item = self.start.currentItem()
        return str(item.data(KEY_ROLE)) if item else BLANK

    def choose(self, key: str) -> None:
        """Select the start with this key (as clicking it would)."""
        for row in range(self.start.count()):
            if self.start.item(row).data(KEY_ROLE) == key:
                self.start.setCurrentRow(row)

    def _update(self) -> None:
        key = self.chosen()
        sample = key == SAMPLE_KEY
        self.title.setEnabled(not sample)
        self.language.setEnabled(not sample)
        if key == BLANK:
            text = self.tr("An empty module: you add the pages and blocks yourself.")
        elif sample:
            text = self.tr("A finished module about spotting and reporting phishing emails, in "
                           "English, with a quiz. Look around, change anything, and delete it "
                           "when you no longer need it. It keeps its own title.")
        else:
            tpl = next(t for t in TEMPLATES if t.key == key)
            text = "<b>{}</b><br><br>{}<br><br>{}".format(
                _escape(tpl.title(self._shown_in)), _escape(tpl.description(self._shown_in)),
                self.tr("Each page comes with placeholder text that says what to write there."))
        self.description.setText(text)
        self.create_button.setEnabled(sample or bool(self.title.text().strip()))
        self.error.hide()

    def accept(self) -> None:
        """Create the module as one undoable step; stay open and say why if it was refused."""
        if not self.create_button.isEnabled():
            return
        key = self.chosen()
        title = self.title.text().strip()
        language = str(self.language.currentData())
        services = self._studio.services
        if key == SAMPLE_KEY:
            changes = self._do(self.tr("Add the sample module"),
                               lambda: services.transfer.import_folder(SAMPLE))
        elif key == BLANK:
            changes = self._do(self.tr("New module"),
                               lambda: services.modules.create(title, language=language))
        else:
            changes = self._do(self.tr("New module from a template"),
                               lambda: services.library.create_from_template(key, title,
                                                                             language))
        if changes is None or changes.id is None:
            return
        QSettings().setValue(LANGUAGE_SETTING, language)
        self.module_id = changes.id
        super().accept()

    def _do(self, text: str, call: Callable[[], Changes]) -> Changes | None:
        messages: list[str] = []

        def collect(message: str) -> None:
            messages.append(message)

        self._studio.failed.connect(collect)
        try:
            changes = self._studio.do(text, call)
        finally:
            self._studio.failed.disconnect(collect)
        if changes is None:
            self.error.setText(self.tr("The module was not created: %1").replace(
                "%1", messages[0] if messages else ""))
            self.error.show()
        return changes


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
