"""Moodle's item analysis: a worked example checked by hand, and the invariants it must keep."""

from __future__ import annotations

import math
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from authoring.item_analysis import item_figures
from authoring.results_stats import (
    Answer,
    AttemptAnswers,
    Option,
    QuestionInfo,
    Verdict,
    quiz_stats,
)

# Five attempts at three one-point questions (marks of Q1, Q2, Q3):
#   A 1 1 1 (total 3)   B 1 1 0 (2)   C 1 0 0 (1)   D 0 1 0 (1)   E 0 0 0 (0)
WORKED = {"A": (1, 1, 1), "B": (1, 1, 0), "C": (1, 0, 0), "D": (0, 1, 0), "E": (0, 0, 0)}


def _worked_attempts() -> list[AttemptAnswers]:
    return [AttemptAnswers(who, {f"q{i + 1}": Answer(float(m)) for i, m in enumerate(marks)})
            for who, marks in WORKED.items()]


def test_the_worked_example_matches_moodles_formulas_done_by_hand() -> None:
    # Q1: x = 1 1 1 0 0, rest X = 2 1 0 1 0; x̄ = 0.6, X̄ = 0.8.
    #   V(x) = (3·0.4² + 2·0.6²)/4 = 0.3;  V(X) = (1.2² + 0.2² + 0.8² + 0.2² + 0.8²)/4 = 0.7
    #   C = (0.4·1.2 + 0.4·0.2 − 0.4·0.8 − 0.6·0.2 + 0.6·0.8)/4 = 0.6/4 = 0.15
    #   D = 100 · 0.15 / √(0.3 · 0.7) = 32.733 %
    #   sorted x = 0 0 1 1 1, sorted X = 0 0 1 1 2: C_max = (0.48 + 0.48 + 0.08 + 0.08 + 0.48)/4
    #   = 0.4, so DE = 100 · 0.15 / 0.4 = 37.5 %;  F = 60 %;  SD = 100 · √0.3 = 54.772 %
    # Q3: x = 1 0 0 0 0, X = 2 2 1 1 0; x̄ = 0.2, X̄ = 1.2; V(x) = 0.2, V(X) = 0.7,
    #   C = (0.64 − 0.16 + 0.04 + 0.04 + 0.24)/4 = 0.2, D = 100 · 0.2 / √0.14 = 53.452 %;
    #   sorted X = 0 1 1 2 2 pairs its top mark with the 1 alone: C_max = 0.2, DE = 100 %.
    stats = quiz_stats(_worked_attempts(), [QuestionInfo(f"q{i}", f"Q{i}", 1.0)
                                            for i in (1, 2, 3)])
    q1, q2, q3 = (stats.question(f"q{i}").figures for i in (1, 2, 3))
    assert q1.attempts == 5
    assert q1.facility == pytest.approx(60.0)
    assert q1.sd == pytest.approx(54.772, abs=1e-3)
    assert q1.discrimination == pytest.approx(32.733, abs=1e-3)
    assert q1.efficiency == pytest.approx(37.5)
    assert q2.facility == pytest.approx(60.0)
    assert q2.discrimination == pytest.approx(32.733, abs=1e-3)
    assert q3.facility == pytest.approx(20.0)
    assert q3.discrimination == pytest.approx(53.452, abs=1e-3)
    assert q3.efficiency == pytest.approx(100.0)
    assert stats.attempts == 5 and stats.learners == 5
    assert stats.mean_score == pytest.approx(100 * 7 / 15)


def test_figures_are_undefined_where_moodle_leaves_them_empty() -> None:
    assert item_figures([], [], 1.0).facility is None
    one = item_figures([1.0], [3.0], 1.0)
    assert (one.facility, one.discrimination, one.efficiency) == (100.0, None, None)
    same = item_figures([1.0, 1.0, 1.0], [0.0, 2.0, 1.0], 1.0)  # no spread: no correlation
    assert same.facility == 100.0 and same.discrimination is None and same.efficiency is None


marks_lists = st.integers(min_value=2, max_value=40).flatmap(lambda n: st.tuples(
    st.lists(st.sampled_from([0.0, 0.25, 0.5, 1.0]), min_size=n, max_size=n),
    st.lists(st.floats(min_value=0, max_value=30, allow_nan=False), min_size=n, max_size=n)))


@given(marks_lists)
@settings(max_examples=300, deadline=None)
def test_figures_stay_in_their_ranges(data: tuple[list[float], list[float]]) -> None:
    marks, rest = data
    f = item_figures(marks, rest, 1.0)
    assert f.attempts == len(marks)
    assert 0.0 <= f.facility <= 100.0
    if f.discrimination is not None:
        assert -100.0 <= f.discrimination <= 100.0
    if f.efficiency is not None:
        assert f.efficiency <= 100.0
        # C_max never exceeds √(V(x)·V(X)): a positive discrimination is at most its efficiency
        if f.discrimination is not None and f.discrimination > 0:
            assert f.efficiency >= f.discrimination - 1e-6


@given(marks_lists, st.floats(min_value=0.5, max_value=20), st.floats(min_value=-10, max_value=10),
       st.randoms(use_true_random=False))
@settings(max_examples=200, deadline=None)
def test_figures_ignore_order_units_and_offsets(data: tuple[list[float], list[float]],
                                                points: float, shift: float,
                                                rnd: random.Random) -> None:
    marks, rest = data
    base = item_figures(marks, rest, 1.0)
    pairs = list(zip(marks, rest, strict=True))
    rnd.shuffle(pairs)
    shuffled = item_figures([m for m, _ in pairs], [r for _, r in pairs], 1.0)
    scaled = item_figures([m * points for m in marks], [r + shift for r in rest], points)
    for other in (shuffled, scaled):
        for name in ("facility", "discrimination", "efficiency"):
            a, b = getattr(base, name), getattr(other, name)
            if a is None or b is None:
                continue  # a spread at the edge of "none" may fall either side after scaling
            assert math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-6), name


@given(st.lists(st.tuples(st.sampled_from("abcd"), st.floats(0, 10)), min_size=1, max_size=60))
@settings(max_examples=100, deadline=None)
def test_each_single_choice_answer_is_counted_once_under_its_option(
        picks: list[tuple[str, float]]) -> None:
    info = QuestionInfo("q1", "Q1", 1.0, options=tuple(Option(o, o.upper(), o == "a")
                                                        for o in "abcd"))
    attempts = [AttemptAnswers(f"l{i}", {"q1": Answer(float(o == "a"), (o,)),
                                         "q2": Answer(rest)})
                for i, (o, rest) in enumerate(picks)]
    stats = quiz_stats(attempts, [info, QuestionInfo("q2", "Q2", 10.0)])
    counts = {c.id: c.count for c in stats.question("q1").options}
    assert sum(counts.values()) == len(picks)
    assert counts == {o: sum(p == o for p, _ in picks) for o in "abcd"}


def test_a_question_whose_key_is_wrong_is_flagged_and_a_giveaway_is_too_easy() -> None:
    # 40 learners of rising ability; the key says "a" but the right answer is "b", which the
    # stronger half picks. Everyone gets the giveaway right.
    info = QuestionInfo("q1", "Q1", 1.0, options=(Option("a", "A", True), Option("b", "B", False),
                                                  Option("c", "C", False)))
    attempts = []
    for i in range(40):
        pick = "b" if i >= 20 else "ac"[i % 2]
        attempts.append(AttemptAnswers(f"l{i}", {
            "q1": Answer(float(pick == "a"), (pick,)),
            "easy": Answer(1.0, ("true",)),
            "rest": Answer(i / 4),
        }))
    stats = quiz_stats(attempts, [info, QuestionInfo("easy", "E", 1.0),
                                  QuestionInfo("rest", "R", 10.0)])
    assert stats.question("q1").verdict is Verdict.WRONG_KEY
    assert stats.question("q1").figures.discrimination < 0
    assert stats.question("easy").verdict is Verdict.TOO_EASY
    few = quiz_stats(attempts[:5], [info])
    assert few.question("q1").verdict is Verdict.TOO_FEW
