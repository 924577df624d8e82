"""What every block form is: `set_data`, `data()`, and `edited(typing)` after each user edit.

`edited(True)` is typing (the frame saves after a pause, one undo step per burst);
`edited(False)` is a choice (a combo, a checkbox, a file), saved at once.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.gui.editor.actions import EditorActions
from authoring.blocks import BlockData
from authoring.kinds import BlockKind
from authoring.snapshot import ModuleSnap


@dataclass(frozen=True)
class FormContext:
    """What a form may use: the editor's controller and the module as shown."""

    actions: EditorActions
    module: Callable[[], ModuleSnap | None]


class BlockForm(QWidget):
    """Edits one block's data; subclasses fill `_load` and `data`."""

    edited = Signal(bool)  # True: typing (saved after a pause); False: save now

    def __init__(self, context: FormContext, kind: BlockKind,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self._loading = False
        self.block_id: object = None
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(6)

    def set_data(self, data: BlockData) -> None:
        """Show `data` without reporting it as an edit."""
        with self.loading():
            self._load(data)

    def data(self) -> BlockData:
        """Return the block data the form shows."""
        raise NotImplementedError

    def _load(self, data: BlockData) -> None:
        raise NotImplementedError

    def set_module(self, module: ModuleSnap) -> None:
        """Follow module changes (pages for branches, files); most forms need nothing."""

    def flush(self) -> None:
        """Save anything the form keeps pending by itself (embedded editors)."""

    def focus_first(self) -> None:
        """Put the cursor in the form's first field."""
        focus_first_field(self)

    @contextlib.contextmanager
    def loading(self) -> Iterator[None]:
        """Within this block, widget signals are not edits."""
        was, self._loading = self._loading, True
        try:
            yield
        finally:
            self._loading = was

    def _typed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit(True)

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit(False)

    def add_field(self, label: str, widget: QWidget, hint: str = "") -> QLabel:
        """Add `widget` under a small label (and a line of guidance); return the label."""
        caption = QLabel(label, self)
        caption.setObjectName("fieldLabel")
        caption.setBuddy(widget)
        self.column.addWidget(caption)
        if hint:
            self.column.addWidget(hint_label(hint, self))
        self.column.addWidget(widget)
        return caption


def focus_first_field(container: QWidget) -> bool:
    """Focus the first field inside `container`, in tab order; False when it has none."""
    widget = container.nextInFocusChain()
    while widget is not container and container.isAncestorOf(widget):
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(container)
                and widget.isEnabled()):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        widget = widget.nextInFocusChain()
    return False


def hint_label(text: str, parent: QWidget) -> QLabel:
    """Return a muted, wrapping line of guidance."""
    label = QLabel(text, parent)
    label.setObjectName("hint")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label
