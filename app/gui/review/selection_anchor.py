"""Turning what a reviewer selected in the player into an anchor in the frozen version.

The quote is looked for in the source text of the block the selection lies in (the nearest
occurrence to where it was selected). When it cannot be quoted exactly, the anchor widens to
the block or the page, and a code says why, for the window to put into words.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from authoring.snapshot import ModuleSnap
from review.anchors import Anchor, AnchorError, anchor_in_block, anchor_on_page, find_block


class Widened(StrEnum):
    """Why an anchor points at more than the selected words ("" when it does not)."""

    NONE = ""
    TITLE = "title"  # not found in the page title as written: the whole page
    BLOCKS = "blocks"  # the selection runs over several blocks: the first one
    FORMATTING = "formatting"  # not in the source as written (bold, a link): the block
    OUTSIDE = "outside"  # not inside any block: the page


def anchor_for(snap: ModuleSnap, version: int, selection: Mapping[str, Any]
               ) -> tuple[Anchor, Widened] | None:
    """Return the anchor for a selection read from the player, or None without pages.

    `selection` holds quote, block (tracking id), one_block, hint (offset in the block's
    text), page (index) and title (inside the page title), as the player reports them.
    Raises AnchorError only when the version has no such block or page at all.
    """
    if not snap.pages:
        return None
    quote = str(selection.get("quote") or "")
    block = str(selection.get("block") or "")
    index = selection.get("page")
    index = index if isinstance(index, int) and 0 <= index < len(snap.pages) else 0
    hint = selection.get("hint")
    hint = int(hint) if isinstance(hint, int | float) else None
    page_id = str(snap.pages[index].id)
    if selection.get("title"):
        try:
            return anchor_on_page(snap, version, page_id, quote), Widened.NONE
        except AnchorError:
            return anchor_on_page(snap, version, page_id), Widened.TITLE
    if block and find_block(snap, block) is not None:
        if not selection.get("one_block"):
            return anchor_in_block(snap, version, block), Widened.BLOCKS
        try:
            return anchor_in_block(snap, version, block, quote, hint), Widened.NONE
        except AnchorError:
            return anchor_in_block(snap, version, block), Widened.FORMATTING
    return anchor_on_page(snap, version, page_id), Widened.OUTSIDE
