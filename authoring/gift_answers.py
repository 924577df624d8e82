"""The answer block of a GIFT question (`{…}`): its kind and data, decided as Moodle decides.

Moodle looks, in this order, for `#` first (numeric), any `~` (a choice: a menu path such as
"File -> Save" in an option stays an option), `=` with `->` (matching), a true/false token, and
otherwise reads a short answer, even one without `=` (`{One}`).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Protocol

from authoring.html_markdown import escape_markdown
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
    QuestionData,
    TrueFalseData,
    option_id,
)

_MARKER_RE = re.compile(r"[=~]")
_WEIGHT_RE = re.compile(r"\s*%([^%\n]*)%")
_NUMBER_RE = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_WILDCARD_RE = re.compile(r"(?<!\\)\*")
_TRUE = ("T", "TRUE")
_FALSE = ("F", "FALSE")


class Refused(Exception):
    """An item that cannot be read; `offset` is where in the item the trouble is."""

    def __init__(self, offset: int, what: str) -> None:
        super().__init__(what)
        self.offset = offset
        self.what = what


class _Texts(Protocol):
    """What the answer parser needs of the item it belongs to."""

    def convert(self, raw: str, default: str | None = None) -> str: ...

    def split_format(self, raw: str, default: str | None = None) -> tuple[str, str]: ...


@dataclass(frozen=True)
class _Answer:
    """One `=` or `~` answer of an answer block, still with escapes hidden."""

    marker: str
    weight: float | None
    body: str
    offset: int  # offset of the marker in the item text, for error lines


@dataclass
class Parsed:
    """An answer block read: the kind, its data, catch-all feedback and notes."""

    kind: QuestionKind
    data: QuestionData
    catch_all: str = ""
    notes: list[str] = field(default_factory=list)


class Answers:
    """Parses one answer block; `base` is the offset of its first character in the item."""

    def __init__(self, item: _Texts, base: int) -> None:
        self.item = item
        self.base = base
        self.notes: list[str] = []
        self.catch_all = ""

    def parse(self, block: str) -> Parsed:
        stripped = block.lstrip()
        at = self.base + len(block) - len(stripped)
        if stripped.startswith("#"):
            kind, data = QuestionKind.NUMERIC, self._numeric(at, stripped[1:])
        elif "~" in block:
            kind, data = self._choice(self._split(block, self.base, "~"))
        elif "=" in block and "->" in block:
            kind, data = QuestionKind.MATCHING, self._matching(self._split(block, self.base, "="))
        elif stripped.split("#", 1)[0].strip().upper() in _TRUE + _FALSE:
            kind, data = QuestionKind.TRUE_FALSE, self._true_false(stripped)
        else:
            kind, data = QuestionKind.FILL_IN, self._fill_in(self._split(block, self.base, "="))
        return Parsed(kind, data, self.catch_all, self.notes)

    def _split(self, block: str, base: int, lead: str) -> list[_Answer]:
        """Split at every `=` and `~`; text before the first marker is a `lead` answer."""
        marks = [m.start() for m in _MARKER_RE.finditer(block)]
        pieces = []
        first = marks[0] if marks else len(block)
        if block[:first].strip():
            pieces.append((lead, base + len(block[:first]) - len(block[:first].lstrip()),
                           block[:first]))
        for begin, stop in zip(marks, [*marks[1:], len(block)][: len(marks)], strict=True):
            pieces.append((block[begin], base + begin, block[begin + 1 : stop]))
        answers = []
        for marker, offset, body in pieces:
            weight = None
            match = _WEIGHT_RE.match(body)
            if match:
                weight = self._number(offset, match.group(1), "percentage")
                body = body[match.end() :]
            answers.append(_Answer(marker, weight, body, offset))
        return answers

    def _number(self, offset: int, text: str, what: str = "number") -> float:
        from authoring.gift import restore

        text = restore(text).strip()
        if not _NUMBER_RE.fullmatch(text) or not math.isfinite(value := float(text)):
            raise Refused(offset, f"'{text}' is not a {what}")
        return value

    def _text_and_feedback(self, answer: _Answer) -> tuple[str, str]:
        text, _, feedback = answer.body.partition("#")
        text = self.item.convert(text)
        if not text:
            raise Refused(answer.offset, "this answer has no text")
        return text, self.item.convert(feedback)

    def _true_false(self, block: str) -> TrueFalseData:
        parts = [*block.split("#", 2), "", ""]
        token = parts[0].strip().upper()
        # GIFT gives the feedback for a wrong answer first, then for the right one.
        wrong, right = self.item.convert(parts[1]), self.item.convert(parts[2])
        if token in _TRUE:
            return TrueFalseData(answer=True, feedback_true=right, feedback_false=wrong)
        return TrueFalseData(answer=False, feedback_true=wrong, feedback_false=right)

    def _matching(self, answers: list[_Answer]) -> MatchingData:
        from authoring.gift import restore

        pairs: list[MatchPair] = []
        distractors: list[str] = []
        for answer in answers:
            if "->" not in answer.body:
                raise Refused(answer.offset, "this matching pair has no '->'")
            left, _, right = answer.body.partition("->")
            # Moodle reads the right-hand item as plain text, the left in the question's format.
            left, right = self.item.convert(left), escape_markdown(restore(right).strip())
            if not right:
                raise Refused(answer.offset, "this matching pair has nothing after '->'")
            if left:
                pairs.append(MatchPair(id=option_id(len(pairs)), left=left, right=right))
            else:  # `= -> extra` offers a right item that matches nothing
                distractors.append(right)
        if len(pairs) < 2:
            raise Refused(self.base - 1, "a matching question needs at least two pairs")
        return MatchingData(pairs=tuple(pairs), distractors=tuple(distractors))

    def _fill_in(self, answers: list[_Answer]) -> FillInData:
        # `=%50%text` gives half the points for that answer, as in Moodle. The answer is the
        # text a learner types: its format marker goes, the text itself is taken as written.
        accepted = []
        for answer in answers:
            raw, _, feedback = answer.body.partition("#")
            text = self.item.split_format(raw)[1]
            feedback = self.item.convert(feedback)
            weight = 100.0 if answer.weight is None else answer.weight
            if not text:
                raise Refused(answer.offset, "this answer has no text")
            if text == "*":
                self._catch_all(feedback, weight)
            elif _WILDCARD_RE.search(text):
                self.notes.append(f"left out the answer '{text}': Moodle's * wildcard matches "
                                  "any text there, Kiem compares whole answers")
            else:
                accepted.append(AcceptedAnswer(text=text.replace("\\*", "*"),
                                               feedback=feedback, weight=weight))
        if not any(a.weight >= 100 for a in accepted):
            raise Refused(self.base - 1, "no answer gives full marks (100%)")
        return FillInData(answers=tuple(accepted))

    def _catch_all(self, feedback: str, weight: float) -> None:
        """Moodle's `*` answer matches anything else: its feedback is for wrong answers."""
        self.catch_all = feedback
        if weight > 0:
            self.notes.append(f"the catch-all answer gave {weight:g}% for any answer; in Kiem "
                              "it gives none, its feedback is shown for wrong answers")

    def _choice(self, answers: list[_Answer]) -> tuple[QuestionKind, ChoiceData]:
        # As in Moodle: an `=` answer makes a single choice (any `=` answer earns full marks),
        # none a multiple response scored by `~%n%` weights.
        rights = [a for a in answers if a.marker == "="]
        choices = []
        for index, answer in enumerate(answers):
            text, feedback = self._text_and_feedback(answer)
            weight = answer.weight
            if weight is None:
                weight = 100.0 if answer.marker == "=" else 0.0
            correct = answer is rights[0] if rights else weight > 0
            choices.append(Choice(option_id(index), text, correct, weight, feedback))
        if not any(choice.correct for choice in choices):
            raise Refused(self.base - 1,
                          "no answer is right: mark the right one with = or give ~%n% weights")
        if len(choices) < 2:
            raise Refused(self.base - 1, "a choice question needs at least two answers")
        if len(rights) > 1:
            others = ", ".join(f"'{c.text}'" for c in choices[1:] if c.weight >= 100 and
                               not c.correct)
            self.notes.append(f"several answers start with '=': '{choices[0].text}' is "
                              f"shown as the right one; {others} also earn full marks")
        kind = QuestionKind.SINGLE_CHOICE if rights else QuestionKind.MULTIPLE_RESPONSE
        return kind, ChoiceData(choices=tuple(choices))

    def _numeric(self, hash_at: int, body: str) -> NumericData:
        from authoring.gift import restore

        parsed = []
        for answer in self._split(body, hash_at + 1, "="):
            spec, _, feedback = answer.body.partition("#")
            feedback = self.item.convert(feedback)
            weight = answer.weight
            if weight is None:
                weight = 100.0 if answer.marker == "=" else 0.0
            # `~#feedback` (as Moodle writes it) and `*` are the catch-all for other numbers.
            if restore(spec).strip() in ("*", "") and (answer.marker == "~" or "*" in spec):
                self._catch_all(feedback, weight)
                continue
            value, tolerance = self._value(answer.offset, spec)
            parsed.append(NumericAnswer(value, tolerance, weight, feedback))
        if not parsed:
            raise Refused(hash_at, "the numeric answer has no value")
        return NumericData(answers=tuple(parsed))

    def _value(self, offset: int, spec: str) -> tuple[float, float]:
        """Parse `value`, `value:tolerance` or `low..high` into (value, tolerance)."""
        from authoring.gift import restore

        spec = restore(spec).strip()
        if not spec:
            raise Refused(offset, "the numeric answer has no value")
        if ".." in spec:
            low, high = (self._number(offset, part) for part in spec.split("..", 1))
            if high < low:
                raise Refused(offset, f"the range {spec} ends below where it starts")
            return (low + high) / 2, (high - low) / 2
        value, colon, tolerance = spec.partition(":")
        margin = self._number(offset, tolerance) if colon else 0.0
        if margin < 0:
            raise Refused(offset, f"the tolerance in {spec} cannot be negative")
        return self._number(offset, value), margin
