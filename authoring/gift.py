"""Parse Moodle's GIFT question format into question drafts, reflections and descriptions.

Errors are `ImportFailed` naming the source and line ("quiz.gift, line 12: …").
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass

from authoring.errors import ImportFailed
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
    QuestionDraft,
    TrueFalseData,
    option_id,
)

# Escaped characters are swapped for Unicode noncharacters (never found in real text) before
# parsing, so the parser can search for `{ } = ~ # :` without ever meeting an escaped one.
_ESCAPED = "\\~=#{}:n"
_HIDE = {ch: chr(0xFDD0 + i) for i, ch in enumerate(_ESCAPED)}
_RESTORE = str.maketrans({chr(0xFDD0 + i): ch for i, ch in enumerate(_ESCAPED[:-1] + "\n")})
_ESCAPE_RE = re.compile(r"\\([\\~=#{}:n])")

_FORMAT_RE = re.compile(r"\s*\[(?:markdown|html|plain|moodle)\]", re.IGNORECASE)
_MARKER_RE = re.compile(r"[=~]")
_WEIGHT_RE = re.compile(r"\s*%([^%\n]*)%")
_NUMBER_RE = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_CATEGORY = "$CATEGORY:"
_BLANK = "_____"
_TRUE = ("T", "TRUE")
_FALSE = ("F", "FALSE")


@dataclass(frozen=True)
class GiftItem:
    """One item of a GIFT file: a scored question, a reflection prompt or a description."""

    line: int
    question: QuestionDraft | None = None
    reflection_title: str = ""
    reflection_prompt: str | None = None
    description: str | None = None
    category: str | None = None


def parse_gift(text: str, source: str = "<gift>", first_line: int = 1) -> list[GiftItem]:
    """Parse GIFT `text` into items, in file order.

    `source` names the file in error messages; `first_line` is the line number of the first
    line of `text` (for GIFT fenced inside a larger file). Raise ImportFailed with
    "{source}, line {n}: {what is wrong}" on bad input.
    """
    items: list[GiftItem] = []
    category: str | None = None
    for chunk in _chunks(text, first_line):
        # `$CATEGORY:` lines at the top of a chunk set the category of the items that follow.
        while chunk and chunk[0][1].lstrip().startswith(_CATEGORY):
            name = _restore(chunk[0][1].lstrip()[len(_CATEGORY) :]).strip()
            category = name or None
            chunk = chunk[1:]
        if chunk:
            items.append(_Item(source, chunk).parse(category))
    return items


def _chunks(text: str, first_line: int) -> list[list[tuple[int, str]]]:
    """Split into blank-line-separated chunks of (line number, line with escapes hidden)."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    chunks: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for number, line in enumerate(text.split("\n"), start=first_line):
        if not line.strip():
            if current:
                chunks.append(current)
            current = []
        elif not line.lstrip().startswith("//"):  # comment lines vanish without ending an item
            current.append((number, _ESCAPE_RE.sub(lambda m: _HIDE[m.group(1)], line)))
    if current:
        chunks.append(current)
    return chunks


def _restore(text: str) -> str:
    return text.translate(_RESTORE)


@dataclass(frozen=True)
class _Answer:
    """One `=` or `~` answer of an answer block, still with escapes hidden."""

    marker: str
    weight: float | None
    body: str
    offset: int  # offset of the marker in the item text, for error lines

    def text_and_feedback(self) -> tuple[str, str]:
        text, _, feedback = self.body.partition("#")
        return _restore(text).strip(), _restore(feedback).strip()


class _Item:
    """One chunk of lines being parsed; knows which line each character offset is on."""

    def __init__(self, source: str, lines: list[tuple[int, str]]) -> None:
        self.source = source
        self.numbers = [number for number, _ in lines]
        self.starts: list[int] = []
        offset = 0
        for _, line in lines:
            self.starts.append(offset)
            offset += len(line) + 1
        self.text = "\n".join(line for _, line in lines)

    def fail(self, offset: int, what: str) -> ImportFailed:
        line = self.numbers[bisect_right(self.starts, offset) - 1]
        return ImportFailed(f"{self.source}, line {line}: {what}")

    def parse(self, category: str | None) -> GiftItem:
        text, line = self.text, self.numbers[0]
        pos = len(text) - len(text.lstrip())
        title = ""
        if text.startswith("::", pos):
            end = text.find("::", pos + 2)
            if end < 0:
                raise self.fail(pos, "the title is not closed with '::'")
            title = _restore(text[pos + 2 : end]).strip()
            pos = end + 2
        start = text.find("{", pos)
        if start < 0:
            self._no_stray_brace(pos, len(text))
            description = _stem(text[pos:])
            if not description:
                raise self.fail(pos, "the item has no text")
            return GiftItem(line=line, description=description, category=category)
        end = text.find("}", start)
        if end < 0 or "{" in text[start + 1 : end]:
            raise self.fail(start, r"'{' is not closed with '}' (write \{ for a literal brace)")
        if "{" in text[end:]:
            raise self.fail(text.index("{", end), "a question can have only one answer block")
        self._no_stray_brace(pos, start)
        self._no_stray_brace(end + 1, len(text))
        before, after = text[pos:start], text[end + 1 :]
        # Answers in mid-sentence are Moodle's "missing word" format: they leave a blank.
        stem = _stem(before + _BLANK + after if after.strip() else before)
        if not stem:
            raise self.fail(start, "the question has no text before its answers")
        block, general = self._split_general(start + 1, end)
        if not block.strip():
            # A GIFT essay has no scoring here; it becomes a reflection prompt and its general
            # feedback is dropped, since reflections show no feedback.
            return GiftItem(
                line=line, reflection_title=title, reflection_prompt=stem, category=category
            )
        kind, data = self._answers(start, block)
        # GIFT's general feedback is shown after any answer, right or wrong, so it is the
        # feedback for both outcomes; per-answer feedback lives in the kind's own data.
        question = QuestionDraft(
            kind=kind,
            stem=stem,
            data=data,
            title=title,
            feedback_correct=general,
            feedback_incorrect=general,
        )
        return GiftItem(line=line, question=question, category=category)

    def _no_stray_brace(self, start: int, end: int) -> None:
        found = self.text.find("}", start, end)
        if found >= 0:
            raise self.fail(found, r"'}' has no opening '{' (write \} for a literal brace)")

    def _split_general(self, start: int, end: int) -> tuple[str, str]:
        """Return the answer block without its `####general feedback`, and that feedback."""
        block = self.text[start:end]
        answers, _, general = block.partition("####")
        return answers, _restore(general).strip()

    def _answers(self, start: int, block: str) -> tuple[QuestionKind, QuestionData]:
        """Work out the kind from the answer block (at offset `start + 1`) and parse it."""
        base = start + 1
        stripped = block.lstrip()
        if stripped.startswith("#"):
            return QuestionKind.NUMERIC, self._numeric(base + len(block) - len(stripped), block)
        answers = self._split(block, base)
        if not answers:
            return QuestionKind.TRUE_FALSE, self._true_false(base, block)
        if any(a.marker == "=" and "->" in a.body for a in answers):
            return QuestionKind.MATCHING, self._matching(start, answers)
        if all(a.marker == "=" for a in answers):
            return QuestionKind.FILL_IN, self._fill_in(answers)
        return self._choice(start, answers)

    def _split(self, block: str, base: int) -> list[_Answer]:
        """Split at every `=` and `~`; text before the first marker is an error."""
        marks = [m.start() for m in _MARKER_RE.finditer(block)]
        if not marks:
            return []
        lead = block[: marks[0]]
        if lead.strip():
            at = base + len(lead) - len(lead.lstrip())
            raise self.fail(
                at, f"'{_restore(lead).strip()}' is not an answer: start answers with = or ~"
            )
        answers = []
        for begin, stop in zip(marks, [*marks[1:], len(block)], strict=True):
            body = block[begin + 1 : stop]
            weight = None
            match = _WEIGHT_RE.match(body)
            if match:
                weight = self._number(base + begin, match.group(1), "percentage")
                body = body[match.end() :]
            answers.append(_Answer(block[begin], weight, body, base + begin))
        return answers

    def _number(self, offset: int, text: str, what: str = "number") -> float:
        text = _restore(text).strip()
        if not _NUMBER_RE.fullmatch(text) or not math.isfinite(value := float(text)):
            raise self.fail(offset, f"'{text}' is not a {what}")
        return value

    def _true_false(self, base: int, block: str) -> TrueFalseData:
        parts = [_restore(part).strip() for part in block.split("#", 2)] + ["", ""]
        token = parts[0].upper()
        if token not in _TRUE + _FALSE:
            at = base + len(block) - len(block.lstrip())
            raise self.fail(
                at, f"'{parts[0]}' is not an answer: use T, TRUE, F or FALSE, or = and ~"
            )
        # GIFT gives the feedback for a wrong answer first, then for the right one.
        wrong, right = parts[1], parts[2]
        if token in _TRUE:
            return TrueFalseData(answer=True, feedback_true=right, feedback_false=wrong)
        return TrueFalseData(answer=False, feedback_true=wrong, feedback_false=right)

    def _matching(self, start: int, answers: list[_Answer]) -> MatchingData:
        pairs: list[MatchPair] = []
        distractors: list[str] = []
        for answer in answers:
            if answer.marker == "~":
                raise self.fail(answer.offset, "a matching question cannot have ~ answers")
            if "->" not in answer.body:
                raise self.fail(answer.offset, "this matching pair has no '->'")
            left, _, right = answer.body.partition("->")
            left, right = _restore(left).strip(), _restore(right).strip()
            if not right:
                raise self.fail(answer.offset, "this matching pair has nothing after '->'")
            if left:
                pairs.append(MatchPair(id=option_id(len(pairs)), left=left, right=right))
            else:  # `= -> extra` offers a right item that matches nothing
                distractors.append(right)
        if len(pairs) < 2:
            raise self.fail(start, "a matching question needs at least two pairs")
        return MatchingData(pairs=tuple(pairs), distractors=tuple(distractors))

    def _fill_in(self, answers: list[_Answer]) -> FillInData:
        # `=%50%text` gives half the points for that answer, as in Moodle.
        accepted = []
        for answer in answers:
            text, feedback = answer.text_and_feedback()
            if not text:
                raise self.fail(answer.offset, "this answer has no text")
            weight = 100.0 if answer.weight is None else answer.weight
            accepted.append(AcceptedAnswer(text=text, feedback=feedback, weight=weight))
        return FillInData(answers=tuple(accepted))

    def _choice(self, start: int, answers: list[_Answer]) -> tuple[QuestionKind, ChoiceData]:
        # As in Moodle: one `=` answer makes a single choice, none a multiple response scored
        # by `~%n%` weights; several `=` (all fully right) cannot be represented.
        rights = [a for a in answers if a.marker == "="]
        if len(rights) > 1:
            raise self.fail(
                rights[1].offset,
                "only one answer can start with =; for several right answers use ~%50% weights",
            )
        choices = []
        for index, answer in enumerate(answers):
            text, feedback = answer.text_and_feedback()
            if not text:
                raise self.fail(answer.offset, "this answer has no text")
            weight = answer.weight
            if weight is None:
                weight = 100.0 if answer.marker == "=" else 0.0
            correct = answer.marker == "=" if rights else weight > 0
            choices.append(Choice(option_id(index), text, correct, weight, feedback))
        if not any(choice.correct for choice in choices):
            raise self.fail(
                start, "no answer is right: mark the right one with = or give ~%n% weights"
            )
        if len(choices) < 2:
            raise self.fail(start, "a choice question needs at least two answers")
        kind = QuestionKind.SINGLE_CHOICE if rights else QuestionKind.MULTIPLE_RESPONSE
        return kind, ChoiceData(choices=tuple(choices))

    def _numeric(self, hash_at: int, block: str) -> NumericData:
        body = block[block.index("#") + 1 :]
        base = hash_at + 1
        answers = self._split(body, base)
        if not answers:  # `{#value}`: one fully right answer
            answers = [_Answer("=", None, body, hash_at)]
        parsed = []
        for answer in answers:
            spec, _, feedback = answer.body.partition("#")
            value, tolerance = self._value(answer.offset, spec)
            weight = answer.weight
            if weight is None:
                weight = 100.0 if answer.marker == "=" else 0.0
            feedback = _restore(feedback).strip()
            parsed.append(NumericAnswer(value, tolerance, weight, feedback))
        return NumericData(answers=tuple(parsed))

    def _value(self, offset: int, spec: str) -> tuple[float, float]:
        """Parse `value`, `value:tolerance` or `low..high` into (value, tolerance)."""
        spec = _restore(spec).strip()
        if not spec:
            raise self.fail(offset, "the numeric answer has no value")
        if ".." in spec:
            low, high = (self._number(offset, part) for part in spec.split("..", 1))
            if high < low:
                raise self.fail(offset, f"the range {spec} ends below where it starts")
            return (low + high) / 2, (high - low) / 2
        value, colon, tolerance = spec.partition(":")
        margin = self._number(offset, tolerance) if colon else 0.0
        if margin < 0:
            raise self.fail(offset, f"the tolerance in {spec} cannot be negative")
        return self._number(offset, value), margin


def _stem(raw: str) -> str:
    """Turn raw stem text into Markdown: drop the format prefix, restore escapes, trim.

    HTML is valid Markdown and is kept as is; [plain] and [moodle] text is taken as Markdown
    too, which reads the same unless it happens to contain Markdown syntax.
    """
    match = _FORMAT_RE.match(raw)
    if match:
        raw = raw[match.end() :]
    return _restore(raw).strip()
