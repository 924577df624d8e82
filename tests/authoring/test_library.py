"""The library: creators find, list, copy, trash and restore modules."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from PIL import Image

from authoring import blocks as b
from authoring.check import check
from authoring.errors import NotFound, UndoConflict
from authoring.estimate import estimated_minutes
from authoring.kinds import BlockKind, ModuleStatus, QuestionKind, Severity
from authoring.models import INDEX, Base, Module
from authoring.questions import Choice, ChoiceData, QuestionDraft, TrueFalseData
from authoring.services import Services
from authoring.services.search_index import filters, find, rebuild_index, reindex_modules
from authoring.workspace import Workspace

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "workspaces"
REPO = Path(__file__).resolve().parents[2]
PNG = REPO / "resources/samples/phishing/images/report-steps.png"


def _module(services: Services, title: str, *texts: str, **fields: object) -> uuid.UUID:
    status = fields.pop("status", None)
    module_id = services.modules.create(title, **fields).id
    page = services.pages.add(module_id, "Page 1").id
    for text in texts:
        services.blocks.add(page, BlockKind.TEXT, b.TextData(text))
    if status is not None:  # last: editing a published module would start a new draft
        services.modules.set_review_state(module_id, status, 1)
    return module_id


def _titles(services: Services, text: str, **filters: object) -> list[str]:
    services.library.reindex_all()
    return [m.title for m in services.library.search(text, **filters)]


def _question(stem: str = "Which address is safe?") -> QuestionDraft:
    return QuestionDraft(QuestionKind.SINGLE_CHOICE, stem, ChoiceData((
        Choice("a", "it@example.com", correct=True), Choice("b", "it@examp1e.net"))))


def _png(color: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), color).save(out, "PNG")
    return out.getvalue()


def test_search_finds_a_module_by_its_title_its_page_text_and_its_questions(
    services: Services,
) -> None:
    module_id = _module(services, "Expense claims", "Keep every receipt for seven years.")
    page = services.modules.snapshot(module_id).pages[0].id
    services.questions.add_to_page(page, _question("Which supplier needs a purchase order?"))
    services.blocks.add(page, BlockKind.ACCORDION, b.SectionsData((
        b.Section("Mileage", "Log the odometer reading."),)))
    services.blocks.add(page, BlockKind.SCENARIO, b.ScenarioData("Your taxi driver has no card "
                                                                 "terminal.", ()))
    services.blocks.add(page, BlockKind.REFLECTION, b.ReflectionData("Which costs surprise you?"))
    services.blocks.add(page, BlockKind.FLASHCARDS, b.FlashcardsData((b.Card("Per diem", "A "
                                                                             "daily allowance"),)))
    services.blocks.add(page, BlockKind.CALLOUT, b.CalloutData(markdown="Ask **finance** first."))
    _module(services, "Unrelated module", "Nothing to see.")
    for text in ("expense", "receipt", "purchase order", "examp1e", "odometer", "taxi",
                 "surprise", "allowance", "finance", "Page 1 claims"):
        assert _titles(services, text) == ["Expense claims"], text
    assert _titles(services, "receipt helicopter") == []


def test_search_matches_word_starts_in_any_case(services: Services) -> None:
    _module(services, "Phishing basics", "Report suspicious MAIL.")
    assert _titles(services, "PHISH") == ["Phishing basics"]
    assert _titles(services, "susp mail") == ["Phishing basics"]
    assert _titles(services, "hing") == []  # a prefix, not any substring


def test_search_ignores_accents_both_ways(services: Services) -> None:
    _module(services, "Réflexion sur la sécurité", "Écrire un rapport")
    _module(services, "Daily reflexion")
    assert sorted(_titles(services, "reflexion")) == ["Daily reflexion",
                                                       "Réflexion sur la sécurité"]
    assert _titles(services, "réflexion daily") == ["Daily reflexion"]
    assert _titles(services, "ecrire") == ["Réflexion sur la sécurité"]


def test_search_filters_by_status_and_group(services: Services) -> None:
    _module(services, "Printing A", group_name="Facilities")
    _module(services, "Printing B", group_name="IT", status=ModuleStatus.PUBLISHED)
    _module(services, "Printing C", group_name="IT")
    assert sorted(_titles(services, "printing", group="IT")) == ["Printing B", "Printing C"]
    assert _titles(services, "printing", status=ModuleStatus.PUBLISHED) == ["Printing B"]
    assert _titles(services, "printing", status="draft", group="Facilities") == ["Printing A"]
    assert services.library.groups() == ["Facilities", "IT"]


def test_title_hits_come_before_body_hits(services: Services) -> None:
    _module(services, "Travel booking", "invoices " * 40)
    _module(services, "Invoices", "How to pay a supplier.")
    _module(services, "Month end", "Check the invoices.")
    assert _titles(services, "invoice")[0] == "Invoices"
    assert _titles(services, "invoice")[1:] != []


def test_deleted_modules_are_found_only_when_asked_for(services: Services) -> None:
    gone = _module(services, "Fire drill", "Leave by the stairs.")
    services.modules.delete(gone)
    assert _titles(services, "stairs") == []
    assert _titles(services, "stairs", include_deleted=True) == ["Fire drill"]


def test_the_portable_search_finds_what_fts_finds(
    services: Services, workspace_path: Path, tmp_path: Path
) -> None:
    _module(services, "Phishing basics", "Report it.", group_name="IT")
    passwords = _module(services, "Passwords", "Never reuse a phishing victim's password.",
                        group_name="IT")
    _module(services, "Parking", "Phishing? No, parking.", group_name="Facilities")
    _module(services, "Réflexion", "Écrire")
    services.library.reindex_all()
    with services.workspace.read() as session:
        fts = [find(session, q) for q in ("phish", "phish report", "parking", "nothing here")]
    # What other databases get: module_search as a plain table, searched with ILIKE.
    plain = tmp_path / "plain.kiemdb"
    with sqlite3.connect(workspace_path) as src, sqlite3.connect(plain) as dst:
        src.backup(dst)  # a consistent copy, WAL included
    engine = sa.create_engine(f"sqlite:///{plain}")
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE module_search")
        INDEX.create(conn)
        assert rebuild_index(conn, fts=False) == 4
        for query, expected in zip(("phish", "phish report", "parking", "nothing here"), fts,
                                   strict=True):
            assert find(conn, query, fts=False) == expected, query
        assert find(conn, "phish", filters(group="IT"), fts=False) == expected_it(fts[0], conn)
        assert find(conn, "RÉFLEXION", fts=False) != []  # case folds; accents must match
        conn.execute(sa.update(Module).where(Module.id == passwords).values(title="Passphrases"))
        reindex_modules(conn, [passwords], fts=False)
        assert find(conn, "passphrase", fts=False) == [passwords]
        assert conn.execute(sa.select(sa.func.count()).select_from(INDEX)).scalar() == 4
    engine.dispose()


def expected_it(ranked: list[uuid.UUID], conn: sa.Connection) -> list[uuid.UUID]:
    it = set(conn.execute(sa.select(Module.id).where(Module.group_name == "IT")).scalars())
    return [i for i in ranked if i in it]


def test_search_finds_a_just_renamed_module_without_a_rebuild(services: Services) -> None:
    module_id = _module(services, "Holiday requests")
    services.library.reindex_all()
    services.modules.update(module_id, title="Leave requests")
    assert [m.id for m in services.library.search("leave")] == [module_id]


def test_a_block_edit_makes_its_module_the_most_recently_changed(services: Services) -> None:
    older = _module(services, "Older", "First version")
    newer = _module(services, "Newer")
    services.library.reindex_all()
    assert [e.id for e in services.library.entries()] == [newer, older]
    block = services.modules.snapshot(older).pages[0].blocks[0].id
    before = services.library.entries()[1].updated_at
    services.blocks.edit(block, b.TextData("Second version"))
    services.library.reindex_all()
    first = services.library.entries()[0]
    assert first.id == older and first.updated_at > before
    assert services.library.entries(include_deleted=True)[0].id == older


def test_entries_show_counts_estimated_minutes_and_staleness(services: Services) -> None:
    module_id = _module(services, "Forklift safety", "Look around you. " * 300,
                        review_by=dt.date(2020, 1, 31))
    fresh = _module(services, "Fresh", review_by=dt.date.today() + dt.timedelta(days=30))
    page = services.modules.snapshot(module_id).pages[0].id
    services.questions.add_to_page(page, _question())
    services.library.reindex_all()
    entry = {e.id: e for e in services.library.entries()}[module_id]
    assert (entry.pages, entry.questions, entry.stale) == (1, 1, True)
    assert entry.estimated_minutes == estimated_minutes(services.modules.snapshot(module_id)) > 3
    assert entry.review_by == dt.date(2020, 1, 31) and entry.deleted_at is None
    assert not {e.id: e for e in services.library.entries()}[fresh].stale
    assert [e.title for e in services.library.entries("forklift")] == ["Forklift safety"]


def test_duplicate_is_an_independent_copy_that_shares_banks(services: Services) -> None:
    module_id = _module(services, "Lockout procedure", "Switch it off. ![Steps](steps.png)")
    services.assets.import_file(module_id, PNG, "steps.png")
    page = services.modules.snapshot(module_id).pages[0].id
    services.questions.add_to_page(page, _question("Who may remove a lock?"))
    bank = services.questions.create_bank("Lockout test").id
    services.questions.add_to_bank(bank, [QuestionDraft(
        QuestionKind.TRUE_FALSE, f"Statement {i}", TrueFalseData()) for i in range(2)])
    services.blocks.add(page, BlockKind.QUESTION_DRAW, b.QuestionDrawData(str(bank), 2))
    services.modules.update(module_id, status=ModuleStatus.PUBLISHED, version=3)
    copied = services.library.duplicate(module_id)
    original, copy = services.modules.snapshot(module_id), services.modules.snapshot(copied.id)
    assert (copy.title, copy.status, copy.version) == ("Lockout procedure (copy)",
                                                      ModuleStatus.DRAFT, 1)
    assert copy.pages[0].id != original.pages[0].id
    assert {bl.id for bl in copy.pages[0].blocks}.isdisjoint(
        bl.id for bl in original.pages[0].blocks)
    assert [a.name for a in copy.assets] == ["steps.png"]
    assert copy.assets[0].sha256 == original.assets[0].sha256
    assert [bk.id for bk in copy.banks] == [bank] and len(services.questions.banks()) == 1
    assert [f for f in check(copy) if f.severity is Severity.ERROR] == []
    (copy_question,) = copy.questions
    assert copy_question.id != original.questions[0].id
    edit = services.questions.edit(copy_question.id, _question("Only whoever placed it."))
    assert services.modules.snapshot(module_id).questions[0].stem == "Who may remove a lock?"
    services.history.revert(edit.journal)
    services.history.revert(copied.journal)  # undoing the copy removes it
    assert [m.id for m in services.modules.list()] == [module_id]


def _backdate(path: Path, table: str, row_id: uuid.UUID) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"UPDATE {table} SET deleted_at = '2020-01-01 00:00:00.000000' WHERE id = ?",
                 (row_id.hex,))
    conn.commit()
    conn.close()


def test_restore_brings_back_exactly_what_was_deleted_with_the_module(
    services: Services, workspace_path: Path
) -> None:
    module_id = services.modules.create("Visitor badges").id
    pages = [services.pages.add(module_id, f"Page {i}").id for i in range(1, 4)]
    for page in pages:
        services.blocks.add(page, BlockKind.TEXT, b.TextData(f"Text on {page}"))
    services.pages.delete(pages[1])
    _backdate(workspace_path, "pages", pages[1])  # deleted long before the module
    services.modules.delete(module_id)
    services.library.reindex_all()
    (trashed,) = services.library.trash()
    assert (trashed.id, trashed.pages) == (module_id, 2) and trashed.deleted_at is not None
    restored = services.library.restore(module_id)
    snap = services.modules.snapshot(module_id)
    assert [p.title for p in snap.pages] == ["Page 1", "Page 3"]
    assert all(len(p.blocks) == 1 for p in snap.pages)
    assert services.library.trash() == []
    assert _titles(services, "badges") == ["Visitor badges"]
    services.history.revert(restored.journal)  # undo puts it back in the trash
    assert [e.id for e in services.library.trash()] == [module_id]
    with pytest.raises(NotFound):
        services.library.restore(uuid.uuid4())


def test_a_page_deleted_just_before_its_module_stays_deleted_on_restore(
    services: Services,
) -> None:
    module_id = services.modules.create("Visitor badges").id
    keep, drop = (services.pages.add(module_id, title).id for title in ("Keep", "Drop"))
    services.pages.delete(drop)
    services.modules.delete(module_id)
    services.library.restore(module_id)
    assert [p.id for p in services.modules.snapshot(module_id).pages] == [keep]


def test_the_trash_lists_the_most_recently_deleted_first(services: Services) -> None:
    first, second = _module(services, "First"), _module(services, "Second")
    services.modules.delete(second)
    services.modules.delete(first)
    assert [e.title for e in services.library.trash()] == ["First", "Second"]


def test_emptying_the_trash_removes_rows_for_good_but_keeps_shared_files(
    services: Services, workspace_path: Path
) -> None:
    shared, own = _png((200, 30, 30)), _png((30, 200, 30))
    keeper = _module(services, "Keeper")
    services.assets.import_bytes(keeper, shared, "shared.png")
    doomed = _module(services, "Doomed", "Bye")
    services.assets.import_bytes(doomed, shared, "shared.png")
    services.assets.import_bytes(doomed, own, "own.png")
    page = services.modules.snapshot(doomed).pages[0].id
    services.questions.add_to_page(page, _question())
    deleted = services.modules.delete(doomed)
    services.library.reindex_all()
    assert services.library.empty_trash() == 1
    assert services.library.empty_trash() == 0
    conn = sqlite3.connect(workspace_path)
    for table in ("pages", "blocks", "questions", "module_assets", "module_stats"):
        count = conn.execute(f"SELECT count(*) FROM {table} WHERE module_id = ?", (doomed.hex,))
        assert count.fetchone()[0] == 0, table
    assert conn.execute("SELECT count(*) FROM modules").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM module_search").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM assets").fetchone()[0] == 1
    conn.close()
    assert services.library.trash() == []
    assert _titles(services, "doomed", include_deleted=True) == []
    assert [a.name for a in services.modules.snapshot(keeper).assets] == ["shared.png"]
    with pytest.raises(NotFound):
        services.library.restore(doomed)
    with pytest.raises(UndoConflict):
        services.history.revert(deleted.journal)


def test_a_0002_workspace_is_migrated_and_its_content_is_searchable(tmp_path: Path) -> None:
    path = tmp_path / "old.kiemdb"
    shutil.copyfile(FIXTURES / "0002.kiemdb", path)
    with Workspace.open(path) as ws:
        assert ws.report.migrated_from == "0002" and ws.report.backup is not None
        library = Services(ws).library
        for text in ("complaints", "frustrat", "calm angry", "listening", "service"):
            assert [m.title for m in library.search(text)] == ["Handling customer complaints"]
        assert library.search("zebrafish") == []  # on a page deleted before the upgrade
        assert library.search("greeting") == []
        assert [m.title for m in library.search("greeting", include_deleted=True)] == [
            "Old phone script"]
        (entry,) = library.entries()
        assert (entry.pages, entry.questions, entry.stale, entry.version) == (1, 1, True, 2)
        assert entry.estimated_minutes == 1
        assert entry.updated_at == dt.datetime(2026, 11, 24, 9, tzinfo=dt.UTC)
        (trashed,) = library.trash()
        assert (trashed.title, trashed.pages) == ("Old phone script", 1)
        restored = library.restore(trashed.id).id
        assert restored is None and len(library.entries()) == 2


def test_a_migrated_workspace_has_the_tables_of_a_new_one(tmp_path: Path) -> None:
    def schema(path: Path) -> list[tuple[str, str]]:
        conn = sqlite3.connect(path)
        try:
            return conn.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE "
                                "'sqlite_%' ORDER BY type, name").fetchall()
        finally:
            conn.close()

    old, new = tmp_path / "old.kiemdb", tmp_path / "new.kiemdb"
    shutil.copyfile(FIXTURES / "0002.kiemdb", old)
    Workspace.open(new).close()
    with Workspace.open(old) as ws, ws.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_name": lambda name, kind, _p: not (
            kind == "table" and name.startswith("module_search"))})
        assert compare_metadata(ctx, Base.metadata) == []
    assert schema(old) == schema(new)
    assert ("table", "module_search") in schema(new)
