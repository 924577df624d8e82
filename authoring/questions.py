"""Per-kind data of the seven question kinds, and the draft a new question is made from.

Common fields (stem, feedback, points, tags) live on the question itself; what differs per kind
lives in one of the dataclasses below, stored as JSON and checked by `authoring.jsondata`.
Option ids are short and stable ("a", "b", …): the player uses them in interaction responses.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from authoring.kinds import QuestionKind


@dataclass(frozen=True)
class Choice:
    """One option of a single-choice or multiple-response question.

    `weight` is the share of the points this option gives (percent, may be negative), as in
    GIFT's `~%50%`; for single choice only `correct` matters.
    """

    id: str
    text: str
    correct: bool = False
    weight: float = 0.0
    feedback: str = ""


@dataclass(frozen=True)
class ChoiceData:
    """Single choice (exactly one correct option) and multiple response (one or more)."""

    choices: tuple[Choice, ...] = ()


@dataclass(frozen=True)
class TrueFalseData:
    """A statement that is true or false, with feedback for each answer given."""

    answer: bool = True
    feedback_true: str = ""
    feedback_false: str = ""


@dataclass(frozen=True)
class AcceptedAnswer:
    """One answer a fill-in question accepts, with its share of the points and feedback.

    `weight` below 100 gives partial credit (GIFT's `=%50%`); 0 or less marks a known wrong
    answer that only has feedback.
    """

    text: str
    feedback: str = ""
    weight: float = 100.0


@dataclass(frozen=True)
class FillInData:
    """Free text compared with accepted answers (trimmed; case-insensitive unless said)."""

    answers: tuple[AcceptedAnswer, ...] = ()
    case_sensitive: bool = False


@dataclass(frozen=True)
class MatchPair:
    """A left item and the right item it belongs with."""

    id: str
    left: str
    right: str


@dataclass(frozen=True)
class MatchingData:
    """Match every left item to its right item; distractors are extra right items."""

    pairs: tuple[MatchPair, ...] = ()
    distractors: tuple[str, ...] = ()


@dataclass(frozen=True)
class OrderItem:
    """One item of an ordering question."""

    id: str
    text: str


@dataclass(frozen=True)
class OrderingData:
    """Put the items in order; `items` holds them in the correct order."""

    items: tuple[OrderItem, ...] = ()


@dataclass(frozen=True)
class NumericAnswer:
    """An accepted value ± tolerance (a range a..b is value (a+b)/2 ± (b-a)/2)."""

    value: float
    tolerance: float = 0.0
    weight: float = 100.0
    feedback: str = ""

    def __post_init__(self) -> None:
        if self.tolerance < 0:
            raise ValueError("tolerance cannot be negative")


@dataclass(frozen=True)
class NumericData:
    """A number; the first answer whose range holds it gives its weight of the points."""

    answers: tuple[NumericAnswer, ...] = ()


QuestionData = ChoiceData | TrueFalseData | FillInData | MatchingData | OrderingData | NumericData

DATA_TYPES: dict[QuestionKind, type] = {
    QuestionKind.SINGLE_CHOICE: ChoiceData,
    QuestionKind.MULTIPLE_RESPONSE: ChoiceData,
    QuestionKind.TRUE_FALSE: TrueFalseData,
    QuestionKind.FILL_IN: FillInData,
    QuestionKind.MATCHING: MatchingData,
    QuestionKind.ORDERING: OrderingData,
    QuestionKind.NUMERIC: NumericData,
}


@dataclass(frozen=True)
class QuestionDraft:
    """Everything needed to make a question; what importers produce and services accept."""

    kind: QuestionKind
    stem: str
    data: QuestionData
    title: str = ""
    feedback_correct: str = ""
    feedback_incorrect: str = ""
    points: float = 1.0
    tags: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        expected = DATA_TYPES[self.kind]
        if not isinstance(self.data, expected):
            raise ValueError(f"{self.kind.value} needs {expected.__name__}")


def option_id(index: int) -> str:
    """Return the stable id of the option at `index`: a…z, then a1…z1 and so on."""
    letter = "abcdefghijklmnopqrstuvwxyz"[index % 26]
    return letter if index < 26 else f"{letter}{index // 26}"
