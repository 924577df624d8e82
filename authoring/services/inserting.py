"""Insert a whole module snapshot (from a folder import or a bundle) in one transaction.

If any of its ids already exist in the workspace, tombstones included, the module comes in as a
copy with fresh ids everywhere: an import never overwrites what is there.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from authoring.errors import ImportFailed, InvalidData
from authoring.jsondata import dump
from authoring.models import Bank, Block, Module, Page, Question, in_order
from authoring.services.assets import clean_name, name_asset, store
from authoring.services.changes import Changes, writing
from authoring.snapshot import ModuleSnap, QuestionSnap, from_dict, to_dict
from authoring.workspace import Workspace


def all_ids(snap: ModuleSnap) -> dict[type, list[uuid.UUID]]:
    """Return the snapshot's ids by the table they would go into."""
    return {
        Module: [snap.id],
        Page: [p.id for p in snap.pages],
        Block: [bl.id for p in snap.pages for bl in p.blocks],
        Question: [q.id for q in snap.questions]
        + [q.id for bk in snap.banks for q in bk.questions],
        Bank: [bk.id for bk in snap.banks],
    }


def _taken(session: Session, snap: ModuleSnap) -> bool:
    for cls, ids in all_ids(snap).items():
        if ids and session.scalar(select(cls.id).where(cls.id.in_(ids)).limit(1)) is not None:
            return True
    return False


def _remap(value: Any, mapping: Mapping[str, str]) -> Any:
    # Ids are UUID strings wherever they appear (fields and references in per-kind data), so
    # swapping every string that equals an old id is exact.
    if isinstance(value, dict):
        return {k: _remap(v, mapping) for k, v in value.items()}
    if isinstance(value, list):
        return [_remap(v, mapping) for v in value]
    if isinstance(value, str):
        return mapping.get(value, value)
    return value


def as_copy(snap: ModuleSnap) -> ModuleSnap:
    """Return the snapshot with fresh ids for everything and "(copy)" after its title."""
    mapping = {str(i): str(uuid.uuid4()) for ids in all_ids(snap).values() for i in ids}
    data = _remap(to_dict(snap), mapping)
    data["title"] = f"{snap.title} (copy)"[:300]
    return from_dict(data)


def _question_row(q: QuestionSnap, **owner: uuid.UUID | None) -> Question:
    return Question(id=q.id, kind=q.kind, title=q.title, stem=q.stem, data=dump(q.data),
                    feedback_correct=q.feedback_correct, feedback_incorrect=q.feedback_incorrect,
                    points=q.points, tags=list(q.tags), **owner)


def insert_snapshot(workspace: Workspace, snap: ModuleSnap, blobs: Mapping[str, bytes]) -> Changes:
    """Store the module, its banks and assets; `Changes.id` is the (possibly new) module id."""
    for asset in snap.assets:
        try:
            clean_name(asset.name)
        except InvalidData as exc:
            raise ImportFailed(str(exc)) from None
    missing = [a.name for a in snap.assets if a.sha256 not in blobs]
    if missing:
        raise ImportFailed(f"the file {missing[0]} is missing from what was imported")
    with writing(workspace) as (session, result):
        if _taken(session, snap):
            snap = as_copy(snap)
        for asset in snap.assets:
            stored = store(session, blobs[asset.sha256], asset.name)
            if stored.sha256 != asset.sha256:
                raise ImportFailed(f"{asset.name}: its content does not match its checksum")
        module = Module(
            id=snap.id, title=snap.title, language=snap.language, description=snap.description,
            keywords=list(snap.keywords), owner=snap.owner, group_name=snap.group_name,
            status=snap.status, version=snap.version, review_by=snap.review_by, theme=snap.theme,
            navigation=dump(snap.navigation), assessment=dump(snap.assessment),
            completion=dump(snap.completion),
        )
        session.add(module)
        session.flush()
        for asset in snap.assets:
            name_asset(session, module.id, asset.name, asset.sha256)
        for bank in snap.banks:
            session.add(Bank(id=bank.id, title=bank.title, description=bank.description))
        session.flush()
        for bank in snap.banks:
            rows = [_question_row(q, bank_id=bank.id) for q in bank.questions]
            in_order(rows)  # type: ignore[arg-type]
            session.add_all(rows)
        session.add_all(_question_row(q, module_id=module.id) for q in snap.questions)
        for position, page in enumerate(snap.pages):
            session.add(Page(id=page.id, module_id=module.id, position=position,
                             title=page.title, topics=list(page.topics)))
        session.flush()
        for page in snap.pages:
            session.add_all(
                Block(id=bl.id, module_id=module.id, page_id=page.id, position=i, kind=bl.kind,
                      tracking_id=bl.tracking_id, data=dump(bl.data))
                for i, bl in enumerate(page.blocks)
            )
        result.created = module.id
    return result.changes
