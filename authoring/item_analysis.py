"""Item analysis of one question as Moodle's quiz statistics report computes it.

The definitions, from Moodle's developer documentation "Quiz statistics calculations" and its
code (`question/classes/statistics/questions/calculator.php`). For a question i over the S
attempts that include it, with x_i(s) the mark of attempt s on the question, X_i(s) the
attempt's "rest of test" mark (the sum of its other questions' marks), means x̄_i and X̄_i:

- Facility index F_i = 100 · x̄_i / max_i: the mean mark as a percentage of the question's
  maximum (Moodle writes (x̄_i − x_i(min)) / (x_i(max) − x_i(min)); marks here never go below
  0, so the two agree).
- Standard deviation SD_i = 100 · sqrt(V(x_i)) / max_i, with V(x) = Σ (x(s) − x̄)² / (S − 1).
- Discrimination index D_i = 100 · r(x_i, X_i) = 100 · C(x_i, X_i) / sqrt(V(x_i) · V(X_i)),
  the correlation between the question's mark and the rest-of-test mark, where
  C(x, y) = Σ (x(s) − x̄)(y(s) − ȳ) / (S − 1). Undefined when either variance is 0.
- Discriminative efficiency DE_i = 100 · C(x_i, X_i) / C_max(x_i, X_i): the discrimination
  as a share of the most this question could have with these marks. C_max is the covariance
  when the two lists are each sorted (ascending) and paired in that order: the best possible
  agreement between the two. Undefined when C_max is 0.

Every figure needs S ≥ 2 (Moodle leaves them empty otherwise), and the facility S ≥ 1.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

_ZERO = 1e-12  # a variance or covariance this small (relative to the marks) is none at all


@dataclass(frozen=True)
class ItemFigures:
    """Moodle's figures for one question; None where they are undefined. All in percent."""

    attempts: int
    facility: float | None
    sd: float | None
    discrimination: float | None
    efficiency: float | None


def item_figures(marks: Sequence[float], rest: Sequence[float], max_mark: float) -> ItemFigures:
    """Return the figures of a question from its marks and the rest-of-test marks, paired."""
    if len(marks) != len(rest):
        raise ValueError("marks and rest-of-test marks must be paired")
    s = len(marks)
    if s == 0:
        return ItemFigures(0, None, None, None, None)
    mean = math.fsum(marks) / s
    facility = 100 * mean / max_mark if max_mark > 0 else None
    if s < 2:
        return ItemFigures(s, facility, None, None, None)
    rest_mean = math.fsum(rest) / s
    dx = [x - mean for x in marks]
    dy = [y - rest_mean for y in rest]
    var_x = math.fsum(d * d for d in dx) / (s - 1)
    var_y = math.fsum(d * d for d in dy) / (s - 1)
    cov = math.fsum(a * b for a, b in zip(dx, dy, strict=True)) / (s - 1)
    cov_max = math.fsum((a - mean) * (b - rest_mean)
                        for a, b in zip(sorted(marks), sorted(rest), strict=True)) / (s - 1)
    scale = max(1.0, max(map(abs, marks)), max(map(abs, rest))) ** 2
    sd = 100 * math.sqrt(var_x) / max_mark if max_mark > 0 else None
    both = var_x * var_y
    discrimination = (_clamp(100 * cov / math.sqrt(both))
                      if var_x > _ZERO * scale and var_y > _ZERO * scale else None)
    # C ≤ C_max (the rearrangement inequality): only rounding could pass 100 %; below, no bound.
    efficiency = min(100.0, 100 * cov / cov_max) if cov_max > _ZERO * scale else None
    return ItemFigures(s, facility, sd, discrimination, efficiency)


def _clamp(percent: float) -> float:
    """Keep rounding from pushing a figure past ±100 % (a correlation cannot)."""
    return max(-100.0, min(100.0, percent))


def upper_and_lower(rest: Sequence[float], share: float = 0.27) -> tuple[list[int], list[int]]:
    """Return the indexes of the upper and lower `share` of attempts by rest-of-test mark.

    Kelley's 27 % groups, used for the verdicts (what the strong learners chose), not for the
    figures above. Ties keep their order; each group has at least one attempt.
    """
    order = sorted(range(len(rest)), key=lambda i: rest[i])
    size = max(1, round(len(rest) * share)) if rest else 0
    return order[len(order) - size:], order[:size]
