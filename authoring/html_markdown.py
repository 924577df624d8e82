"""Turn the HTML of other tools (Moodle's editor, GIFT `[html]`) into Kiem's Markdown.

Kiem's renderer shows raw HTML as text, so HTML that arrives from outside is converted, never
kept: what Markdown can say (paragraphs, headings, lists, emphasis, links, images, code, tables,
quotes) is kept, the rest keeps only its text, and scripts, styles, frames and forms vanish with
their content. Nothing is ever run. The standard library's `html.parser` reads it: a sanitiser
(bleach, nh3) would hand back HTML, which Kiem's blocks cannot show.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser

LinkResolver = Callable[[str], str | None]
"""Maps an `src`/`href` to the Markdown target to write; None drops the image or link."""

_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_DROPPED = frozenset(
    "script style template iframe frame frameset object embed noscript head title select "
    "textarea button applet audio video canvas svg form".split()
)
_BLOCK = frozenset(
    "p div section article header footer main aside nav h1 h2 h3 h4 h5 h6 ul ol li dl dt dd "
    "blockquote pre table thead tbody tfoot tr td th caption hr figure figcaption center "
    "address details summary body html".split()
)
_STRONG = frozenset({"b", "strong"})
_EMPHASIS = frozenset({"i", "em", "cite", "var", "dfn"})
_CODE = frozenset({"code", "kbd", "samp", "tt"})
_SPECIAL_RE = re.compile(r"([\\`*_\[\]<&~|])")
_LINE_START_RE = re.compile(r"^(\s*)(?:([#>+\-=])|(\d+)([.)]))", re.MULTILINE)
_SPACES_RE = re.compile(r"\s+")
_SAFE_SCHEMES = ("http://", "https://", "mailto:")


@dataclass
class _Node:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[_Node | str] = field(default_factory=list)


class _TreeBuilder(HTMLParser):
    """A forgiving tree: unclosed tags close with their parent, stray end tags are ignored."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("body")
        self._stack = [self.root]
        self._skipping = 0  # depth inside a dropped element

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skipping:
            if tag in _DROPPED and tag not in _VOID:
                self._skipping += 1
            return
        if tag in _DROPPED:
            if tag not in _VOID:
                self._skipping = 1
            return
        node = _Node(tag, {k: v or "" for k, v in attrs})
        self._stack[-1].children.append(node)
        if tag not in _VOID:
            self._stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and not self._skipping and self._stack[-1].tag == tag:
            self._stack.pop()

    def handle_endtag(self, tag: str) -> None:
        if self._skipping:
            if tag in _DROPPED:
                self._skipping -= 1
            return
        for depth in range(len(self._stack) - 1, 0, -1):
            if self._stack[depth].tag == tag:
                del self._stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._stack[-1].children.append(data)


def escape_markdown(text: str) -> str:
    """Escape `text` so that Markdown shows it exactly as written (one line or many)."""
    text = _SPECIAL_RE.sub(r"\\\1", text)
    return _LINE_START_RE.sub(_escape_line_start, text)


def _escape_line_start(match: re.Match[str]) -> str:
    if match.group(2):
        return f"{match.group(1)}\\{match.group(2)}"
    return f"{match.group(1)}{match.group(3)}\\{match.group(4)}"


def plain_to_markdown(text: str) -> str:
    """Plain text (Moodle's FORMAT_PLAIN): every character shown as is, line breaks kept."""
    return html_to_markdown(escape(text).replace("\n", "<br>"))


def moodle_to_markdown(text: str, resolve: LinkResolver | None = None) -> str:
    """Moodle auto-format: HTML allowed, blank lines part paragraphs, line ends break lines."""
    paragraphs = re.split(r"\n\s*\n", text.replace("\r\n", "\n"))
    html = "".join(f"<p>{p.strip().replace(chr(10), '<br>')}</p>" for p in paragraphs)
    return html_to_markdown(html, resolve)


def html_to_markdown(html: str, resolve: LinkResolver | None = None) -> str:
    """Convert HTML to Markdown; `resolve` maps image and link targets (default: web links)."""
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return _Writer(resolve or _web_only).blocks(builder.root).strip()


def _web_only(url: str) -> str | None:
    return url if url.lower().startswith(_SAFE_SCHEMES) else None


class _Writer:
    """Writes a tree as Markdown: blocks part by blank lines, inline text escaped."""

    def __init__(self, resolve: LinkResolver) -> None:
        self._resolve = resolve

    def blocks(self, node: _Node) -> str:
        parts: list[str] = []
        run: list[_Node | str] = []

        def flush() -> None:
            text = self._paragraph(run)
            if text:
                parts.append(text)
            run.clear()

        for child in node.children:
            if isinstance(child, _Node) and child.tag in _BLOCK:
                flush()
                text = self._block(child)
                if text.strip():
                    parts.append(text)
            else:
                run.append(child)
        flush()
        return "\n\n".join(parts)

    def _paragraph(self, nodes: list[_Node | str]) -> str:
        text = "".join(self._inline(n) for n in nodes)
        lines = [line.strip() for line in text.split("\n")]
        return "\n".join(lines).strip().removesuffix("\\").rstrip()

    def _block(self, node: _Node) -> str:
        tag = node.tag
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            text = self._paragraph(node.children).replace("\\\n", " ").replace("\n", " ")
            return f"{'#' * int(tag[1])} {text}" if text else ""
        if tag in ("ul", "ol"):
            return self._list(node, ordered=tag == "ol")
        if tag == "blockquote":
            inner = self.blocks(node)
            return "\n".join(f"> {line}".rstrip() for line in inner.split("\n"))
        if tag == "pre":
            return _fence(_text_of(node))
        if tag == "hr":
            return "---"
        if tag == "table":
            return self._table(node)
        return self.blocks(node)

    def _list(self, node: _Node, *, ordered: bool) -> str:
        items = []
        for child in node.children:
            if isinstance(child, str):
                continue
            marker = f"{len(items) + 1}. " if ordered else "- "
            body = self.blocks(child) if child.tag == "li" else self._block(child)
            lines = body.split("\n") or [""]
            pad = " " * len(marker)
            items.append(marker + lines[0] + "".join(
                f"\n{pad}{line}" if line else "\n" for line in lines[1:]))
        return "\n".join(items)

    def _table(self, node: _Node) -> str:
        rows = [[self._paragraph(cell.children).replace("\n", " ") for cell in row.children
                 if isinstance(cell, _Node) and cell.tag in ("td", "th")]
                for row in _rows(node)]
        rows = [row for row in rows if row]
        if not rows:
            return ""
        width = max(len(row) for row in rows)
        rows = [row + [""] * (width - len(row)) for row in rows]
        lines = ["| " + " | ".join(row) + " |" for row in rows]
        lines.insert(1, "|" + " --- |" * width)
        return "\n".join(lines)

    def _inline(self, node: _Node | str) -> str:
        if isinstance(node, str):
            return escape_markdown(_SPACES_RE.sub(" ", node))
        tag = node.tag
        if tag == "br":
            return "\\\n"
        if tag == "img":
            return self._image(node)
        if tag in _BLOCK:
            return " " + self._block(node).replace("\n\n", " ") + " "
        inner = "".join(self._inline(child) for child in node.children)
        if tag in _STRONG:
            return _wrap(inner, "**")
        if tag in _EMPHASIS:
            return _wrap(inner, "*")
        if tag in _CODE:
            return _code(_text_of(node))
        if tag == "a":
            target = self._resolve(node.attrs.get("href", "").strip())
            if target and inner.strip():
                return f"[{inner.strip()}]({_target(target)})"
        return inner

    def _image(self, node: _Node) -> str:
        alt = escape_markdown(_SPACES_RE.sub(" ", node.attrs.get("alt", "")).strip())
        target = self._resolve(node.attrs.get("src", "").strip())
        if target is None:
            return alt
        return f"![{alt}]({_target(target)})"


def _rows(table: _Node) -> list[_Node]:
    rows: list[_Node] = []
    for child in table.children:
        if isinstance(child, _Node):
            if child.tag == "tr":
                rows.append(child)
            elif child.tag in ("thead", "tbody", "tfoot"):
                rows.extend(_rows(child))
    return rows


def _text_of(node: _Node) -> str:
    return "".join(c if isinstance(c, str) else ("\n" if c.tag == "br" else _text_of(c))
                   for c in node.children)


def _wrap(inner: str, marker: str) -> str:
    """Emphasis hugs its words: `<b> x </b>` is ` **x** `, and empty emphasis vanishes."""
    core = inner.strip()
    if not core:
        return inner
    lead = inner[: len(inner) - len(inner.lstrip())]
    tail = inner[len(inner.rstrip()):]
    return f"{lead}{marker}{core}{marker}{tail}"


def _code(text: str) -> str:
    text = _SPACES_RE.sub(" ", text)
    if not text.strip():
        return text
    ticks = "`" * (max((len(m) for m in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def _fence(text: str) -> str:
    fence = "`" * max(3, max((len(m) for m in re.findall(r"`+", text)), default=0) + 1)
    return f"{fence}\n{text.strip(chr(10))}\n{fence}"


def _target(url: str) -> str:
    """A link target Markdown reads whole, spaces and brackets included."""
    return f"<{url}>" if re.search(r"[\s()<>]", url) else url


def to_markdown(text: str, text_format: str, resolve: LinkResolver | None = None) -> str:
    """Read `text` written in one of Moodle's text formats as Kiem's Markdown.

    `text_format` is `markdown` (kept as is), `html`, `plain` or `moodle` (auto-format).
    """
    if text_format == "markdown":
        return text.strip()
    if text_format == "html":
        return html_to_markdown(text, resolve)
    if text_format == "plain":
        return plain_to_markdown(text)
    return moodle_to_markdown(text, resolve)


def markdown_to_plain(text: str) -> str:
    """Undo Markdown's backslash escapes: what a plain-text field (a Moodle answer) holds."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)
