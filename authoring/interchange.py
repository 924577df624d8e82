"""What question-file readers (GIFT, Moodle XML) hand over: items, refusals and notes.

A reader never gives up on a whole file for one bad question: it returns the items it could
read, each refused item with its line and reason, and notes on what a format's content became
in Kiem (or what Kiem could not keep), so that an import can show a report before it writes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from authoring.questions import QuestionDraft

ID_TAG = "id:"
"""Moodle's question id number is kept as the tag `id:…`, and written back from it."""


@dataclass(frozen=True)
class Refusal:
    """An item that was not imported: where it starts and why."""

    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}" if self.line else self.reason


@dataclass(frozen=True)
class Note:
    """What an imported (or exported) item became, or what of it a format could not carry."""

    line: int
    text: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.text}" if self.line else self.text


@dataclass(frozen=True)
class ImportedItem:
    """One item of a question file: a scored question, a reflection prompt or a description.

    `files` maps the asset names the item's Markdown uses (`files/<sha256>/<name>`) to bytes.
    """

    line: int
    question: QuestionDraft | None = None
    reflection_title: str = ""
    reflection_prompt: str | None = None
    description: str | None = None
    description_title: str = ""
    category: str | None = None
    notes: tuple[str, ...] = ()
    files: dict[str, bytes] = field(default_factory=dict, compare=False)

    @property
    def name(self) -> str:
        """How the item is named in reports: its title, else the start of its text."""
        if self.question is not None:
            return self.question.title or _short(self.question.stem)
        title = self.reflection_title or self.description_title
        return title or _short(self.reflection_prompt or self.description or "")


@dataclass(frozen=True)
class ReadResult:
    """Everything a reader found in a file: items in file order, refusals, notes."""

    items: tuple[ImportedItem, ...] = ()
    refused: tuple[Refusal, ...] = ()
    notes: tuple[Note, ...] = ()


def category_tag(category: str | None) -> str | None:
    """The tag a Moodle category becomes: its last part (`$course$/top/Planets` → Planets).

    Moodle writes a `/` inside a category name as `//`.
    """
    if not category:
        return None
    parts = [p.replace("//", "/").strip() for p in re.split(r"(?<!/)/(?!/)", category)]
    parts = [p for p in parts if p and p not in ("$course$", "$system$", "$module$", "$cat1$",
                                                 "top")]
    return parts[-1] if parts else None


def split_id_tags(tags: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """Return (Moodle id number, the other tags) from a question's tags."""
    idnumber = next((t[len(ID_TAG):] for t in tags if t.startswith(ID_TAG)), "")
    return idnumber, tuple(t for t in tags if not t.startswith(ID_TAG))


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
