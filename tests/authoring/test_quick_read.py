"""`kiem list` reads the workspace file directly when it can; the rows are the full path's.

Every case the plain read cannot vouch for (no file, another schema, not a workspace) answers
None, so that the full path creates, upgrades or explains as before.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from app.cli import main
from authoring import blocks as b
from authoring.kinds import BlockKind, ModuleStatus, QuestionKind
from authoring.questions import Choice, ChoiceData, QuestionDraft
from authoring.quick_read import quick_summaries
from authoring.services import Services
from review.hub.quick import quick_sync

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "phishing"


def _varied(services: Services) -> None:
    """Modules of every shape the list counts: pages, questions, draws, deletions, statuses."""
    services.transfer.import_folder(SAMPLE)
    empty = services.modules.create("Nothing yet").id
    services.modules.set_review_state(empty, ModuleStatus.APPROVED, 3)
    quiz = services.modules.create("Quiz with a draw").id
    page = services.pages.add(quiz, "Questions").id
    draft = QuestionDraft(QuestionKind.SINGLE_CHOICE, "Pick one",
                          ChoiceData((Choice("a", "A", correct=True), Choice("b", "B"))))
    services.questions.add_to_page(page, draft)
    gone = services.questions.add_to_page(page, draft).id
    services.blocks.delete(gone)
    bank = services.questions.create_bank("Pool").id
    services.blocks.add(page, BlockKind.QUESTION_DRAW, b.QuestionDrawData(str(bank), 3))
    dropped = services.pages.add(quiz, "Dropped").id
    services.questions.add_to_page(dropped, draft)
    services.pages.delete(dropped)
    services.modules.delete(services.modules.create("In the trash").id)


def test_the_plain_read_lists_what_the_full_path_lists(workspace_path: Path,
                                                      services: Services) -> None:
    _varied(services)
    full = services.modules.list()
    quick = quick_summaries(workspace_path)
    assert quick == full
    assert {(m.title, m.pages, m.questions) for m in quick} >= {
        ("Quiz with a draw", 1, 4), ("Nothing yet", 0, 0)}
    assert all(m.updated_at.tzinfo is dt.UTC for m in quick)


def test_what_the_plain_read_cannot_vouch_for_is_left_to_the_full_path(
        tmp_path: Path, workspace_path: Path, services: Services, capsys) -> None:
    assert quick_summaries(tmp_path / "none-yet.kiemdb") is None  # the full path creates it
    text = tmp_path / "notes.kiemdb"
    text.write_text("not a database", encoding="utf-8")
    assert quick_summaries(text) is None  # the full path explains
    services.workspace.close()
    with sqlite3.connect(workspace_path) as conn:  # written by a newer Kiem
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    assert quick_summaries(workspace_path) is None
    assert main(["--workspace", str(workspace_path), "list"]) == 1  # the full path explains
    assert "newer" in capsys.readouterr().err


def test_sync_without_a_group_says_so_from_the_file_and_with_one_takes_the_full_path(
        workspace_path: Path, services: Services, capsys) -> None:
    assert quick_sync(workspace_path) == []
    assert main(["--workspace", str(workspace_path), "sync"]) == 0
    assert capsys.readouterr().out == "You are in no group yet; nothing to sync.\n"
    assert main(["--workspace", str(workspace_path), "sync", "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"
