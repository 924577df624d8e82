"""Insert a whole module snapshot (from a folder import or a bundle): files, then one transaction.

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
from authoring.models import Asset, Bank, Block, Module, Page, Question, in_order
from authoring.services.assets import clean_name, name_asset
from authoring.services.changes import Changes, writing
from authoring.services.streaming import collect_orphans, forget, store_files
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


# How often the module is written again when a file it needs was swept up meanwhile.
_ATTEMPTS = 3


class _FilesGone(Exception):
    """Files stored for this import were removed before its module was written."""

    def __init__(self, sha256s: set[str]) -> None:
        super().__init__(f"{len(sha256s)} file(s) removed meanwhile")
        self.sha256s = sha256s


def insert_snapshot(workspace: Workspace, snap: ModuleSnap, blobs: Mapping[str, bytes]) -> Changes:
    """Store the module, its banks and assets; `Changes.id` is the (possibly new) module id.

    Files go first, one at a time, each in a brief write of its own (read, checked and
    thumbnailed before it); then the module in one write: all of it or nothing. `blobs` may
    read each file only when asked (a bundle does). A failure removes the files this call
    added; a kill may leave some, which the next import sweeps up.
    """
    for asset in snap.assets:
        try:
            clean_name(asset.name)
        except InvalidData as exc:
            raise ImportFailed(str(exc)) from None
    missing = [a.name for a in snap.assets if a.sha256 not in blobs]
    if missing:
        raise ImportFailed(f"the file {missing[0]} is missing from what was imported")
    if snap.assets:
        collect_orphans(workspace)
    added: list[str] = []
    try:
        wanted = snap.assets
        for _ in range(_ATTEMPTS):
            added += store_files(workspace, wanted, blobs)
            try:
                return _insert_rows(workspace, snap)
            except _FilesGone as gone:  # swept up by another process: store them again
                wanted = tuple(a for a in snap.assets if a.sha256 in gone.sha256s)
        raise ImportFailed("the module's files kept disappearing while it was imported "
                           "(another Kiem is tidying this workspace); import it again")
    except BaseException:
        forget(workspace, added)
        raise


def _insert_rows(workspace: Workspace, snap: ModuleSnap) -> Changes:
    """Write the module's rows in one transaction, naming files already stored."""
    with writing(workspace) as (session, result):
        needed = {a.sha256 for a in snap.assets}
        gone = needed - set(session.scalars(select(Asset.sha256).where(Asset.sha256.in_(needed))))
        if gone:
            raise _FilesGone(gone)
        if _taken(session, snap):
            snap = as_copy(snap)
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
