"""Write questions as Moodle XML, laid out as Moodle 4.x exports it (`<quiz>`, one category).

Kiem's Markdown goes in as `format="markdown"`, which Moodle shows formatted and Kiem reads back
unchanged; images and files a text uses travel inside it as base64 `@@PLUGINFILE@@` files. The
tree is built with ElementTree, never by joining strings. What Moodle XML cannot carry is noted.
"""

from __future__ import annotations

import base64
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable

from authoring import questions as q
from authoring.gift_writer import number
from authoring.html_markdown import markdown_to_plain
from authoring.interchange import Note, split_id_tags
from authoring.kinds import QuestionKind
from authoring.markdown import references
from authoring.questions import QuestionDraft

FileLookup = Callable[[str], bytes | None]
"""The bytes of a file a question's Markdown names (`images/desk.png`), or None."""

_TYPES = {QuestionKind.SINGLE_CHOICE: "multichoice", QuestionKind.MULTIPLE_RESPONSE:
          "multichoice", QuestionKind.TRUE_FALSE: "truefalse", QuestionKind.FILL_IN:
          "shortanswer", QuestionKind.NUMERIC: "numerical", QuestionKind.MATCHING: "matching",
          QuestionKind.ORDERING: "ordering"}
_NOT_XML_RE = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def write_moodle_xml(questions: list[tuple[QuestionDraft, str]], category: str,
                     files: FileLookup) -> tuple[bytes, list[Note]]:
    """Return the XML document for (question, name in reports) pairs, and what was lost."""
    quiz = ET.Element("quiz")
    quiz.append(ET.Comment(" question: 0  "))
    head = ET.SubElement(quiz, "question", type="category")
    ET.SubElement(ET.SubElement(head, "category"), "text").text = f"$course$/top/{category}"
    ET.SubElement(ET.SubElement(head, "info", format="html"), "text").text = ""
    ET.SubElement(head, "idnumber").text = ""
    notes: list[Note] = []
    for draft, name in questions:
        lost: list[str] = []
        quiz.append(ET.Comment(" question: 0  "))
        quiz.append(_Question(draft, files, lost).element())
        notes.extend(Note(0, f"“{name}”: {what}") for what in lost)
    ET.indent(quiz, space="  ")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, "utf-8") + b"\n", \
        notes


class _Question:
    def __init__(self, draft: QuestionDraft, files: FileLookup, lost: list[str]) -> None:
        self.draft = draft
        self.files = files
        self.lost = lost

    def element(self) -> ET.Element:
        d = self.draft
        el = ET.Element("question", type=_TYPES[d.kind])
        self._plain(ET.SubElement(el, "name"), d.title or _default_name(d.stem))
        self.rich(el, "questiontext", d.stem)
        combined = isinstance(d.data, q.ChoiceData | q.MatchingData | q.OrderingData)
        general, other = ("", "") if combined else self._general()
        self.rich(el, "generalfeedback", general)
        ET.SubElement(el, "defaultgrade").text = number(d.points)
        ET.SubElement(el, "penalty").text = "0"  # Kiem counts attempts per quiz, not per try
        ET.SubElement(el, "hidden").text = "0"
        idnumber, tags = split_id_tags(d.tags)
        ET.SubElement(el, "idnumber").text = idnumber
        self._kind(el, other)
        if tags:
            holder = ET.SubElement(el, "tags")
            for tag in tags:
                self._plain(ET.SubElement(holder, "tag"), tag)
        return el

    def _general(self) -> tuple[str, str]:
        right, wrong = self.draft.feedback_correct, self.draft.feedback_incorrect
        if right == wrong:
            return right, ""
        catch_all = self.draft.kind in (QuestionKind.FILL_IN, QuestionKind.NUMERIC)
        if catch_all and (not right or wrong.startswith(right + "\n\n")):
            return right, wrong[len(right):].lstrip("\n")
        self.lost.append("separate feedback for right and wrong answers (this kind has one "
                         "general feedback in Moodle: the feedback for a right answer is kept)")
        return right, ""

    def _kind(self, el: ET.Element, other: str) -> None:
        d = self.draft.data
        if isinstance(d, q.ChoiceData):
            single = self.draft.kind is QuestionKind.SINGLE_CHOICE
            ET.SubElement(el, "single").text = "true" if single else "false"
            ET.SubElement(el, "shuffleanswers").text = "true"
            ET.SubElement(el, "answernumbering").text = "abc"
            ET.SubElement(el, "showstandardinstruction").text = "0"
            self._combined(el)
            weighted = any(c.weight for c in d.choices)
            if not single and not weighted:
                self.lost.append("all-or-nothing scoring: Moodle scores multiple response by "
                                 "shares, so each right option now gives its share")
            share = round(100 / max(1, sum(c.correct for c in d.choices)), 5)
            for c in d.choices:
                weight = 100.0 if single and c.correct else c.weight if single or weighted \
                    else (share if c.correct else 0.0)
                self._answer(el, weight, c.text, c.feedback, "markdown")
        elif isinstance(d, q.TrueFalseData):
            self._answer(el, 100.0 if d.answer else 0.0, "true", d.feedback_true, "moodle")
            self._answer(el, 0.0 if d.answer else 100.0, "false", d.feedback_false, "moodle")
        elif isinstance(d, q.FillInData):
            ET.SubElement(el, "usecase").text = "1" if d.case_sensitive else "0"
            for a in d.answers:
                self._answer(el, a.weight, a.text.replace("*", "\\*"), a.feedback, "moodle")
            if other:
                self._answer(el, 0.0, "*", other, "moodle")
        elif isinstance(d, q.NumericData):
            for a in d.answers:
                answer = self._answer(el, a.weight, number(a.value), a.feedback, "moodle")
                ET.SubElement(answer, "tolerance").text = number(a.tolerance)
            if other:
                ET.SubElement(self._answer(el, 0.0, "*", other, "moodle"), "tolerance").text = "0"
        elif isinstance(d, q.MatchingData):
            ET.SubElement(el, "shuffleanswers").text = "true"
            self._combined(el)
            for left, right in [(p.left, p.right) for p in d.pairs] + [
                    ("", t) for t in d.distractors]:
                sub = self.rich(el, "subquestion", left)
                self._plain(ET.SubElement(sub, "answer"), markdown_to_plain(right))
        elif isinstance(d, q.OrderingData):
            for tag, value in (("layouttype", "VERTICAL"), ("selecttype", "ALL"),
                               ("selectcount", "0"), ("gradingtype", "ABSOLUTE_POSITION"),
                               ("showgrading", "SHOW"), ("numberingstyle", "none")):
                ET.SubElement(el, tag).text = value
            self._combined(el)
            for position, item in enumerate(d.items, 1):
                answer = ET.SubElement(el, "answer", fraction=f"{position}.0000000")
                self._text_into(answer, item.text, "markdown")

    def _combined(self, el: ET.Element) -> None:
        self.rich(el, "correctfeedback", self.draft.feedback_correct)
        self.rich(el, "partiallycorrectfeedback", "")
        self.rich(el, "incorrectfeedback", self.draft.feedback_incorrect)
        ET.SubElement(el, "shownumcorrect")

    def _answer(self, el: ET.Element, weight: float, text: str, feedback: str,
                text_format: str) -> ET.Element:
        answer = ET.SubElement(el, "answer", fraction=number(weight))
        if text_format == "markdown":
            self._text_into(answer, text, "markdown")
        else:  # what a learner types or picks, taken as written
            answer.set("format", "plain_text")
            ET.SubElement(answer, "text").text = _xml_text(text, self.lost)
        self.rich(answer, "feedback", feedback)
        return answer

    def rich(self, parent: ET.Element, tag: str, markdown: str) -> ET.Element:
        """A `<tag format="markdown"><text>…</text><file…/></tag>` holder."""
        holder = ET.SubElement(parent, tag)
        self._text_into(holder, markdown, "markdown")
        return holder

    def _text_into(self, holder: ET.Element, markdown: str, text_format: str) -> None:
        holder.set("format", text_format)
        used: dict[str, str] = {}
        for name in references(markdown):
            data = self.files(name)
            if data is None:
                continue
            base = name.rsplit("/", 1)[-1]
            while base in used.values():
                base = "1-" + base
            used[name] = base
            markdown = markdown.replace(f"]({name}", f"](@@PLUGINFILE@@/{base}").replace(
                f"](<{name}>", f"](@@PLUGINFILE@@/{base}")
            file = ET.Element("file", name=base, path="/", encoding="base64")
            file.text = base64.b64encode(data).decode("ascii")
            holder.append(file)
        text = ET.Element("text")
        text.text = _xml_text(markdown, self.lost)
        holder.insert(0, text)

    def _plain(self, holder: ET.Element, text: str) -> None:
        ET.SubElement(holder, "text").text = _xml_text(text, self.lost)


def _xml_text(text: str, lost: list[str]) -> str:
    clean = _NOT_XML_RE.sub("", text)
    if clean != text and "control characters" not in " ".join(lost):
        lost.append("control characters, which XML cannot hold")
    return clean


def _default_name(stem: str) -> str:
    words = " ".join(markdown_to_plain(stem).split())
    return words if len(words) <= 60 else words[:59] + "…"
