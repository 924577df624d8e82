"""Add, edit, move and delete blocks; per-kind data is validated before it is stored."""

from __future__ import annotations

import uuid
from typing import Any

from authoring import blocks as block_types
from authoring.errors import InvalidData
from authoring.jsondata import dump, load
from authoring.kinds import BlockKind
from authoring.models import Block, Module, Page
from authoring.services.changes import Changes, writing
from authoring.services.pages import copy_block, questions_of
from authoring.services.rows import blocks_of, insert_at, live, new_tracking_id, renumber
from authoring.services.rows import tombstone as _tombstone
from authoring.workspace import Workspace


def validated_data(kind: BlockKind, data: Any) -> dict[str, Any]:
    """Return `data` (a dataclass or its JSON) as JSON, checked against the kind's dataclass."""
    expected = block_types.DATA_TYPES[kind]
    if isinstance(data, expected):
        return dump(data)
    if hasattr(data, "__dataclass_fields__"):
        raise InvalidData(f"{kind.value} block: expected {expected.__name__} data")
    return dump(load(expected, data, f"{kind.value} block"))


class BlockService:
    """Blocks: the only writer of block rows."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def add(self, page_id: uuid.UUID, kind: BlockKind, data: Any = None,
            index: int | None = None) -> Changes:
        """Insert a block of `kind` on a page; `Changes.id` is the new block."""
        kind = BlockKind(kind)
        if kind is BlockKind.QUESTION:
            raise InvalidData("add questions with QuestionService.add_to_page")
        payload = validated_data(kind, data if data is not None else {})
        with writing(self._ws) as (session, result):
            page = live(session, Page, page_id, "page")
            module = live(session, Module, page.module_id, "module")
            block = Block(id=uuid.uuid4(), module_id=module.id, page_id=page.id, position=0,
                          kind=kind, tracking_id=new_tracking_id(session, module), data=payload)
            session.add(block)
            insert_at(blocks_of(session, page.id), block, index)
            result.created = block.id
        return result.changes

    def edit(self, block_id: uuid.UUID, data: Any) -> Changes:
        """Replace a block's data (text, alt text, items, choices…)."""
        with writing(self._ws) as (session, result):
            block = live(session, Block, block_id, "block")
            payload = validated_data(block.kind, data)
            if block.kind is BlockKind.QUESTION and payload["question"] != block.data["question"]:
                raise InvalidData("question block: edit the question, not the reference")
            block.data = payload
        return result.changes

    def move(self, block_id: uuid.UUID, page_id: uuid.UUID, index: int) -> Changes:
        """Move a block to position `index` on a page (the same page or another of its module)."""
        with writing(self._ws) as (session, result):
            block = live(session, Block, block_id, "block")
            target = live(session, Page, page_id, "page")
            if target.module_id != block.module_id:
                raise InvalidData("a block can only move between pages of its own module")
            source = block.page_id
            block.page_id = target.id
            insert_at(blocks_of(session, target.id), block, index)
            if source != target.id:
                renumber(blocks_of(session, source))
        return result.changes

    def duplicate(self, block_id: uuid.UUID) -> Changes:
        """Copy a block right below itself; `Changes.id` is the copy."""
        with writing(self._ws) as (session, result):
            block = live(session, Block, block_id, "block")
            module = live(session, Module, block.module_id, "module")
            copy = copy_block(session, module, block, block.page_id, 0)
            session.add(copy)
            insert_at(blocks_of(session, block.page_id), copy, block.position + 1)
            result.created = copy.id
        return result.changes

    def delete(self, block_id: uuid.UUID) -> Changes:
        """Delete a block (and the question it places); undoable."""
        with writing(self._ws) as (session, result):
            block = live(session, Block, block_id, "block")
            _tombstone(questions_of(session, [block]))
            _tombstone([block])
            renumber([b for b in blocks_of(session, block.page_id) if b.id != block.id])
        return result.changes
