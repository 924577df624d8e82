"""Tests for the `kiem` command: each subcommand run in-process on real workspace files."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from app.cli import main
from authoring.bundle import write_bundle
from authoring.kinds import QuestionKind
from authoring.questions import Choice, ChoiceData, QuestionDraft
from authoring.services import Services
from authoring.snapshot import ModuleSnap, PageSnap
from authoring.templates import localized
from authoring.workspace import Workspace

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "phishing"
SAMPLE_TITLE = "Spot and report a phishing email"
KIEM = Path(sys.executable).parent / "kiem"

GIFT = """\
$CATEGORY: security/links

::Hover::Where does a link really go?{
  =To the address shown when you hover over it
  ~To the address written on the button
}

::Story::Describe a phishing email you once received.{}

::Padlock::A padlock in the address bar proves a site is honest.{F}
"""


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    """Where the commands keep their workspace (not created yet)."""
    return tmp_path / "studio" / "workspace.kiemdb"


def kiem(capsys: pytest.CaptureFixture[str], ws: Path, *args: str) -> tuple[int, str, str]:
    """Run `kiem --workspace ws ARGS…` and return (exit status, stdout, stderr)."""
    status = main(["--workspace", str(ws), *args])
    out, err = capsys.readouterr()
    return status, out, err


def assert_one_line_error(out: str, err: str) -> str:
    """Errors are one line on stderr starting "kiem:", and never a traceback."""
    assert "Traceback" not in out + err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("kiem: ")
    assert "unexpected error" not in lines[0]  # an expected error, written for the user
    return lines[0]


@pytest.fixture
def sample_id(capsys: pytest.CaptureFixture[str], ws: Path) -> str:
    """Import the phishing sample; return its id."""
    status, out, _ = kiem(capsys, ws, "import", str(SAMPLE))
    assert status == 0, out
    status, out, _ = kiem(capsys, ws, "list", "--json")
    (row,) = json.loads(out)
    return row["id"]


def make_broken_module(ws: Path) -> str:
    """Through the services on the same file: a single-choice question nobody can get right."""
    with Workspace.open(ws) as workspace:
        services = Services(workspace)
        module_id = services.modules.create("Broken quiz").id
        assert module_id is not None
        page_id = services.pages.add(module_id, "Quiz").id
        assert page_id is not None
        services.questions.add_to_page(page_id, QuestionDraft(
            QuestionKind.SINGLE_CHOICE, "Which is safe?",
            ChoiceData((Choice("a", "Clicking"), Choice("b", "Opening")))))
    return str(module_id)


# --- init -------------------------------------------------------------------------------------


def test_init_creates_the_workspace_and_says_where(capsys, ws):
    status, out, err = kiem(capsys, ws, "init")

    assert status == 0
    assert out.strip() == f"workspace created: {ws}"
    assert err == ""
    assert ws.is_file() and ws.stat().st_size > 0


def test_init_again_says_the_workspace_is_already_there(capsys, ws):
    kiem(capsys, ws, "init")

    status, out, _ = kiem(capsys, ws, "init")

    assert status == 0
    assert out.strip() == f"workspace already there: {ws}"


def test_workspace_comes_from_kiem_workspace_when_not_given(capsys, tmp_path, monkeypatch):
    path = tmp_path / "from-env" / "team.kiemdb"
    monkeypatch.setenv("KIEM_WORKSPACE", str(path))

    assert main(["init"]) == 0
    assert main(["list"]) == 0
    out, _ = capsys.readouterr()

    assert f"workspace created: {path}" in out
    assert "No modules yet" in out
    assert path.is_file()


def test_workspace_defaults_to_the_user_data_folder(capsys, tmp_path):
    assert main(["init"]) == 0
    out, _ = capsys.readouterr()

    # conftest points XDG_DATA_HOME into the test's folder
    expected = tmp_path / "home" / "data" / "kiem" / "workspace.kiemdb"
    assert out.strip() == f"workspace created: {expected}"
    assert expected.is_file()


def test_relative_workspace_path_works_after_it_was_created(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["--workspace", "rel.kiemdb", "init"]) == 0

    status = main(["--workspace", "rel.kiemdb", "list"])
    out, err = capsys.readouterr()

    assert status == 0, err
    assert "No modules yet" in out


# --- import, list, show -----------------------------------------------------------------------


def test_list_on_an_empty_workspace_suggests_importing_the_sample(capsys, ws):
    status, out, _ = kiem(capsys, ws, "list")

    assert status == 0
    assert "kiem import resources/samples/phishing" in out


def test_import_sample_folder_then_list_shows_it(capsys, ws):
    status, out, err = kiem(capsys, ws, "import", str(SAMPLE))
    assert status == 0, err
    assert out.startswith(f"imported “{SAMPLE_TITLE}” as ")
    assert "7 pages" in out

    status, out, _ = kiem(capsys, ws, "list")

    assert status == 0
    header, row, *rest = out.splitlines()
    assert header.split() == ["ID", "TITLE", "STATUS", "PAGES", "QUESTIONS"]
    assert SAMPLE_TITLE in row
    assert row.split()[-3:] == ["draft", "7", "8"]
    assert rest == []


def test_list_json_is_an_array_of_modules(capsys, ws, sample_id):
    status, out, _ = kiem(capsys, ws, "list", "--json")

    assert status == 0
    rows = json.loads(out)
    assert isinstance(rows, list) and len(rows) == 1
    row = rows[0]
    assert {"id", "title", "status", "pages", "questions"} <= set(row)
    assert uuid.UUID(row["id"]) == uuid.UUID(sample_id)
    assert (row["title"], row["status"], row["pages"], row["questions"]) == (
        SAMPLE_TITLE, "draft", 7, 8)


def test_show_by_id_prefix_prints_the_outline(capsys, ws, sample_id):
    status, out, _ = kiem(capsys, ws, "show", "--json", sample_id)
    pages = [p["title"] for p in json.loads(out)["pages"]]
    minutes = json.loads(out)["estimated_minutes"]

    status, out, err = kiem(capsys, ws, "show", sample_id[:6])

    assert status == 0, err
    lines = out.splitlines()
    assert lines[0] == SAMPLE_TITLE
    assert sample_id in lines[1]
    assert f"about {minutes} min" in lines[1]
    shown_pages = [line.split(". ", 1)[1] for line in lines[2:] if not line.startswith("      ")]
    assert shown_pages == pages
    assert "        question: true false: Link text" in lines
    assert any(line.startswith("        image: Sanne's email") for line in lines)


def test_show_json_holds_pages_and_estimated_minutes(capsys, ws, sample_id):
    status, out, _ = kiem(capsys, ws, "show", sample_id[:8], "--json")

    assert status == 0
    doc = json.loads(out)
    assert doc["id"] == sample_id
    assert doc["title"] == SAMPLE_TITLE
    assert len(doc["pages"]) == 7
    assert all("blocks" in page for page in doc["pages"])
    assert isinstance(doc["estimated_minutes"], int) and doc["estimated_minutes"] >= 1


# --- check ------------------------------------------------------------------------------------


def test_check_on_the_sample_finds_no_problems_and_exits_zero(capsys, ws, sample_id):
    status, out, _ = kiem(capsys, ws, "check", sample_id[:6])

    assert status == 0
    assert out.strip() == f"{SAMPLE_TITLE}: no problems found"


def test_check_of_a_module_with_an_error_prints_it_and_exits_one(capsys, ws):
    kiem(capsys, ws, "init")
    module_id = make_broken_module(ws)

    status, out, err = kiem(capsys, ws, "check", module_id[:6])

    assert status == 1
    assert err == ""
    lines = out.splitlines()
    errors = [line for line in lines if line.startswith("error: ")]
    assert len(errors) == 1
    assert "Page 1 (Quiz)" in errors[0] and "no correct answer" in errors[0]
    assert lines[-1] == "1 error(s), 0 warning(s)"


def test_check_json_lists_findings_with_their_places(capsys, ws):
    kiem(capsys, ws, "init")
    module_id = make_broken_module(ws)
    _, out, _ = kiem(capsys, ws, "show", module_id, "--json")
    page = json.loads(out)["pages"][0]

    status, out, _ = kiem(capsys, ws, "check", module_id, "--json")

    assert status == 1
    (finding,) = json.loads(out)
    assert finding["severity"] == "error"
    assert finding["code"] == "question.no_correct"
    assert finding["page"] == page["id"]
    assert finding["block"] == page["blocks"][0]["id"]
    assert finding["question"] == page["blocks"][0]["data"]["question"]


def test_check_json_on_a_clean_module_is_an_empty_array(capsys, ws, sample_id):
    status, out, _ = kiem(capsys, ws, "check", sample_id, "--json")

    assert status == 0
    assert json.loads(out) == []


# --- bundles and banks ------------------------------------------------------------------------


def test_bundle_export_then_import_adds_a_copy(capsys, ws, sample_id, tmp_path):
    bundle = tmp_path / "phishing.kiem"

    status, out, err = kiem(capsys, ws, "bundle", "export", sample_id[:6], str(bundle))
    assert status == 0, err
    assert out.startswith(f"wrote {bundle} (")
    assert bundle.is_file() and bundle.stat().st_size > 0

    status, out, err = kiem(capsys, ws, "bundle", "import", str(bundle))
    assert status == 0, err
    assert out.startswith(f"imported “{SAMPLE_TITLE} (copy)” as ")

    status, out, _ = kiem(capsys, ws, "list", "--json")
    rows = json.loads(out)
    assert sorted(r["title"] for r in rows) == [SAMPLE_TITLE, f"{SAMPLE_TITLE} (copy)"]
    assert len({r["id"] for r in rows}) == 2
    assert {(r["pages"], r["questions"]) for r in rows} == {(7, 8)}


def test_bank_import_adds_gift_questions_and_bank_list_shows_them(capsys, ws, tmp_path):
    gift = tmp_path / "links.gift"
    gift.write_text(GIFT, encoding="utf-8")

    status, out, err = kiem(capsys, ws, "bank", "import", str(gift), "--bank", "Link safety")

    assert status == 1, err  # an item was skipped: said, and the exit status says so too
    assert "added 2 question(s) to the bank “Link safety”" in out
    assert "the bank “Link safety” holds 2 question(s)" in out
    assert "skipped line 8: " in out and "no place in a bank" in out
    assert "1 item(s) skipped" in err

    status, out, _ = kiem(capsys, ws, "bank", "list")
    assert status == 0
    (line,) = out.splitlines()
    assert line.endswith("  Link safety  (2 questions)")

    status, out, _ = kiem(capsys, ws, "bank", "list", "--json")
    (bank,) = json.loads(out)
    assert (bank["title"], bank["questions"]) == ("Link safety", 2)
    assert line.startswith(bank["id"][:8])


def test_bank_import_twice_fills_the_same_bank_named_after_the_file(capsys, ws, tmp_path):
    gift = tmp_path / "links.gift"
    gift.write_text(GIFT, encoding="utf-8")
    kiem(capsys, ws, "bank", "import", str(gift))

    status, out, _ = kiem(capsys, ws, "bank", "import", str(gift))

    assert status == 1  # the essay is skipped again
    assert "the bank “links” holds 4 question(s)" in out


def test_bank_list_on_an_empty_workspace_says_how_to_make_one(capsys, ws):
    status, out, _ = kiem(capsys, ws, "bank", "list")

    assert status == 0
    assert "kiem bank import" in out


# --- errors -----------------------------------------------------------------------------------


def test_show_unknown_id_fails_with_one_line(capsys, ws, sample_id):
    other = "0" * 8 if not sample_id.startswith("0") else "f" * 8

    status, out, err = kiem(capsys, ws, "show", other)

    assert status == 1
    line = assert_one_line_error(out, err)
    assert other in line
    assert out == ""


def test_check_something_that_is_not_an_id_fails_with_one_line(capsys, ws, sample_id):
    status, out, err = kiem(capsys, ws, "check", "hello")

    assert status == 1
    assert "is not a module id" in assert_one_line_error(out, err)


def test_ambiguous_id_prefix_asks_for_more_of_the_id(capsys, ws, tmp_path):
    for n in (1, 2):
        module_id = uuid.UUID(f"abcd1234-0000-4000-8000-00000000000{n}")
        bundle = write_bundle(ModuleSnap(id=module_id, title=f"Module {n}",
                                         pages=(PageSnap(uuid.uuid4(), "Intro"),)),
                              {}, tmp_path / f"m{n}.kiem")
        assert kiem(capsys, ws, "bundle", "import", str(bundle))[0] == 0

    status, out, err = kiem(capsys, ws, "show", "abcd12")

    assert status == 1
    assert "matches 2 modules" in assert_one_line_error(out, err)
    assert kiem(capsys, ws, "show", "abcd1234-0000-4000-8000-000000000002")[0] == 0


def test_text_file_as_workspace_is_refused_and_left_unchanged(capsys, tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    notes = folder / "notes.txt"
    notes.write_text("buy milk\n", encoding="utf-8")

    status, out, err = kiem(capsys, notes, "list")

    assert status == 1
    line = assert_one_line_error(out, err)
    assert str(notes) in line and "not a Kiem workspace" in line
    assert notes.read_text(encoding="utf-8") == "buy milk\n"
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]


def test_folder_as_workspace_is_refused(capsys, tmp_path):
    status, out, err = kiem(capsys, tmp_path, "list")

    assert status == 1
    assert "is a folder" in assert_one_line_error(out, err)


def test_import_of_a_missing_folder_fails_with_one_line(capsys, ws, tmp_path):
    status, out, err = kiem(capsys, ws, "import", str(tmp_path / "nowhere"))

    assert status == 1
    assert_one_line_error(out, err)


def test_bundle_import_of_a_file_that_is_not_a_bundle_fails_and_adds_nothing(capsys, ws,
                                                                          tmp_path):
    fake = tmp_path / "fake.kiem"
    fake.write_text("not a zip", encoding="utf-8")

    status, out, err = kiem(capsys, ws, "bundle", "import", str(fake))

    assert status == 1
    assert_one_line_error(out, err)
    assert kiem(capsys, ws, "list", "--json")[1].strip() == "[]"


# --- help -------------------------------------------------------------------------------------


@pytest.mark.parametrize("argv", [
    [], ["gui"], ["init"], ["list"], ["show"], ["check"], ["import"],
    ["bundle"], ["bundle", "export"], ["bundle", "import"],
    ["bank"], ["bank", "import"], ["bank", "list"],
], ids=lambda argv: " ".join(argv) or "kiem")
def test_help_of_every_command_exits_zero(capsys, argv):
    with pytest.raises(SystemExit) as caught:
        main([*argv, "--help"])
    out, _ = capsys.readouterr()

    assert caught.value.code == 0
    assert out.startswith(f"usage: {' '.join(['kiem', *argv])}")


# --- the installed command --------------------------------------------------------------------


def test_installed_kiem_command_prints_help_and_lists_an_empty_workspace(tmp_path):
    shown = subprocess.run([str(KIEM), "--help"], capture_output=True, text=True, timeout=60)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("usage: kiem")
    for name in ("init", "list", "show", "check", "import", "bundle", "bank"):
        assert name in shown.stdout

    listed = subprocess.run([str(KIEM), "--workspace", str(tmp_path / "empty.kiemdb"), "list"],
                            capture_output=True, text=True, timeout=120)

    assert listed.returncode == 0, listed.stderr
    assert "No modules yet" in listed.stdout
    assert (tmp_path / "empty.kiemdb").is_file()


def test_templates_are_listed_with_their_keys(capsys, ws):
    status, out, _ = kiem(capsys, ws, "templates")
    assert status == 0
    assert out.splitlines()[0].split(None, 1) == [
        "recurring_question", localized("en", "recurring_question.title") + ": "
        + localized("en", "recurring_question.about")]
    status, out, _ = kiem(capsys, ws, "templates", "--json")
    assert [t["key"] for t in json.loads(out)] == [
        "recurring_question", "procedure_test", "learn_apply_reflect"]


@pytest.mark.parametrize("key", ["recurring_question", "procedure_test", "learn_apply_reflect"])
def test_a_module_made_from_a_template_and_left_unchanged_never_passes_check(capsys, ws, key,
                                                                               tmp_path):
    assert kiem(capsys, ws, "whoami", "--name", "Noor Said", "--email", "noor@example.com")[0] == 0
    status, out, _ = kiem(capsys, ws, "new", "--template", key, "--title", "Booking a room",
                          "--language", "nl")
    assert status == 0
    module_id = out.strip()
    (row,) = json.loads(kiem(capsys, ws, "list", "--json")[1])
    assert (row["id"], row["title"], row["language"], row["owner"]) == (
        module_id, "Booking a room", "nl", "Noor Said")

    status, out, _ = kiem(capsys, ws, "check", module_id)
    assert status == 1
    assert "still the template's guidance" in out
    status, out, err = kiem(capsys, ws, "export", module_id, "--format", "scorm12",
                            "--out", str(tmp_path / "out.zip"))
    assert status == 1 and not (tmp_path / "out.zip").exists()
    assert "error" in assert_one_line_error(out, err)


def test_new_makes_a_blank_module_and_refuses_an_unknown_template(capsys, ws):
    status, out, _ = kiem(capsys, ws, "new", "--title", "Lock your screen")
    assert status == 0
    (row,) = json.loads(kiem(capsys, ws, "list", "--json")[1])
    assert (row["id"], row["pages"], row["language"]) == (out.strip(), 0, "en")
    status, out, err = kiem(capsys, ws, "new", "--title", "X", "--template", "quiz")
    assert status == 1
    assert "no template 'quiz'; there are: recurring_question" in assert_one_line_error(out, err)
    status, out, err = kiem(capsys, ws, "new", "--title", "   ")
    assert status == 1 and "title" in assert_one_line_error(out, err)
    assert len(json.loads(kiem(capsys, ws, "list", "--json")[1])) == 1
