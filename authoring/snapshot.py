"""Immutable snapshots of a module: what the GUI shows, `check` reads, export and bundles take.

Views and exporters never receive ORM objects; they get these frozen dataclasses. A snapshot's
JSON form (`to_dict` / `from_dict`) is the bundle document and a review's frozen version.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from authoring import blocks, questions
from authoring.errors import InvalidData
from authoring.jsondata import dump, load
from authoring.kinds import BlockKind, ModuleStatus, QuestionKind
from authoring.settings import Assessment, Completion, Navigation


@dataclass(frozen=True)
class QuestionSnap:
    """A question with its typed per-kind data."""

    id: uuid.UUID
    kind: QuestionKind
    stem: str
    data: questions.QuestionData
    title: str = ""
    feedback_correct: str = ""
    feedback_incorrect: str = ""
    points: float = 1.0
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class BlockSnap:
    """A block with its typed per-kind data and stable tracking id."""

    id: uuid.UUID
    kind: BlockKind
    tracking_id: str
    data: blocks.BlockData


@dataclass(frozen=True)
class PageSnap:
    """A page and its blocks in order."""

    id: uuid.UUID
    title: str
    blocks: tuple[BlockSnap, ...] = ()
    topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class BankSnap:
    """A question bank with its questions."""

    id: uuid.UUID
    title: str
    description: str = ""
    questions: tuple[QuestionSnap, ...] = ()


@dataclass(frozen=True)
class AssetSnap:
    """An asset as a module names it; the bytes stay in the workspace or the bundle."""

    name: str
    sha256: str
    media_type: str
    extension: str
    size: int
    width: int = 0
    height: int = 0


@dataclass(frozen=True)
class ModuleSnap:
    """A whole module: metadata, settings, pages, its own questions, banks it draws from, assets."""

    id: uuid.UUID
    title: str
    language: str = "en"
    description: str = ""
    keywords: tuple[str, ...] = ()
    owner: str = ""
    group_name: str = ""
    status: ModuleStatus = ModuleStatus.DRAFT
    version: int = 1
    review_by: dt.date | None = None
    theme: str = "kiem"
    navigation: Navigation = field(default_factory=Navigation)
    assessment: Assessment = field(default_factory=Assessment)
    completion: Completion = field(default_factory=Completion)
    pages: tuple[PageSnap, ...] = ()
    questions: tuple[QuestionSnap, ...] = ()
    banks: tuple[BankSnap, ...] = ()
    assets: tuple[AssetSnap, ...] = ()

    def question(self, question_id: str | uuid.UUID) -> QuestionSnap | None:
        """Return the module's question (or a bank's) with this id, if any."""
        return self._questions_by_id.get(str(question_id))

    @cached_property
    def _questions_by_id(self) -> dict[str, QuestionSnap]:
        """Every question by id, read once: the module's own first, then each bank's."""
        found: dict[str, QuestionSnap] = {}
        for q in (*self.questions, *(q for bank in self.banks for q in bank.questions)):
            found.setdefault(str(q.id), q)
        return found

    def page(self, page_id: str | uuid.UUID) -> PageSnap | None:
        """Return the page with this id, if any."""
        wanted = str(page_id)
        return next((p for p in self.pages if str(p.id) == wanted), None)

    def asset_by_name(self) -> dict[str, AssetSnap]:
        """Return the module's assets keyed by the name Markdown uses for them."""
        return {a.name: a for a in self.assets}


@dataclass(frozen=True)
class ModuleSummary:
    """One row of the module list."""

    id: uuid.UUID
    title: str
    status: ModuleStatus
    pages: int
    questions: int
    language: str
    group_name: str
    owner: str
    version: int
    updated_at: dt.datetime
    review_by: dt.date | None


def question_to_dict(q: QuestionSnap) -> dict[str, Any]:
    """Return the JSON form of a question."""
    return dump(q)


def question_from_dict(data: Any, where: str) -> QuestionSnap:
    """Build a question from its JSON form, checking the data against its kind."""
    if not isinstance(data, dict):
        raise InvalidData(f"{where}: expected an object")
    head = load(_QuestionHead, _head(data, "data"), where)
    typed = load(questions.DATA_TYPES[head.kind], data.get("data", {}), f"{where}.data")
    return QuestionSnap(**_fields(head), data=typed)


def block_from_dict(data: Any, where: str) -> BlockSnap:
    """Build a block from its JSON form, checking the data against its kind."""
    if not isinstance(data, dict):
        raise InvalidData(f"{where}: expected an object")
    head = load(_BlockHead, _head(data, "data"), where)
    typed = load(blocks.DATA_TYPES[head.kind], data.get("data", {}), f"{where}.data")
    return BlockSnap(id=head.id, kind=head.kind, tracking_id=head.tracking_id, data=typed)


def to_dict(snap: ModuleSnap) -> dict[str, Any]:
    """Return the JSON form of a module snapshot (the bundle document's `module`)."""
    return dump(snap)


def from_dict(data: Any, where: str = "module") -> ModuleSnap:
    """Build a module snapshot from its JSON form; InvalidData names the field that is wrong."""
    if not isinstance(data, dict):
        raise InvalidData(f"{where}: expected an object")
    pages = tuple(
        PageSnap(
            **_fields(load(_PageHead, _head(p, "blocks"), f"{where}.pages[{i}]")),
            blocks=tuple(
                block_from_dict(b, f"{where}.pages[{i}].blocks[{j}]")
                for j, b in enumerate(_list(p, "blocks", f"{where}.pages[{i}]"))
            ),
        )
        for i, p in enumerate(_list(data, "pages", where))
    )
    module_questions = tuple(
        question_from_dict(q, f"{where}.questions[{i}]")
        for i, q in enumerate(_list(data, "questions", where))
    )
    banks = tuple(
        BankSnap(
            **_fields(load(_BankHead, _head(b, "questions"), f"{where}.banks[{i}]")),
            questions=tuple(
                question_from_dict(q, f"{where}.banks[{i}].questions[{j}]")
                for j, q in enumerate(_list(b, "questions", f"{where}.banks[{i}]"))
            ),
        )
        for i, b in enumerate(_list(data, "banks", where))
    )
    head = load(_ModuleHead, _head(data, "pages", "questions", "banks"), where)
    return ModuleSnap(**_fields(head), pages=pages, questions=module_questions, banks=banks)


# Heads: the same fields minus the nested, kind-dependent parts, loaded generically.
@dataclass(frozen=True)
class _QuestionHead:
    id: uuid.UUID
    kind: QuestionKind
    stem: str
    title: str = ""
    feedback_correct: str = ""
    feedback_incorrect: str = ""
    points: float = 1.0
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class _BlockHead:
    id: uuid.UUID
    kind: BlockKind
    tracking_id: str


@dataclass(frozen=True)
class _PageHead:
    id: uuid.UUID
    title: str
    topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class _BankHead:
    id: uuid.UUID
    title: str
    description: str = ""


@dataclass(frozen=True)
class _ModuleHead:
    id: uuid.UUID
    title: str
    language: str = "en"
    description: str = ""
    keywords: tuple[str, ...] = ()
    owner: str = ""
    group_name: str = ""
    status: ModuleStatus = ModuleStatus.DRAFT
    version: int = 1
    review_by: dt.date | None = None
    theme: str = "kiem"
    navigation: Navigation = field(default_factory=Navigation)
    assessment: Assessment = field(default_factory=Assessment)
    completion: Completion = field(default_factory=Completion)
    assets: tuple[AssetSnap, ...] = ()


def _head(data: dict[str, Any], *nested: str) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in nested}


def _list(data: Any, key: str, where: str) -> list[Any]:
    value = data.get(key, []) if isinstance(data, dict) else None
    if not isinstance(value, list):
        raise InvalidData(f"{where}.{key}: expected a list")
    return value


def _fields(obj: Any) -> dict[str, Any]:
    return {k: getattr(obj, k) for k in obj.__dataclass_fields__}
