"""The studio's Results view: a card per question with Moodle's figures, option bars and the
verdict; per page, how many learners reached it; versions to pick from."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QProgressBar

from app.gui.results_panel import ResultsPanel
from app.gui.studio import Studio
from authoring.results_moodle import SOURCE, read_report
from authoring.services import Services
from tests.app.languages import SHOWN_LANGUAGES, cut_short, speaking

from .quiz import GIVEAWAY, WRONG_KEY, Quiz, learners, write_moodle_report

SHOTS = Path(os.environ.get("KIEM_SCREENSHOTS", "/tmp/kiem-screenshots"))


def _import(services: Services, quiz: Quiz, tmp_path: Path, version: str, count: int) -> None:
    report = tmp_path / f"v{version}.txt"
    write_moodle_report(report, quiz, learners(count, seed=len(version) + count))
    services.results.save(quiz.module_id, SOURCE, read_report(
        report, services.results.questions(quiz.module_id), version=version), keep_names=False)


@pytest.fixture
def panel(qtbot, services: Services, quiz: Quiz, tmp_path: Path) -> ResultsPanel:
    _import(services, quiz, tmp_path, "1", 60)
    _import(services, quiz, tmp_path, "2", 200)
    panel = ResultsPanel(Studio(services))
    qtbot.addWidget(panel)
    panel.resize(560, 900)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _texts(panel: ResultsPanel) -> list[str]:
    return [label.text() for label in panel.scroll.widget().findChildren(QLabel)]


def test_each_question_shows_its_figures_bars_and_verdict(qtbot, panel: ResultsPanel,
                                                          quiz: Quiz) -> None:
    with qtbot.waitSignal(panel.loaded, timeout=30_000):
        panel.show_module(quiz.module_id)
        assert panel.summary.text() == "Reading the results…"
    report = panel.report
    assert report is not None and report.version == "2"  # the newest version first
    texts = _texts(panel)
    assert any("200 attempts · facility" in t for t in texts)
    wrong = report.stats.questions[WRONG_KEY]
    assert panel.verdict_text(wrong.verdict) in texts
    assert ("Most people who know the topic get this wrong: check the right answer."
            in texts)
    assert panel.verdict_text(report.stats.questions[GIVEAWAY].verdict) in texts
    bars = panel.scroll.widget().findChildren(QProgressBar)
    assert len(bars) == 10 * 4 + 3  # four options per question, three pages
    assert [b.value() for b in bars[-3:]] == [200, 180, 0]
    assert "200 learners" in panel.summary.text()
    assert "stored as hashes" in panel.summary.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    panel.grab().save(str(SHOTS / "results-panel.png"))


def test_picking_a_version_shows_its_own_learners(qtbot, panel: ResultsPanel,
                                                  quiz: Quiz) -> None:
    with qtbot.waitSignal(panel.loaded, timeout=30_000):
        panel.show_module(quiz.module_id)
    items = [panel.versions.itemText(i) for i in range(panel.versions.count())]
    assert items == ["Version 1 (63)", "Version 2 (210)", "All versions together"]
    for index, version, learners_seen in ((0, "1", 60), (2, "all", 200)):
        panel.versions.setCurrentIndex(index)
        with qtbot.waitSignal(panel.loaded, timeout=30_000):
            panel.versions.activated.emit(index)
        assert panel.report is not None and panel.report.version == version
        assert f"{learners_seen} learners" in panel.summary.text()
    with qtbot.waitSignal(panel.loaded, timeout=30_000):
        panel.show_module(quiz.module_id, "1")
        assert panel.report.version == "1"  # seen before: shown at once, then read again


def test_without_results_it_says_how_to_get_them(qtbot, services: Services) -> None:
    module_id = services.modules.create("New module").id
    panel = ResultsPanel(Studio(services))
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=30_000):
        panel.show_module(module_id)
    assert "kiem results import" in panel.summary.text()
    assert not panel.versions.isEnabled()
    panel.show_module(None)
    assert panel.summary.text() == "No module open."


def test_the_studio_shows_results_of_the_module_being_edited(
        qtbot, services: Services, quiz: Quiz, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings, QThreadPool  # noqa: PLC0415

    from app.gui.main_window import MainWindow  # noqa: PLC0415

    _import(services, quiz, tmp_path, "3", 200)
    window = MainWindow(services, QSettings(str(tmp_path / "kiem.ini"),
                                            QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    assert not window.results_action.isEnabled()  # nothing open: nothing to show
    window.open_module(quiz.module_id)
    assert window.results_action.isEnabled()
    window.results_action.trigger()
    assert window.results_dock is not None and window.results_dock.isVisible()
    panel = window.results_dock.widget()
    qtbot.waitUntil(lambda: panel.report is not None, timeout=30_000)
    assert panel.module_id == quiz.module_id and panel.report.version == "3"
    window.grab().save(str(SHOTS / "results-in-studio.png"))
    assert QThreadPool.globalInstance().waitForDone(60_000)


def test_renaming_a_question_shows_in_the_results_once_typing_pauses(
        qtbot, panel: ResultsPanel, services: Services, quiz: Quiz) -> None:
    from authoring.questions import QuestionDraft  # noqa: PLC0415

    with qtbot.waitSignal(panel.loaded, timeout=30_000):
        panel.show_module(quiz.module_id)
    first = services.modules.snapshot(quiz.module_id).questions[0]
    draft = QuestionDraft(first.kind, first.stem, first.data, title="Strong passwords")
    with qtbot.waitSignal(panel.loaded, timeout=30_000):
        panel.studio.do("Rename", lambda: services.questions.edit(first.id, draft))
    assert panel.report.stats.questions[0].label == "Strong passwords"


@pytest.mark.parametrize("language", SHOWN_LANGUAGES)
def test_the_results_view_fits_its_words_in_every_language(qtbot, services: Services, quiz: Quiz,
                                                           tmp_path: Path, language: str) -> None:
    _import(services, quiz, tmp_path, "2", 40)
    with speaking(language):
        panel = ResultsPanel(Studio(services))
        qtbot.addWidget(panel)
        panel.resize(560, 900)
        panel.show()
        qtbot.waitExposed(panel)
        with qtbot.waitSignal(panel.loaded, timeout=30_000):
            panel.show_module(quiz.module_id)
        qtbot.wait(100)  # let the layouts settle
        SHOTS.mkdir(parents=True, exist_ok=True)
        panel.grab().save(str(SHOTS / f"results-panel-{language}.png"))
        assert cut_short(panel) == []
