"""Word diffs as rich text: what reviewers read in the change view."""

from __future__ import annotations

import re

from app.gui.review.markup import spans_html
from review.diff import word_diff

LONG = " and then it goes on for quite a while, long enough to be shortened in the view"


def _shown(html: str) -> str:
    """The words a reader sees, with the deleted ones left out."""
    return re.sub(r"<[^>]+>", "", re.sub(r"<del.*?</del>", "", html)).replace("&#8201;", "")


def test_shortened_text_keeps_the_spaces_next_to_a_change():
    old, new = "It takes twelve minutes" + LONG, "It takes thirteen minutes" + LONG
    html = spans_html(word_diff(old, new), limit=10)
    assert "</ins> minutes" in html and "…" in html  # not "thirteenminutes"
    old, new = "So" + LONG + " you will spot it", "So" + LONG + " you see will spot it"
    assert _shown(spans_html(word_diff(old, new), limit=10)).endswith("you see will spot it")
