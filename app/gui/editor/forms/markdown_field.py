"""A Markdown field with a small toolbar: bold, italic, heading, lists, link, quote, table.

Every button has a shortcut that works while the cursor is in the field (Ctrl+B, Ctrl+I,
Ctrl+K…), so people who know Markdown type it and people who don't press buttons.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QToolBar, QVBoxLayout, QWidget

from app.gui.editor.forms.text_edit import GrowingTextEdit
from app.gui.editor.tinted import tint
from app.gui.icons import IconName

_NUMBERED = re.compile(r"^\d+\.\s")


def _wrapped(text: str, start: int, end: int, marker: str) -> bool:
    """True when text[start:end] sits right inside `marker` (`*` of bold is not italic)."""
    before = len(text[:start]) - len(text[:start].rstrip(marker[0]))
    after = len(text[end:]) - len(text[end:].lstrip(marker[0]))
    n = len(marker)
    return before >= n and after >= n and (n != 1 or (before % 2 == 1 and after % 2 == 1))


class MarkdownField(QWidget):
    """A growing Markdown editor with a formatting toolbar; `edited` on each user change."""

    edited = Signal()

    def __init__(self, min_lines: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setting = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.toolbar = QToolBar(self)
        self.toolbar.setIconSize(QSize(16, 16))
        self.toolbar.setObjectName("markdownToolbar")
        self.editor = GrowingTextEdit(min_lines, self)
        self.editor.setPlaceholderText(self.tr(
            "Write here. Short paragraphs read best; use the buttons above for headings, "
            "lists and links."))
        self.editor.textChanged.connect(self._text_changed)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.editor)
        self.actions_by_name: dict[str, QAction] = {}
        for name, tip, keys, run in (
            (IconName.BOLD, self.tr("Bold"), "Ctrl+B", lambda: self.wrap("**")),
            (IconName.ITALIC, self.tr("Italic"), "Ctrl+I", lambda: self.wrap("*")),
            (IconName.HEADING, self.tr("Heading"), "Ctrl+Shift+H",
             lambda: self.prefix_lines("## ")),
            (IconName.BULLETS, self.tr("Bulleted list"), "Ctrl+Shift+8",
             lambda: self.prefix_lines("- ")),
            (IconName.NUMBERS, self.tr("Numbered list"), "Ctrl+Shift+7",
             lambda: self.prefix_lines("1. ")),
            (IconName.LINK, self.tr("Link"), "Ctrl+K", self.link),
            (IconName.QUOTE, self.tr("Quote"), "Ctrl+Shift+9", lambda: self.prefix_lines("> ")),
            (IconName.TABLE, self.tr("Table"), "", self.table),
        ):
            action = QAction(tip, self)
            tint(action, name)
            if keys:
                action.setShortcut(QKeySequence(keys))
                action.setToolTip(f"{tip} ({action.shortcut().toString(QKeySequence.NativeText)})")
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(run)
            self.addAction(action)
            self.toolbar.addAction(action)
            self.actions_by_name[name.value] = action
        self.setFocusProxy(self.editor)

    def text(self) -> str:
        """Return the Markdown."""
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        """Show `text` (not reported as an edit), keeping the cursor."""
        self._setting = True
        try:
            self.editor.set_text(text)
        finally:
            self._setting = False

    def _text_changed(self) -> None:
        if not self._setting:
            self.edited.emit()

    # Formatting ----------------------------------------------------------------------------
    def wrap(self, marker: str) -> None:
        """Put `marker` around the selection (or take it off again), or type a pair to fill."""
        cursor = self.editor.textCursor()
        text = self.editor.toPlainText()
        start, end, n = cursor.selectionStart(), cursor.selectionEnd(), len(marker)
        cursor.beginEditBlock()
        if start != end and _wrapped(text, start, end, marker):
            # the selection is already wrapped: unwrap it and keep the words selected
            cursor.setPosition(end)
            cursor.setPosition(end + n, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            cursor.setPosition(start - n)
            cursor.setPosition(start, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            cursor.setPosition(start - n)
            cursor.setPosition(end - n, QTextCursor.MoveMode.KeepAnchor)
        elif start != end:
            selected = cursor.selectedText()
            cursor.insertText(f"{marker}{selected}{marker}")
            cursor.setPosition(start + n)
            cursor.setPosition(end + n, QTextCursor.MoveMode.KeepAnchor)
        else:
            cursor.insertText(marker * 2)
            cursor.movePosition(QTextCursor.MoveOperation.Left, n=n)
        cursor.endEditBlock()
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    def prefix_lines(self, prefix: str) -> None:
        """Toggle `prefix` on each selected line (numbered lists count up)."""
        cursor = self.editor.textCursor()
        doc = self.editor.document()
        first = doc.findBlock(cursor.selectionStart()).blockNumber()
        last = doc.findBlock(cursor.selectionEnd()).blockNumber()
        numbered = prefix == "1. "
        lines = [doc.findBlockByNumber(i) for i in range(first, last + 1)]
        has = (lambda t: bool(_NUMBERED.match(t))) if numbered else (lambda t: t.startswith(prefix))
        remove = all(has(block.text()) for block in lines)
        edit = QTextCursor(doc)
        edit.beginEditBlock()
        for number, block in enumerate(lines, start=1):
            text = block.text()
            edit.setPosition(block.position())
            if remove:
                length = _NUMBERED.match(text).end() if numbered else len(prefix)
                edit.setPosition(block.position() + length, QTextCursor.MoveMode.KeepAnchor)
                edit.removeSelectedText()
            else:
                edit.insertText(f"{number}. " if numbered else prefix)
        edit.endEditBlock()
        self.editor.setFocus()

    def link(self) -> None:
        """Make the selection a link and select the address to type over."""
        cursor = self.editor.textCursor()
        selected = cursor.selectedText()
        label = selected or self.tr("link text")
        start = cursor.selectionStart()
        cursor.insertText(f"[{label}](https://)")
        if selected:  # the words are there: the address is what is left to type
            begin, length = start + len(label) + 3, len("https://")
        else:
            begin, length = start + 1, len(label)
        cursor.setPosition(begin)
        cursor.setPosition(begin + length, QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    def table(self) -> None:
        """Insert a two-column table to fill in."""
        first, second = self.tr("Column 1"), self.tr("Column 2")
        cursor = self.editor.textCursor()
        lead = "" if cursor.atBlockStart() and cursor.block().text() == "" else "\n\n"
        cursor.insertText(f"{lead}| {first} | {second} |\n| --- | --- |\n|  |  |\n")
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()
