"""Write questions as GIFT, the way Moodle's own exporter lays it out.

Text is written as `[markdown]` (what Kiem holds), so Moodle shows it formatted and Kiem reads
it back unchanged. What GIFT cannot carry (points, ordering questions, case-sensitive answers,
different feedback for right and wrong…) is returned as notes, one per question and loss.
"""

from __future__ import annotations

from decimal import Decimal

from authoring import questions as q
from authoring.html_markdown import markdown_to_plain
from authoring.interchange import Note, split_id_tags
from authoring.kinds import QuestionKind
from authoring.questions import QuestionDraft

_SPECIAL = "~=#{}:"


def number(value: float) -> str:
    """A number as plain decimals (`0.00001`, never `1e-05`), exact to the float."""
    text = format(Decimal(repr(float(value))), "f")
    return text.removesuffix(".0") if "." in text and text.endswith(".0") else text


def escape(text: str) -> str:
    """Escape GIFT's special characters and line breaks, as Moodle's `repchar` does."""
    text = text.replace("\\", "\\\\")
    for special in _SPECIAL:
        text = text.replace(special, "\\" + special)
    return text.replace("\r", "").replace("\n", "\\n")


def _rich(text: str) -> str:
    """Markdown text inside an answer block: it inherits `[markdown]` from the question."""
    return ("[markdown]" if text.startswith("[") else "") + escape(text)


def write_gift(questions: list[tuple[QuestionDraft, str]], category: str = "") -> \
        tuple[str, list[Note]]:
    """Return GIFT text for (question, name in reports) pairs, and what it could not carry."""
    out = ["// Written by Kiem\n"]
    if category:
        out.append(f"$CATEGORY: $course$/top/{category}\n")
    notes: list[Note] = []
    for draft, name in questions:
        text, lost = write_question(draft)
        notes.extend(Note(0, f"“{name}”: {what}") for what in lost)
        if text:
            out.append(text)
    return "\n".join(out), notes


def write_question(draft: QuestionDraft) -> tuple[str, list[str]]:
    """One question as GIFT (empty when GIFT cannot hold it), and what it could not carry."""
    lost: list[str] = []
    if draft.kind is QuestionKind.ORDERING:
        return "", ["left out: GIFT has no ordering questions (Moodle XML has)"]
    body, general = _answers(draft, lost)
    if body is None:
        return "", lost
    if draft.points != 1:
        lost.append(f"points ({number(draft.points)}): GIFT has none, Moodle counts 1")
    idnumber, tags = split_id_tags(draft.tags)
    lines = [f"// question: 0  name: {' '.join(draft.title.split())}".rstrip()]
    marks = ([f"[id:{idnumber.replace(']', chr(92) + ']')}]"]
             if idnumber and not idnumber.endswith(chr(92)) else []) + [
        f"[tag:{t.replace(']', chr(92) + ']')}]" for t in tags
        if not set(t) & set("<>\n") and not t.endswith(chr(92))]  # `\]` would escape the end
    if len(marks) != len(tags) + bool(idnumber):
        lost.append("tags with < or > in them, or ending in a backslash")
    if marks:
        lines.append("// " + " ".join(marks))
    title = f"::{escape(draft.title)}::" if draft.title else ""
    if general:
        body.append(f"\t####[markdown]{escape(general)}")
    lines.append(f"{title}[markdown]{escape(draft.stem)}{{")
    lines.extend(body)
    lines.append("}")
    return "\n".join(lines) + "\n", lost


def _feedback(draft: QuestionDraft, lost: list[str], *, catch_all: bool) -> tuple[str, str]:
    """Split the right/wrong feedback into GIFT's general feedback and a catch-all feedback."""
    right, wrong = draft.feedback_correct, draft.feedback_incorrect
    if right == wrong:
        return right, ""
    if catch_all and (not right or wrong.startswith(right + "\n\n")):
        return right, wrong[len(right):].lstrip("\n")
    lost.append("separate feedback for right and wrong answers (GIFT has one general "
                "feedback: the feedback for a right answer is kept)")
    return right, ""


def _answers(draft: QuestionDraft, lost: list[str]) -> tuple[list[str] | None, str]:
    d = draft.data
    if isinstance(d, q.ChoiceData):
        general, _ = _feedback(draft, lost, catch_all=False)
        if draft.kind is QuestionKind.MULTIPLE_RESPONSE and not any(c.weight for c in d.choices):
            lost.append("all-or-nothing scoring: Moodle scores multiple response by shares, "
                        "so each right option now gives its share")
        return _choices(draft.kind, d), general
    if isinstance(d, q.TrueFalseData):
        general, _ = _feedback(draft, lost, catch_all=False)
        right, wrong = ((d.feedback_true, d.feedback_false) if d.answer
                        else (d.feedback_false, d.feedback_true))
        token = "TRUE" if d.answer else "FALSE"
        tail = (f"#{_rich(wrong)}" if wrong or right else "") + (f"#{_rich(right)}" if right
                                                                  else "")
        return [f"\t{token}{tail}"], general
    if isinstance(d, q.FillInData):
        return _fill_in(draft, d, lost)
    if isinstance(d, q.MatchingData):
        general, _ = _feedback(draft, lost, catch_all=False)
        return _matching(d, lost), general
    if isinstance(d, q.NumericData):
        general, other = _feedback(draft, lost, catch_all=True)
        lines = ["\t#"] + [f"\t=%{number(a.weight)}%{number(a.value)}:{number(a.tolerance)}"
                           f"#{_rich(a.feedback)}" for a in d.answers]
        if other:
            lines.append(f"\t~#{_rich(other)}")
        return lines, general
    return None, ""


def _choices(kind: QuestionKind, d: q.ChoiceData) -> list[str]:
    lines = []
    for c in d.choices:
        if kind is QuestionKind.SINGLE_CHOICE and c.correct:
            mark = "=%100%" if c.text.startswith("%") else "="
        else:
            # Multiple response is scored by weights in Moodle: right options need a share.
            weight = c.weight if kind is QuestionKind.SINGLE_CHOICE or c.weight else (
                _share(d) if c.correct else 0.0)
            mark = f"~%{number(weight)}%" if weight or c.text.startswith("%") else "~"
        feedback = f"#{_rich(c.feedback)}" if c.feedback else ""
        lines.append(f"\t{mark}{_rich(c.text)}{feedback}")
    return lines


def _share(d: q.ChoiceData) -> float:
    """Each right option's share when a multiple response has no weights of its own."""
    right = sum(c.correct for c in d.choices)
    return round(100 / right, 5) if right else 0.0


def _fill_in(draft: QuestionDraft, d: q.FillInData,
             lost: list[str]) -> tuple[list[str] | None, str]:
    if any("->" in a.text for a in d.answers):
        lost.append("left out: an answer holds '->', which GIFT reads as a matching pair")
        return None, ""
    if d.case_sensitive:
        lost.append("case-sensitive answers (GIFT answers ignore case)")
    general, other = _feedback(draft, lost, catch_all=True)
    lines = []
    for a in d.answers:
        text = escape(a.text.replace("*", "\\*"))
        lines.append(f"\t=%{number(a.weight)}%{'[plain]' if text.startswith('[') else ''}"
                     f"{text}#{_rich(a.feedback)}")
    if other:
        lines.append(f"\t=%0%*#{_rich(other)}")
    return lines, general


def _matching(d: q.MatchingData, lost: list[str]) -> list[str] | None:
    if any("->" in p.left for p in d.pairs):
        lost.append("left out: a left-hand item holds '->', which GIFT cannot escape")
        return None
    lines = [f"\t={_rich(p.left)} -> {escape(markdown_to_plain(p.right))}" for p in d.pairs]
    lines += [f"\t= -> {escape(markdown_to_plain(t))}" for t in d.distractors]
    return lines
