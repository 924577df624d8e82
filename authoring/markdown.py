"""The one Markdown renderer: preview, export and PDF all turn an author's Markdown into HTML here.

Raw HTML is off, so whatever an author pastes shows as text. Relative image and link targets go
through a resolver, so each caller decides which URL an attached file gets.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import Any
from urllib.parse import unquote

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict

UrlResolver = Callable[[str], str | None]
"""Maps a relative reference ("images/desk.png") to the URL to emit; None means unknown."""

_RESOLVE = "kiem_resolve"  # env key: the resolver travels with each call, never in globals
_DROPPED = "kiem_dropped"  # meta key on a link_open whose target could not be resolved
_SCHEME_RE = re.compile(r"^([a-z][a-z0-9+.\-]*):", re.IGNORECASE)
_NEW_TAB_SCHEMES = frozenset({"http", "https", "mailto"})
_WORD_RE = re.compile(r"\w")
_SPACES_RE = re.compile(r"[ \t]+")


def _split_reference(url: str) -> tuple[str, str] | None:
    """The file name a relative URL points at and its `?query#fragment`, or None if external.

    Names are URL-decoded and use forward slashes, so `my%20photo.png` is the file
    `my photo.png` and a Windows path pasted with backslashes still finds its file.
    """
    if not url or url.startswith(("#", "//")):
        return None
    scheme = _SCHEME_RE.match(url)
    # A one-letter "scheme" is a Windows drive (C:\Users\...): a file, shown missing, not a link.
    if scheme and len(scheme.group(1)) > 1:
        return None
    cut = min((i for i in (url.find("?"), url.find("#")) if i >= 0), default=len(url))
    path, suffix = url[:cut], url[cut:]
    if not path:
        return None
    # Decode before normalising so that "%2E%2E/" is seen as "../" like the file system would.
    name = posixpath.normpath(unquote(path).replace("\\", "/"))
    return name, suffix


def _opens_new_tab(url: str) -> bool:
    """Whether a link leaves the module (web page or mail), so it must not replace the player."""
    if url.startswith("//"):
        return True
    scheme = _SCHEME_RE.match(url)
    return scheme is not None and scheme.group(1).lower() in _NEW_TAB_SCHEMES


def _emitted_url(url: str, env: EnvType) -> str | None:
    """The URL to write for `url`: external ones unchanged, relative ones resolved, or None."""
    reference = _split_reference(url)
    resolve: UrlResolver | None = env.get(_RESOLVE)
    if reference is None or resolve is None:
        return url
    name, suffix = reference
    resolved = resolve(name)
    return None if resolved is None else resolved + suffix


class _KiemRenderer(RendererHTML):
    """HTML renderer with resolved references, safe external links and scrollable tables.

    Tokens are never changed except for a marker in a link's `meta`, so one parse could be
    rendered again with another resolver.
    """

    def image(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        """An `<img>` with its resolved source, or a visible placeholder when the file is gone."""
        token = tokens[idx]
        alt = self.renderInlineAsText(token.children, options, env)
        src = str(token.attrGet("src") or "")
        url = _emitted_url(src, env)
        if url is None:
            reference = _split_reference(src)
            label = "Missing image: " + (reference[0] if reference else src)
            shown = f"{label} ({alt})" if alt else label
            return (
                f'<span class="kiem-missing" role="img" aria-label="{escapeHtml(label)}">'
                f"{escapeHtml(shown)}</span>"
            )
        attrs: dict[str, str | int | float] = {"src": url, "alt": alt}
        title = token.attrGet("title")
        if title is not None:
            attrs["title"] = title
        attrs["loading"] = "lazy"
        return self.renderToken([token.copy(attrs=attrs)], 0, options, env)

    def link_open(
        self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
    ) -> str:
        """An `<a>` to the resolved target; nothing at all (text only) when it cannot resolve."""
        token = tokens[idx]
        url = _emitted_url(str(token.attrGet("href") or ""), env)
        token.meta[_DROPPED] = url is None
        if url is None:
            return ""
        attrs = dict(token.attrs)
        attrs["href"] = url
        if _opens_new_tab(url):
            attrs["target"] = "_blank"
            attrs["rel"] = "noopener noreferrer"
        return self.renderToken([token.copy(attrs=attrs)], 0, options, env)

    def link_close(
        self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
    ) -> str:
        """Close the link unless its opening was dropped."""
        # Links cannot contain links, so the nearest opening before this one is its partner.
        for j in range(idx - 1, -1, -1):
            if tokens[j].type == "link_open":
                if tokens[j].meta.get(_DROPPED):
                    return ""
                break
        return self.renderToken(tokens, idx, options, env)

    def table_open(
        self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
    ) -> str:
        """Wrap tables in a focusable region so wide ones scroll sideways on a phone."""
        wrapper = '<div class="kiem-table" role="region" tabindex="0">\n'
        return wrapper + self.renderToken(tokens, idx, options, env)

    def table_close(
        self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
    ) -> str:
        """Close the table and its scrolling region."""
        return self.renderToken(tokens, idx, options, env) + "</div>\n"


def _build() -> MarkdownIt:
    """The configured parser; built once, shared by every call (it keeps no per-call state)."""
    # Linkify stays off: it would make the same text render differently on machines that
    # happen to have linkify-it-py installed, and packages must be deterministic.
    md = MarkdownIt(
        "commonmark",
        {"html": False, "linkify": False, "typographer": False},
        renderer_cls=_KiemRenderer,
    )
    md.enable(["table", "strikethrough"])
    return md


_MD = _build()


def _env(resolve: UrlResolver | None) -> dict[str, Any]:
    """A fresh environment per call; markdown-it also keeps reference definitions in it."""
    return {_RESOLVE: resolve}


def render(markdown: str, resolve: UrlResolver | None = None) -> str:
    """Block HTML for `markdown`; without `resolve`, relative references are kept as written."""
    return str(_MD.render(markdown, _env(resolve)))


def render_inline(markdown: str, resolve: UrlResolver | None = None) -> str:
    """HTML without a `<p>` around it, for option labels and titles."""
    return str(_MD.renderInline(markdown, _env(resolve)))


def parse(markdown: str) -> list[Token]:
    """The token stream of `markdown`, for readers that split a page into blocks (the importer)."""
    return _MD.parse(markdown, _env(None))


def _walk(tokens: Sequence[Token]) -> Iterator[Token]:
    """Every token in document order, inline children (and image alt children) included."""
    for token in tokens:
        yield token
        if token.children:
            yield from _walk(token.children)


def references(markdown: str) -> list[str]:
    """The relative image and link targets in `markdown`, in order, each once, URL-decoded.

    Web, mail and `#anchor` targets are left out: they are not files that travel with a module.
    """
    found: dict[str, None] = {}
    for token in _walk(parse(markdown)):
        if token.type == "image":
            target = token.attrGet("src")
        elif token.type == "link_open":
            target = token.attrGet("href")
        else:
            continue
        reference = _split_reference(str(target or ""))
        if reference is not None:
            found.setdefault(reference[0], None)
    return list(found)


def _inline_text(children: Sequence[Token]) -> str:
    """The words a reader sees in one inline run; image alt text is not part of the prose."""
    parts: list[str] = []
    for token in children:
        if token.type in ("text", "code_inline"):
            parts.append(token.content)
        elif token.type == "softbreak":
            parts.append(" ")
        elif token.type == "hardbreak":
            parts.append("\n")
    # Dropped images and markup leave doubled spaces behind; a reader sees one.
    return _SPACES_RE.sub(" ", "".join(parts)).strip()


def plain_text(markdown: str) -> str:
    """The text of `markdown` without markup: one line per block, table cells split by tabs."""
    lines: list[str] = []
    row: list[str] | None = None
    for token in parse(markdown):
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            lines.append("\t".join(row))
            row = None
        elif token.type == "inline":
            text = _inline_text(token.children or [])
            if row is not None:
                row.append(text)
            elif text:
                lines.append(text)
        elif token.type in ("fence", "code_block"):
            lines.append(token.content.rstrip("\n"))
    return "\n".join(lines)


@lru_cache(maxsize=8192)  # estimates re-count unchanged blocks on every edit
def word_count(markdown: str) -> int:
    """Words in the text: runs between spaces that hold a letter or digit (so "—" is none)."""
    return sum(1 for chunk in plain_text(markdown).split() if _WORD_RE.search(chunk))
