"""A report Kiem cannot take is refused with one line naming file and line; nothing is stored."""

from __future__ import annotations

import csv
import json
import sqlite3
import tracemalloc
from pathlib import Path

import pytest

from authoring.errors import ImportFailed
from authoring.results_moodle import SOURCE, read_report
from authoring.services import Services

from .quiz import Quiz, learners, make_quiz, write_moodle_report
from .test_both_paths import kiem


def _stored(workspace: Path) -> tuple[int, int]:
    conn = sqlite3.connect(workspace)
    try:
        return (conn.execute("SELECT count(*) FROM result_attempts").fetchone()[0],
                conn.execute("SELECT count(*) FROM result_responses").fetchone()[0])
    finally:
        conn.close()


def _refused(capsys: pytest.CaptureFixture[str], workspace: Path, quiz: Quiz, report: Path,
             *expected: str) -> None:
    status, out, err = kiem(capsys, workspace, "results", "import", str(quiz.module_id),
                            str(report))
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith(f"kiem: {report}"), err
    for text in expected:
        assert text in err
    assert _stored(workspace) == (0, 0)


def test_another_report_layout_is_refused_on_its_first_line(
        quiz: Quiz, workspace_path: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    grades = tmp_path / "grades.csv"  # Moodle's Basic report, not the interactions one
    grades.write_text("First name,Last name,Email address,Status,Grade\nAn,De,an@x.org,Passed,80\n",
                      encoding="utf-8")
    _refused(capsys, workspace_path, quiz, grades, ", line 1:", "no Attempt column")
    bare = tmp_path / "bare.txt"  # the interactions report without its interaction columns
    bare.write_text("Name\tAttempt\tStarted on\tScore\nAn\t1\t-\t80\n", encoding="utf-8")
    _refused(capsys, workspace_path, quiz, bare, ", line 1:", "tick \"Question\", \"Response\"")
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Name\tAttempt\tQuestion 0\tResponse 0\nRené\t1\tq-x\ta\n".encode("latin-1"))
    _refused(capsys, workspace_path, quiz, latin, "is not UTF-8 text")


def test_a_report_of_another_module_is_refused_naming_the_line(
        services: Services, quiz: Quiz, workspace_path: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    other = make_quiz(services, "Another module")
    report = tmp_path / "other.txt"
    write_moodle_report(report, other, learners(30))
    _refused(capsys, workspace_path, quiz, report, ", line 3, Question 0:",
             "is not a question of “Help-desk certification”", "another module")
    urn = tmp_path / "urn.txt"  # SCORM 2004 ids carry the module's id
    text = report.read_text(encoding="utf-8").replace(other.keys[0],
                                                      f"urn:kiem:{other.module_id}:{other.keys[0]}")
    urn.write_text(text, encoding="utf-8")
    _refused(capsys, workspace_path, quiz, urn, f"belongs to another module ({other.module_id})")


def test_a_bad_row_far_down_leaves_nothing_half_stored(
        quiz: Quiz, workspace_path: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "report.txt"
    write_moodle_report(report, quiz, learners(200))
    lines = report.read_text(encoding="utf-8").splitlines(keepends=True)
    cells = lines[150].split("\t")
    cells[2] = "two"
    broken = tmp_path / "broken.txt"
    broken.write_text("".join([*lines[:150], "\t".join(cells), *lines[151:]]), encoding="utf-8")
    _refused(capsys, workspace_path, quiz, broken, ", line 151:", "Attempt is “two”")
    cut = tmp_path / "cut.txt"
    cut.write_text("".join([*lines[:180], lines[180][:40] + "\n"]), encoding="utf-8")
    _refused(capsys, workspace_path, quiz, cut, ", line 181:", "columns where the header has")
    odd = tmp_path / "odd.txt"
    cells = lines[20].split("\t")
    cells[10] = "maybe"  # Result 0
    odd.write_text("".join([*lines[:20], "\t".join(cells), *lines[21:]]), encoding="utf-8")
    _refused(capsys, workspace_path, quiz, odd, ", line 21, Question 0:", "the result “maybe”")


def test_importing_again_updates_and_names_are_kept_only_when_asked(
        quiz: Quiz, workspace_path: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    people = learners(40)
    report = tmp_path / "report.csv"  # saved from a spreadsheet: commas
    write_moodle_report(report, quiz, people, delimiter=",")
    for _ in range(2):
        status, _out, err = kiem(capsys, workspace_path, "results", "import", str(quiz.module_id),
                                 str(report))
        assert status == 0, err
    assert _stored(workspace_path) == (42, 400)  # the same attempts, not twice
    status, out, err = kiem(capsys, workspace_path, "results", "import", str(quiz.module_id),
                            str(report), "--keep-names")
    assert "stored by name, as --keep-names asked" in out
    assert _stored(workspace_path) == (42, 400)
    status, out, _err = kiem(capsys, workspace_path, "results", "show", str(quiz.module_id),
                             "--json")
    assert json.loads(out)["learners_named"] is True


def _big_report(path: Path, quiz: Quiz, rows: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, delimiter="\t")
        out.writerow(["Name", "Attempt", "Score", "Question 0", "Response 0", "Result 0"])
        for n in range(rows):  # the same 1,000 learners, more attempts each in a longer file
            out.writerow([f"Learner {n % 1000}", str(n // 1000 + 1), "100", quiz.keys[7], "a",
                          "correct"])
    return path


def _peak_import(services: Services, quiz: Quiz, report: Path,
                 seen: list[tuple[int, int]]) -> int:
    questions = services.results.questions(quiz.module_id)
    tracemalloc.start()
    try:
        services.results.save(quiz.module_id, SOURCE, read_report(
            report, questions, progress=lambda done, total, _label: seen.append((done, total))),
            keep_names=False)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_long_report_streams_through_in_bounded_memory_with_progress(
        services: Services, quiz: Quiz, tmp_path: Path) -> None:
    # 500,000 rows take the same path (bench/bench_results.py measures them: +17 MB). Rows are
    # read and stored in batches, so four times the rows take well under twice the peak
    # (about 1.5x here); reading the file whole, or keeping every row, would take about 4x.
    seen: list[tuple[int, int]] = []
    small = _peak_import(services, quiz, _big_report(tmp_path / "small.txt", quiz, 6_000), [])
    large = _peak_import(services, quiz, _big_report(tmp_path / "large.txt", quiz, 24_000), seen)
    assert large < 2 * small, (small, large)
    assert len(seen) == 4 and seen[-1][0] > 0.8 * seen[-1][1]  # every 5,000 rows, by bytes read
    assert services.results.report(quiz.module_id).stats.attempts == 1_000  # first tries
    broken = tmp_path / "broken.txt"
    broken.write_text("Name\tAttempt\tQuestion 0\tResponse 0\nAn\t1\tq-nothere\ta\n",
                      encoding="utf-8")
    with pytest.raises(ImportFailed, match="line 2, Question 0"):
        services.results.save(quiz.module_id, SOURCE, read_report(
            broken, services.results.questions(quiz.module_id)), keep_names=False)
    assert services.results.report(quiz.module_id).stats.attempts == 1_000  # nothing half-stored
