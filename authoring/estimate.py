"""Estimate how many minutes a learner needs for a module, from its words and media."""

from __future__ import annotations

import math

from authoring import blocks as b
from authoring.kinds import BlockKind
from authoring.markdown import word_count
from authoring.snapshot import BlockSnap, ModuleSnap, PageSnap

WORDS_PER_MINUTE = 200  # reading instructional text on screen, a little under prose speed
SECONDS = {
    BlockKind.IMAGE: 10, BlockKind.AUDIO: 120, BlockKind.VIDEO: 120, BlockKind.ATTACHMENT: 15,
    BlockKind.REFLECTION: 90, BlockKind.SCENARIO: 30, BlockKind.QUESTION: 30,
}


def block_words(block: BlockSnap) -> int:
    """Return the number of words a learner reads in a block (question stems excluded)."""
    d = block.data
    if isinstance(d, b.TextData):
        return word_count(d.markdown)
    if isinstance(d, b.CalloutData):
        return word_count(d.title) + word_count(d.markdown)
    if isinstance(d, b.SectionsData):
        return sum(word_count(s.title) + word_count(s.markdown) for s in d.items)
    if isinstance(d, b.FlashcardsData):
        return sum(word_count(c.front) + word_count(c.back) for c in d.cards)
    if isinstance(d, b.ScenarioData):
        return word_count(d.prompt) + sum(word_count(c.label) for c in d.choices)
    if isinstance(d, b.ReflectionData):
        return word_count(d.prompt)
    if isinstance(d, b.ImageData):
        return word_count(d.caption)
    return 0


def page_words(page: PageSnap) -> int:
    """Return the words on a page."""
    return sum(block_words(block) for block in page.blocks)


def page_seconds(page: PageSnap) -> float:
    """Return the estimated seconds a page takes: reading plus fixed time per medium."""
    seconds = page_words(page) * 60 / WORDS_PER_MINUTE
    for block in page.blocks:
        seconds += SECONDS.get(block.kind, 0)
        if isinstance(block.data, b.QuestionDrawData):
            seconds += SECONDS[BlockKind.QUESTION] * block.data.count
        if isinstance(block.data, b.FlashcardsData):
            seconds += 10 * len(block.data.cards)
    return seconds


def estimated_minutes(module: ModuleSnap) -> int:
    """Return whole minutes (at least 1) to work through the module once."""
    return max(1, math.ceil(sum(page_seconds(p) for p in module.pages) / 60))
