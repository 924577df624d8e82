"""Moodle XML question types read as Kiem's kinds, one small function per type.

Each returns (kind, data, feedback for a right answer, feedback for a wrong one). Moodle's
combined feedback (`correctfeedback`, `incorrectfeedback`) joins the general feedback, which
is shown after any answer; `partiallycorrectfeedback` has no place in Kiem and is noted.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass

from authoring.kinds import QuestionKind
from authoring.questions import (
    AcceptedAnswer,
    Choice,
    ChoiceData,
    FillInData,
    MatchingData,
    MatchPair,
    NumericAnswer,
    NumericData,
    OrderingData,
    OrderItem,
    QuestionData,
    TrueFalseData,
    option_id,
)

Read = tuple[QuestionKind, QuestionData, str, str]


class Refused(Exception):
    """A question that cannot be imported; the message says why."""


@dataclass
class Sub:
    """What a type reader needs: the element, text readers and the notes to add to."""

    element: ET.Element
    text: Callable[..., str]
    plain: Callable[[ET.Element | None], str]
    notes: list[str]


def _fraction(answer: ET.Element) -> float:
    try:
        return float(answer.get("fraction", "0"))
    except ValueError:
        raise Refused(f"an answer's fraction is not a number: '{answer.get('fraction')}'") \
            from None


def _join(*parts: str) -> str:
    return "\n\n".join(p for p in parts if p)


def _combined(sub: Sub, general: str) -> tuple[str, str]:
    if sub.text(sub.element.find("partiallycorrectfeedback")):
        sub.notes.append("the feedback for a partly right answer has no place in Kiem")
    return (_join(general, sub.text(sub.element.find("correctfeedback"))),
            _join(general, sub.text(sub.element.find("incorrectfeedback"))))


def _multichoice(sub: Sub, general: str) -> Read:
    single = (sub.element.findtext("single") or "true").strip().lower() in ("true", "1")
    answers = sub.element.findall("answer")
    choices = []
    first_right = next((a for a in answers if _fraction(a) >= 100), None)
    for index, answer in enumerate(answers):
        weight = _fraction(answer)
        correct = answer is first_right if single else weight > 0
        text = sub.text(answer)
        if not text:
            raise Refused(f"answer {index + 1} has no text")
        choices.append(Choice(option_id(index), text, correct, weight,
                              sub.text(answer.find("feedback"))))
    if len(choices) < 2:
        raise Refused("a choice question needs at least two answers")
    if not any(c.correct for c in choices):
        raise Refused("no answer gives full marks (100%)" if single else "no answer is right")
    if single and sum(c.weight >= 100 for c in choices) > 1:
        sub.notes.append(f"several answers give full marks: '{first_right.findtext('text')}' "
                         "is shown as the right one, the others earn full marks too")
    kind = QuestionKind.SINGLE_CHOICE if single else QuestionKind.MULTIPLE_RESPONSE
    return (kind, ChoiceData(tuple(choices)), *_combined(sub, general))


def _truefalse(sub: Sub, general: str) -> Read:
    found: dict[str, tuple[float, str]] = {}
    for answer in sub.element.findall("answer"):
        word = (answer.findtext("text") or "").strip().lower()
        found[word] = (_fraction(answer), sub.text(answer.find("feedback")))
    if set(found) != {"true", "false"}:
        raise Refused("a true/false question needs the answers 'true' and 'false'")
    data = TrueFalseData(answer=found["true"][0] >= found["false"][0],
                         feedback_true=found["true"][1], feedback_false=found["false"][1])
    return QuestionKind.TRUE_FALSE, data, general, general


def _shortanswer(sub: Sub, general: str) -> Read:
    accepted, other = [], ""
    for answer in sub.element.findall("answer"):
        text = (answer.findtext("text") or "").strip()
        weight, feedback = _fraction(answer), sub.text(answer.find("feedback"))
        if text == "*":
            other = feedback
            if weight > 0:
                sub.notes.append(f"the catch-all answer * gave {weight:g}%: in Kiem it gives "
                                 "none, its feedback is shown for wrong answers")
        elif "*" in text.replace("\\*", ""):
            sub.notes.append(f"left out the answer '{text}': Moodle's * wildcard matches any "
                             "text there, Kiem compares whole answers")
        elif text:
            accepted.append(AcceptedAnswer(text.replace("\\*", "*"), feedback, weight))
    if not any(a.weight >= 100 for a in accepted):
        raise Refused("no answer gives full marks (100%)")
    usecase = (sub.element.findtext("usecase") or "0").strip() in ("1", "true")
    return (QuestionKind.FILL_IN, FillInData(tuple(accepted), case_sensitive=usecase),
            general, _join(general, other))


def _numerical(sub: Sub, general: str) -> Read:
    answers, other = [], ""
    for answer in sub.element.findall("answer"):
        text = (answer.findtext("text") or "").strip()
        weight, feedback = _fraction(answer), sub.text(answer.find("feedback"))
        if text in ("*", ""):
            other = feedback
            continue
        try:
            value = float(text)
            tolerance = abs(float((answer.findtext("tolerance") or "0").strip() or 0))
        except ValueError:
            raise Refused(f"'{text}' is not a number") from None
        answers.append(NumericAnswer(value, tolerance, weight, feedback))
    if not answers:
        raise Refused("the numeric question has no value")
    if sub.element.find("units/unit") is not None:
        sub.notes.append("units were left out: Kiem's numeric answers are plain numbers")
    return QuestionKind.NUMERIC, NumericData(tuple(answers)), general, _join(general, other)


def _matching(sub: Sub, general: str) -> Read:
    pairs, distractors = [], []
    for subquestion in sub.element.findall("subquestion"):
        left = sub.text(subquestion)
        right = sub.plain(subquestion.find("answer"))
        if not right:
            continue
        if left:
            pairs.append(MatchPair(option_id(len(pairs)), left, right))
        else:
            distractors.append(right)
    if len(pairs) < 2:
        raise Refused("a matching question needs at least two pairs")
    return (QuestionKind.MATCHING, MatchingData(tuple(pairs), tuple(distractors)),
            *_combined(sub, general))


def _ordering(sub: Sub, general: str) -> Read:
    # The fraction of an ordering answer is its place in the right order (1, 2, 3…).
    answers = sorted(enumerate(sub.element.findall("answer")),
                     key=lambda pair: (_fraction(pair[1]), pair[0]))
    items = tuple(OrderItem(option_id(i), sub.text(a)) for i, (_, a) in enumerate(answers))
    if len(items) < 2 or any(not item.text for item in items):
        raise Refused("an ordering question needs at least two items, each with text")
    if (sub.element.findtext("selecttype") or "ALL").strip().upper() != "ALL":
        sub.notes.append("Kiem shows every item: Moodle's choice of a subset was left out")
    return (QuestionKind.ORDERING, OrderingData(items), *_combined(sub, general))


KINDS: dict[str, Callable[[Sub, str], Read]] = {
    "multichoice": _multichoice, "truefalse": _truefalse, "shortanswer": _shortanswer,
    "numerical": _numerical, "matching": _matching, "ordering": _ordering,
}
