"""The library: find, list, copy, trash and restore modules, and start one from a template."""

from __future__ import annotations

import uuid
from dataclasses import replace

import sqlalchemy as sa
from sqlalchemy import select

from authoring.errors import InvalidData, NotFound
from authoring.kinds import ModuleStatus
from authoring.models import INDEX, STATS, Asset, Block, Module, ModuleAsset, Page, Question
from authoring.results_store import forget_results
from authoring.services.changes import Changes, writing
from authoring.services.modules import LANGUAGE, workspace_person
from authoring.services.reading import load_snapshot
from authoring.services.rows import live
from authoring.services.search_index import (
    LibraryEntry,
    as_uuid,
    entries_of,
    filters,
    find,
    kept_with,
    rebuild_index,
    trashed_with,
    words,
)
from authoring.snapshot import ModuleSummary
from authoring.templates import template
from authoring.workspace import Workspace


class LibraryService:
    """The library of modules: search, list, templates, copies and the trash."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def search(self, text: str, *, status: ModuleStatus | None = None, group: str | None = None,
               include_deleted: bool = False, limit: int = 200) -> list[ModuleSummary]:
        """Return modules whose title or content has every word (as a word start), best first."""
        return [e.summary() for e in self.entries(text, status=status, group=group,
                                                  include_deleted=include_deleted, limit=limit)]

    def entries(self, text: str | None = None, *, status: ModuleStatus | None = None,
                group: str | None = None, include_deleted: bool = False,
                limit: int | None = None) -> list[LibraryEntry]:
        """Return library entries, newest change first, or best match first for a `text`."""
        where = filters(status, group, include_deleted)
        with self._ws.read() as session:
            if not words(text or ""):
                return entries_of(session, where)[:limit]
            ids = find(session, text or "", where, limit)
            found = {e.id: e for e in entries_of(session, where, ids)}
        return [found[i] for i in ids if i in found]

    def groups(self) -> list[str]:
        """Return the group names of the modules outside the trash, alphabetically."""
        with self._ws.read() as session:
            names = session.scalars(select(Module.group_name).distinct().where(
                Module.deleted_at.is_(None), Module.group_name != ""))
            return sorted(names, key=str.casefold)

    def trash(self) -> list[LibraryEntry]:
        """Return the modules in the trash, most recently deleted first."""
        with self._ws.read() as session:
            found = entries_of(session, [Module.deleted_at.is_not(None)])
        return sorted(found, key=lambda e: e.deleted_at or e.updated_at, reverse=True)

    def create_from_template(self, key: str, title: str, language: str = "en",
                             owner: str | None = None, group_name: str = "") -> Changes:
        """Make a module laid out by a template, in one step; `Changes.id` is the module.

        Without an `owner`, the owner is the person who uses the workspace (when known).
        """
        chosen = template(key)
        if chosen is None:
            raise InvalidData(f"there is no template {key!r}")
        if not title.strip() or len(title) > 300:
            raise InvalidData("module title: give a title of at most 300 characters")
        if not LANGUAGE.match(language):
            raise InvalidData(f"module language: {language!r} is not a language code like en")
        if owner is None:
            with self._ws.read() as session:
                owner = workspace_person(session)
        if len(owner) > 200 or len(group_name) > 200:
            raise InvalidData("module owner and group: at most 200 characters each")
        snap = chosen.snapshot(title.strip(), language, owner, group_name)
        from authoring.services.inserting import insert_snapshot  # noqa: PLC0415 - Pillow, etc.

        return insert_snapshot(self._ws, snap, {})

    def duplicate(self, module_id: uuid.UUID) -> Changes:
        """Copy a module as a new draft titled "… (copy)"; `Changes.id` is the copy.

        Pages, blocks and placed questions get fresh ids; banks are shared, files named alike.
        """
        from authoring.services.inserting import as_copy, insert_snapshot  # noqa: PLC0415

        with self._ws.read() as session:
            snap = load_snapshot(session, live(session, Module, module_id, "module").id)
            shas = [a.sha256 for a in snap.assets]
            blobs = {sha: data for sha, data in session.execute(
                select(Asset.sha256, Asset.data).where(Asset.sha256.in_(shas)))}
        # Without its banks in the snapshot, the copy's draws keep pointing at the shared ones.
        draft = replace(snap, banks=(), status=ModuleStatus.DRAFT, version=1)
        return insert_snapshot(self._ws, as_copy(draft), blobs)

    def restore(self, module_id: uuid.UUID) -> Changes:
        """Take a module out of the trash with exactly the rows trashed together with it."""
        with writing(self._ws) as (session, result):
            module = session.get(Module, as_uuid(str(module_id)))
            if module is None or module.deleted_at is None:
                raise NotFound(f"module {module_id} is not in the trash")
            rows = [row for cls in (Page, Block, Question, ModuleAsset)
                    for row in session.scalars(select(cls).where(  # type: ignore[attr-defined]
                        cls.module_id == module.id, cls.deleted_at.is_not(None)))]
            window = trashed_with(module.deleted_at, (r.deleted_at for r in rows))
            for row in rows:
                if kept_with(window, row.deleted_at):
                    row.deleted_at = None
            module.deleted_at = None
        return result.changes

    def empty_trash(self) -> int:
        """Delete the modules in the trash with all their rows for good (not undoable).

        Files that no other module names go too. Returns how many modules were deleted.
        """
        modules: sa.Table = Module.__table__  # type: ignore[assignment]
        trashed = select(modules.c.id).where(modules.c.deleted_at.is_not(None))
        with self._ws.write() as session:  # Core statements: the journal refuses ORM deletes
            count = len(session.execute(trashed).all())
            shas = set(session.scalars(select(ModuleAsset.sha256)
                                       .where(ModuleAsset.module_id.in_(trashed))))
            for table in (*(c.__table__ for c in (Block, Question, Page, ModuleAsset)), STATS,
                          INDEX):  # children first, for the foreign keys
                session.execute(sa.delete(table).where(table.c.module_id.in_(trashed)))
            forget_results(session, trashed)
            session.execute(sa.delete(modules).where(modules.c.deleted_at.is_not(None)))
            assets: sa.Table = Asset.__table__  # type: ignore[assignment]
            session.execute(sa.delete(assets).where(assets.c.sha256.in_(shas), assets.c.sha256
                                                    .not_in(select(ModuleAsset.sha256))))
        return count

    def reindex_all(self) -> int:
        """Rebuild the search index and stats of every module in one transaction; say how many."""
        with self._ws.write() as session:
            return rebuild_index(session)
