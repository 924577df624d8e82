"""Read Moodle XML question files (`<quiz>`), as Moodle 4.x writes them, into Kiem questions.

The XML is read by the standard library's expat with a guard of its own, as defusedxml would:
a document type declaration (where entities, external or exponential, would be declared) is
refused outright, so nothing outside the file is ever fetched and no entity is expanded.
Moodle's text formats become Markdown (see `html_markdown`); embedded `@@PLUGINFILE@@` files
become assets named `files/<sha256>/<name>`. Cloze and other types Kiem lacks are refused by name.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import xml.etree.ElementTree as ET
from urllib.parse import unquote
from xml.parsers import expat

from authoring.errors import ImportFailed
from authoring.html_markdown import escape_markdown, to_markdown
from authoring.interchange import ID_TAG, ImportedItem, Note, ReadResult, Refusal
from authoring.moodlexml_kinds import KINDS, Refused, Sub
from authoring.questions import QuestionDraft

MAX_XML_BYTES = 200_000_000
FORMATS = {"html": "html", "moodle_auto_format": "moodle", "plain_text": "plain",
           "markdown": "markdown"}
_PLUGINFILE_RE = re.compile(r"@@PLUGINFILE@@/([^\"'()<>\s]+)")
_DATA_URI_RE = re.compile(r"data:image/(png|jpe?g|gif|webp);base64,([A-Za-z0-9+/=\s]+)", re.I)
_UNSAFE_NAME_RE = re.compile(r"[^A-Za-z0-9._-]+")


class _Forbidden(Exception):
    """A construct the reader refuses to touch (a DOCTYPE with its entities)."""


def parse_xml(data: bytes, source: str) -> tuple[ET.Element, dict[int, int]]:
    """Parse `data` safely; return the root and the line each element starts on (by id)."""
    if len(data) > MAX_XML_BYTES:
        raise ImportFailed(f"{source}: {len(data) / 1e6:.0f} MB is more than a question file "
                           f"may have ({MAX_XML_BYTES / 1e6:.0f} MB)")
    builder = ET.TreeBuilder()
    lines: dict[int, int] = {}
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def start(tag: str, attrs: dict[str, str]) -> None:
        lines[id(builder.start(tag, attrs))] = parser.CurrentLineNumber

    def forbid(*_args: object) -> None:
        raise _Forbidden

    parser.StartElementHandler = start
    parser.EndElementHandler = builder.end
    parser.CharacterDataHandler = builder.data
    parser.StartDoctypeDeclHandler = forbid
    parser.EntityDeclHandler = forbid
    parser.ExternalEntityRefHandler = forbid
    try:
        parser.Parse(data, True)
    except _Forbidden:
        raise ImportFailed(f"{source}, line {parser.CurrentLineNumber}: a document type "
                           "declaration (<!DOCTYPE>) is not accepted in a question file; "
                           "Moodle never writes one") from None
    except expat.ExpatError as exc:
        raise ImportFailed(f"{source}, line {exc.lineno}: not well-formed XML "
                           f"({expat.errors.messages[exc.code]})") from None
    return builder.close(), lines


def read_moodle_xml(data: bytes, source: str = "<xml>") -> ReadResult:
    """Read a Moodle XML file into items, refusals (by question name and line) and notes."""
    root, lines = parse_xml(data, source)
    if root.tag != "quiz":
        raise ImportFailed(f"{source}: not a Moodle XML question file (it starts with "
                           f"<{root.tag}>, not <quiz>)")
    items: list[ImportedItem] = []
    refused: list[Refusal] = []
    penalties = 0
    category: str | None = None
    for element in root.findall("question"):
        line = lines.get(id(element), 0)
        qtype = element.get("type", "")
        if qtype == "category":
            category = _plain(element, "category/text") or None
            continue
        reader = _QuestionReader(element, line, category)
        try:
            items.append(reader.read(qtype))
        except Refused as exc:
            refused.append(Refusal(line, f"“{reader.name or qtype}”: {exc}"))
        penalties += reader.penalty > 0 and qtype not in ("description", "essay")
    notes = [Note(i.line, n) for i in items for n in i.notes]
    if penalties:
        notes.append(Note(0, f"{penalties} question(s) had a penalty (marks lost per extra try "
                             "in Moodle's interactive mode): Kiem counts attempts per quiz, "
                             "so penalties were not kept"))
    return ReadResult(items=tuple(items), refused=tuple(refused), notes=tuple(notes))


def _plain(element: ET.Element | None, path: str) -> str:
    found = element.find(path) if element is not None else None
    return (found.text or "").strip() if found is not None else ""


def _number(element: ET.Element, path: str, default: float) -> float:
    text = _plain(element, path)
    try:
        return float(text) if text else default
    except ValueError:
        raise Refused(f"<{path.split('/')[0]}> is not a number: '{text}'") from None


class _QuestionReader:
    """Reads one `<question>`; its text fields may carry files."""

    def __init__(self, element: ET.Element, line: int, category: str | None) -> None:
        self.element = element
        self.line = line
        self.category = category
        self.name = _plain(element, "name/text")
        self.penalty = 0.0
        self.files: dict[str, bytes] = {}
        self.notes: list[str] = []
        questiontext = element.find("questiontext")
        given = questiontext.get("format", "html") if questiontext is not None else "html"
        self.format = FORMATS.get(given, "html")

    def text(self, holder: ET.Element | None, default: str | None = None) -> str:
        """The Markdown of a text holder (`<questiontext>`, `<feedback>`, `<answer>`…)."""
        if holder is None:
            return ""
        own = {}
        for file in holder.findall("file"):
            name, data = self._file(file)
            if data is not None:
                own[name] = self._store(name, data)
        raw = holder.findtext("text") or ""
        raw = _DATA_URI_RE.sub(lambda m: self._data_uri(m.group(1), m.group(2)), raw)
        raw = _PLUGINFILE_RE.sub(lambda m: self._pluginfile(unquote(m.group(1)), own), raw)
        text_format = FORMATS.get(holder.get("format", ""), default or self.format)
        return to_markdown(raw, text_format, self._resolve)

    def plain(self, holder: ET.Element | None) -> str:
        """A plain-text field (a matching item's right side) as Markdown that shows it as is."""
        return escape_markdown(_plain(holder, "text"))

    def _file(self, file: ET.Element) -> tuple[str, bytes | None]:
        name = file.get("name", "file")
        if file.get("encoding", "base64") != "base64":
            self.notes.append(f"left out the file {name}: it is not base64-encoded")
            return name, None
        try:
            return name, base64.b64decode("".join((file.text or "").split()), validate=True)
        except (binascii.Error, ValueError):
            self.notes.append(f"left out the file {name}: its base64 text is damaged")
            return name, None

    def _store(self, name: str, data: bytes) -> str:
        base = _UNSAFE_NAME_RE.sub("-", name.rsplit("/", 1)[-1]).strip("-.") or "file"
        asset = f"files/{hashlib.sha256(data).hexdigest()}/{base}"
        self.files[asset] = data
        return asset

    def _data_uri(self, kind: str, payload: str) -> str:
        try:
            data = base64.b64decode("".join(payload.split()), validate=True)
        except (binascii.Error, ValueError):
            return ""
        return self._store(f"image.{kind.lower().replace('jpeg', 'jpg')}", data)

    def _pluginfile(self, name: str, own: dict[str, str]) -> str:
        found = own.get(name) or own.get(name.rsplit("/", 1)[-1])
        if found is None:
            self.notes.append(f"left out {name}: the file is not in the XML")
            return "#missing-file"
        return found

    def _resolve(self, url: str) -> str | None:
        if url.lower().startswith(("http://", "https://", "mailto:")) or url in self.files:
            return url
        return None

    def read(self, qtype: str) -> ImportedItem:
        if qtype == "cloze":
            raise Refused("Moodle's embedded answers (cloze) cannot be imported: Kiem has no "
                          "question with several gaps; make one question per gap")
        stem = self.text(self.element.find("questiontext"))
        general = self.text(self.element.find("generalfeedback"))
        self.penalty = _number(self.element, "penalty", 0.0)
        if qtype == "description":
            return self._done(ImportedItem(line=self.line, description=stem,
                                           description_title=self.name))
        if qtype == "essay":
            return self._done(ImportedItem(line=self.line, reflection_title=self.name,
                                           reflection_prompt=stem))
        read_kind = KINDS.get(qtype)
        if read_kind is None:
            raise Refused(f"Moodle's “{qtype}” questions have no kind in Kiem")
        if not stem:
            raise Refused("the question has no text")
        kind, data, right, wrong = read_kind(Sub(self.element, self.text, self.plain,
                                                 self.notes), general)
        tags = [t.strip() for t in (e.text or "" for e in self.element.findall("tags/tag/text"))]
        idnumber = _plain(self.element, "idnumber")
        tags = ([ID_TAG + idnumber] if idnumber else []) + [t for t in tags if t]
        draft = QuestionDraft(kind=kind, stem=stem, data=data, title=self.name,
                              feedback_correct=right, feedback_incorrect=wrong,
                              points=_number(self.element, "defaultgrade", 1.0),
                              tags=tuple(dict.fromkeys(tags)))
        return self._done(ImportedItem(line=self.line, question=draft))

    def _done(self, item: ImportedItem) -> ImportedItem:
        return ImportedItem(**{**item.__dict__, "category": self.category,
                               "notes": tuple(self.notes), "files": dict(self.files)})
