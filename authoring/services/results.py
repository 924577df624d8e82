"""Learners' results of a module: stored in one transaction per import or pull, read as a report.

Like Moodle's statistics report by default, a report counts each learner's first attempt
(by attempt number, then start time) of the version asked for; several versions of a module
are told apart, and shown together only when asked (`version=ALL`).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from authoring.errors import InvalidData
from authoring.models import (
    Block,
    ResultAttempt,
    ResultPageVisit,
    ResultPull,
    ResultResponse,
    utcnow,
)
from authoring.results_questions import ModuleQuestions
from authoring.results_stats import Answer, AttemptAnswers, QuizStats, quiz_stats
from authoring.results_store import ReadAttempt, save_attempts
from authoring.services.modules import ModuleService
from authoring.workspace import Workspace

ALL = "all"  # the version that stands for every version together


@dataclass(frozen=True)
class VersionCount:
    """A version of the module that learners took, and how many attempts it has."""

    version: str  # "" when the source did not say
    attempts: int
    last: dt.datetime | None


@dataclass(frozen=True)
class ResultsReport:
    """What the results view and `kiem results show` show for one module and version."""

    module_id: uuid.UUID
    title: str
    version: str  # the version shown, or ALL
    versions: tuple[VersionCount, ...]
    stats: QuizStats
    named: bool  # some learners are stored by name (imported with --keep-names)


@dataclass(frozen=True)
class SaveReport:
    """What an import or pull stored."""

    attempts: int
    answers: int


class ResultsService:
    """Results: the only writer of the result tables."""

    def __init__(self, workspace: Workspace, modules: ModuleService) -> None:
        self._ws = workspace
        self._modules = modules

    def questions(self, module_id: uuid.UUID) -> ModuleQuestions:
        """The module's questions as results name them, deleted ones included."""
        snap = self._modules.snapshot(module_id)
        with self._ws.read() as session:
            deleted = session.scalars(sa.select(Block.tracking_id).where(
                Block.module_id == module_id, Block.deleted_at.is_not(None))).all()
        return ModuleQuestions(snap, deleted)

    def save(self, module_id: uuid.UUID, source: str, attempts: Iterable[ReadAttempt], *,
             keep_names: bool, since: tuple[str, str] | None = None) -> SaveReport:
        """Store attempts in one transaction; with `since` (lrs, stored), note the pull's end.

        `attempts` may be a generator reading a file: a failure while reading it rolls the
        whole import back.
        """
        counted = _Counting(attempts)
        with self._ws.write() as session:
            count = save_attempts(session, module_id, source, counted, keep_names=keep_names)
            if since is not None:
                _note_pull(session, module_id, *since)
        return SaveReport(count, counted.answers)

    def since(self, module_id: uuid.UUID, lrs: str) -> str | None:
        """Where the last pull of this module from this LRS got to (its `stored` time)."""
        with self._ws.read() as session:
            return session.scalar(sa.select(ResultPull.since).where(
                ResultPull.module_id == module_id, ResultPull.lrs == lrs))

    def versions(self, module_id: uuid.UUID) -> tuple[VersionCount, ...]:
        """The versions learners took, oldest first."""
        with self._ws.read() as session:
            rows = session.execute(
                sa.select(ResultAttempt.version, sa.func.count(),
                          sa.func.max(sa.func.coalesce(ResultAttempt.ended_at,
                                                       ResultAttempt.started_at)))
                .where(ResultAttempt.module_id == module_id)
                .group_by(ResultAttempt.version)).all()
        found = [VersionCount(v, n, _when(last)) for v, n, last in rows]
        return tuple(sorted(found, key=lambda c: _version_order(c.version)))

    def report(self, module_id: uuid.UUID, version: str | None = None) -> ResultsReport:
        """The report of one version (default: the newest taken), or of all with ALL."""
        questions = self.questions(module_id)
        versions = self.versions(module_id)
        known = [v.version for v in versions]
        if version is None:
            version = known[-1] if known else ALL
        elif version != ALL and version not in known:
            taken = ", ".join(v or "(unknown)" for v in known) or "none yet"
            raise InvalidData(f"there are no results of version {version!r} of this module "
                              f"(versions with results: {taken})")
        infos = [k.info() for k in questions.keys.values()]
        with self._ws.read() as session:
            attempts, named = _first_attempts(session, module_id, version,
                                              {i.key: i.max_mark for i in infos})
        pages = [(str(p.id), p.title) for p in questions.module.pages]
        stats = quiz_stats(attempts, infos, pages)
        return ResultsReport(module_id, questions.module.title, version, versions, stats, named)


class _Counting:
    """Passes attempts through, counting their answers."""

    def __init__(self, attempts: Iterable[ReadAttempt]) -> None:
        self._attempts = attempts
        self.answers = 0

    def __iter__(self):  # noqa: ANN204 - a generator
        for attempt in self._attempts:
            self.answers += len(attempt.responses)
            yield attempt


def _note_pull(session: Session, module_id: uuid.UUID, lrs: str, stored: str) -> None:
    row = session.get(ResultPull, (module_id, lrs))
    if row is None:
        session.add(ResultPull(module_id=module_id, lrs=lrs, since=stored))
    else:
        row.since, row.pulled_at = stored, utcnow()


def _first_attempts(session: Session, module_id: uuid.UUID, version: str,
                    maxima: dict[str, float]) -> tuple[list[AttemptAnswers], bool]:
    """Each learner's first attempt of `version`: its marks and pages; and if any is named.

    Reads plain columns (ids as text, options as JSON text parsed once per distinct value):
    a report of 100,000 answers is read in a fraction of a second.
    """
    mine = [ResultAttempt.module_id == module_id]
    if version != ALL:
        mine.append(ResultAttempt.version == version)
    attempt_id = sa.type_coerce(ResultAttempt.id, sa.String)
    rows = session.execute(sa.select(attempt_id, ResultAttempt.learner, ResultAttempt.number,
                                     ResultAttempt.started_at, ResultAttempt.learner_named)
                           .where(*mine)).all()
    first: dict[str, tuple[tuple[int, dt.datetime, str], str]] = {}
    named = False
    for aid, learner, number, started, is_named in rows:
        named = named or bool(is_named)
        order = (number if number is not None else 1 << 30, _when(started) or _NEVER, aid)
        if learner not in first or order < first[learner][0]:
            first[learner] = (order, aid)
    chosen = {aid: learner for learner, (_order, aid) in first.items()}
    answers: dict[str, dict[str, Answer]] = {aid: {} for aid in chosen}
    parsed: dict[str, tuple[str, ...]] = {}
    for aid, key, score, options, response in session.execute(
            sa.select(sa.type_coerce(ResultResponse.attempt_id, sa.String),
                      ResultResponse.question_key, ResultResponse.score,
                      sa.type_coerce(ResultResponse.options, sa.Text), ResultResponse.response)
            .join(ResultAttempt, ResultAttempt.id == ResultResponse.attempt_id).where(*mine)):
        if aid in chosen and score is not None and key in maxima:
            if options not in parsed:
                parsed[options] = tuple(json.loads(options or "[]"))
            answers[aid][key] = Answer(score * maxima[key], parsed[options], response)
    pages: dict[str, set[str]] = {aid: set() for aid in chosen}
    for aid, page in session.execute(
            sa.select(sa.type_coerce(ResultPageVisit.attempt_id, sa.String),
                      ResultPageVisit.page_id)
            .join(ResultAttempt, ResultAttempt.id == ResultPageVisit.attempt_id).where(*mine)):
        if aid in chosen:
            pages[aid].add(str(page))
    attempts = [AttemptAnswers(learner, answers[aid], frozenset(pages[aid]))
                for aid, learner in chosen.items()]
    return attempts, named


_NEVER = dt.datetime.max.replace(tzinfo=dt.UTC)


def _when(at: dt.datetime | None) -> dt.datetime | None:
    return None if at is None or at.tzinfo else at.replace(tzinfo=dt.UTC)


def _version_order(version: str) -> tuple[int, int, str]:
    """Unknown first, then numbers in order, then other labels alphabetically."""
    if not version:
        return (0, 0, "")
    return (1, int(version), "") if version.isdigit() else (2, 0, version)
