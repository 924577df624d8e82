"""`kiem check` warns about questions learners' results show to work badly, once there are
enough attempts (MIN_ATTEMPTS) to trust the figures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from authoring.check import check
from authoring.results_stats import MIN_ATTEMPTS
from authoring.services import Services

from .quiz import GIVEAWAY, WRONG_KEY, Quiz, learners, write_moodle_report
from .test_both_paths import kiem


def _block_of(services: Services, quiz: Quiz, index: int) -> str:
    snap = services.modules.snapshot(quiz.module_id)
    blocks = [b for p in snap.pages for b in p.blocks]
    return str(blocks[index].id)


def test_check_warns_about_the_wrong_key_and_the_giveaway(
        services: Services, quiz: Quiz, workspace_path: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "report.txt"
    write_moodle_report(report, quiz, learners())
    assert kiem(capsys, workspace_path, "results", "import", str(quiz.module_id),
                str(report))[0] == 0
    status, out, err = kiem(capsys, workspace_path, "check", str(quiz.module_id), "--json")
    assert status == 0, err  # warnings only: export is not refused for them
    found = {(f["code"], f["block"]) for f in json.loads(out) if f["code"].startswith("results.")}
    assert ("results.negative_discrimination", _block_of(services, quiz, WRONG_KEY)) in found
    assert ("results.too_hard", _block_of(services, quiz, WRONG_KEY)) in found
    assert ("results.too_easy", _block_of(services, quiz, GIVEAWAY)) in found
    status, out, _err = kiem(capsys, workspace_path, "check", str(quiz.module_id))
    assert "after 200 attempts, learners who do well on the rest of the test do worse" in out


def test_no_results_warning_before_enough_attempts(services: Services, quiz: Quiz,
                                                   tmp_path: Path) -> None:
    from authoring.results_moodle import SOURCE, read_report  # noqa: PLC0415

    report = tmp_path / "few.txt"
    write_moodle_report(report, quiz, learners(MIN_ATTEMPTS - 1))
    services.results.save(quiz.module_id, SOURCE, read_report(
        report, services.results.questions(quiz.module_id)), keep_names=False)
    snap = services.modules.snapshot(quiz.module_id)
    findings = check(snap, results=services.results.report(quiz.module_id).stats)
    assert not [f for f in findings if f.code.startswith("results.")]
