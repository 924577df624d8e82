"""Review comments anchored to a frozen module version, and found again in newer versions.

An anchor names a passage (page, block tracking id, field) and a quote with context on both
sides; `relocate` re-finds it by block, then by quote and context, or calls it outdated.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from enum import StrEnum
from typing import Any

from authoring.errors import KiemError
from authoring.snapshot import BlockSnap, ModuleSnap, PageSnap
from authoring.texts import block_texts

CONTEXT = 32
"""How many characters of context an anchor keeps on each side of its quote."""


class AnchorError(KiemError):
    """A quote that cannot be anchored: not in the version, ambiguous, or outside the block."""


@dataclass(frozen=True)
class Passage:
    """One piece of reviewable text: a page title or one text field of a block or question."""

    page_id: str
    block: str  # the block's tracking id; "" for the page title
    field: str  # a stable path such as "text", "items/2/body", "question/options/b/text"
    label: str  # for listings: "page 'Steps' · callout"
    text: str


@dataclass(frozen=True)
class Anchor:
    """Where a comment points: a quote (or a whole block or page when the quote is "")."""

    version: int
    page_id: str
    block: str
    field: str
    quote: str
    before: str = ""
    after: str = ""
    offset: int = 0

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form stored in a comment event's payload."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Anchor:
        """Read an anchor tolerantly: unknown keys are ignored, missing required ones refused."""
        if not isinstance(data, Mapping):
            raise ValueError("anchor: expected an object")
        values: dict[str, Any] = {}
        for name, kind in (("version", int), ("page_id", str), ("block", str), ("field", str),
                           ("quote", str), ("before", str), ("after", str), ("offset", int)):
            if name not in data:
                if name in ("before", "after"):
                    continue
                raise ValueError(f"anchor.{name}: missing")
            value = data[name]
            if kind is int and (isinstance(value, bool) or not isinstance(value, int)
                                or value < 0):
                raise ValueError(f"anchor.{name}: expected a whole number ≥ 0, got {value!r}")
            if kind is str and not isinstance(value, str):
                raise ValueError(f"anchor.{name}: expected text, got {value!r}")
            values[name] = value
        return cls(**values)


class AnchorState(StrEnum):
    """Whether a newer version still holds an anchored passage."""

    FOUND = "found"  # in the same block (or page title), perhaps at another offset
    MOVED = "moved"  # the quote with its context now lives in another block
    OUTDATED = "outdated"  # gone or reworded: shown with its quote, never moved to a look-alike


@dataclass(frozen=True)
class Located:
    """An anchor looked up in another version: the new anchor when found, else the original."""

    state: AnchorState
    anchor: Anchor
    label: str


# --- passages ---------------------------------------------------------------------------------


def passages(snap: ModuleSnap) -> list[Passage]:
    """Return every non-empty piece of reviewable text of a module, in reading order."""
    found: list[Passage] = []
    for page in snap.pages:
        found += page_passages(snap, page)
    return found


def page_passages(snap: ModuleSnap, page: PageSnap) -> list[Passage]:
    """Return the page title's passage, then those of each block of the page."""
    page_id, where = str(page.id), page_label(page)
    found = [Passage(page_id, "", "title", where, page.title)] if page.title else []
    for block in page.blocks:
        label = block_label(page, block)
        found += [Passage(page_id, block.tracking_id, name, label, text)
                  for name, text in block_texts(snap, block) if text]
    return found


def page_label(page: PageSnap) -> str:
    """Return how listings name a page: page 'Steps'."""
    return f"page '{_short(page.title)}'" if page.title.strip() else "untitled page"


def block_label(page: PageSnap, block: BlockSnap) -> str:
    """Return how listings name a block: page 'Steps' · callout."""
    return f"{page_label(page)} · {block.kind.value.replace('_', ' ')}"


# --- making anchors ---------------------------------------------------------------------------


def find_quote(snap: ModuleSnap, version: int, quote: str) -> Anchor:
    """Anchor a quote that occurs exactly once in the whole version (case-sensitive)."""
    if not quote:
        raise AnchorError(f"an empty quote anchors nothing; quote some text of version {version}")
    hits = [(p, o) for p in passages(snap) for o in occurrences(p.text, quote)]
    if not hits:
        raise AnchorError(f"no passage of version {version} says “{_short(quote)}”; "
                          "copy the quote exactly (it is case-sensitive)")
    if len(hits) > 1:
        places = list(dict.fromkeys(p.label for p, _ in hits))
        listed = ", ".join(places[:3]) + (", …" if len(places) > 3 else "")
        raise AnchorError(f"“{_short(quote)}” appears {len(hits)} times in version {version} "
                          f"({listed}); quote more of it")
    passage, offset = hits[0]
    return _anchor(version, passage, quote, offset)


def anchor_in_block(snap: ModuleSnap, version: int, block_tracking_id: str,
                    quote: str | None = None, occurrence_hint_offset: int | None = None,
                    *, field: str | None = None) -> Anchor:
    """Anchor a selection inside a known block (optionally one field); no quote: the block.

    When the quote occurs several times the occurrence nearest `occurrence_hint_offset` wins.
    """
    place = find_block(snap, block_tracking_id)
    if place is None:
        raise AnchorError(f"version {version} has no block “{block_tracking_id}”")
    page, block = place
    if not quote:
        return Anchor(version, str(page.id), block.tracking_id, field or "", "")
    hits = [(p, o) for p in page_passages(snap, page)
            if p.block == block.tracking_id and (field is None or p.field == field)
            for o in occurrences(p.text, quote)]
    if not hits:
        raise AnchorError(f"{block_label(page, block)} of version {version} does not say "
                          f"“{_short(quote)}”")
    hint = occurrence_hint_offset
    passage, offset = min(hits, key=lambda h: 0 if hint is None else abs(h[1] - hint))
    return _anchor(version, passage, quote, offset)


def anchor_on_page(snap: ModuleSnap, version: int, page_id: str, quote: str | None = None
                   ) -> Anchor:
    """Anchor a comment on a whole page (no quote) or on a quote from its title."""
    page = snap.page(page_id)
    if page is None:
        raise AnchorError(f"version {version} has no page “{page_id}”")
    if not quote:
        return Anchor(version, str(page.id), "", "", "")
    offsets = occurrences(page.title, quote)
    if not offsets:
        raise AnchorError(f"the title of {page_label(page)} does not say “{_short(quote)}”")
    return _anchor(version, page_passages(snap, page)[0], quote, offsets[0])


def find_block(snap: ModuleSnap, tracking_id: str) -> tuple[PageSnap, BlockSnap] | None:
    """Return the page and block with this tracking id, if the module has it."""
    for page in snap.pages:
        for block in page.blocks:
            if block.tracking_id == tracking_id:
                return page, block
    return None


# --- finding anchors again --------------------------------------------------------------------


def relocate(anchor: Anchor, snap: ModuleSnap, *, version: int | None = None) -> Located:
    """Find an anchor again in another version (`version` defaults to the snapshot's).

    By block and field first, then the block's other fields with the same context, then the
    whole module with the same context; what is not found that way is outdated.
    """
    version = snap.version if version is None else version
    everything = passages(snap)
    if anchor.block:
        place = find_block(snap, anchor.block)
        owner = None if place is None else place[0]
        label = "" if place is None else block_label(*place)
    else:
        owner = snap.page(anchor.page_id)
        label = "" if owner is None else page_label(owner)
    home = [p for p in everything
            if owner is not None and p.block == anchor.block and p.page_id == str(owner.id)]
    if not anchor.quote:
        if owner is None:
            return Located(AnchorState.OUTDATED, anchor, "")
        return Located(AnchorState.FOUND,
                       replace(anchor, version=version, page_id=str(owner.id)), label)
    same = next((p for p in home if p.field == anchor.field), None)
    offsets = [] if same is None else occurrences(same.text, anchor.quote)
    if same is not None and offsets:  # (a) the same field still says it
        best = max(offsets, key=lambda o: (_likeness(same.text, o, anchor),
                                           -abs(o - anchor.offset)))
        return Located(AnchorState.FOUND, _anchor(version, same, anchor.quote, best), same.label)
    hits = _in_context(home, anchor)
    if hits:  # (b) another field of the same block, with the same context
        passage, offset = hits[0]
        return Located(AnchorState.FOUND, _anchor(version, passage, anchor.quote, offset),
                       passage.label)
    if any(_paragraph_context(anchor)):  # (c) elsewhere, only with its context around it
        hits = _in_context(everything, anchor)
        if len(hits) == 1:
            passage, offset = hits[0]
            return Located(AnchorState.MOVED, _anchor(version, passage, anchor.quote, offset),
                           passage.label)
    return Located(AnchorState.OUTDATED, anchor, label)


def apply_suggestion(text: str, anchor: Anchor, replacement: str) -> str | None:
    """Return `text` with the anchored quote replaced, or None when it is no longer there.

    The quote counts only with its context around it; of several such, the one nearest the
    anchor's offset is replaced. None tells the caller to show both versions instead.
    """
    if not anchor.quote:
        return None
    offsets = [o for o in occurrences(text, anchor.quote) if _has_context(text, o, anchor)]
    if not offsets:
        return None
    at = min(offsets, key=lambda o: abs(o - anchor.offset))
    return text[:at] + replacement + text[at + len(anchor.quote):]


def occurrences(text: str, quote: str) -> list[int]:
    """Return the offset of every occurrence of `quote` in `text`, overlapping ones included."""
    found: list[int] = []
    at = text.find(quote) if quote else -1
    while at != -1:
        found.append(at)
        at = text.find(quote, at + 1)
    return found


def context(text: str, offset: int, length: int) -> tuple[str, str]:
    """Return up to CONTEXT characters before and after text[offset:offset + length]."""
    end = offset + length
    return text[max(0, offset - CONTEXT):offset], text[end:end + CONTEXT]


def _anchor(version: int, passage: Passage, quote: str, offset: int) -> Anchor:
    before, after = context(passage.text, offset, len(quote))
    return Anchor(version, passage.page_id, passage.block, passage.field, quote, before, after,
                  offset)


def _has_context(text: str, offset: int, anchor: Anchor) -> bool:
    # "As far as it is available": the new context must end/start with all of the anchor's
    # context inside the quote's paragraph (shorter where its field began or ended).
    before, after = context(text, offset, len(anchor.quote))
    need_before, need_after = _paragraph_context(anchor)
    return before.endswith(need_before) and after.startswith(need_after)


def _paragraph_context(anchor: Anchor) -> tuple[str, str]:
    # A paragraph moves as a whole, so context beyond a blank line is not the quote's own.
    return anchor.before.rsplit("\n\n", 1)[-1], anchor.after.split("\n\n", 1)[0]


def _in_context(candidates: list[Passage], anchor: Anchor) -> list[tuple[Passage, int]]:
    return [(p, o) for p in candidates for o in occurrences(p.text, anchor.quote)
            if _has_context(p.text, o, anchor)]


def _likeness(text: str, offset: int, anchor: Anchor) -> int:
    before, after = context(text, offset, len(anchor.quote))
    same_end = next((i for i, (x, y) in enumerate(zip(reversed(before), reversed(anchor.before),
                                                      strict=False)) if x != y),
                    min(len(before), len(anchor.before)))
    same_start = next((i for i, (x, y) in enumerate(zip(after, anchor.after, strict=False))
                       if x != y), min(len(after), len(anchor.after)))
    return same_end + same_start


def _short(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"
