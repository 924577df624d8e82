"""Build snapshots and summaries from the database: the read side of the services."""

from __future__ import annotations

import re
import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from authoring import blocks as block_types
from authoring import questions as question_types
from authoring.errors import NotFound
from authoring.jsondata import load
from authoring.kinds import BlockKind
from authoring.models import Asset, Bank, Block, Module, ModuleAsset, Page, Question
from authoring.settings import Assessment, Completion, Navigation
from authoring.snapshot import (
    AssetSnap,
    BankSnap,
    BlockSnap,
    ModuleSnap,
    ModuleSummary,
    PageSnap,
    QuestionSnap,
)

_BANK_FILE_RE = re.compile(r"files/([0-9a-f]{64})/[A-Za-z0-9._-]+")
_QUESTION_COLUMNS = (Question.id, Question.kind, Question.stem, Question.data, Question.title,
                     Question.feedback_correct, Question.feedback_incorrect, Question.points,
                     Question.tags)


def question_snap(row: Any) -> QuestionSnap:
    """Return the snapshot of one question row."""
    data = load(question_types.DATA_TYPES[row.kind], row.data, f"question {row.id}")
    return QuestionSnap(
        id=row.id, kind=row.kind, stem=row.stem, data=data, title=row.title,
        feedback_correct=row.feedback_correct, feedback_incorrect=row.feedback_incorrect,
        points=row.points, tags=tuple(row.tags),
    )


def block_snap(row: Any) -> BlockSnap:
    """Return the snapshot of one block row."""
    data = load(block_types.DATA_TYPES[row.kind], row.data, f"block {row.tracking_id}")
    return BlockSnap(id=row.id, kind=row.kind, tracking_id=row.tracking_id, data=data)


def load_snapshot(session: Session, module_id: uuid.UUID) -> ModuleSnap:
    """Read a whole module in a handful of queries."""
    module = session.get(Module, module_id)
    if module is None or module.deleted_at is not None:
        raise NotFound(f"module {module_id} does not exist (it may have been deleted)")
    pages = session.scalars(
        select(Page).where(Page.module_id == module_id, Page.deleted_at.is_(None))
        .order_by(Page.position, Page.created_at)
    ).all()
    by_page: dict[uuid.UUID, list[BlockSnap]] = {p.id: [] for p in pages}
    bank_ids: list[uuid.UUID] = []
    # Plain rows, not ORM entities: a snapshot is read-only and this is the hot path.
    for row in session.execute(
        select(Block.id, Block.page_id, Block.kind, Block.tracking_id, Block.data)
        .where(Block.module_id == module_id, Block.deleted_at.is_(None))
        .order_by(Block.page_id, Block.position, Block.created_at)
    ):
        if row.page_id not in by_page:
            continue  # a block of a deleted page
        snap = block_snap(row)
        by_page[row.page_id].append(snap)
        if row.kind is BlockKind.QUESTION_DRAW and snap.data.bank:  # type: ignore[union-attr]
            bank_ids.append(uuid.UUID(snap.data.bank))  # type: ignore[union-attr]
    # Questions in the order their blocks place them; unplaced ones (none normally) after.
    placed = [uuid.UUID(bl.data.question) for p in pages for bl in by_page[p.id]  # type: ignore[union-attr]
              if bl.kind is BlockKind.QUESTION and bl.data.question]  # type: ignore[union-attr]
    rank = {qid: i for i, qid in enumerate(placed)}
    rows = session.execute(
        select(*_QUESTION_COLUMNS)
        .where(Question.module_id == module_id, Question.deleted_at.is_(None))
        .order_by(Question.created_at, Question.id)
    ).all()
    module_questions = tuple(question_snap(q) for q in sorted(
        rows, key=lambda r: rank.get(r.id, len(rank))))
    return ModuleSnap(
        id=module.id, title=module.title, language=module.language,
        description=module.description, keywords=tuple(module.keywords), owner=module.owner,
        group_name=module.group_name, status=module.status, version=module.version,
        review_by=module.review_by, theme=module.theme,
        navigation=load(Navigation, module.navigation, "navigation"),
        assessment=load(Assessment, module.assessment, "assessment"),
        completion=load(Completion, module.completion, "completion"),
        pages=tuple(
            PageSnap(id=p.id, title=p.title, topics=tuple(p.topics), blocks=tuple(by_page[p.id]))
            for p in pages
        ),
        questions=module_questions,
        banks=(banks := tuple(load_bank(session, b) for b in dict.fromkeys(bank_ids)
                              if _exists(session, b))),
        assets=_with_bank_files(module_assets(session, module_id), bank_files(session, banks)),
    )


def _with_bank_files(own: tuple[AssetSnap, ...],
                     banks: tuple[AssetSnap, ...]) -> tuple[AssetSnap, ...]:
    names = {a.name for a in own}
    return own + tuple(a for a in banks if a.name not in names)


def bank_files(session: Session, banks: tuple[BankSnap, ...]) -> tuple[AssetSnap, ...]:
    """Files that imported bank questions name `files/<sha256>/<name>`, for modules drawing them.

    Bank questions belong to no module, so their files (Moodle XML images) are named by hash.
    """
    wanted: dict[str, str] = {}
    for bank in banks:
        for question in bank.questions:
            for match in _BANK_FILE_RE.finditer(repr(question)):
                wanted.setdefault(match.group(0), match.group(1))
    if not wanted:
        return ()
    rows = {r.sha256: r for r in session.execute(
        select(Asset.sha256, Asset.media_type, Asset.extension, Asset.size, Asset.width,
               Asset.height).where(Asset.sha256.in_(set(wanted.values()))))}
    return tuple(AssetSnap(name, *rows[sha]) for name, sha in sorted(wanted.items())
                 if sha in rows)


def _exists(session: Session, bank_id: uuid.UUID) -> bool:
    bank = session.get(Bank, bank_id)
    return bank is not None and bank.deleted_at is None


def load_bank(session: Session, bank_id: uuid.UUID) -> BankSnap:
    """Read a bank with its live questions."""
    bank = session.get(Bank, bank_id)
    if bank is None or bank.deleted_at is not None:
        raise NotFound(f"question bank {bank_id} does not exist")
    rows = session.execute(
        select(*_QUESTION_COLUMNS).where(Question.bank_id == bank_id, Question.deleted_at.is_(None))
        .order_by(Question.created_at, Question.id)
    )
    return BankSnap(id=bank.id, title=bank.title, description=bank.description,
                    questions=tuple(question_snap(q) for q in rows))


def module_assets(session: Session, module_id: uuid.UUID) -> tuple[AssetSnap, ...]:
    """Return the module's named assets (metadata only, never the bytes)."""
    rows = session.execute(
        select(ModuleAsset.name, Asset.sha256, Asset.media_type, Asset.extension, Asset.size,
               Asset.width, Asset.height)
        .join(Asset, Asset.sha256 == ModuleAsset.sha256)
        .where(ModuleAsset.module_id == module_id, ModuleAsset.deleted_at.is_(None))
        .order_by(ModuleAsset.name)
    )
    return tuple(AssetSnap(*row) for row in rows)


def summaries(session: Session) -> list[ModuleSummary]:
    """Return one summary per live module, newest change first, in three queries."""
    page_counts = dict(session.execute(
        select(Page.module_id, func.count()).where(Page.deleted_at.is_(None))
        .group_by(Page.module_id)
    ).all())
    question_counts = dict(session.execute(
        select(Block.module_id, func.count())
        .join(Page, Page.id == Block.page_id)
        .where(Block.deleted_at.is_(None), Page.deleted_at.is_(None),
               Block.kind == BlockKind.QUESTION)
        .group_by(Block.module_id)
    ).all())
    for module_id, data in session.execute(
        select(Block.module_id, Block.data).join(Page, Page.id == Block.page_id)
        .where(Block.deleted_at.is_(None), Page.deleted_at.is_(None),
               Block.kind == BlockKind.QUESTION_DRAW)
    ):
        count = data.get("count", 1) if isinstance(data, dict) else 1
        question_counts[module_id] = question_counts.get(module_id, 0) + int(count)
    rows = session.execute(
        select(Module.id, Module.title, Module.status, Module.language, Module.group_name,
               Module.owner, Module.version, Module.updated_at, Module.review_by)
        .where(Module.deleted_at.is_(None))
        .order_by(Module.updated_at.desc(), Module.id)
    )
    return [
        ModuleSummary(
            id=r.id, title=r.title, status=r.status, pages=page_counts.get(r.id, 0),
            questions=question_counts.get(r.id, 0), language=r.language,
            group_name=r.group_name, owner=r.owner, version=r.version,
            updated_at=r.updated_at, review_by=r.review_by,
        )
        for r in rows
    ]
