"""What the reviewer selected becomes an anchor; when it cannot be quoted, it widens and says so."""

from __future__ import annotations

import uuid

from app.gui.review.selection_anchor import Widened, anchor_for
from authoring.blocks import TextData
from authoring.kinds import BlockKind
from authoring.snapshot import BlockSnap, ModuleSnap, PageSnap

PAGE = PageSnap(uuid.UUID(int=7), "Hover first", (
    BlockSnap(uuid.UUID(int=8), BlockKind.TEXT, "b1",
              TextData("Rest the **mouse pointer** on a link. Read the link.")),
    BlockSnap(uuid.UUID(int=9), BlockKind.TEXT, "b2", TextData("Then decide.")),
))
SNAP = ModuleSnap(uuid.UUID(int=1), "Check a link", version=3, pages=(PAGE,))


def test_words_in_one_block_are_quoted_at_the_occurrence_selected():
    anchor, widened = anchor_for(SNAP, 3, {"quote": "link", "block": "b1", "one_block": True,
                                           "hint": 45, "page": 0})
    assert widened is Widened.NONE
    assert (anchor.block, anchor.quote, anchor.offset) == ("b1", "link", 47)


def test_words_across_formatting_or_blocks_widen_to_the_block():
    anchor, widened = anchor_for(SNAP, 3, {"quote": "the mouse pointer", "block": "b1",
                                           "one_block": True, "page": 0})
    assert widened is Widened.FORMATTING and (anchor.block, anchor.quote) == ("b1", "")
    anchor, widened = anchor_for(SNAP, 3, {"quote": "link. Then", "block": "b1",
                                           "one_block": False, "page": 0})
    assert widened is Widened.BLOCKS and (anchor.block, anchor.quote) == ("b1", "")


def test_the_page_title_and_text_outside_blocks_anchor_on_the_page():
    anchor, widened = anchor_for(SNAP, 3, {"quote": "Hover", "title": True, "page": 0})
    assert widened is Widened.NONE and (anchor.block, anchor.quote) == ("", "Hover")
    anchor, widened = anchor_for(SNAP, 3, {"quote": "Check a link", "block": "", "page": 0})
    assert widened is Widened.OUTSIDE
    assert (anchor.page_id, anchor.block, anchor.quote) == (str(PAGE.id), "", "")


def test_a_module_without_pages_has_nothing_to_anchor():
    assert anchor_for(ModuleSnap(uuid.UUID(int=2), "Empty"), 1, {"quote": "x"}) is None
