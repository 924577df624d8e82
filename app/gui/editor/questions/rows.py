"""Editable lists of rows (options, answers, pairs, items): add, remove, reorder, Enter adds one.

Every per-kind editor is a `KindEditor` built from one or more `RowList`s. A row says which of
its line edits Enter walks through; Enter in the last field of the last row adds a new row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.icons import IconName, icon
from authoring.questions import QuestionData, option_id

# Shown when an icon's SVG is missing, so a button is never blank.
_GLYPHS = {IconName.MOVE_UP: "↑", IconName.MOVE_DOWN: "↓", IconName.DELETE: "✕",
           IconName.ADD: "+"}

Texts = list[tuple[str, bool]]  # what survives a change of kind: (text, is it right)


def tool_button(name: IconName, tip: str, parent: QWidget | None = None) -> QToolButton:
    """Return a small flat button showing icon `name`, named `tip` for tooltips and readers."""
    button = QToolButton(parent)
    image = icon(name, 16)
    if image.isNull():
        button.setText(_GLYPHS.get(name, "•"))
    else:
        button.setIcon(image)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setAutoRaise(True)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


def add_button(text: str, parent: QWidget | None = None) -> QPushButton:
    """Return an "Add …" button that keeps its natural width."""
    button = QPushButton(icon(IconName.ADD, 16), text, parent)
    button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return button


class Feedback(QWidget):
    """Per-option feedback: a disclosure button in the row and a field below it when open."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = QToolButton(parent)
        self.button.setText(self.tr("Feedback"))
        self.button.setToolTip(self.tr("What the learner reads after picking this answer"))
        self.button.setCheckable(True)
        self.button.setAutoRaise(True)
        self.button.setArrowType(Qt.ArrowType.RightArrow)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Feedback for this answer (optional)"))
        self.edit.setAccessibleName(self.tr("Feedback for this answer"))
        self.edit.addAction(icon(IconName.QUOTE, 16), QLineEdit.ActionPosition.LeadingPosition)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setVisible(False)
        self.button.toggled.connect(self._toggled)
        self.edit.textChanged.connect(self.changed)

    def _toggled(self, on: bool) -> None:
        self.button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.setVisible(on)
        if on:
            self.edit.setFocus()

    def text(self) -> str:
        """Return the feedback, trimmed."""
        return self.edit.text().strip()

    def set_text(self, text: str) -> None:
        """Show `text`; the field opens when there is something in it."""
        self.edit.setText(text)
        self.button.setChecked(bool(text))
        self._toggled(bool(text))


class Row(QWidget):
    """One row: a line of fields (and controls), plus room below it for details."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: list[QLineEdit] = []  # what Enter walks through, in order
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        self.line = QHBoxLayout()
        self.line.setSpacing(4)
        outer.addLayout(self.line)
        self.below = QVBoxLayout()  # its margins line it up with the fields (see RowList)
        self.indent = 0  # how far the first field starts from the row's left edge
        outer.addLayout(self.below)
        self.up: QToolButton | None = None
        self.down: QToolButton | None = None
        self.remove: QToolButton | None = None

    def watch(self, *edits: QLineEdit) -> None:
        """Announce `changed` when any of `edits` changes."""
        for edit in edits:
            edit.textChanged.connect(self.changed)

    def is_blank(self) -> bool:
        """True when the person typed nothing in the row's fields."""
        return not any(e.text().strip() for e in self.edits)

    def set_number(self, number: int) -> None:
        """Hook for rows that show their position (1-based)."""


class RowList(QWidget):
    """A vertical list of rows with an "Add" button; rows move up and down and go away."""

    changed = Signal()

    def __init__(self, make_row: Callable[[], Row], add_text: str, *, movable: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make_row = make_row
        self._movable = movable
        self.rows: list[Row] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._box = QVBoxLayout()
        self._box.setSpacing(4)
        layout.addLayout(self._box)
        self.add_button = add_button(add_text, self)
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        layout.addWidget(self.add_button)

    def add_header(self, titles: Callable[[Row], dict[QWidget, str]]) -> QWidget:
        """Put column titles above the rows, lined up with the fields of a row.

        `titles` gets a sample row and names the fields to title; the header is that row with
        every field hidden (keeping its width) and the titled ones replaced by their titles.
        """
        row = self._make_row()
        self._controls(row)
        named = titles(row)
        for index in range(row.line.count()):
            widget = row.line.itemAt(index).widget()
            if widget is None or widget.isHidden():  # already hidden: takes no room in rows
                continue
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)
            widget.hide()
        for widget, title in named.items():
            label = QLabel(title, row)
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            if widget.maximumWidth() == widget.minimumWidth():
                label.setFixedWidth(widget.maximumWidth())
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            row.line.replaceWidget(widget, label)
        row.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, row)
        return row

    def _controls(self, row: Row) -> None:
        if self._movable:
            row.up = tool_button(IconName.MOVE_UP, self.tr("Move up (Alt+Up)"), row)
            row.down = tool_button(IconName.MOVE_DOWN, self.tr("Move down (Alt+Down)"), row)
            row.line.addWidget(row.up)
            row.line.addWidget(row.down)
        row.remove = tool_button(IconName.DELETE, self.tr("Remove"), row)
        row.line.addWidget(row.remove)
        controls = [b for b in (row.up, row.down, row.remove) if b is not None]
        spacing = row.line.spacing()
        row.below.setContentsMargins(
            row.indent, 0, sum(b.sizeHint().width() + spacing for b in controls), 2)

    def add_row(self, index: int | None = None, *, focus: bool = False) -> Row:
        """Insert a new row at `index` (the end when None) and return it."""
        row = self._make_row()
        index = len(self.rows) if index is None else index
        self._controls(row)
        if row.up is not None and row.down is not None:
            row.up.clicked.connect(lambda: self.move(row, -1))
            row.down.clicked.connect(lambda: self.move(row, 1))
            for keys, delta in (("Alt+Up", -1), ("Alt+Down", 1)):
                shortcut = QShortcut(QKeySequence(keys), row)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda d=delta: self.move(row, d))
        assert row.remove is not None
        row.remove.clicked.connect(lambda: self.remove(row))
        for position, edit in enumerate(row.edits):
            edit.returnPressed.connect(lambda p=position: self._enter(row, p))
        row.changed.connect(self.changed)
        self.rows.insert(index, row)
        self._box.insertWidget(index, row)
        row.show()  # now, not on the next turn of the event loop: it may be clicked at once
        self._renumber()
        if focus and row.edits:
            row.edits[0].setFocus()
        self.changed.emit()
        return row

    def remove(self, row: Row) -> None:
        """Take `row` out; focus goes to its neighbour."""
        index = self.rows.index(row)
        self.rows.remove(row)
        self._box.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._renumber()
        if self.rows and self.rows[min(index, len(self.rows) - 1)].edits:
            self.rows[min(index, len(self.rows) - 1)].edits[0].setFocus()
        else:
            self.add_button.setFocus()
        self.changed.emit()

    def move(self, row: Row, delta: int) -> None:
        """Move `row` up (-1) or down (+1), keeping the focus where it was."""
        index = self.rows.index(row)
        target = index + delta
        if not 0 <= target < len(self.rows):
            return
        focused = self.focusWidget()
        self.rows.insert(target, self.rows.pop(index))
        self._box.removeWidget(row)
        self._box.insertWidget(target, row)
        self._renumber()
        if focused is not None:
            focused.setFocus()
        self.changed.emit()

    def clear(self) -> None:
        """Remove every row, quietly."""
        for row in self.rows:
            self._box.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []

    def filled(self) -> list[Row]:
        """Return the rows the person typed something in."""
        return [r for r in self.rows if not r.is_blank()]

    def _renumber(self) -> None:
        for number, row in enumerate(self.rows, 1):
            row.set_number(number)
            if row.up is not None and row.down is not None:
                row.up.setEnabled(number > 1)
                row.down.setEnabled(number < len(self.rows))

    def _enter(self, row: Row, position: int) -> None:
        if position + 1 < len(row.edits):
            row.edits[position + 1].setFocus()
            return
        index = self.rows.index(row)
        if index + 1 < len(self.rows):
            self.rows[index + 1].edits[0].setFocus()
        else:
            self.add_row(focus=True)


class IdPool:
    """Hands out option ids ("a", "b", …) never given before in this editing session.

    Branching rules name options by id, so an id that was deleted is not reused for another.
    """

    def __init__(self) -> None:
        self._used: set[str] = set()

    def reset(self, ids: Sequence[str] = ()) -> None:
        """Start over, knowing `ids` are taken."""
        self._used = set(ids)

    def take(self, wanted: str = "") -> str:
        """Return `wanted` if given (marking it taken), else the first free id."""
        if wanted:
            self._used.add(wanted)
            return wanted
        index = 0
        while option_id(index) in self._used:
            index += 1
        self._used.add(option_id(index))
        return option_id(index)


class KindEditor(QWidget):
    """The part of the question form that belongs to one kind (or two, for choices)."""

    changed = Signal()

    def load(self, data: QuestionData) -> None:
        """Show `data`."""
        raise NotImplementedError

    def data(self) -> QuestionData:
        """Return what the person entered (blank rows left out)."""
        raise NotImplementedError

    def reset(self) -> None:
        """Go back to the empty starting state of a new question."""
        raise NotImplementedError

    def texts(self) -> Texts:
        """Return the texts a different kind could reuse, with whether each was right."""
        return []

    def seed(self, texts: Texts) -> None:
        """Start from texts kept from another kind (only called when this editor is blank)."""

    def is_blank(self) -> bool:
        """True when nothing was typed here yet."""
        return not any(text for text, _right in self.texts())
