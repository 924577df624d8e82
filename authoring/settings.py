"""Module-wide settings: navigation and branching, assessment, completion."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class NavigationMode(StrEnum):
    """Linear: next/previous in order (and where rules send you); free: any page, any time."""

    LINEAR = "linear"
    FREE = "free"


class Outcome(StrEnum):
    """What a branching rule looks at."""

    CORRECT = "correct"
    INCORRECT = "incorrect"
    CHOICE = "choice"


@dataclass(frozen=True)
class BranchRule:
    """After `from_page`, if `question` had `outcome` (or option `choice`), go to `target_page`."""

    from_page: str
    question: str
    outcome: Outcome
    target_page: str
    choice: str = ""


@dataclass(frozen=True)
class Navigation:
    """How the learner moves; remediation sends a failed learner back to the missed topics."""

    mode: NavigationMode = NavigationMode.LINEAR
    rules: tuple[BranchRule, ...] = ()
    remediation: bool = True


class FeedbackTiming(StrEnum):
    """When the learner sees whether an answer was right."""

    IMMEDIATE = "immediate"
    END = "end"
    NEVER = "never"


@dataclass(frozen=True)
class Assessment:
    """How the quiz is scored. `attempts` 0 means unlimited; `pass_mark` is a percentage."""

    pass_mark: int = 80
    attempts: int = 0
    shuffle_questions: bool = False
    shuffle_options: bool = True
    feedback: FeedbackTiming = FeedbackTiming.IMMEDIATE
    show_correct_answers: bool = True

    def __post_init__(self) -> None:
        if not 0 <= self.pass_mark <= 100:
            raise ValueError("pass_mark must be between 0 and 100")
        if self.attempts < 0:
            raise ValueError("attempts cannot be negative")


class CompletionKind(StrEnum):
    """What makes a module complete."""

    VIEWED_ALL = "viewed_all"
    PASSED = "passed"
    VIEWED_ALL_AND_PASSED = "viewed_all_and_passed"


@dataclass(frozen=True)
class Completion:
    """The completion rule of a module."""

    kind: CompletionKind = CompletionKind.VIEWED_ALL
