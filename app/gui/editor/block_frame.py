"""One block on the page: its kind, its tools (move, duplicate, delete) and its form.

The frame saves its form by itself: typing after a pause of DEBOUNCE_MS, one undoable step
per burst; choices at once. Changes from elsewhere (undo, redo) are shown in place, never
over typing that is still waiting to be saved.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
)

from app.gui.editor.actions import EditorActions
from app.gui.editor.block_drag import BlockHandle
from app.gui.editor.findings import finding_text
from app.gui.editor.forms import FormContext, make_form
from app.gui.editor.kinds import ICONS, kind_name
from app.gui.editor.style import badge_colour
from app.gui.editor.tinted import tint
from app.gui.icons import IconName, icon
from authoring.blocks import BlockData
from authoring.check import Finding
from authoring.kinds import Severity
from authoring.snapshot import BlockSnap

DEBOUNCE_MS = 400


class BlockSaver(QObject):
    """Saves a block's data: typing after a pause (one step per burst), choices at once."""

    def __init__(self, actions: EditorActions, block_id: uuid.UUID, saved: BlockData,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions = actions
        self._block_id = block_id
        self.saved = saved
        self._pending: BlockData | None = None
        self._typing = False
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)

    @property
    def pending(self) -> bool:
        """True while an edit waits to be saved."""
        return self._pending is not None

    def edited(self, data: BlockData, typing: bool) -> None:
        """Take an edit: typing waits for a pause, anything else is saved now."""
        self._pending = data
        self._typing = self._typing or typing
        if typing:
            self._timer.start()
        else:
            self.flush()

    def flush(self) -> None:
        """Save what is pending now (nothing when nothing is)."""
        self._timer.stop()
        data, typing = self._pending, self._typing
        self._pending, self._typing = None, False
        if data is None or data == self.saved:
            return
        before, self.saved = self.saved, data  # set first: the save's echo arrives at once
        if not self._actions.edit_block(self._block_id, data, typing):
            self.saved = before

    def discard(self) -> None:
        """Forget what is pending (the block is gone)."""
        self._timer.stop()
        self._pending = None


def tool_button(name: IconName, tip: str, parent: QFrame) -> QToolButton:
    """Return a small flat icon button whose tooltip is also its accessible name."""
    button = QToolButton(parent)
    tint(button, name, 18)
    button.setToolTip(tip)
    button.setAccessibleName(tip.split(" (")[0])
    button.setAutoRaise(True)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


class BlockFrame(QFrame):
    """A block's card on the page."""

    typed = Signal(str, object)  # tracking id, data: each edit, before it is saved
    focused = Signal(object)  # block id
    move_requested = Signal(object, int)  # block id, -1 up / +1 down
    duplicate_requested = Signal(object)
    delete_requested = Signal(object)
    add_below_requested = Signal(object)
    comments_requested = Signal(object)  # block id: show the reviewers' threads on it

    def __init__(self, actions: EditorActions, context: FormContext, block: BlockSnap,
                 parent: QFrame | None = None) -> None:
        super().__init__(parent)
        self.block = block
        self.setObjectName("blockFrame")
        self.setProperty("current", False)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.saver = BlockSaver(actions, block.id, block.data, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 12, 14)
        layout.setSpacing(8)
        layout.addLayout(self._header())
        self.form = make_form(context, block.kind, self)
        self.form.block_id = block.id
        self.form.set_data(block.data)
        self.form.edited.connect(self._form_edited)
        layout.addWidget(self.form)
        self.problems = QLabel(self)
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.hide()
        layout.addWidget(self.problems)
        for keys, delta in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda d=delta: self._request_move(d))

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(4)
        glyph = BlockHandle(lambda: self.block.id, self)
        tint(glyph, ICONS[self.block.kind], 18)
        glyph.setToolTip(self.tr("Drag to move the block"))
        self.handle = glyph
        self.kind_label = QLabel(kind_name(self.block.kind), self)
        self.kind_label.setObjectName("kindLabel")
        row.addWidget(glyph)
        row.addWidget(self.kind_label)
        row.addStretch(1)
        row.addWidget(self._comment_badge())
        row.addSpacing(6)
        self.add_button = tool_button(IconName.ADD, self.tr("Add a block below"), self)
        self.up_button = tool_button(IconName.MOVE_UP, self.tr("Move up (Alt+Up)"), self)
        self.down_button = tool_button(IconName.MOVE_DOWN, self.tr("Move down (Alt+Down)"), self)
        self.duplicate_button = tool_button(IconName.DUPLICATE, self.tr("Duplicate"), self)
        self.delete_button = tool_button(IconName.DELETE, self.tr("Delete block"), self)
        self.add_button.clicked.connect(lambda: self.add_below_requested.emit(self.block.id))
        self.up_button.clicked.connect(lambda: self._request_move(-1))
        self.down_button.clicked.connect(lambda: self._request_move(1))
        self.duplicate_button.clicked.connect(self._request_duplicate)
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self.block.id))
        for button in (self.add_button, self.up_button, self.down_button,
                       self.duplicate_button, self.delete_button):
            row.addWidget(button)
        self.kind_label.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.kind_label.customContextMenuRequested.connect(self._menu)
        return row

    def _comment_badge(self) -> QToolButton:
        """A pill with a speech bubble and the count of reviewers' open threads (hidden at 0)."""
        badge = QToolButton(self)
        badge.setObjectName("commentBadge")
        badge.setIconSize(QSize(14, 14))
        badge.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        badge.setCursor(Qt.CursorShape.PointingHandCursor)
        badge.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        badge.clicked.connect(lambda: self.comments_requested.emit(self.block.id))
        badge.hide()
        self.comment_badge = badge
        return badge

    def set_open_threads(self, count: int) -> None:
        """Show how many reviewers' threads on this block are open (nothing when none are)."""
        badge = self.comment_badge
        if count <= 0:
            badge.hide()
            return
        tip = (self.tr("1 open comment from reviewers") if count == 1
               else self.tr("%n open comments from reviewers", "", count))
        badge.setIcon(icon(IconName.COMMENT, 14, badge_colour(QApplication.palette())))
        badge.setText(str(count))
        badge.setToolTip(tip)
        badge.setAccessibleName(tip)
        badge.show()

    @property
    def block_id(self) -> uuid.UUID:
        """The id of the block shown."""
        return self.block.id

    @property
    def pending(self) -> bool:
        """True while typing waits to be saved."""
        return self.saver.pending

    def flush(self) -> None:
        """Save pending typing now (the form's own pending edits too)."""
        self.form.flush()
        self.saver.flush()

    def _form_edited(self, typing: bool) -> None:
        data = self.form.data()
        self.typed.emit(self.block.tracking_id, data)
        self.saver.edited(data, typing)

    def _request_move(self, delta: int) -> None:
        self.flush()
        self.move_requested.emit(self.block.id, delta)

    def _request_duplicate(self) -> None:
        self.flush()
        self.duplicate_requested.emit(self.block.id)

    def update_block(self, block: BlockSnap) -> None:
        """Show the block as the workspace has it now, unless typing waits to be saved."""
        self.block = block
        if self.saver.pending:
            return
        self.saver.saved = block.data
        if block.data != self.form.data():
            self.form.set_data(block.data)

    def set_position(self, index: int, count: int) -> None:
        """Enable Move up / Move down for the block's place on the page."""
        self.up_button.setEnabled(index > 0)
        self.down_button.setEnabled(index < count - 1)

    def set_findings(self, findings: list[Finding]) -> None:
        """Show what `check` says about this block, under the form."""
        shown = [f for f in findings if not f.code.startswith("question.")
                 and f.code != "asset.none"]  # the file picker already says it
        if not shown:
            self.problems.hide()
            return
        error = any(f.severity is Severity.ERROR for f in shown)
        self.problems.setProperty("severity", "error" if error else "warning")
        lines = dict.fromkeys(finding_text(f) for f in shown)  # one line per kind of problem
        self.problems.setText("\n".join(f"• {line}" for line in lines))
        self.problems.style().unpolish(self.problems)
        self.problems.style().polish(self.problems)
        self.problems.show()

    def set_current(self, current: bool) -> None:
        """Mark the block as the one new blocks go after."""
        if self.property("current") != current:
            self.setProperty("current", current)
            self.style().unpolish(self)
            self.style().polish(self)

    def _menu(self, at: QPoint) -> None:
        menu = QMenu(self)
        for button in (self.add_button, self.up_button, self.down_button, self.duplicate_button,
                       self.delete_button):
            action = menu.addAction(button.icon(), button.toolTip())
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
        menu.exec(self.kind_label.mapToGlobal(at))

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        """Never lose typing: save it when the block goes out of sight."""
        self.flush()
        super().hideEvent(event)
