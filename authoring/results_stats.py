"""Which questions work: Moodle's figures, option counts and a verdict; how far learners got.

Pure: data in, figures out. Per question, how often each option was chosen and a verdict in
plain words; per page, how many learners reached it.

The figures follow `authoring.item_analysis` (Moodle's definitions). Like Moodle's report by
default, callers pass one attempt per learner (their first); a question counts over the
attempts that answered it, and only scored questions make up the rest-of-test mark.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from authoring.item_analysis import ItemFigures, item_figures, upper_and_lower

MIN_ATTEMPTS = 20  # fewer attempts than this, and the figures say too little for a verdict
TOO_EASY = 95.0  # facility above this: nearly everyone gets it right
TOO_HARD = 20.0  # facility below this: nearly nobody does
WEAK = 20.0  # discrimination below this (percent) tells learners apart too little
SPLIT = 0.3  # an option chosen by this share of the strong learners is a real contender
MAX_RESPONSES = 8  # free answers (fill-in, numeric…) listed by frequency, the most common


class Verdict(StrEnum):
    """What the figures say about a question, worst first."""

    TOO_FEW = "too_few"
    WRONG_KEY = "wrong_key"
    NEGATIVE = "negative"
    TOO_EASY = "too_easy"
    TOO_HARD = "too_hard"
    AMBIGUOUS = "ambiguous"
    WEAK = "weak"
    GOOD = "good"


VERDICT_TEXT = {
    Verdict.TOO_FEW: f"Too few attempts to judge yet (a verdict needs {MIN_ATTEMPTS}).",
    Verdict.WRONG_KEY: "Most people who know the topic get this wrong: check the right answer.",
    Verdict.NEGATIVE: "People who do well on the rest of the test do worse on this one: check "
                      "the right answer and the wording.",
    Verdict.TOO_EASY: "Nearly everyone gets this right, so it tells nobody apart: make it "
                      "harder or drop it.",
    Verdict.TOO_HARD: "Nearly nobody gets this right: check that the module teaches it and "
                      "that the right answer is right.",
    Verdict.AMBIGUOUS: "Strong learners are split between two answers: the question may be "
                       "ambiguous; reword it.",
    Verdict.WEAK: "It barely tells apart who knows the topic from who does not: sharpen the "
                  "question or its wrong options.",
    Verdict.GOOD: "Works well: it tells apart who knows the topic.",
}


@dataclass(frozen=True)
class Option:
    """An option a question offers (choice id, "true"/"false"), and whether it is a key."""

    id: str
    label: str
    correct: bool


@dataclass(frozen=True)
class QuestionInfo:
    """What the statistics need to know of a question: its key, points and options."""

    key: str  # q-<tracking id>, as in interaction ids
    label: str
    max_mark: float
    scored: bool = True
    options: tuple[Option, ...] = ()  # empty for free answers


@dataclass(frozen=True)
class Answer:
    """One attempt's answer to one question: its mark (0..max) and what was chosen."""

    mark: float
    options: tuple[str, ...] = ()
    response: str = ""


@dataclass(frozen=True)
class AttemptAnswers:
    """One attempt: whose, its answers by question key, and the pages it reached."""

    learner: str
    answers: Mapping[str, Answer]
    pages: frozenset[str] = frozenset()


@dataclass(frozen=True)
class OptionCount:
    """How many attempts chose an option (or gave a free answer)."""

    id: str
    label: str
    count: int
    correct: bool | None  # None: a free answer, right or wrong depending on the attempt


@dataclass(frozen=True)
class QuestionStats:
    """The figures, option counts and verdict of one question."""

    key: str
    label: str
    figures: ItemFigures
    options: tuple[OptionCount, ...]
    verdict: Verdict


@dataclass(frozen=True)
class PageReach:
    """How many learners reached a page."""

    id: str
    title: str
    learners: int


@dataclass(frozen=True)
class QuizStats:
    """The whole report: attempts counted, learners, mean score, questions and pages."""

    attempts: int
    learners: int
    mean_score: float | None  # percent of the scored questions' marks
    questions: tuple[QuestionStats, ...] = ()
    pages: tuple[PageReach, ...] = field(default=())

    def question(self, key: str) -> QuestionStats | None:
        """Return the stats of the question with this key, if it was answered."""
        return next((q for q in self.questions if q.key == key), None)


def quiz_stats(attempts: Sequence[AttemptAnswers], questions: Sequence[QuestionInfo],
               pages: Sequence[tuple[str, str]] = ()) -> QuizStats:
    """Compute the report for `attempts` (one per learner) of a quiz with these questions."""
    scored = {q.key for q in questions if q.scored}
    totals = [sum(a.mark for k, a in attempt.answers.items() if k in scored)
              for attempt in attempts]
    out = [_question(q, attempts, totals) for q in questions]
    maxima = {q.key: q.max_mark for q in questions if q.scored}
    possible = sum(maxima[k] for attempt in attempts for k in attempt.answers if k in maxima)
    mean = 100 * sum(totals) / possible if possible > 0 else None
    reach = [PageReach(pid, title, len({a.learner for a in attempts if pid in a.pages}))
             for pid, title in pages]
    return QuizStats(len(attempts), len({a.learner for a in attempts}), mean,
                     tuple(q for q in out if q.figures.attempts), tuple(reach))


def _question(info: QuestionInfo, attempts: Sequence[AttemptAnswers],
              totals: Sequence[float]) -> QuestionStats:
    answers: list[Answer] = []
    rest: list[float] = []
    for attempt, total in zip(attempts, totals, strict=True):
        answer = attempt.answers.get(info.key)
        if answer is None:
            continue
        answers.append(answer)
        rest.append(total - answer.mark if info.scored else total)
    figures = item_figures([a.mark for a in answers], rest, info.max_mark)
    counts = option_counts(info, answers)
    return QuestionStats(info.key, info.label, figures, counts,
                         verdict(info, figures, answers, rest))


def option_counts(info: QuestionInfo, answers: Sequence[Answer]) -> tuple[OptionCount, ...]:
    """How often each option was chosen; for free answers, the most common responses."""
    if info.options:
        chosen = Counter(o for a in answers for o in set(a.options))
        return tuple(OptionCount(o.id, o.label, chosen[o.id], o.correct) for o in info.options)
    given = Counter(a.response.strip() for a in answers if a.response.strip())
    return tuple(OptionCount(text, text, n, None) for text, n in given.most_common(MAX_RESPONSES))


def verdict(info: QuestionInfo, figures: ItemFigures, answers: Sequence[Answer],
            rest: Sequence[float]) -> Verdict:
    """Say in one word what is wrong with a question, if anything (see VERDICT_TEXT)."""
    if figures.attempts < MIN_ATTEMPTS or figures.facility is None:
        return Verdict.TOO_FEW
    upper, _lower = upper_and_lower(rest)
    strong = Counter(o for i in upper for o in set(answers[i].options))
    wrong = [(strong[o.id], o) for o in info.options if not o.correct]
    top_wrong = max(wrong, key=lambda pair: pair[0], default=(0, None))[0]
    discrimination = figures.discrimination
    if discrimination is not None and discrimination < 0:
        if info.options and top_wrong >= len(upper) / 2:
            return Verdict.WRONG_KEY
        return Verdict.NEGATIVE
    if figures.facility > TOO_EASY:
        return Verdict.TOO_EASY
    if figures.facility < TOO_HARD:
        return Verdict.TOO_HARD
    weak = discrimination is None or discrimination < WEAK
    top_right = max((strong[o.id] for o in info.options if o.correct), default=0)
    if weak and info.options and min(top_wrong, top_right) >= SPLIT * len(upper):
        return Verdict.AMBIGUOUS
    return Verdict.WEAK if weak else Verdict.GOOD
