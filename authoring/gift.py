"""Read Moodle's GIFT question format as Moodle's own importer (qformat_gift) reads it.

`read_gift` keeps going past a bad item: it returns what it could read, each refused item with
its line and reason, and notes on what an item became. `parse_gift` is the strict form used for
Kiem's own module folders: the first refusal is an `ImportFailed` naming file and line.
Text formats follow Moodle: `[html]` is converted to Markdown (never run), `[plain]` shows as
written, `[moodle]` (auto-format, the default for outside files) is text with line breaks, and
`[markdown]` is kept. Options and feedback take the question text's format unless they name one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from authoring.errors import ImportFailed
from authoring.gift_answers import Answers, Refused
from authoring.html_markdown import to_markdown
from authoring.interchange import ID_TAG, ImportedItem, Note, ReadResult, Refusal
from authoring.questions import QuestionDraft

# Escaped characters are swapped for Unicode noncharacters (never found in real text) before
# parsing, so the parser can search for `{ } = ~ # :` without ever meeting an escaped one.
_ESCAPED = "\\~=#{}:n"
_HIDE = {ch: chr(0xFDD0 + i) for i, ch in enumerate(_ESCAPED)}
_RESTORE = str.maketrans({chr(0xFDD0 + i): ch for i, ch in enumerate(_ESCAPED[:-1] + "\n")})
_ESCAPE_RE = re.compile(r"\\([\\~=#{}:n])")
_FORMAT_RE = re.compile(r"\[(markdown|html|plain|moodle)\]", re.IGNORECASE)
_ID_RE = re.compile(r"\[id:((?:\\\]|[^\]\x00-\x1f\x7f])+)\]")
_TAG_RE = re.compile(r"\[tag:((?:\\\]|[^\]<>\x00-\x1f\x7f])+)\]")
_CATEGORY = "$CATEGORY:"
_BLANK = "_____"

GiftItem = ImportedItem  # the name the folder importer and older code use


def restore(text: str) -> str:
    """Put escaped characters back (an escaped `=` was hidden while parsing, now it is `=`)."""
    return text.translate(_RESTORE)


@dataclass
class _Chunk:
    lines: list[tuple[int, str]] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)


def read_gift(text: str, source: str = "<gift>", first_line: int = 1,
              default_format: str = "moodle") -> ReadResult:
    """Read GIFT `text` into items, refusals and notes, in file order.

    `first_line` is the line number of the first line of `text` (for GIFT fenced inside a
    larger file); `default_format` is the text format of items that name none.
    """
    items: list[ImportedItem] = []
    refused: list[Refusal] = []
    category: str | None = None
    for chunk in _chunks(text, first_line):
        lines = chunk.lines
        # `$CATEGORY:` lines at the top of a chunk set the category of the items that follow.
        while lines and lines[0][1].lstrip().startswith(_CATEGORY):
            name = restore(lines[0][1].lstrip()[len(_CATEGORY):]).strip()
            category = name or None
            lines = lines[1:]
        if not lines:
            continue
        item = _Item(lines, default_format)
        try:
            items.append(item.parse(category, chunk.comments))
        except Refused as exc:
            refused.append(Refusal(item.line_of(exc.offset), exc.what))
    notes = tuple(Note(i.line, n) for i in items for n in i.notes)
    return ReadResult(items=tuple(items), refused=tuple(refused), notes=notes)


def parse_gift(text: str, source: str = "<gift>", first_line: int = 1,
               default_format: str = "markdown") -> list[ImportedItem]:
    """Parse GIFT `text` strictly (Kiem's module folders): any refusal is an ImportFailed.

    Text without a format marker is Markdown here, as Kiem's folders are written in it.
    """
    result = read_gift(text, source, first_line, default_format)
    if result.refused:
        first = result.refused[0]
        raise ImportFailed(f"{source}, line {first.line}: {first.reason}")
    return list(result.items)


def _chunks(text: str, first_line: int) -> list[_Chunk]:
    """Split into blank-line-separated chunks of (line number, line with escapes hidden)."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    chunks: list[_Chunk] = []
    current = _Chunk()
    for number, line in enumerate(text.split("\n"), start=first_line):
        if not line.strip():
            if current.lines:
                chunks.append(current)
                current = _Chunk()
        elif line.lstrip().startswith("//"):  # comments vanish without ending an item
            current.comments.append(line.strip())
        else:
            current.lines.append((number, _ESCAPE_RE.sub(lambda m: _HIDE[m.group(1)], line)))
    if current.lines:
        chunks.append(current)
    return chunks


def ids_and_tags(comments: list[str]) -> tuple[str, ...]:
    """Moodle's `// [id:…] [tag:…]` comment tokens as Kiem tags (the id as `id:…`)."""
    text = "\n".join(comments)
    tags = [t.replace("\\]", "]").strip() for t in _TAG_RE.findall(text)]
    found = _ID_RE.search(text)
    if found and found.group(1).strip():
        tags.insert(0, ID_TAG + found.group(1).replace("\\]", "]").strip())
    return tuple(dict.fromkeys(t for t in tags if t))


class _Item:
    """One chunk of lines being parsed; knows which line each character offset is on."""

    def __init__(self, lines: list[tuple[int, str]], default_format: str) -> None:
        self.numbers = [number for number, _ in lines]
        self.starts: list[int] = []
        offset = 0
        for _, line in lines:
            self.starts.append(offset)
            offset += len(line) + 1
        self.text = "\n".join(line for _, line in lines)
        self.format = default_format
        self.dropped: list[str] = []

    def line_of(self, offset: int) -> int:
        """The file line that character `offset` of the item is on."""
        return self.numbers[max(0, bisect_right(self.starts, offset) - 1)]

    def convert(self, raw: str, default: str | None = None) -> str:
        """Read a piece of text as Moodle does: an optional [format] marker, then the text."""
        text_format, text = self.split_format(raw, default)
        return to_markdown(text, text_format, self._resolve)

    def split_format(self, raw: str, default: str | None = None) -> tuple[str, str]:
        """Return (format, text with escapes restored) of a raw piece of text."""
        raw = raw.strip()
        match = _FORMAT_RE.match(raw)
        text_format = default or self.format
        if match:
            text_format, raw = match.group(1).lower(), raw[match.end():]
        return text_format, restore(raw).strip()

    def _resolve(self, url: str) -> str | None:
        if url.lower().startswith(("http://", "https://", "mailto:")):
            return url
        if url:
            self.dropped.append(url)
        return None

    def parse(self, category: str | None, comments: list[str]) -> ImportedItem:
        text, line = self.text, self.numbers[0]
        pos = len(text) - len(text.lstrip())
        title = ""
        if text.startswith("::", pos):
            end = text.find("::", pos + 2)
            if end < 0:
                raise Refused(pos, "the title is not closed with '::'")
            title = restore(text[pos + 2 : end]).strip()
            pos = end + 2
        tags = ids_and_tags(comments)
        start = text.find("{", pos)
        if start < 0:
            self._no_stray_brace(pos, len(text))
            description = self.convert(text[pos:])
            if not description:
                raise Refused(pos, "the item has no text")
            return self._item(ImportedItem(line=line, description=description,
                                           description_title=title, category=category))
        end = text.find("}", start)
        if end < 0 or "{" in text[start + 1 : end]:
            raise Refused(start, r"'{' is not closed with '}' (write \{ for a literal brace)")
        if "{" in text[end:]:
            raise Refused(text.index("{", end), "a question can have only one answer block")
        self._no_stray_brace(pos, start)
        self._no_stray_brace(end + 1, len(text))
        before, after = text[pos:start], text[end + 1 :]
        # Answers in mid-sentence are Moodle's "missing word" format: they leave a blank.
        raw_stem = before + _BLANK + after if after.strip() else before
        self.format, _ = self.split_format(raw_stem)
        stem = self.convert(raw_stem)
        if not stem:
            raise Refused(start, "the question has no text before its answers")
        block = text[start + 1 : end]
        answers, _, general = block.rpartition("####") if "####" in block else (block, "", "")
        general = self.convert(general)
        if not answers.strip():
            # A GIFT essay has no scoring here; it becomes a reflection prompt and its general
            # feedback is dropped, since reflections show no feedback.
            return self._item(ImportedItem(line=line, reflection_title=title,
                                           reflection_prompt=stem, category=category))
        parsed = Answers(self, start + 1).parse(answers)
        # General feedback is shown after any answer, right or wrong: the feedback for both
        # outcomes. A catch-all answer's feedback (`~#…`, `*`) is for wrong answers only.
        wrong = "\n\n".join(t for t in (general, parsed.catch_all) if t)
        question = QuestionDraft(kind=parsed.kind, stem=stem, data=parsed.data, title=title,
                                 feedback_correct=general, feedback_incorrect=wrong, tags=tags)
        return self._item(ImportedItem(line=line, question=question, category=category,
                                       notes=tuple(parsed.notes)))

    def _item(self, item: ImportedItem) -> ImportedItem:
        notes = list(item.notes)
        if self.dropped:
            notes.append("left out links to Moodle's own files (GIFT does not carry files): "
                         + ", ".join(dict.fromkeys(self.dropped)))
        return replace(item, notes=tuple(notes))

    def _no_stray_brace(self, start: int, end: int) -> None:
        found = self.text.find("}", start, end)
        if found >= 0:
            raise Refused(found, r"'}' has no opening '{' (write \} for a literal brace)")
