"""The library's derived data: the full-text index and cached list figures, and queries on them.

Search (FTS5 on SQLite, ILIKE elsewhere) and the list's stats are rebuilt by `reindex_journal`
inside the transaction that wrote the module's rows (see services/changes.py `writing`).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from authoring.journal import Journal
from authoring.kinds import BlockKind, ModuleStatus
from authoring.models import (
    INDEX,
    STATS,
    Block,
    Module,
    ModuleAsset,
    Page,
    Question,
)
from authoring.services.reading import block_snap
from authoring.snapshot import ModuleSnap, ModuleSummary, PageSnap

_ROWID = sa.literal_column("module_search.rowid")
BURST = dt.timedelta(seconds=5)  # ModuleService.delete stamps each table at its own moment
_NOT_TEXT = frozenset({"id", "asset", "question", "bank", "target_page", "style"})
_STATUS = {s.value: s for s in ModuleStatus}
Db = Session | Connection


def _fts(db: Db, fts: bool | None = None) -> bool:
    """Tell whether `module_search` is FTS5 (SQLite) or plain; tests may say which."""
    if fts is not None:
        return fts
    return (db if isinstance(db, Connection) else db.get_bind()).dialect.name == "sqlite"


@dataclass(frozen=True)
class LibraryEntry:
    """One row of the library: a module with what the list shows and filters on."""

    id: uuid.UUID
    title: str
    status: ModuleStatus
    group_name: str
    owner: str
    version: int
    language: str
    pages: int
    questions: int
    updated_at: dt.datetime  # the last change to the module or any of its rows
    estimated_minutes: int
    stale: bool  # its review-by date has passed
    deleted_at: dt.datetime | None
    review_by: dt.date | None = None

    def summary(self) -> ModuleSummary:
        """Return the entry as the module list's summary."""
        return ModuleSummary(
            id=self.id, title=self.title, status=self.status, pages=self.pages,
            questions=self.questions, language=self.language, group_name=self.group_name,
            owner=self.owner, version=self.version, updated_at=self.updated_at,
            review_by=self.review_by)


# --- the index -----------------------------------------------------------------------------

def _strings(value: Any) -> Iterator[str]:
    """Yield every piece of text in per-kind JSON data, skipping ids and references."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict | list):
        for key, item in value.items() if isinstance(value, dict) else enumerate(value):
            if key not in _NOT_TEXT:
                yield from _strings(item)


def trashed_with(module_deleted: dt.datetime | None,
                 stamps: Iterable[dt.datetime | None]) -> tuple[dt.datetime, dt.datetime] | None:
    """Return the `deleted_at` range of the rows trashed together with a module, if it is trashed.

    When a child row shares the module's exact timestamp, the delete stamped everything at
    once and only that moment counts; otherwise the few seconds before it do.
    """
    if module_deleted is None:
        return None
    exact = module_deleted in set(stamps)
    return (module_deleted if exact else module_deleted - BURST, module_deleted)


def kept_with(window: tuple[dt.datetime, dt.datetime] | None, deleted: dt.datetime | None) -> bool:
    if window is None:
        return deleted is None
    return deleted is not None and window[0] <= deleted <= window[1]


@dataclass
class _Doc:
    title: str
    texts: list[str]
    changed_at: dt.datetime
    window: tuple[dt.datetime, dt.datetime] | None
    pages: list[PageSnap]
    questions: int = 0


def _documents(db: Db, ids: Sequence[uuid.UUID] | None) -> dict[uuid.UUID, _Doc]:
    """Read what the index holds per module: its live rows, or those trashed with it."""
    def rows(*columns: Any) -> list[Any]:
        stmt = select(*columns)
        return db.execute(stmt if ids is None else stmt.where(columns[0].in_(ids))).all()
    modules = rows(Module.id, Module.title, Module.description, Module.keywords,
                   Module.deleted_at, Module.updated_at)
    pages = rows(Page.module_id, Page.id, Page.title, Page.topics, Page.deleted_at,
                 Page.updated_at, Page.position, Page.created_at)
    blocks = rows(Block.module_id, Block.id, Block.page_id, Block.kind, Block.tracking_id,
                  Block.data, Block.deleted_at, Block.updated_at, Block.position, Block.created_at)
    questions = rows(Question.module_id, Question.title, Question.stem, Question.data,
                     Question.tags, Question.feedback_correct, Question.feedback_incorrect,
                     Question.deleted_at, Question.updated_at)
    assets = rows(ModuleAsset.module_id, ModuleAsset.updated_at, ModuleAsset.deleted_at)
    stamps: dict[uuid.UUID, set[dt.datetime | None]] = defaultdict(set)
    for row in (*pages, *blocks, *questions, *assets):
        stamps[row.module_id].add(row.deleted_at)
    docs = {m.id: _Doc(m.title, [m.description, *m.keywords], m.updated_at,
                       trashed_with(m.deleted_at, stamps[m.id]), []) for m in modules}
    for row in (*pages, *blocks, *questions, *assets):
        if row.module_id in docs:
            docs[row.module_id].changed_at = max(docs[row.module_id].changed_at, row.updated_at)
    kept = {p.id: p for p in sorted(pages, key=lambda p: (p.position, p.created_at))
            if p.module_id in docs and kept_with(docs[p.module_id].window, p.deleted_at)}
    on_page: dict[uuid.UUID, list[Any]] = defaultdict(list)
    for row in sorted(blocks, key=lambda r: (r.position, r.created_at)):
        doc = docs.get(row.module_id)
        if row.page_id in kept and doc and kept_with(doc.window, row.deleted_at):
            on_page[row.page_id].append(block_snap(row))
            doc.texts.extend(_strings(row.data))
            if row.kind is BlockKind.QUESTION_DRAW:
                doc.questions += int(row.data.get("count", 1))
            doc.questions += row.kind is BlockKind.QUESTION
    for p in kept.values():
        docs[p.module_id].texts.extend([p.title, *p.topics])
        docs[p.module_id].pages.append(PageSnap(id=p.id, title=p.title,
                                                blocks=tuple(on_page[p.id])))
    for q in questions:
        doc = docs.get(q.module_id)
        if doc and kept_with(doc.window, q.deleted_at):
            doc.texts.extend([q.title, q.stem, q.feedback_correct, q.feedback_incorrect, *q.tags,
                              *_strings(q.data)])
    return docs


def _store(db: Db, ids: Sequence[uuid.UUID] | None, docs: dict[uuid.UUID, _Doc],
           fts: bool) -> None:
    """Replace the search rows and stats of `ids` (None: all) by those of `docs`."""
    if ids is not None and not ids:
        return
    mine = [] if ids is None else [STATS.c.module_id.in_(ids)]
    if fts:  # an FTS5 row's rowid is its stats row's id: found without a scan
        db.execute(sa.delete(INDEX).where(*[] if ids is None else [
            _ROWID.in_(select(STATS.c.id).where(*mine))]))
    else:
        db.execute(sa.delete(INDEX).where(*[] if ids is None else [INDEX.c.module_id.in_(ids)]))
    db.execute(sa.delete(STATS).where(*mine))
    if not docs:
        return
    from authoring.estimate import estimated_minutes  # noqa: PLC0415 - Markdown, on writes only

    db.execute(sa.insert(STATS), [
        {"module_id": k, "pages": len(d.pages), "questions": d.questions,
         "changed_at": d.changed_at, "estimated_minutes": estimated_minutes(
             ModuleSnap(id=k, title=d.title, pages=tuple(d.pages)))} for k, d in docs.items()])
    rowid = dict(db.execute(select(STATS.c.module_id, STATS.c.id).where(*mine)).all())
    rows = [{"module_id": k, "title": d.title, "body": "\n".join(t for t in d.texts if t.strip())}
            for k, d in docs.items()]
    if fts:
        db.execute(sa.text("INSERT INTO module_search (rowid, module_id, title, body) "
                           "VALUES (:rowid, :hex, :title, :body)"),
                   [{**r, "rowid": rowid[r["module_id"]], "hex": r["module_id"].hex} for r in rows])
    else:
        db.execute(sa.insert(INDEX), rows)


def reindex_modules(db: Db, module_ids: Iterable[uuid.UUID], *, fts: bool | None = None) -> None:
    """Rebuild the search rows and stats of these modules, in the caller's transaction."""
    ids = list(dict.fromkeys(module_ids))
    _store(db, ids, _documents(db, ids) if ids else {}, _fts(db, fts))


def reindex_module(db: Db, module_id: uuid.UUID) -> None:
    """Rebuild one module's search row and stats, in the caller's transaction."""
    reindex_modules(db, [module_id])


def reindex_journal(session: Session, journal: Journal) -> None:
    """Reindex every module whose rows (or own row) a transaction's journal says it changed."""
    reindex_modules(session, (
        img.id if img.table == "modules" else (img.values or {}).get("module_id")
        for img in journal.after
        if img.table == "modules" or (img.values or {}).get("module_id") is not None))


def rebuild_index(db: Db, *, fts: bool | None = None) -> int:
    """Rebuild the whole index (migration 0003 and `reindex_all`); return the modules indexed."""
    docs = _documents(db, None)
    _store(db, None, docs, _fts(db, fts))
    return len(docs)


# --- finding -------------------------------------------------------------------------------

def words(query: str) -> list[str]:
    """Return the words of a search, split as the index splits text (letters and digits)."""
    return re.findall(r"[^\W_]+", unicodedata.normalize("NFC", query).casefold())[:16]


def filters(status: ModuleStatus | str | None = None, group: str | None = None,
            include_deleted: bool = False) -> list[Any]:
    """Return the WHERE clauses on modules that the library's filters make."""
    out: list[Any] = [] if include_deleted else [Module.deleted_at.is_(None)]
    if status is not None:
        out.append(Module.status == ModuleStatus(status))
    if group is not None:
        out.append(Module.group_name == group)
    return out


def find(db: Db, query: str, where: Sequence[Any] = (), limit: int | None = None, *,
         fts: bool | None = None) -> list[uuid.UUID]:
    """Return the ids of matching modules, best first: title hits, then by relevance.

    Every word must start a word of the title or the body; no words, no matches. `fts` None
    means FTS5 on SQLite and ILIKE elsewhere (case-insensitive there, not accent-insensitive).
    """
    found = words(query)
    if not found:
        return []
    if _fts(db, fts):  # joined by rowid: the FTS5 content is never read
        match = " AND ".join(f'"{w}"*' for w in found)
        in_title = select(_ROWID).select_from(INDEX).where(
            sa.text("module_search MATCH :tq")).correlate(None)
        stmt = (select(STATS.c.module_id).select_from(INDEX)
                .join(STATS, STATS.c.id == _ROWID).join(Module, Module.id == STATS.c.module_id)
                .where(sa.text("module_search MATCH :q"), *where)
                .order_by(_ROWID.in_(in_title).desc(), sa.text("bm25(module_search, 0, 10, 1)")))
        return list(db.scalars(stmt.limit(limit), {"q": match, "tq": f"title : ({match})"}))
    base = select(INDEX.c.module_id).join(Module, Module.id == INDEX.c.module_id).where(*where)
    in_title = sa.and_(*(INDEX.c.title.ilike(f"%{w}%") for w in found))
    stmt = base.where(*(sa.or_(INDEX.c.title.ilike(f"%{w}%"), INDEX.c.body.ilike(f"%{w}%"))
                        for w in found))
    return list(db.scalars(stmt.order_by(sa.case((in_title, 0), else_=1),
                                         Module.updated_at.desc()).limit(limit)))


# Read as stored and decoded here: SQLAlchemy's per-value type processing took most of the
# time of listing 5,000 modules. The decoders also take what other databases' drivers return.
def _raw(column: Any) -> Any:
    return sa.type_coerce(column, sa.String)


def as_uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(value)


def _when(value: Any) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, str):  # SQLite keeps UTC without an offset; with one parses faster
        value = dt.datetime.fromisoformat(value if value[-6] in "+-" else value + "+00:00")
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _day(value: Any) -> dt.date | None:
    return value if value is None or isinstance(value, dt.date) else dt.date.fromisoformat(value)


def entries_of(session: Session, where: Sequence[Any],
               ids: Sequence[uuid.UUID] | None = None) -> list[LibraryEntry]:
    """Return library entries of the modules matching `where` (and `ids`), newest change first."""
    stmt = select(
        _raw(Module.id), Module.title, _raw(Module.status), Module.group_name, Module.owner,
        Module.version, Module.language, _raw(Module.updated_at), _raw(Module.review_by),
        _raw(Module.deleted_at), STATS.c.estimated_minutes, STATS.c.pages, STATS.c.questions,
        _raw(STATS.c.changed_at),
    ).select_from(Module).outerjoin(STATS, STATS.c.module_id == Module.id).where(*where)
    if ids is not None:
        stmt = stmt.where(Module.id.in_(ids))
    today = dt.date.today()
    out = []
    for (key, title, status, group, owner, version, language, updated, review_by, deleted,
         minutes, pages, questions, changed) in session.execute(stmt):
        review = _day(review_by)
        out.append(LibraryEntry(  # stored times are UTC in one format: compare them as read
            id=as_uuid(key), title=title, status=_STATUS[status], group_name=group,
            owner=owner, version=version, language=language, pages=pages or 0,
            questions=questions or 0, updated_at=_when(max(updated, changed or updated)),
            estimated_minutes=minutes or 0, stale=review is not None and review < today,
            deleted_at=_when(deleted), review_by=review))
    return sorted(out, key=lambda e: e.updated_at, reverse=True)


