"""A text field that shows formatting as learners see it, with a toolbar; Markdown underneath.

Bold, italic, headings, lists, links, quotes and tables are applied with the buttons or the
usual shortcuts (Ctrl+B, Ctrl+I, Ctrl+K…) and shown formatted while typing. People who like
Markdown can switch the field to its source (the "Markdown" button) and type it; the buttons
then write the Markdown for them.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QInputDialog, QToolBar, QVBoxLayout, QWidget

from app.gui.editor.forms.rich_edit import RichTextEdit
from app.gui.editor.forms.text_edit import GrowingTextEdit
from app.gui.editor.tinted import tint
from app.gui.icons import IconName

_NUMBERED = re.compile(r"^\d+\.\s")
_ADDRESS = re.compile(r"^(https?://|mailto:)\S+$")


def _wrapped(text: str, start: int, end: int, marker: str) -> bool:
    """True when text[start:end] sits right inside `marker` (`*` of bold is not italic)."""
    before = len(text[:start]) - len(text[:start].rstrip(marker[0]))
    after = len(text[end:]) - len(text[end:].lstrip(marker[0]))
    n = len(marker)
    return before >= n and after >= n and (n != 1 or (before % 2 == 1 and after % 2 == 1))


class MarkdownField(QWidget):
    """A growing formatted-text editor with a toolbar; `edited` on each user change."""

    edited = Signal()

    def __init__(self, min_lines: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.toolbar = QToolBar(self)
        self.toolbar.setIconSize(QSize(16, 16))
        self.toolbar.setObjectName("markdownToolbar")
        hint = self.tr("Write here. Short paragraphs read best; use the buttons above for "
                       "headings, lists and links.")
        self.editor = RichTextEdit(min_lines, self)
        self.editor.setPlaceholderText(hint)
        self.editor.textChanged.connect(self.edited)
        self.source = GrowingTextEdit(min_lines, self)  # the Markdown itself, for who likes it
        self.source.setPlaceholderText(hint)
        self.source.setUndoRedoEnabled(False)  # the studio's undo stack is the only one
        self.source.textChanged.connect(self._source_changed)
        self.source.hide()
        self._setting = False
        layout.addWidget(self.toolbar)
        layout.addWidget(self.editor)
        layout.addWidget(self.source)
        self.actions_by_name: dict[str, QAction] = {}
        for name, tip, keys, rich, source in (
            (IconName.BOLD, self.tr("Bold"), "Ctrl+B", self.editor.toggle_bold,
             lambda: self.wrap("**")),
            (IconName.ITALIC, self.tr("Italic"), "Ctrl+I", self.editor.toggle_italic,
             lambda: self.wrap("*")),
            (IconName.HEADING, self.tr("Heading"), "Ctrl+Shift+H", self.editor.toggle_heading,
             lambda: self.prefix_lines("## ")),
            (IconName.BULLETS, self.tr("Bulleted list"), "Ctrl+Shift+8",
             lambda: self.editor.toggle_list(numbered=False), lambda: self.prefix_lines("- ")),
            (IconName.NUMBERS, self.tr("Numbered list"), "Ctrl+Shift+7",
             lambda: self.editor.toggle_list(numbered=True), lambda: self.prefix_lines("1. ")),
            (IconName.LINK, self.tr("Link"), "Ctrl+K", self.rich_link, self.link),
            (IconName.QUOTE, self.tr("Quote"), "Ctrl+Shift+9", self.editor.toggle_quote,
             lambda: self.prefix_lines("> ")),
            (IconName.TABLE, self.tr("Table"), "", self.rich_table, self.table),
        ):
            action = QAction(tip, self)
            tint(action, name)
            if keys:
                action.setShortcut(QKeySequence(keys))
                action.setToolTip(f"{tip} ({action.shortcut().toString(QKeySequence.NativeText)})")
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, r=rich, m=source: self._format(r, m))
            self.addAction(action)
            self.toolbar.addAction(action)
            self.actions_by_name[name.value] = action
        self.toolbar.addSeparator()
        self.source_action = QAction(self.tr("Markdown"), self)
        self.source_action.setCheckable(True)
        self.source_action.setToolTip(self.tr("Show and type the Markdown behind the text"))
        self.source_action.toggled.connect(self.show_source)
        self.toolbar.addAction(self.source_action)
        self.setFocusProxy(self.editor)

    def text(self) -> str:
        """Return the Markdown."""
        if self.source.isVisibleTo(self):
            return self.source.toPlainText()
        return self.editor.markdown()

    def set_text(self, text: str) -> None:
        """Show `text` (not reported as an edit), keeping the cursor."""
        self._setting = True
        try:
            if self.source.isVisibleTo(self):
                self.source.set_text(text)
            else:
                self.editor.set_markdown(text)
        finally:
            self._setting = False

    def show_source(self, on: bool) -> None:  # noqa: FBT001 (a toggled signal's argument)
        """Show the Markdown itself (on) or the formatted text (off); the value stays."""
        if on == self.source.isVisibleTo(self):
            return
        text = self.text()
        self._setting = True
        try:
            if on:
                self.source.set_text(text)
                self.source.moveCursor(QTextCursor.MoveOperation.End)
            else:
                self.editor.set_markdown(text)
        finally:
            self._setting = False
        self.source.setVisible(on)
        self.editor.setVisible(not on)
        self.setFocusProxy(self.source if on else self.editor)
        self.source_action.setChecked(on)

    def typing_widget(self) -> RichTextEdit | GrowingTextEdit:
        """The field being typed in now: the formatted text, or the Markdown source."""
        return self.source if self.source.isVisibleTo(self) else self.editor

    def _source_changed(self) -> None:
        if not self._setting:
            self.edited.emit()

    def _format(self, rich: object, source: object) -> None:
        run = source if self.source.isVisibleTo(self) else rich
        run()  # type: ignore[operator]
        self.typing_widget().setFocus()

    def rich_link(self) -> None:
        """Ask for the address and link the selection (an address selected links itself)."""
        cursor = self.editor.textCursor()
        selected = cursor.selectedText().strip()
        if _ADDRESS.match(selected):
            self.editor.set_link(selected)
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Link"))
        dialog.setLabelText(self.tr("Address the words link to:"))
        dialog.setTextValue(cursor.charFormat().anchorHref() or "https://")
        if dialog.exec() and dialog.textValue().strip() not in ("", "https://"):
            self.editor.setTextCursor(cursor)
            self.editor.set_link(dialog.textValue().strip())

    def rich_table(self) -> None:
        """Insert a two-column table to fill in."""
        self.editor.insert_table((self.tr("Column 1"), self.tr("Column 2")))

    # Formatting ----------------------------------------------------------------------------
    def wrap(self, marker: str) -> None:
        """Put `marker` around the selection (or take it off again), or type a pair to fill."""
        cursor = self.source.textCursor()
        text = self.source.toPlainText()
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
        self.source.setTextCursor(cursor)
        self.source.setFocus()

    def prefix_lines(self, prefix: str) -> None:
        """Toggle `prefix` on each selected line (numbered lists count up)."""
        cursor = self.source.textCursor()
        doc = self.source.document()
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
        self.source.setFocus()

    def link(self) -> None:
        """Make the selection a link and select the address to type over."""
        cursor = self.source.textCursor()
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
        self.source.setTextCursor(cursor)
        self.source.setFocus()

    def table(self) -> None:
        """Insert a two-column table to fill in."""
        first, second = self.tr("Column 1"), self.tr("Column 2")
        cursor = self.source.textCursor()
        lead = "" if cursor.atBlockStart() and cursor.block().text() == "" else "\n\n"
        cursor.insertText(f"{lead}| {first} | {second} |\n| --- | --- |\n|  |  |\n")
        self.source.setTextCursor(cursor)
        self.source.setFocus()
