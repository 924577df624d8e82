"""The first screen of an empty workspace: what Kiem does, and three easy ways to begin.

Made for someone who never built an e-learning: try the sample, start from a template (each
with what it is for), or start blank; or import a module folder. Each way ends in the editor.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.gui.icons import IconName, icon
from app.gui.library_model import restyle, styled
from app.gui.library_transfer import NoticeBar, Transfers
from app.gui.new_module_dialog import BLANK, SAMPLE, NewModuleDialog, interface_language
from app.gui.studio import Studio
from app.gui.worker import Job
from authoring.services import Changes
from authoring.templates import TEMPLATES

STYLE = """
#card { background: palette(base); border: 1px solid palette(mid); border-radius: 10px; }
#template { background: palette(window); border: 1px solid palette(mid); border-radius: 8px;
            text-align: left; padding: 0; }
#template:hover, #template:focus { border: 2px solid palette(highlight); }
#primary { background: palette(highlight); color: palette(highlighted-text); border: none;
           border-radius: 6px; padding: 8px 18px; font-weight: 600; }
#primary:hover { background: palette(link); }
#secondary { padding: 7px 16px; }
"""


class TemplateButton(QPushButton):
    """A template as one big button: its name in bold and what it is for beneath."""

    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("template")
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 12, 14, 12)
        box.setSpacing(6)
        self.heading = styled(QLabel(title), bold=True)
        self.text = styled(QLabel(description), muted=True)
        self.use = QLabel(self.tr("Use this template →"))
        self.use.setForegroundRole(QPalette.ColorRole.Link)
        for label in (self.heading, self.text, self.use):
            label.setWordWrap(True)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            box.addWidget(label)
        box.insertStretch(2, 1)
        box.insertSpacing(2, 8)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """Be as big as the labels inside need."""
        return self.layout().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """Never squeeze the labels inside."""
        return self.layout().minimumSize()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        """The wrapped description grows taller as the button gets narrower."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        """Return the height the labels need at `width`."""
        return self.layout().totalHeightForWidth(width)


class WelcomeView(QWidget):
    """A warm first screen with three ways to begin; emits `open_requested` with the new id."""

    open_requested = Signal(object)  # the UUID of the module just made

    def __init__(self, studio: Studio, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.language = interface_language()
        self.transfers = Transfers(studio, self)
        self.transfers.imported.connect(lambda module_id: module_id and self._opened(module_id))
        self.setStyleSheet(STYLE)
        self._icons: list[tuple[QLabel, IconName]] = []

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        page = QWidget()
        page.setObjectName("page")
        scroll.setWidget(page)
        centre = QHBoxLayout(page)
        column = QWidget()
        column.setMaximumWidth(960)
        centre.addWidget(column)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.setSpacing(14)

        layout.addWidget(styled(QLabel(self.tr("Welcome to Kiem")), 2.0, bold=True))
        lead = styled(QLabel(self.tr(
            "Kiem helps you turn what you know into a short online lesson: a few clear pages "
            "and a quick check, ready for your colleagues in any learning platform.")), 1.15,
            muted=True)
        lead.setWordWrap(True)
        layout.addWidget(lead)
        layout.addSpacing(6)

        self.sample_button = QPushButton(self.tr("Try the sample"), objectName="primary")
        self.sample_button.clicked.connect(self.try_sample)
        layout.addWidget(self._card(IconName.SAMPLE, self.tr("Try the sample module"), self.tr(
            "Look around a finished module about spotting phishing emails, then change "
            "anything. It is yours to experiment with."), self.sample_button))

        templates = QWidget()
        grid = QGridLayout(templates)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.setSpacing(12)
        self.template_buttons: dict[str, TemplateButton] = {}
        for n, tpl in enumerate(TEMPLATES):
            button = TemplateButton(tpl.title(self.language), tpl.description(self.language))
            button.clicked.connect(lambda _c=False, key=tpl.key: self.start_from_template(key))
            self.template_buttons[tpl.key] = button
            grid.addWidget(button, 0, n)
            grid.setColumnStretch(n, 1)  # equal widths, whatever the length of the words
        layout.addWidget(self._card(IconName.TEMPLATE, self.tr("Start from a template"), self.tr(
            "A ready structure for a good module, with a note on every page that says what to "
            "write there. Pick the one that fits:"), templates))

        self.blank_button = QPushButton(self.tr("Start blank"), objectName="secondary")
        self.blank_button.clicked.connect(self.start_blank)
        layout.addWidget(self._card(IconName.MODULE, self.tr("Start blank"), self.tr(
            "An empty module, for when you know what you want to build."), self.blank_button))

        footer = QHBoxLayout()
        footer.addWidget(styled(QLabel(self.tr("Already have a module as a folder of files?")),
                                muted=True))
        self.import_button = QPushButton(self.tr("Import a folder…"), objectName="secondary")
        self.import_button.clicked.connect(lambda: self.import_folder())
        footer.addWidget(self.import_button)
        footer.addStretch(1)
        layout.addLayout(footer)
        self.notice = NoticeBar(self)
        self.transfers.busy_changed.connect(self.notice.busy)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        self._set_icons()
        self._restyling = False

    def _card(self, name: IconName, title: str, text: str, action: QWidget) -> QFrame:
        card = QFrame(objectName="card")
        grid = QGridLayout(card)
        grid.setContentsMargins(20, 16, 20, 16)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        badge = QLabel()
        self._icons.append((badge, name))
        grid.addWidget(badge, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(styled(QLabel(title), 1.2, bold=True), 0, 1)
        body = styled(QLabel(text), muted=True)
        body.setWordWrap(True)
        grid.addWidget(body, 1, 1)
        if isinstance(action, QPushButton):  # a button sits on the right of the text
            grid.addWidget(action, 0, 2, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        else:  # a wider choice goes under it
            grid.addWidget(action, 2, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        return card

    def _set_icons(self) -> None:
        for label, name in self._icons:
            label.setPixmap(icon(name, 32).pixmap(32, 32))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Re-tint the icons when the theme changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not getattr(self, "_restyling", True):
            self._restyling = True  # re-reading the style sheets changes the palette again
            restyle(self)
            self._set_icons()
            self._restyling = False

    # --- actions ----------------------------------------------------------------------------

    def try_sample(self) -> uuid.UUID | None:
        """Add the sample module (one undoable step) and ask to open it."""
        services = self.studio.services
        return self._create(self.studio.do(self.tr("Add the sample module"),
                                           lambda: services.transfer.import_folder(SAMPLE)))

    def start_from_template(self, key: str) -> uuid.UUID | None:
        """Ask for the title and language of a module laid out by a template; make, open it."""
        return self._ask_new(key)

    def start_blank(self) -> uuid.UUID | None:
        """Ask for the title and language of an empty module; make it and ask to open it."""
        return self._ask_new(BLANK)

    def _ask_new(self, start: str) -> uuid.UUID | None:
        module_id, created = NewModuleDialog.ask(self.studio, self.window(), start=start)
        if not created or module_id is None:
            return None
        self._opened(module_id)
        return module_id

    def import_folder(self, folder: Path | None = None) -> Job | None:
        """Import a module folder in the background; open it when it is in."""
        return self.transfers.import_folder(folder)

    def _create(self, changes: Changes | None) -> uuid.UUID | None:
        if changes is None or changes.id is None:
            return None  # the studio reported why on `failed`
        self._opened(changes.id)
        return changes.id

    def _opened(self, module_id: uuid.UUID) -> None:
        self.open_requested.emit(module_id)
