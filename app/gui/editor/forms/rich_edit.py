"""A text field that shows formatting as learners will see it, and keeps Markdown underneath.

Bold, italic, headings, lists, links, quotes and tables are edited directly (toolbar and the
usual shortcuts); what is pasted from Word, Outlook or a web page keeps that formatting and
drops the rest (fonts, colours, sizes, scripts). The field's value is Markdown in Kiem's
style (see rich_markdown.py); text that is opened and not changed comes back exactly as it was.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
    QPalette,
    QSyntaxHighlighter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
    QTextLength,
    QTextListFormat,
    QTextTableFormat,
)
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextEdit, QWidget

from app.gui.editor.forms import rich_markdown
from app.gui.editor.forms.text_edit import MAX_HEIGHT, Growing
from authoring.markdown import render
from authoring.templates import reads_as_guidance

_QUOTE = QTextFormat.Property.BlockQuoteLevel
_HEADING_SIZES = {1: 1.6, 2: 1.35, 3: 1.15}
_QUOTE_MARGIN = 24


class GuidanceMarks(QSyntaxHighlighter):
    """Shows template guidance left in a field greyed and slanted, as a placeholder looks.

    A highlighter only paints: the text and its formats, and so the Markdown, stay as they
    are. Check reports the same guidance as an error until it is replaced.
    """

    def __init__(self, edit: QTextEdit) -> None:
        super().__init__(edit.document())
        self._edit = edit

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        """Grey the paragraph when it is guidance, word for word."""
        if text.strip() and reads_as_guidance(text):
            fmt = QTextCharFormat()
            fmt.setForeground(self._edit.palette().brush(QPalette.ColorRole.PlaceholderText))
            fmt.setFontItalic(True)
            self.setFormat(0, len(text), fmt)


class RichTextEdit(Growing, QTextEdit):
    """A formatted text field sized to its text; `markdown()` is what it holds."""

    focus_lost = Signal()

    def __init__(self, min_lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._min_lines = min_lines
        self._source = ""  # the Markdown last set, returned while nothing was changed
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)  # the studio's undo stack is the only one
        self.guidance_marks = GuidanceMarks(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    # -- value --------------------------------------------------------------------------------
    def markdown(self) -> str:
        """The text as Markdown: exactly what was set while nothing was changed."""
        if not self.document().isModified():
            return self._source
        return rich_markdown.markdown_of(self.document())

    def set_markdown(self, markdown: str) -> None:
        """Show `markdown` formatted, keeping the cursor where it was as far as it can."""
        if markdown == self.markdown():
            return  # already shown (typing that was just saved comes back this way)
        position = self.textCursor().position()
        scroll = self.verticalScrollBar().value()
        self._source = markdown
        signals = self.blockSignals(True)
        try:
            rich_markdown.load(self.document(), markdown)
        finally:
            self.blockSignals(signals)
        cursor = self.textCursor()
        cursor.setPosition(min(position, max(0, self.document().characterCount() - 1)))
        self.setTextCursor(cursor)
        self.verticalScrollBar().setValue(scroll)

    # -- formatting ---------------------------------------------------------------------------
    def toggle_bold(self) -> None:
        """Bold on or off for the selection (or for what is typed next)."""
        fmt = QTextCharFormat()
        on = self.currentCharFormat().fontWeight() < QFont.Weight.DemiBold
        fmt.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
        self._merge(fmt)

    def toggle_italic(self) -> None:
        """Italic on or off for the selection (or for what is typed next)."""
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.currentCharFormat().fontItalic())
        self._merge(fmt)

    def set_link(self, url: str) -> None:
        """Make the selection a link to `url` (the address itself when nothing is selected)."""
        cursor = self.textCursor()
        fmt = QTextCharFormat()
        fmt.setAnchor(True)
        fmt.setAnchorHref(url)
        fmt.setFontUnderline(True)
        fmt.setForeground(self.palette().brush(QPalette.ColorRole.Link))
        cursor.beginEditBlock()
        if cursor.hasSelection():
            cursor.mergeCharFormat(fmt)
        else:
            cursor.insertText(url, fmt)
        cursor.endEditBlock()
        cursor.clearSelection()
        self.setTextCursor(cursor)
        after = self.currentCharFormat()  # typing on after the link is not linked
        after.setAnchor(False)
        after.clearProperty(QTextFormat.Property.AnchorHref)
        after.setFontUnderline(False)
        after.clearForeground()
        self.setCurrentCharFormat(after)

    def toggle_heading(self, level: int = 2) -> None:
        """Make the current paragraphs headings, or plain paragraphs again."""
        cursor = self.textCursor()
        on = cursor.blockFormat().headingLevel() != level
        cursor.beginEditBlock()
        for block_cursor in self._block_cursors(cursor):
            block_fmt = block_cursor.blockFormat()
            block_fmt.setHeadingLevel(level if on else 0)
            block_cursor.setBlockFormat(block_fmt)
            block_cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            block_cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                                      QTextCursor.MoveMode.KeepAnchor)
            char = QTextCharFormat()
            char.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
            size = self.font().pointSizeF() * _HEADING_SIZES.get(level, 1.0)
            char.setFontPointSize(size if on else self.font().pointSizeF())
            block_cursor.mergeCharFormat(char)
        cursor.endEditBlock()

    def toggle_list(self, numbered: bool) -> None:
        """Make the current paragraphs a bulleted (or numbered) list, or take them out of it."""
        style = (QTextListFormat.Style.ListDecimal if numbered
                 else QTextListFormat.Style.ListDisc)
        cursor = self.textCursor()
        current = cursor.currentList()
        cursor.beginEditBlock()
        if current is not None and current.format().style() == style:
            for block_cursor in self._block_cursors(cursor):
                block = block_cursor.block()
                if block.textList() is not None:
                    block.textList().remove(block)
                fmt = block_cursor.blockFormat()
                fmt.setIndent(0)
                block_cursor.setBlockFormat(fmt)
        elif current is not None:
            fmt = current.format()
            fmt.setStyle(style)
            current.setFormat(fmt)
        else:
            fmt = QTextListFormat()
            fmt.setStyle(style)
            cursor.createList(fmt)
        cursor.endEditBlock()

    def toggle_quote(self) -> None:
        """Make the current paragraphs a quote, or plain paragraphs again."""
        cursor = self.textCursor()
        on = not cursor.blockFormat().intProperty(_QUOTE)
        cursor.beginEditBlock()
        for block_cursor in self._block_cursors(cursor):
            fmt = block_cursor.blockFormat()
            fmt.setProperty(_QUOTE, 1 if on else 0)
            fmt.setLeftMargin(_QUOTE_MARGIN if on else 0)
            block_cursor.setBlockFormat(fmt)
        cursor.endEditBlock()

    def insert_table(self, headers: tuple[str, str]) -> None:
        """Insert a two-column table with a header row and one row to fill in."""
        cursor = self.textCursor()
        fmt = QTextTableFormat()
        fmt.setCellPadding(4)
        fmt.setCellSpacing(0)
        fmt.setBorder(1)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        cursor.beginEditBlock()
        if cursor.block().text():
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            cursor.insertBlock(QTextBlockFormat())
        table = cursor.insertTable(2, 2, fmt)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        for column, text in enumerate(headers):
            table.cellAt(0, column).firstCursorPosition().insertText(text, bold)
        cursor.endEditBlock()
        self.setTextCursor(table.cellAt(1, 0).firstCursorPosition())

    def _merge(self, fmt: QTextCharFormat) -> None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            self.mergeCurrentCharFormat(fmt)
            return
        cursor.mergeCharFormat(fmt)
        self.mergeCurrentCharFormat(fmt)

    def _block_cursors(self, cursor: QTextCursor) -> list[QTextCursor]:
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        out = []
        block = first
        while block.isValid():
            out.append(QTextCursor(block))
            if block == last:
                break
            block = block.next()
        return out

    # -- pasting ------------------------------------------------------------------------------
    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt override)
        """Paste keeping headings, emphasis, lists, links, quotes and tables, and nothing else."""
        if source.hasHtml():
            markdown = pasted_markdown(source.html())
            if markdown:
                html = render(markdown)
                self.textCursor().insertFragment(QTextDocumentFragment.fromHtml(html))
                self.ensureCursorVisible()
                return
        if source.hasText():
            self.textCursor().insertText(source.text())
            self.ensureCursorVisible()

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 (Qt override)
        """Text and HTML only (images go in an image block)."""
        return source.hasHtml() or source.hasText()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Ctrl+B and Ctrl+I work in every formatted field, with or without a toolbar."""
        if event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            toggle = {Qt.Key.Key_B: self.toggle_bold, Qt.Key.Key_I: self.toggle_italic}.get(
                Qt.Key(event.key()))
            if toggle is not None:
                toggle()
                return
        super().keyPressEvent(event)

    # -- size ---------------------------------------------------------------------------------
    def _fit(self, *_args: object) -> None:
        margins = self.contentsMargins()
        content = self.document().documentLayout().documentSize().height()
        least = self._min_lines * self.fontMetrics().lineSpacing() \
            + 2 * self.document().documentMargin()
        height = int(min(MAX_HEIGHT, max(content, least) + margins.top() + margins.bottom() + 2))
        if height != self.height():
            self.setFixedHeight(height)


# Word and Outlook write list items as paragraphs with a typed bullet or number in front.
_WORD_LIST_ITEM = re.compile(
    r"<p[^>]*class=\"?MsoListParagraph\w*\"?[^>]*>(.*?)</p>", re.IGNORECASE | re.DOTALL)
_WORD_BULLET = re.compile(r"<!--\[if\s+!supportLists\]-->(.*?)<!--\[endif\]-->|"
                          r"<!\[if\s+!supportLists\]>(.*?)<!\[endif\]>",
                          re.IGNORECASE | re.DOTALL)
_DROPPED_ELEMENTS = re.compile(r"<(style|script|head|title|xml)\b.*?</\1\s*>",
                               re.IGNORECASE | re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_IMAGE = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")


def pasted_markdown(html: str) -> str:
    """The Markdown for pasted HTML: its structure and emphasis, without styles or scripts."""
    html = _DROPPED_ELEMENTS.sub("", html)
    html = _IMAGE.sub("", html)  # pictures go in image blocks, with alt text; never hot-linked
    html = _word_lists(html)
    html = _COMMENT.sub("", html)
    doc = QTextDocument()
    doc.setHtml(html)
    return rich_markdown.markdown_of(doc).strip()


def _word_lists(html: str) -> str:
    def item(match: re.Match[str]) -> str:
        body = match.group(1)
        bullet = _WORD_BULLET.search(body)
        marker = _TAG.sub("", (bullet.group(1) or bullet.group(2) or "")) if bullet else ""
        numbered = bool(re.search(r"\d+[.)]", marker))
        body = _WORD_BULLET.sub("", body)
        return f"<{'ol' if numbered else 'ul'}><li>{body}</li></{'ol' if numbered else 'ul'}>"
    out = _WORD_LIST_ITEM.sub(item, html)
    # Items next to each other are one list.
    return re.sub(r"</(ul|ol)>\s*<\1>", "", out)
