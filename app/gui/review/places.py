"""Where a thread stands in one version of its module: found, moved, or outdated.

Every thread is looked up again with `review.anchors.relocate` in the version shown; what
cannot be found is outdated, shown with its quote, never dropped.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from authoring.snapshot import BlockSnap, ModuleSnap, PageSnap
from review.anchors import Anchor, AnchorState, relocate
from review.state import Thread


@dataclass(frozen=True)
class Place:
    """A thread's anchor in the version shown; `state` is None for a comment on the version."""

    state: AnchorState | None
    anchor: Anchor | None
    quote: str
    page_index: int = -1
    page: PageSnap | None = None
    block: BlockSnap | None = None

    @property
    def outdated(self) -> bool:
        """True when the passage is not in this version any more."""
        return self.state is AnchorState.OUTDATED

    @property
    def page_id(self) -> uuid.UUID | None:
        """The page's id, when the thread points into this version."""
        return self.page.id if self.page is not None and not self.outdated else None

    @property
    def block_id(self) -> uuid.UUID | None:
        """The block's id, when the thread points at a block of this version."""
        return self.block.id if self.block is not None and not self.outdated else None

    @property
    def tracking_id(self) -> str:
        """The block's tracking id ("" for a page, the version, or an outdated thread)."""
        return self.block.tracking_id if self.block is not None and not self.outdated else ""


def place(thread: Thread, snap: ModuleSnap) -> Place:
    """Find `thread`'s anchor again in `snap`."""
    if not thread.anchor:
        return Place(None, None, "")
    try:
        anchor = Anchor.from_dict(thread.anchor)
    except ValueError:
        quote = thread.anchor.get("quote", "") if hasattr(thread.anchor, "get") else ""
        return Place(AnchorState.OUTDATED, None, str(quote or ""))
    located = relocate(anchor, snap)
    if located.state is AnchorState.OUTDATED:
        return Place(AnchorState.OUTDATED, anchor, anchor.quote)
    found = located.anchor
    index = next((i for i, p in enumerate(snap.pages) if str(p.id) == found.page_id), -1)
    if index < 0:
        return Place(AnchorState.OUTDATED, anchor, anchor.quote)
    page = snap.pages[index]
    block = next((b for b in page.blocks if found.block and b.tracking_id == found.block), None)
    return Place(located.state, found, found.quote, index, page, block)

def reading_order(thread: Thread, where: Place) -> tuple:
    """Sort key: comments on the whole version, then in page and block order, outdated last."""
    if where.state is None:
        return (0, 0, 0, 0, thread.comments[0].at)
    if where.outdated or where.page is None:
        return (2, 0, 0, 0, thread.comments[0].at)
    position = next((i for i, b in enumerate(where.page.blocks)
                     if where.block is not None and b.id == where.block.id), -1)
    offset = where.anchor.offset if where.anchor is not None else 0
    return (1, where.page_index, position, offset, thread.comments[0].at)
