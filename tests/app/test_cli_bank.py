"""`kiem bank import|export` with GIFT and Moodle XML, through the real command and workspace."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from app.cli import main
from authoring.services import Services
from authoring.workspace import Workspace

FIXTURES = Path(__file__).parents[1] / "fixtures" / "moodle"


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    return tmp_path / "ws.sqlite"


def kiem(capsys, ws: Path, *args: str) -> tuple[int, str, str]:
    status = main(["--workspace", str(ws), *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_moodle_xml_import_reports_skips_and_stores_the_image(capsys, ws):
    status, out, err = kiem(capsys, ws, "bank", "import", str(FIXTURES / "quiz.xml"),
                            "--bank", "Planets")
    assert status == 1, err  # the cloze and the description were skipped
    assert "quiz.xml: added 6 question(s) to the bank “Planets” with 1 file(s)" in out
    assert "skipped line 278: “A description” is a description" in out
    assert "skipped line 295: “Simple multianswer”: Moodle's embedded answers (cloze)" in out
    assert "2 item(s) skipped" in err
    services = Services(Workspace.open(ws))
    (bank,) = services.questions.banks()
    stem = services.questions.bank(bank.id).questions[0].stem
    sha = stem.split("files/")[1].split("/")[0]
    assert services.assets.data(sha)[:3] == b"\xff\xd8\xff"


def test_dry_run_writes_nothing(capsys, ws):
    status, out, _ = kiem(capsys, ws, "bank", "import", str(FIXTURES / "questions.gift"),
                          "--dry-run")
    assert status == 1
    assert "questions.gift: would add 9 question(s) to the bank “questions”" in out
    assert "skipped line 55: 'eight' is not a number" in out
    assert "note line 46: several answers start with '='" in out
    status, out, _ = kiem(capsys, ws, "bank", "list")
    assert "No question banks yet" in out


@pytest.mark.parametrize("suffix", [".gift", ".xml"])
def test_export_then_import_gives_the_same_questions(capsys, ws, tmp_path, suffix):
    kiem(capsys, ws, "bank", "import", str(FIXTURES / "quiz.xml"), "--bank", "Planets")
    out_file = tmp_path / f"planets{suffix}"
    status, out, err = kiem(capsys, ws, "bank", "export", "Planets", str(out_file))
    assert status == 0, err
    written = 5 if suffix == ".gift" else 6  # GIFT has no ordering questions
    assert f"wrote {written} question(s) to {out_file}" in out
    if suffix == ".gift":
        assert "GIFT has no ordering questions" in out
    status, out, err = kiem(capsys, ws, "bank", "import", str(out_file), "--bank", "Again")
    assert status == 0, err + out
    services = Services(Workspace.open(ws))
    banks = {b.title: services.questions.bank(b.id) for b in services.questions.banks()}
    before = {q.title: q for q in banks["Planets"].questions}
    for question in banks["Again"].questions:
        original = before[question.title]
        # The export's category (the bank it came from) comes back as a tag in another bank.
        assert (question.kind, question.stem, question.tags) == (
            original.kind, original.stem, (*original.tags, "Planets"))
        if suffix == ".xml":
            assert question.data == original.data


def test_export_needs_a_bank_or_a_module(capsys, ws, tmp_path):
    status, _out, err = kiem(capsys, ws, "bank", "export", str(tmp_path / "x.gift"))
    assert status != 0
    assert "name a bank, or give --module ID" in err


def test_a_question_file_goes_onto_a_new_quiz_page_with_its_image(capsys, ws, tmp_path):
    status, out, _ = kiem(capsys, ws, "new", "--title", "The solar system")
    module = out.strip().split()[-1]
    status, out, err = kiem(capsys, ws, "bank", "import", str(FIXTURES / "quiz.xml"),
                            "--module", module, "--page", "Planets quiz")
    assert status == 1, err  # the cloze and the description were skipped, as for a bank
    assert "quiz.xml: added 6 question(s) to a new quiz page “Planets quiz” with 1 file(s)" in out
    services = Services(Workspace.open(ws))
    snap = services.modules.snapshot(services.modules.resolve(module))
    assert snap.pages[-1].title == "Planets quiz"
    assert [b.kind.value for b in snap.pages[-1].blocks] == ["question"] * 6
    assert not services.questions.banks(), "no bank made"
    image = next(a for a in snap.assets if a.name.startswith("files/"))
    assert image.name in next(q.stem for q in snap.questions if "files/" in q.stem)
    out_zip = tmp_path / "site.zip"
    status, _, err = kiem(capsys, ws, "export", module, "--format", "html", "--out",
                          str(out_zip), "--force")
    assert status == 0, err
    with zipfile.ZipFile(out_zip) as site:  # the photo, made ready for the web, goes along
        assert [n for n in site.namelist() if n.startswith("assets/") and n.endswith(".jpg")]


def test_a_bank_and_a_module_at_once_are_refused(capsys, ws):
    status, _, err = kiem(capsys, ws, "bank", "import", str(FIXTURES / "quiz.xml"),
                          "--module", "abc", "--bank", "Planets")
    assert status == 1 and "not both" in err
