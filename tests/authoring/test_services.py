"""Services: every change is one transaction, reported in Changes, and undoable and redoable."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest

from authoring.blocks import (
    CalloutData,
    CalloutStyle,
    ImageData,
    QuestionRef,
    Section,
    SectionsData,
    TextData,
)
from authoring.errors import AssetError, InvalidData, NotFound, UndoConflict
from authoring.kinds import BlockKind, ModuleStatus, QuestionKind
from authoring.questions import Choice, ChoiceData, NumericAnswer, NumericData, QuestionDraft
from authoring.services import Services
from authoring.settings import Assessment, FeedbackTiming, Navigation, NavigationMode
from authoring.snapshot import ModuleSnap

REPO = Path(__file__).resolve().parents[2]
PNG = REPO / "resources/samples/phishing/images/report-steps.png"


def _choice(stem: str = "Which address is safe?") -> QuestionDraft:
    return QuestionDraft(QuestionKind.SINGLE_CHOICE, stem, ChoiceData((
        Choice("a", "it@example.com", correct=True, feedback="Yes: our own domain."),
        Choice("b", "it@examp1e.net", feedback="Look again at the l."),
    )))


def _module(services: Services, pages: int = 3) -> tuple[uuid.UUID, list[uuid.UUID]]:
    module_id = services.modules.create("Phishing basics", language="nl").id
    page_ids = [services.pages.add(module_id, f"Page {i}").id for i in range(1, pages + 1)]
    return module_id, page_ids


def _titles(snap: ModuleSnap) -> list[str]:
    return [p.title for p in snap.pages]


def test_creator_adds_pages_and_reorders_them_then_undo_restores_the_order(
    services: Services,
) -> None:
    module_id, pages = _module(services)
    move = services.pages.move(pages[2], 0)
    assert _titles(services.modules.snapshot(module_id)) == ["Page 3", "Page 1", "Page 2"]
    assert move.pages >= {pages[2]} and move.modules == {module_id}
    undo = services.history.revert(move.journal)
    assert _titles(services.modules.snapshot(module_id)) == ["Page 1", "Page 2", "Page 3"]
    services.history.revert(undo.journal)  # redo
    assert _titles(services.modules.snapshot(module_id)) == ["Page 3", "Page 1", "Page 2"]


def test_the_module_count_leaves_out_the_trash_and_follows_undo(services: Services) -> None:
    assert services.modules.count() == 0
    kept = services.modules.create("Kept").id
    gone = services.modules.create("Gone").id
    deleted = services.modules.delete(gone)
    assert services.modules.count() == 1 == len(services.modules.list())
    services.history.revert(deleted.journal)
    assert services.modules.count() == 2
    assert {m.id for m in services.modules.list()} == {kept, gone}


def test_adding_a_page_in_the_middle_and_undoing_it_leaves_a_tombstone(
    services: Services, workspace_path: Path
) -> None:
    module_id, _pages = _module(services)
    added = services.pages.add(module_id, "Inserted", index=1)
    assert _titles(services.modules.snapshot(module_id))[1] == "Inserted"
    services.history.revert(added.journal)
    assert "Inserted" not in _titles(services.modules.snapshot(module_id))
    conn = sqlite3.connect(workspace_path)
    deleted = conn.execute("SELECT deleted_at FROM pages WHERE title = 'Inserted'").fetchone()
    conn.close()
    assert deleted[0] is not None  # kept for sync: "deleted here", not "never seen"


def test_rename_and_topics_are_undoable(services: Services) -> None:
    module_id, pages = _module(services, 1)
    rename = services.pages.rename(pages[0], "  Spot the signs  ")
    topics = services.pages.set_topics(pages[0], ["links", " links", "sender", ""])
    page = services.modules.snapshot(module_id).pages[0]
    assert (page.title, page.topics) == ("Spot the signs", ("links", "sender"))
    services.history.revert(topics.journal)
    services.history.revert(rename.journal)
    page = services.modules.snapshot(module_id).pages[0]
    assert (page.title, page.topics) == ("Page 1", ())


def test_blocks_are_added_edited_moved_across_pages_and_deleted_each_undoable(
    services: Services,
) -> None:
    module_id, pages = _module(services, 2)
    first = services.blocks.add(pages[0], BlockKind.TEXT, TextData("First")).id
    second = services.blocks.add(pages[0], BlockKind.CALLOUT,
                                 CalloutData(CalloutStyle.TIP, "Tip", "Hover first")).id
    edit = services.blocks.edit(first, TextData("First, **edited**"))
    move = services.blocks.move(second, pages[1], 0)
    snap = services.modules.snapshot(module_id)
    assert [b.id for b in snap.pages[0].blocks] == [first]
    assert [b.id for b in snap.pages[1].blocks] == [second]
    assert snap.pages[0].blocks[0].data == TextData("First, **edited**")
    delete = services.blocks.delete(first)
    assert services.modules.snapshot(module_id).pages[0].blocks == ()
    for change in (delete, move, edit):
        services.history.revert(change.journal)
    snap = services.modules.snapshot(module_id)
    assert [b.id for b in snap.pages[0].blocks] == [first, second]
    assert snap.pages[0].blocks[0].data == TextData("First")


def test_a_block_keeps_its_tracking_id_through_edits_and_moves(services: Services) -> None:
    module_id, pages = _module(services, 2)
    block = services.blocks.add(pages[0], BlockKind.TEXT, TextData("x")).id
    before = services.modules.snapshot(module_id).pages[0].blocks[0].tracking_id
    services.blocks.edit(block, TextData("y"))
    services.blocks.move(block, pages[1], 0)
    assert services.modules.snapshot(module_id).pages[1].blocks[0].tracking_id == before
    assert len(before) == 8


def test_deleting_a_page_takes_its_blocks_and_questions_and_undo_brings_all_back(
    services: Services,
) -> None:
    module_id, pages = _module(services, 2)
    services.blocks.add(pages[1], BlockKind.TEXT, TextData("Before the question"))
    services.questions.add_to_page(pages[1], _choice())
    delete = services.pages.delete(pages[1])
    snap = services.modules.snapshot(module_id)
    assert _titles(snap) == ["Page 1"] and snap.questions == ()
    assert len(delete.blocks) == 2 and len(delete.questions) == 1
    services.history.revert(delete.journal)
    snap = services.modules.snapshot(module_id)
    assert _titles(snap) == ["Page 1", "Page 2"]
    assert [b.kind for b in snap.pages[1].blocks] == [BlockKind.TEXT, BlockKind.QUESTION]
    assert snap.questions[0].stem == "Which address is safe?"


def test_duplicating_a_page_copies_its_question_instead_of_sharing_it(services: Services) -> None:
    module_id, pages = _module(services, 1)
    services.questions.add_to_page(pages[0], _choice())
    copy = services.pages.duplicate(pages[0]).id
    snap = services.modules.snapshot(module_id)
    assert [p.id for p in snap.pages] == [pages[0], copy]
    refs = [p.blocks[0].data.question for p in snap.pages]
    assert refs[0] != refs[1] and len(snap.questions) == 2
    tracking = [p.blocks[0].tracking_id for p in snap.pages]
    assert tracking[0] != tracking[1]
    question = snap.questions[1]
    services.questions.edit(question.id, _choice("Changed in the copy only"))
    stems = {q.stem for q in services.modules.snapshot(module_id).questions}
    assert stems == {"Which address is safe?", "Changed in the copy only"}


def test_duplicating_a_block_puts_the_copy_right_below(services: Services) -> None:
    module_id, pages = _module(services, 1)
    a = services.blocks.add(pages[0], BlockKind.TEXT, TextData("a")).id
    b = services.blocks.add(pages[0], BlockKind.TEXT, TextData("b")).id
    copy = services.blocks.duplicate(a).id
    assert [x.id for x in services.modules.snapshot(module_id).pages[0].blocks] == [a, copy, b]


def test_questions_of_every_kind_are_stored_and_edited(services: Services) -> None:
    module_id, pages = _module(services, 1)
    block = services.questions.add_to_page(pages[0], QuestionDraft(
        QuestionKind.NUMERIC, "How many minutes may pass before you call IT?",
        NumericData((NumericAnswer(15, 0),)), points=2, tags=("speed",)))
    snap = services.modules.snapshot(module_id)
    question = snap.questions[0]
    assert snap.pages[0].blocks[0].id == block.id
    assert snap.pages[0].blocks[0].data == QuestionRef(str(question.id), scored=True)
    assert (question.points, question.tags) == (2.0, ("speed",))
    edit = services.questions.edit(question.id, _choice())
    assert services.modules.snapshot(module_id).questions[0].kind is QuestionKind.SINGLE_CHOICE
    services.history.revert(edit.journal)
    assert services.modules.snapshot(module_id).questions[0].kind is QuestionKind.NUMERIC


def test_banks_hold_tagged_questions_and_can_be_deleted_and_restored(services: Services) -> None:
    bank = services.questions.create_bank("Security basics").id
    services.questions.add_to_bank(bank, [_choice(), _choice("Second")])
    assert [(b.title, b.questions) for b in services.questions.banks()] == [("Security basics", 2)]
    delete = services.questions.delete_bank(bank)
    assert services.questions.banks() == []
    services.history.revert(delete.journal)
    assert len(services.questions.bank(bank).questions) == 2


def test_module_settings_are_validated_and_stored(services: Services) -> None:
    module_id = services.modules.create("Settings").id
    services.modules.update(
        module_id, navigation=Navigation(mode=NavigationMode.FREE),
        assessment=Assessment(pass_mark=70, attempts=2, feedback=FeedbackTiming.END),
        status=ModuleStatus.IN_REVIEW, keywords=["mail", " "],
    )
    snap = services.modules.snapshot(module_id)
    assert snap.navigation.mode is NavigationMode.FREE
    assert (snap.assessment.pass_mark, snap.assessment.attempts) == (70, 2)
    assert snap.status is ModuleStatus.IN_REVIEW and snap.keywords == ("mail",)
    with pytest.raises(InvalidData, match="language"):
        services.modules.update(module_id, language="English please")
    with pytest.raises(InvalidData, match="title"):
        services.modules.update(module_id, title="   ")
    with pytest.raises(InvalidData, match="colour"):
        services.modules.update(module_id, colour="red")


def test_bad_block_data_is_refused_with_the_field_named_and_nothing_written(
    services: Services,
) -> None:
    module_id, pages = _module(services, 1)
    with pytest.raises(InvalidData, match=r"accordion block\.items\[0\]: missing field 'title'"):
        services.blocks.add(pages[0], BlockKind.ACCORDION, {"items": [{"markdown": "x"}]})
    with pytest.raises(InvalidData, match="callout block.style"):
        services.blocks.add(pages[0], BlockKind.CALLOUT, {"style": "purple"})
    with pytest.raises(InvalidData, match="SectionsData"):
        services.blocks.add(pages[0], BlockKind.TABS, TextData("wrong type"))
    assert services.modules.snapshot(module_id).pages[0].blocks == ()
    ok = services.blocks.add(pages[0], BlockKind.TABS, {"items": [{"title": "Mail"}]})
    block = services.modules.snapshot(module_id).pages[0].blocks[0]
    assert block.id == ok.id and block.data == SectionsData((Section("Mail", ""),))


def test_unknown_ids_give_not_found(services: Services) -> None:
    with pytest.raises(NotFound, match="page"):
        services.pages.rename(uuid.uuid4(), "x")
    with pytest.raises(NotFound, match="module"):
        services.modules.snapshot(uuid.uuid4())
    with pytest.raises(NotFound, match="not a valid id"):
        services.blocks.delete("nonsense")  # type: ignore[arg-type]


def test_undo_is_refused_when_the_same_content_changed_since(services: Services) -> None:
    module_id, pages = _module(services, 1)
    rename = services.pages.rename(pages[0], "First name")
    services.pages.rename(pages[0], "Second name")
    with pytest.raises(UndoConflict):
        services.history.revert(rename.journal)
    assert _titles(services.modules.snapshot(module_id)) == ["Second name"]


def test_every_edit_gives_the_row_a_new_revision(services: Services, workspace_path: Path) -> None:
    _module_id, pages = _module(services, 1)

    def revision() -> str:
        conn = sqlite3.connect(workspace_path)
        value = conn.execute("SELECT revision FROM pages").fetchone()[0]
        conn.close()
        return value

    first = revision()
    services.pages.rename(pages[0], "Renamed")
    assert revision() != first


def test_images_are_stored_once_by_content_and_named_per_module(
    services: Services, workspace_path: Path
) -> None:
    module_id, pages = _module(services, 1)
    services.assets.import_file(module_id, PNG, "images/steps.png")
    services.assets.import_file(module_id, PNG, "images/again.png")
    snap = services.modules.snapshot(module_id)
    assert [a.name for a in snap.assets] == ["images/again.png", "images/steps.png"]
    sha = snap.assets[0].sha256
    assert services.assets.data(sha) == PNG.read_bytes()
    thumb = services.assets.thumbnail(sha)
    assert thumb is not None and thumb.startswith(b"\x89PNG")
    conn = sqlite3.connect(workspace_path)
    assert conn.execute("SELECT count(*) FROM assets").fetchone()[0] == 1
    conn.close()
    services.blocks.add(pages[0], BlockKind.IMAGE, ImageData(sha, "Three steps to report"))


def test_a_truncated_image_is_refused_and_nothing_is_stored(
    services: Services, tmp_path: Path
) -> None:
    module_id, _pages = _module(services, 1)
    broken = tmp_path / "broken.png"
    broken.write_bytes(PNG.read_bytes()[:600])
    with pytest.raises(AssetError, match="broken.png"):
        services.assets.import_file(module_id, broken)
    with pytest.raises(InvalidData, match="inside the module"):
        services.assets.import_bytes(module_id, PNG.read_bytes(), "../escape.png")
    assert services.modules.snapshot(module_id).assets == ()


def test_deleting_a_module_hides_it_and_undo_restores_it_whole(services: Services) -> None:
    module_id, pages = _module(services, 2)
    services.questions.add_to_page(pages[0], _choice())
    delete = services.modules.delete(module_id)
    assert services.modules.list() == []
    with pytest.raises(NotFound):
        services.modules.snapshot(module_id)
    services.history.revert(delete.journal)
    snap = services.modules.snapshot(module_id)
    assert _titles(snap) == ["Page 1", "Page 2"] and len(snap.questions) == 1


def test_module_ids_resolve_from_a_unique_prefix(services: Services) -> None:
    module_id = services.modules.create("Prefix").id
    assert services.modules.resolve(str(module_id)[:6]) == module_id
    assert services.modules.resolve(str(module_id).upper()) == module_id
    with pytest.raises(NotFound, match="no module"):
        services.modules.resolve("0000000000")
    with pytest.raises(NotFound, match="not a module id"):
        services.modules.resolve("x!")


def test_the_list_counts_pages_and_questions_including_random_draws(services: Services) -> None:
    module_id, pages = _module(services, 2)
    services.questions.add_to_page(pages[0], _choice())
    bank = services.questions.create_bank("Bank").id
    services.questions.add_to_bank(bank, [_choice(), _choice(), _choice()])
    services.blocks.add(pages[1], BlockKind.QUESTION_DRAW, {"bank": str(bank), "count": 3})
    (row,) = services.modules.list()
    assert (row.id, row.pages, row.questions) == (module_id, 2, 4)
    snap = services.modules.snapshot(module_id)
    assert [b.title for b in snap.banks] == ["Bank"]


@pytest.mark.parametrize("points", [float("nan"), float("inf"), -1.0, 2_000_000.0])
def test_a_question_worth_no_real_number_of_points_is_refused(services: Services,
                                                              points: float) -> None:
    _module_id, pages = _module(services, 1)
    draft = QuestionDraft(QuestionKind.SINGLE_CHOICE, "Which?", _choice().data, points=points)
    with pytest.raises(InvalidData, match="question points: give a number from 0 to"):
        services.questions.add_to_page(pages[0], draft)
