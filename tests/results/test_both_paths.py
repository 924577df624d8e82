"""200 learners take the 10-question quiz; their results come in through Moodle's report and
through a real LRS, and Kiem's figures match Moodle's formulas computed directly."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from authoring.services import Services

from .conftest import PASSWORD, USER, Lrs
from .quiz import GIVEAWAY, WRONG_KEY, Quiz, expected, learners, statements, write_moodle_report


def kiem(capsys: pytest.CaptureFixture[str], workspace: Path, *args: str) -> tuple[int, str, str]:
    status = main(["--workspace", str(workspace), *args])
    out, err = capsys.readouterr()
    return status, out, err


def _assert_moodles_figures(report: dict, people: list) -> None:
    want = expected(people)
    by_label = {q["label"]: q for q in report["questions"]}
    for i in range(10):
        got = by_label[f"Question {i + 1}: which is right?"]
        for name, value in want[i].items():
            assert got[name] == pytest.approx(value, abs=1e-9), (i, name)
    verdicts = {i: by_label[f"Question {i + 1}: which is right?"]["verdict"] for i in range(10)}
    assert verdicts[WRONG_KEY] == "wrong_key"
    assert verdicts[GIVEAWAY] == "too_easy"
    assert not {v for i, v in verdicts.items() if i not in (WRONG_KEY, GIVEAWAY)} & {
        "wrong_key", "negative"}


def test_a_moodle_interactions_report_gives_moodles_figures_and_flags_the_wrong_key(
        services: Services, quiz: Quiz, workspace_path: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    people = learners()
    report = tmp_path / "interactions.txt"
    write_moodle_report(report, quiz, people)
    status, out, err = kiem(capsys, workspace_path, "results", "import", str(quiz.module_id),
                            str(report))
    assert status == 0, err
    assert "imported 210 attempt(s) with 2,000 answer(s)" in out  # 10 learners twice
    assert "stored as a hash salted for this workspace" in out
    status, out, err = kiem(capsys, workspace_path, "results", "show", str(quiz.module_id),
                            "--json")
    assert status == 0, err
    shown = json.loads(out)
    assert shown["learners"] == 200 and shown["attempts"] == 200  # first attempts only
    _assert_moodles_figures(shown, people)
    pages = [p["learners"] for p in shown["pages"]]
    assert pages == [200, 180, 0]  # one in ten stopped after page 1; the report shows no reading
    conn = sqlite3.connect(workspace_path)
    stored = {r[0] for r in conn.execute("SELECT learner FROM result_attempts")}
    conn.close()
    assert all(s.startswith("h:") for s in stored) and not any("@" in s for s in stored)


def test_statements_pulled_from_a_real_lrs_give_the_same_figures(
        services: Services, quiz: Quiz, workspace_path: Path, lrs: Lrs,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    people = learners()
    lrs.post(statements(quiz, people))
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    status, out, err = kiem(capsys, workspace_path, "results", "pull", str(quiz.module_id),
                            "--lrs", lrs.endpoint, "--user", USER, "--password-stdin")
    assert status == 0, err
    assert "200 attempt(s) with 1,900 answer(s) stored" in out
    assert "password kept in" in out
    status, out, err = kiem(capsys, workspace_path, "results", "show", str(quiz.module_id),
                            "--json")
    shown = json.loads(out)
    assert shown["version"] == "1"
    _assert_moodles_figures(shown, people)
    assert [p["learners"] for p in shown["pages"]] == [200, 180, 180]
    status, out, err = kiem(capsys, workspace_path, "results", "show", str(quiz.module_id))
    assert status == 0, err
    assert "Most people who know the topic get this wrong: check the right answer." in out
    assert "wrong_key" in out and "too_easy" in out
