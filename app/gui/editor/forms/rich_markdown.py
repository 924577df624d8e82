"""Markdown shown as formatted text (a QTextDocument) and written back as Markdown.

Markdown goes in through the one renderer Kiem exports with (`authoring.markdown`), so the
field shows what learners get; the document comes out as Kiem's plain style of Markdown:
`**bold**`, `*italic*`, `~~struck~~`, `` `code` ``, `[text](url)`, `#` headings, `-` and `1.`
lists (two spaces or three per level), `>` quotes, pipe tables and fenced code. Whatever the
document holds beyond that (fonts, colours, sizes, pasted styles) is not written: it is not
part of the module. Text in that style comes back exactly as it went in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from markdown_it.common.normalize_url import normalizeLink
from PySide6.QtGui import (
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextListFormat,
    QTextTable,
)

from authoring.markdown import render

_QUOTE = QTextFormat.Property.BlockQuoteLevel
_PRE = QTextFormat.Property.BlockNonBreakableLines
_ALT = QTextFormat.Property.ImageAltText
_OBJECT = "\ufffc"  # where an image sits in a block's text
_LINE = "\u2028"  # a line break inside a paragraph (Shift+Enter)
_NUMBERED = {QTextListFormat.Style.ListDecimal, QTextListFormat.Style.ListLowerAlpha,
             QTextListFormat.Style.ListUpperAlpha, QTextListFormat.Style.ListLowerRoman,
             QTextListFormat.Style.ListUpperRoman}
_SPECIAL = re.compile(r"([\\`*\[\]~])")
_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")  # not inside a word (snake_case stays)
_LINE_START = re.compile(r"^(\s*)(#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|(\d+)([.)])(?=\s|$))")
_MONO = ("mono", "courier", "consolas", "menlo")


def load(document: QTextDocument, markdown: str) -> None:
    """Show `markdown` in `document`, formatted as learners see it."""
    document.setHtml(_one_paragraph_per_quote(render(markdown).strip()))
    document.setModified(False)


def _one_paragraph_per_quote(html: str) -> str:
    # Qt keeps the quote level on a quote's first paragraph only; give each its own quote.
    def split(match: re.Match[str]) -> str:
        return match.group(0).replace("</p>\n<p>", "</p>\n</blockquote>\n<blockquote>\n<p>")
    return re.sub(r"<blockquote>.*?</blockquote>", split, html, flags=re.DOTALL)


def markdown_of(document: QTextDocument) -> str:
    """Write `document` as Markdown in Kiem's style."""
    parts: list[tuple[str, str]] = []  # (kind, Markdown): list items, quotes, code lines join
    for item in _items(document.rootFrame()):
        if isinstance(item, QTextTable):
            text, kind = _table(item), "table"
        else:
            text, kind = _block(item)
            if text is None:
                continue
            text_list = item.textList()
            previous = parts[-1][0] if parts else ""
            if text_list is not None and text_list.format().indent() <= 1:
                kind = f"list{text_list.objectIndex()}"  # a new list is its own paragraph
            elif text_list is not None and previous.startswith("list"):
                kind = previous  # a nested item belongs to the list around it
        if parts and kind == parts[-1][0] and kind.startswith(("list", "code", "quote")):
            separator = "\n>\n" if kind.startswith("quote") else "\n"
            parts[-1] = (kind, parts[-1][1] + separator + text)
        else:
            parts.append((kind, text))
    return "\n\n".join(f"```\n{text.rstrip(chr(10) + ' ')}\n```" if kind == "code" else text
                       for kind, text in parts)


def _items(frame: QTextFrame) -> list[QTextBlock | QTextTable]:
    out: list[QTextBlock | QTextTable] = []
    it = frame.begin()
    while not it.atEnd():
        child = it.currentFrame()
        if isinstance(child, QTextTable):
            out.append(child)
        elif child is not None:
            out.extend(_items(child))
        else:
            block = it.currentBlock()
            if block.isValid():
                out.append(block)
        it += 1
    return out


def _block(block: QTextBlock) -> tuple[str | None, str]:
    fmt = block.blockFormat()
    if fmt.hasProperty(_PRE) and fmt.boolProperty(_PRE):
        return block.text().replace(_LINE, "\n").rstrip(), "code"
    inline = _inline(block, bold_is_plain=fmt.headingLevel() > 0).strip()
    if not inline:
        return None, ""
    text_list = block.textList()
    if text_list is not None:
        list_fmt = text_list.format()
        depth = max(0, list_fmt.indent() - 1)
        numbered = list_fmt.style() in _NUMBERED
        marker = f"{text_list.itemNumber(block) + 1}. " if numbered else "- "
        indent = ("   " if numbered else "  ") * depth
        return indent + marker + inline.replace("\n", "\n" + " " * (len(indent) + len(marker))), \
            "list"
    level = fmt.headingLevel()
    if level:
        return "#" * min(level, 6) + " " + inline.replace("\\\n", " "), "heading"
    quote = fmt.intProperty(_QUOTE) if fmt.hasProperty(_QUOTE) else 0
    if quote:
        prefix = "> " * quote
        return prefix + inline.replace("\n", "\n" + prefix.rstrip() + " "), f"quote{quote}"
    return _escape_line_start(inline), "paragraph"


def _escape_line_start(text: str) -> str:
    def escaped(line: str) -> str:
        match = _LINE_START.match(line)
        if not match:
            return line
        lead, mark = match.group(1), match.group(2)
        if match.group(3):  # "1." starts a numbered list: escape the dot
            return lead + match.group(3) + "\\" + match.group(4) + line[match.end():]
        return lead + "\\" + mark + line[match.end():]
    return "\n".join(escaped(line) for line in text.split("\n"))


@dataclass(frozen=True)
class _Style:
    """The Markdown an inline run carries, outermost first."""

    link: str = ""
    bold: bool = False
    italic: bool = False
    strike: bool = False
    code: bool = False

    def marks(self) -> list[str]:
        """The markers that are on, outermost first."""
        return [m for m, on in (("link", bool(self.link)), ("**", self.bold), ("*", self.italic),
                                ("~~", self.strike), ("`", self.code)) if on]


def _style(fmt: QTextCharFormat, bold_is_plain: bool) -> _Style:
    font = fmt.font()
    families = " ".join([*font.families(), font.family()]).lower()
    code = fmt.fontFixedPitch() or any(m in families for m in _MONO)
    return _Style(link=fmt.anchorHref() if fmt.isAnchor() else "",
                  bold=not bold_is_plain and fmt.fontWeight() >= 600 and not code,
                  italic=fmt.fontItalic() and not code, strike=fmt.fontStrikeOut() and not code,
                  code=code)


def _runs(block: QTextBlock, bold_is_plain: bool) -> list[tuple[str, _Style, QTextCharFormat]]:
    runs: list[tuple[str, _Style, QTextCharFormat]] = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        it += 1
        if not fragment.isValid():
            continue
        fmt = fragment.charFormat()
        style = _style(fmt, bold_is_plain)
        if runs and runs[-1][1] == style and not fmt.isImageFormat() \
                and not runs[-1][2].isImageFormat():
            runs[-1] = (runs[-1][0] + fragment.text(), style, fmt)
        else:
            runs.append((fragment.text(), style, fmt))
    return runs


def _inline(block: QTextBlock, bold_is_plain: bool = False, table: bool = False) -> str:
    out: list[str] = []
    opened: list[tuple[str, str]] = []  # (mark, link target), outermost first

    def close_to(depth: int) -> None:
        while len(opened) > depth:
            mark, target = opened.pop()
            out.append(f"]({_target(target)})" if mark == "link" else mark)

    runs = _runs(block, bold_is_plain)
    for i, (text, style, fmt) in enumerate(runs):
        if fmt.isImageFormat():
            close_to(0)
            image = fmt.toImageFormat()
            alt = _escape(str(image.property(_ALT) or ""), table)
            out.append("".join(f"![{alt}]({_target(image.name())})" for _ in text))
            continue
        core = text if style.code else text.strip(" ")
        if not core:  # spaces alone: plain spaces between what is around them
            close_to(0)
            out.append(text)
            continue
        wanted = [(mark, style.link if mark == "link" else "") for mark in style.marks()]
        keep = 0
        while keep < min(len(opened), len(wanted)) and opened[keep] == wanted[keep]:
            keep += 1
        close_to(keep)
        lead = text[:len(text) - len(text.lstrip(" "))] if not style.code else ""
        trail = text[len(text.rstrip(" ")):] if not style.code else ""
        out.append(lead)
        for mark, target in wanted[keep:]:
            out.append("[" if mark == "link" else mark)
            opened.append((mark, target))
        out.append(_code(core) if style.code else _escape(core, table))
        if trail:  # markers cannot close after a space: close what the next run drops first
            after = runs[i + 1][1].marks() if i + 1 < len(runs) else []
            close_to(min(len(opened), _shared(style, runs[i + 1][1]) if after else 0))
            out.append(trail)
    close_to(0)
    return "".join(out).replace(_LINE, "\\\n")


def _shared(one: _Style, other: _Style) -> int:
    """How many outer markers two runs have in common (the same link counts once)."""
    n = 0
    for a, b in zip(one.marks(), other.marks(), strict=False):
        if a != b or (a == "link" and one.link != other.link):
            break
        n += 1
    return n


def _code(text: str) -> str:
    return text.replace("`", "'")


def _target(url: str) -> str:
    # The renderer percent-encodes addresses; write back what the author would have typed.
    typed = unquote(url)
    if normalizeLink(typed) != url:
        typed = url
    return f"<{typed}>" if re.search(r"[\s()<>]", typed) else typed


def _escape(text: str, table: bool = False) -> str:
    text = _SPECIAL.sub(r"\\\1", text)
    text = _UNDERSCORE.sub(r"\\_", text)
    return text.replace("|", "\\|") if table else text


def _table(table: QTextTable) -> str:
    rows = []
    for r in range(table.rows()):
        cells = []
        for c in range(table.columns()):
            cell = table.cellAt(r, c)
            it = cell.begin()
            texts = []
            while not it.atEnd():
                block = it.currentBlock()
                if block.isValid():
                    texts.append(_inline(block, bold_is_plain=r == 0, table=True).strip())
                it += 1
            cells.append(" ".join(t for t in texts if t) or "")
        rows.append("| " + " | ".join(cells) + " |")
    if not rows:
        return ""
    rows.insert(1, "| " + " | ".join("---" for _ in range(table.columns())) + " |")
    return "\n".join(rows)


def plain_block_format() -> QTextBlockFormat:
    """A paragraph's format with no heading, quote or code (for the toolbar's toggles)."""
    fmt = QTextBlockFormat()
    fmt.setHeadingLevel(0)
    fmt.setProperty(_QUOTE, 0)
    return fmt
