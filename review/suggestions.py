"""Turning an accepted suggestion into the one block edit it stands for."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Mapping
from typing import Any

from authoring import blocks as b
from authoring.snapshot import ModuleSnap
from review.anchors import Anchor, apply_suggestion, block_texts, find_block, relocate

# Field names of anchors whose data attribute is named otherwise.
_ATTR = {"text": "markdown", "body": "markdown"}


def apply_to_module(draft: ModuleSnap, anchor_data: Mapping[str, Any],
                    replacement: str) -> tuple[uuid.UUID | None, b.BlockData | None, str]:
    """Return (block id, new block data, "") for a suggestion, or (…, None, why not).

    The anchor is found again in the draft first (the author may have edited since); when the
    quoted passage is no longer there with its context, nothing is guessed: the message quotes
    what was suggested against and what the draft says now.
    """
    try:
        anchor = Anchor.from_dict(anchor_data)
    except ValueError as exc:
        return None, None, f"the suggestion's anchor cannot be read ({exc})"
    located = relocate(anchor, draft, version=draft.version)
    found = find_block(draft, located.anchor.block)
    if located.state == "outdated" or found is None:
        now = _field_text(draft, anchor)
        return None, None, (f"the quoted text “{anchor.quote}” is no longer in your draft"
                            + (f"; it now says “{now}”" if now else "") + ": edit it by hand")
    _page, block = found
    texts = dict(block_texts(draft, block))
    current = texts.get(located.anchor.field)
    if current is None:
        return block.id, None, "the suggested field is gone from the draft"
    new_text = apply_suggestion(current, located.anchor, replacement)
    if new_text is None:
        return block.id, None, (f"the quoted text “{anchor.quote}” changed in your draft; "
                                f"it now says “{current[:200]}”: edit it by hand")
    data = _with_field(block.data, located.anchor.field, new_text)
    if data is None:
        return block.id, None, ("suggestions on questions are applied in the question editor; "
                                f"replace “{anchor.quote}” with “{replacement}” there")
    return block.id, data, ""


def _field_text(draft: ModuleSnap, anchor: Anchor) -> str:
    found = find_block(draft, anchor.block)
    if found is None:
        return ""
    return dict(block_texts(draft, found[1])).get(anchor.field, "")[:200]


def _with_field(data: b.BlockData, field: str, text: str) -> b.BlockData | None:
    parts = field.split("/")
    if len(parts) == 1:
        attr = _ATTR.get(parts[0], parts[0])
        if not hasattr(data, attr):
            return None
        return dataclasses.replace(data, **{attr: text})  # type: ignore[type-var]
    if len(parts) != 3 or parts[0] not in ("items", "cards", "choices"):
        return None  # question texts and anything else: not a block field
    collection, key, leaf = parts
    rows = list(getattr(data, collection, ()))
    for i, row in enumerate(rows):
        if (str(i) if collection != "choices" else str(getattr(row, "id", ""))) == key:
            attr = _ATTR.get(leaf, leaf)
            if not hasattr(row, attr):
                return None
            rows[i] = dataclasses.replace(row, **{attr: text})
            return dataclasses.replace(data, **{collection: type(getattr(data, collection))(rows)})  # type: ignore[type-var]
    return None
