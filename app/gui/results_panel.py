"""The Results view of the open module: which questions work, and how far learners got.

Per question a card: attempts, facility, discrimination index and discriminative efficiency
(Moodle's figures), a bar per option showing how often it was chosen (the right ones marked),
and the verdict in plain words. Per page, how many learners reached it. Results come in with
`kiem results import` or `kiem results pull`; the view reads what the workspace holds.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.gui.studio import Studio
from app.gui.worker import Job
from authoring.errors import KiemError
from authoring.results_stats import PageReach, QuestionStats, Verdict
from authoring.services import Changes
from authoring.services.results import ALL, ResultsReport

_RUNNING: set[Job] = set()  # reports being read (kept alive until they end)
_ALARM = {Verdict.WRONG_KEY, Verdict.NEGATIVE}
_ADVICE = {Verdict.TOO_EASY, Verdict.TOO_HARD, Verdict.AMBIGUOUS, Verdict.WEAK}


class ResultsPanel(QWidget):
    """A version picker, a summary line, a card per question and the pages learners reached."""

    loaded = Signal()  # the figures asked for last are shown

    def __init__(self, studio: Studio, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.module_id: uuid.UUID | None = None
        self.report: ResultsReport | None = None
        self.job: Job | None = None
        self._wanted: tuple[uuid.UUID | None, str | None] = (None, None)
        self._cache: dict[tuple[uuid.UUID | None, str | None], ResultsReport] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Version:"), self)
        self.versions = QComboBox(self)
        self.versions.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.versions.setAccessibleName(self.tr("Version of the module"))
        self.versions.activated.connect(lambda _i: self._load(self.versions.currentData()))
        label.setBuddy(self.versions)
        top.addWidget(label)
        top.addWidget(self.versions)
        top.addStretch(1)
        layout.addLayout(top)
        self.summary = QLabel(self)  # made anew, at the top of what scrolls, by each _load
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.scroll, 1)
        self._again = QTimer(self, singleShot=True, interval=1000)
        self._again.timeout.connect(lambda: self._load(self._wanted[1]))
        studio.changed.connect(self._workspace_changed)
        self.show_module(None)

    def show_module(self, module_id: uuid.UUID | None, version: str | None = None) -> None:
        """Show the results of a module (None: no module open), newest version first.

        The figures are worked out off the GUI thread; what was shown of the same module and
        version before is shown at once meanwhile, else a line saying they are being read.
        """
        self.module_id = module_id
        self._load(version)

    def _load(self, version: str | None) -> None:
        module_id = self.module_id
        self._wanted = (module_id, version)
        if module_id is None:
            self._show(None)
            return
        self._show(self._cache.get(self._wanted), reading=True)
        results, wanted = self.studio.services.results, self._wanted

        def work(_progress: object) -> tuple[object, ResultsReport | KiemError]:
            try:
                return wanted, results.report(module_id, version)
            except KiemError as exc:
                return wanted, exc

        job = Job(work)  # not the panel's child: it may end after the panel is gone
        _RUNNING.add(job)
        job.finished.connect(self._loaded)  # a bound slot: dropped when the panel goes
        job.failed.connect(self._failed)
        job.finished.connect(lambda _result, job=job: _RUNNING.discard(job))
        job.failed.connect(lambda _exc, _trace, job=job: _RUNNING.discard(job))
        self.job = job
        job.start()

    def _loaded(self, result: tuple[tuple[uuid.UUID | None, str | None],
                                    ResultsReport | KiemError]) -> None:
        wanted, report = result
        if wanted != self._wanted:
            return  # the answer to an older request
        if isinstance(report, KiemError):
            self._show(None)
            self.studio.failed.emit(str(report))
            return
        self._cache[wanted] = report
        self._show(report)
        self.loaded.emit()

    def _failed(self, exc: Exception, _trace: str) -> None:
        self._show(None)
        self.studio.failed.emit(self.tr("The results could not be read: %1")
                                .replace("%1", str(exc)))

    def _show(self, report: ResultsReport | None, *, reading: bool = False) -> None:
        if report is not None and report == self.report and self.scroll.widget() is not None:
            return  # the same figures: keep the cards (and where the person scrolled to)
        self.report = report
        self._fill_versions()
        body = QWidget(self.scroll)
        column = QVBoxLayout(body)
        column.setSpacing(8)
        text = (self.tr("Reading the results…") if reading and report is None
                else self._summary_text())
        self.summary = QLabel(text, body)
        self.summary.setObjectName("resultsSummary")
        self.summary.setWordWrap(True)
        column.addWidget(self.summary)
        if report is not None and report.versions:
            for number, stats in enumerate(report.stats.questions, 1):
                column.addWidget(self._card(number, stats, body))
            column.addWidget(self._pages(report.stats.pages, body))
        column.addStretch(1)
        self.scroll.setWidget(body)

    def _fill_versions(self) -> None:
        self.versions.clear()
        report = self.report
        if report is None or not report.versions:
            self.versions.setEnabled(False)
            return
        for v in report.versions:
            name = (self.tr("Version %1").replace("%1", v.version) if v.version
                    else self.tr("Version not known"))
            self.versions.addItem(f"{name} ({v.attempts})", v.version)
        self.versions.addItem(self.tr("All versions together"), ALL)
        self.versions.setCurrentIndex(max(0, self.versions.findData(report.version)))
        self.versions.setEnabled(True)
        self.versions.updateGeometry()  # as wide as its longest item

    def _summary_text(self) -> str:
        report = self.report
        if self.module_id is None:
            return self.tr("No module open.")
        if report is None or not report.versions:
            return self.tr("No results yet. Import an LMS's interactions report with "
                           "kiem results import, or pull from an LRS with kiem results pull.")
        stats = report.stats
        text = self.tr("%1 learners, each counted once (their first attempt)").replace(
            "%1", str(stats.learners))
        if stats.mean_score is not None:
            text += self.tr("; mean score %1 %").replace("%1", f"{stats.mean_score:.0f}")
        text += ". " + (self.tr("Learners are stored by name.") if report.named else
                        self.tr("Learners are stored as hashes, not by name."))
        return text

    def _card(self, number: int, stats: QuestionStats, parent: QWidget) -> QFrame:
        card = QFrame(parent)
        card.setObjectName("resultsCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(card)
        title = QLabel(f"<b>{number}. {_escape(stats.label)}</b>", card)
        title.setWordWrap(True)
        box.addWidget(title)
        f = stats.figures
        figures = QLabel(self.tr("%1 attempts · facility %2 · discrimination %3 · "
                                 "efficiency %4").replace("%1", str(f.attempts))
                         .replace("%2", _pct(f.facility)).replace("%3", _pct(f.discrimination))
                         .replace("%4", _pct(f.efficiency)), card)
        figures.setToolTip(self.tr(
            "Facility: the mean score as a share of the maximum. Discrimination: how the score "
            "on this question goes with the score on the rest of the test (Moodle's "
            "discrimination index). Efficiency: that, as a share of the most it could be."))
        figures.setWordWrap(True)
        box.addWidget(figures)
        bars = QGridLayout()
        total = max(1, f.attempts)
        for row, option in enumerate(stats.options):
            mark = " ✓" if option.correct else ""
            name = QLabel(_escape(option.label) + mark, card)
            name.setWordWrap(True)
            name.setToolTip(self.tr("A right answer") if option.correct else "")
            bar = QProgressBar(card)
            bar.setRange(0, total)
            bar.setValue(option.count)
            bar.setFormat(f"{option.count} ({100 * option.count / total:.0f} %)")
            if option.correct:  # the right answers' bars in green
                palette = bar.palette()
                palette.setColor(QPalette.ColorRole.Highlight, QColor("#2e7d32"))
                bar.setPalette(palette)
            bar.setAccessibleName(self.tr("Chosen by %1 of %2").replace("%1", str(option.count))
                                  .replace("%2", str(total)))
            bars.addWidget(name, row, 0)
            bars.addWidget(bar, row, 1)
        bars.setColumnStretch(1, 1)
        box.addLayout(bars)
        verdict = QLabel(self.verdict_text(stats.verdict), card)
        verdict.setObjectName("resultsVerdict")
        verdict.setWordWrap(True)
        colour = ("#b3261e" if stats.verdict in _ALARM else "#8a5a00"
                  if stats.verdict in _ADVICE else "")
        if colour:
            verdict.setStyleSheet(f"color: {colour}; font-weight: bold;")
        box.addWidget(verdict)
        return card

    def _pages(self, pages: tuple[PageReach, ...], parent: QWidget) -> QFrame:
        frame = QFrame(parent)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(frame)
        heading = QLabel(self.tr("Pages: learners who reached each"), frame)
        heading.setStyleSheet("font-weight: bold;")
        grid.addWidget(heading, 0, 0, 1, 2)
        learners = max(1, self.report.stats.learners if self.report else 1)
        for row, page in enumerate(pages, 1):
            grid.addWidget(QLabel(_escape(page.title) or self.tr("(untitled)"), frame), row, 0)
            bar = QProgressBar(frame)
            bar.setRange(0, learners)
            bar.setValue(page.learners)
            bar.setFormat(f"{page.learners} ({100 * page.learners / learners:.0f} %)")
            grid.addWidget(bar, row, 1)
        grid.setColumnStretch(1, 1)
        return frame

    def verdict_text(self, verdict: Verdict) -> str:
        """A verdict in the person's language."""
        texts = {
            Verdict.TOO_FEW: self.tr("Too few attempts to judge yet (a verdict needs 20)."),
            Verdict.WRONG_KEY: self.tr(
                "Most people who know the topic get this wrong: check the right answer."),
            Verdict.NEGATIVE: self.tr(
                "People who do well on the rest of the test do worse on this one: check the "
                "right answer and the wording."),
            Verdict.TOO_EASY: self.tr(
                "Nearly everyone gets this right, so it tells nobody apart: make it harder or "
                "drop it."),
            Verdict.TOO_HARD: self.tr(
                "Nearly nobody gets this right: check that the module teaches it and that the "
                "right answer is right."),
            Verdict.AMBIGUOUS: self.tr(
                "Strong learners are split between two answers: the question may be ambiguous; "
                "reword it."),
            Verdict.WEAK: self.tr(
                "It barely tells apart who knows the topic from who does not: sharpen the "
                "question or its wrong options."),
            Verdict.GOOD: self.tr("Works well: it tells apart who knows the topic."),
        }
        return texts[verdict]

    def _workspace_changed(self, changes: Changes) -> None:
        # An edit of the module may rename a question or change its options; typing makes
        # many edits: read the figures again once it pauses, if the panel is shown.
        if self.module_id is not None and self.module_id in changes.modules and self.isVisible():
            self._again.start()


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f} %"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def results_dock(studio: Studio, window: QMainWindow) -> QDockWidget:
    """The Results view in a dock at the window's right, wide enough for the option bars."""
    dock = QDockWidget(QCoreApplication.translate("MainWindow", "Results"), window)
    dock.setObjectName("results-dock")
    dock.setWidget(ResultsPanel(studio, dock))
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resizeDocks([dock], [min(560, window.width() * 2 // 5)], Qt.Orientation.Horizontal)
    return dock
