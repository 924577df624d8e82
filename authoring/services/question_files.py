"""Question files in and out of banks: GIFT and Moodle XML, with a report before any write.

`preview` reads a file and reports what an import would add, refuse and change; `import_file`
does it in one transaction (questions and their embedded files together). Exports write a bank's
or a module's questions, temp file first, and report what the format could not carry.
"""

from __future__ import annotations

import os
import re
import uuid
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select

from authoring.errors import AssetError, ImportFailed, InvalidData
from authoring.gift import read_gift
from authoring.gift_writer import write_gift
from authoring.images import sha256_hex
from authoring.interchange import Note, ReadResult, Refusal, category_tag
from authoring.kinds import BlockKind
from authoring.models import Asset, Bank, Block, Module, ModuleAsset, Page, Question
from authoring.moodlexml import read_moodle_xml
from authoring.moodlexml_writer import write_moodle_xml
from authoring.questions import QuestionDraft
from authoring.services.assets import is_stored, prepare
from authoring.services.changes import Changes, writing
from authoring.services.questions import _add_in_order, _fields
from authoring.services.reading import load_snapshot
from authoring.services.rows import insert_at, live, new_tracking_id, pages_of
from authoring.snapshot import QuestionSnap
from authoring.workspace import Workspace, is_database_file

MAX_QUESTION_FILE = 200_000_000
_SHA_NAME_RE = re.compile(r"^files/([0-9a-f]{64})/")


class QuestionFormat(StrEnum):
    """The question file formats Kiem reads and writes."""

    GIFT = "gift"
    MOODLE_XML = "moodlexml"


def format_of(path: Path, given: str | None = None) -> QuestionFormat:
    """The format named, else the one the file's suffix says (`.xml` Moodle XML, else GIFT)."""
    if given:
        return QuestionFormat(given)
    return QuestionFormat.MOODLE_XML if path.suffix.lower() == ".xml" else QuestionFormat.GIFT


@dataclass(frozen=True)
class QuestionImport:
    """What an import adds (or, for a preview, would add), skips and notes."""

    source: str
    file_format: QuestionFormat
    bank_title: str
    drafts: tuple[QuestionDraft, ...] = ()
    files: dict[str, bytes] = field(default_factory=dict, compare=False)
    skipped: tuple[Refusal, ...] = ()
    notes: tuple[Note, ...] = ()
    changes: Changes | None = None
    on_page: bool = False  # onto a new quiz page of a module (titled `bank_title`), not a bank

    @property
    def added(self) -> int:
        """How many questions the import adds."""
        return len(self.drafts)

    def report(self) -> list[str]:
        """The report as lines: what was added, each skipped item, each note."""
        verb = "added" if self.changes is not None else "would add"
        where = "a new quiz page" if self.on_page else "the bank"
        lines = [f"{self.source}: {verb} {self.added} question(s) to {where} "
                 f"“{self.bank_title}”" + (f" with {len(self.files)} file(s)" if self.files
                                           else "")]
        lines += [f"skipped {s}" for s in self.skipped]
        lines += [f"note {n}" for n in self.notes]
        return lines


@dataclass(frozen=True)
class QuestionExport:
    """What an export wrote, and what the format could not carry."""

    path: Path
    written: int
    notes: tuple[Note, ...] = ()


def _read(path: Path, file_format: QuestionFormat) -> ReadResult:
    try:
        size = path.stat().st_size
        if size > MAX_QUESTION_FILE:
            raise ImportFailed(f"{path.name}: {size / 1e6:.0f} MB is too large for a question "
                               "file")
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFailed(f"{path.name}: cannot be read ({exc.strerror})") from None
    if file_format is QuestionFormat.MOODLE_XML:
        return read_moodle_xml(data, path.name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailed(f"{path.name}: cannot be read as UTF-8 text ({exc})") from None
    return read_gift(text, path.name)


def plan_import(path: Path, file_format: QuestionFormat,
                bank_title: str | None) -> QuestionImport:
    """Read a file and decide what goes into the bank: scored questions, with tags and files."""
    result = _read(path, file_format)
    title = (bank_title or path.stem).strip()
    drafts: list[QuestionDraft] = []
    files: dict[str, bytes] = {}
    skipped = list(result.refused)
    for item in result.items:
        if item.question is None:
            what = "an essay" if item.reflection_prompt is not None else "a description"
            skipped.append(Refusal(item.line, f"“{item.name}” is {what}: not scored, so it "
                                              "has no place in a bank"))
            continue
        tag = category_tag(item.category)
        tags = item.question.tags + ((tag,) if tag and tag != title else ())
        drafts.append(replace(item.question, tags=tuple(dict.fromkeys(tags))))
        files.update(item.files)
    skipped.sort(key=lambda s: s.line)
    return QuestionImport(source=path.name, file_format=file_format, bank_title=title,
                          drafts=tuple(drafts), files=files, skipped=tuple(skipped),
                          notes=result.notes)


def _importable(plan: QuestionImport, where: str, what: str) -> QuestionImport:
    """The plan, unless it adds nothing or has no title: refused, naming the file and why."""
    if not plan.drafts:
        reasons = "; ".join(str(s) for s in plan.skipped[:3])
        raise ImportFailed(f"{plan.source}: holds no question that can go {where}"
                           + (f" ({reasons})" if reasons else ""))
    if not plan.bank_title:
        raise InvalidData(f"{what} title: cannot be empty")
    return plan


class QuestionFileService:
    """Imports and exports of question files; an import is one transaction."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def preview(self, path: Path, file_format: str | None = None,
                bank_title: str | None = None) -> QuestionImport:
        """Read `path` and report what an import would do; nothing is written."""
        return plan_import(path, format_of(path, file_format), bank_title)

    def import_file(self, path: Path, file_format: str | None = None,
                    bank_title: str | None = None) -> QuestionImport:
        """Add a file's questions (and their files) to the bank titled `bank_title`.

        The bank is made when missing and is named after the file by default. A file with no
        question that can be imported is refused, and nothing is written.
        """
        plan = _importable(self.preview(path, file_format, bank_title), "in a bank", "bank")
        rows = [_fields(d) for d in plan.drafts]
        assets, plan = self._assets(plan)
        with writing(self._ws) as (session, result):
            for asset in assets:
                if not is_stored(session, asset.sha256):
                    session.add(asset)
            bank = session.scalars(select(Bank).where(Bank.title == plan.bank_title,
                                                      Bank.deleted_at.is_(None))).first()
            if bank is None:
                bank = Bank(id=uuid.uuid4(), title=plan.bank_title, description="")
                session.add(bank)
                session.flush()
            _add_in_order(session, [Question(id=uuid.uuid4(), bank_id=bank.id, **f)
                                    for f in rows])
            result.created = bank.id
        return replace(plan, changes=result.changes)

    def import_to_module(self, path: Path, module_id: uuid.UUID, file_format: str | None = None,
                         page_title: str | None = None) -> QuestionImport:
        """Add a file's questions on a new quiz page at the end of a module, in one transaction.

        The page is named after the file unless `page_title` says otherwise; the questions'
        files become the module's (under the names the questions use). Items that are not
        scored questions are skipped, as for a bank.
        """
        plan = _importable(replace(self.preview(path, file_format, page_title), on_page=True),
                           "on a quiz page", "page")
        assets, plan = self._assets(plan)
        with writing(self._ws) as (session, result):
            module = live(session, Module, module_id, "module")
            for asset in assets:
                if not is_stored(session, asset.sha256):
                    session.add(asset)
            named = set(session.scalars(select(ModuleAsset.name).where(
                ModuleAsset.module_id == module.id, ModuleAsset.deleted_at.is_(None))))
            stored = {a.sha256 for a in assets}
            for name, data in plan.files.items():
                if sha256_hex(data) in stored and name not in named:
                    session.add(ModuleAsset(module_id=module.id, name=name,
                                            sha256=sha256_hex(data)))
            page = Page(id=uuid.uuid4(), module_id=module.id, title=plan.bank_title[:200],
                        position=0, topics=[])
            session.add(page)
            insert_at(pages_of(session, module.id), page, None)
            for position, draft in enumerate(plan.drafts):
                question = Question(id=uuid.uuid4(), module_id=module.id, **_fields(draft))
                session.add(question)
                session.add(Block(id=uuid.uuid4(), module_id=module.id, page_id=page.id,
                                  position=position, kind=BlockKind.QUESTION,
                                  tracking_id=new_tracking_id(session, module),
                                  data={"question": str(question.id), "scored": True}))
                session.flush()
            result.created = page.id
        return replace(plan, changes=result.changes)

    def _assets(self, plan: QuestionImport) -> tuple[list[Asset], QuestionImport]:
        """The files of an import, ready to store; one that cannot be is noted and left out."""
        assets = []
        for name, data in plan.files.items():
            try:
                assets.append(prepare(data, name, sha256_hex(data)))
            except AssetError as exc:
                plan = replace(plan, notes=(*plan.notes, Note(0, f"left out a file: {exc}")))
        return assets, plan

    def export_bank(self, bank_id: uuid.UUID, path: Path,
                    file_format: str | None = None) -> QuestionExport:
        """Write a bank's questions to `path` as GIFT or Moodle XML (one category, the bank)."""
        with self._ws.read() as session:
            from authoring.services.reading import load_bank

            bank = load_bank(session, bank_id)
        return self._write(path, format_of(path, file_format), bank.title, bank.questions, {})

    def export_module(self, module_id: uuid.UUID, path: Path,
                      file_format: str | None = None) -> QuestionExport:
        """Write the questions placed in a module to `path` (one category, the module)."""
        with self._ws.read() as session:
            snap = load_snapshot(session, module_id)
        names = {a.name: a.sha256 for a in snap.assets}
        return self._write(path, format_of(path, file_format), snap.title, snap.questions, names)

    def _write(self, path: Path, file_format: QuestionFormat, category: str,
               questions: tuple[QuestionSnap, ...], names: dict[str, str]) -> QuestionExport:
        if is_database_file(path):
            raise InvalidData(f"{path} is a workspace (a database): writing questions there "
                              "would destroy it; choose another name")
        drafts = [(QuestionDraft(kind=s.kind, stem=s.stem, data=s.data, title=s.title,
                                 feedback_correct=s.feedback_correct,
                                 feedback_incorrect=s.feedback_incorrect, points=s.points,
                                 tags=s.tags), s.title or s.stem[:40]) for s in questions]
        if file_format is QuestionFormat.GIFT:
            text, notes = write_gift(drafts, category)
            data = text.encode("utf-8")
        else:
            data, notes = write_moodle_xml(drafts, category, lambda n: self._file(n, names))
        written = len(drafts) - sum("left out:" in n.text for n in notes)
        temp = path.with_name(path.name + ".tmp")
        try:
            temp.write_bytes(data)
            os.replace(temp, path)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise InvalidData(f"{path}: cannot be written ({exc.strerror})") from None
        return QuestionExport(path=path, written=written, notes=tuple(notes))

    def _file(self, name: str, names: dict[str, str]) -> bytes | None:
        match = _SHA_NAME_RE.match(name)
        sha = match.group(1) if match else names.get(name)
        if sha is None:
            return None
        with self._ws.read() as session:
            return session.scalar(select(Asset.data).where(Asset.sha256 == sha))
