"""Questions as LMS interactions, worked out once at export.

The correct-response pattern that SCORM 2004 and xAPI share, and the xAPI `cmi.interaction`
activity a cmi5 or xAPI player sends in its "answered" statements. The player only adds the
learner's response.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

from authoring.kinds import QuestionKind
from export.document import DocQuestion

CMI_INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction"
TYPES = {QuestionKind.SINGLE_CHOICE: "choice", QuestionKind.MULTIPLE_RESPONSE: "choice",
         QuestionKind.TRUE_FALSE: "true-false", QuestionKind.FILL_IN: "fill-in",
         QuestionKind.MATCHING: "matching", QuestionKind.ORDERING: "sequencing",
         QuestionKind.NUMERIC: "numeric"}
_RESERVED = re.compile(r"\[[,.:]\]")  # the patterns' own delimiters


def activity_id(module_id: object, key: str) -> str:
    """Return the URN naming a question in interactions and statements, as SCORM 2004 does."""
    return f"urn:kiem:{module_id}:{key}"


def _real(value: float) -> str:
    """Return a number as the player writes it: at most seven decimals, no trailing zeros."""
    text = f"{round(value, 7):.7f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def pattern(question: DocQuestion) -> str:
    """Return the question's correct-response pattern ("" when it has none to give)."""
    parts, kind = question.parts, question.kind
    if kind in (QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_RESPONSE):
        return "[,]".join(c["id"] for c in parts["choices"] if c["correct"])
    if kind is QuestionKind.TRUE_FALSE:
        return "true" if parts["answer"] else "false"
    if kind is QuestionKind.FILL_IN:
        if not parts["answers"]:
            return ""
        case = "{case_matters=true}" if parts["case_sensitive"] else ""
        return case + _RESERVED.sub(" ", parts["answers"][0]["text"])[:250]
    if kind is QuestionKind.NUMERIC:
        best = next((a for a in parts["answers"] if a["weight"] >= 100), None)
        if best is None:
            return ""
        return (f"{_real(best['value'] - best['tolerance'])}[:]"
                f"{_real(best['value'] + best['tolerance'])}")
    if kind is QuestionKind.MATCHING:
        return "[,]".join(f"{i + 1}[.]{p['id']}" for i, p in enumerate(parts["pairs"]))
    return "[,]".join(item["id"] for item in parts["items"])


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    parser.close()
    return " ".join("".join(parser.parts).split())


def definition(question: DocQuestion, language: str) -> dict[str, Any]:
    """Return the question's xAPI activity definition (interaction type, pattern, components)."""
    def says(text: str) -> dict[str, str]:
        return {language: text}

    def components(items: list[dict[str, Any]], ids: list[str], html: str) -> list[dict[str, Any]]:
        return [{"id": i, "description": says(_text(item[html]))}
                for i, item in zip(ids, items, strict=True)]

    parts, kind = question.parts, question.kind
    stem = " ".join(question.stem_text.split())
    out: dict[str, Any] = {"type": CMI_INTERACTION, "interactionType": TYPES[kind],
                           "name": says(question.title or stem[:100]), "description": says(stem)}
    correct = pattern(question)
    if correct:
        out["correctResponsesPattern"] = [correct]
    if kind in (QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_RESPONSE):
        out["choices"] = components(parts["choices"], [c["id"] for c in parts["choices"]], "html")
    elif kind is QuestionKind.ORDERING:
        out["choices"] = components(parts["items"], [i["id"] for i in parts["items"]], "html")
    elif kind is QuestionKind.MATCHING:
        pairs = parts["pairs"]
        out["source"] = components(pairs, [str(i + 1) for i in range(len(pairs))], "left_html")
        out["target"] = (components(pairs, [p["id"] for p in pairs], "right_html")
                         + components(parts["distractors"],
                                      [d["id"] for d in parts["distractors"]], "html"))
    return out
