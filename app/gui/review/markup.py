"""Review text as Qt rich text: escaped always, word diffs as <del>/<ins> in readable colours."""

from __future__ import annotations

import html
from collections.abc import Iterable

from review.diff import Span

_LIGHT = {"delete": "background:#fde4e1; color:#8b1a12;",
          "insert": "background:#dcf1e2; color:#0f5a26;"}
_DARK = {"delete": "background:#4d2723; color:#ffb4ab;",
         "insert": "background:#1e3f2a; color:#9be3b0;"}


def text_html(text: str) -> str:
    """Return plain text as rich text: escaped, line breaks kept."""
    return html.escape(text).replace("\n", "<br>")


def spans_html(spans: Iterable[Span], *, dark: bool = False, limit: int = 0) -> str:
    """Return word-diff spans as rich text: deletions struck through, insertions underlined.

    With `limit`, long unchanged runs are shortened around the changes.
    """
    colours = _DARK if dark else _LIGHT
    out = []
    items = list(spans)
    for i, span in enumerate(items):
        text = span.text
        if span.op == "equal" and limit and len(text) > 2 * limit and len(items) > 1:
            # Shortened around the changes; the spaces next to them stay ("thirteen minutes").
            head = text[:limit] if i > 0 else ""
            tail = text[-limit:] if i < len(items) - 1 else ""
            text = f"{head} … {tail}" if head and tail else f"{head} …" if head else f"… {tail}"
        shown = text_html(text)
        if span.op == "delete":
            out.append(f'<del style="{colours["delete"]}">{shown}</del>')
        elif span.op == "insert":
            if i and items[i - 1].op == "delete":
                out.append("&#8201;")  # a thin space keeps the old and the new words apart
            out.append(f'<ins style="{colours["insert"]} text-decoration: underline;">'
                       f"{shown}</ins>")
        else:
            out.append(shown)
    return "".join(out)
