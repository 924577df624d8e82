"""Moving modules in and out: folder import, GIFT into a bank, bundle export and import."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from sqlalchemy import select

from authoring.bundle import open_bundle, write_bundle
from authoring.errors import ImportFailed, InvalidData
from authoring.folder import read_folder
from authoring.gift import parse_gift
from authoring.lazy_files import LazyFiles
from authoring.models import Asset
from authoring.questions import QuestionDraft
from authoring.services.assets import read_file
from authoring.services.changes import Changes
from authoring.services.inserting import insert_snapshot
from authoring.services.questions import QuestionService
from authoring.services.reading import load_snapshot
from authoring.workspace import Workspace, is_database_file


@dataclass(frozen=True)
class BankImport:
    """What a GIFT import into a bank did; essays and descriptions are skipped by line."""

    changes: Changes
    added: int
    skipped_lines: tuple[int, ...]


class TransferService:
    """Imports and bundles; an import that fails leaves the workspace as it was."""

    def __init__(self, workspace: Workspace, questions: QuestionService) -> None:
        self._ws = workspace
        self._questions = questions

    def import_folder(self, folder: Path) -> Changes:
        """Import a module folder; `Changes.id` is the new module.

        Files are read again one at a time to be stored, and checked against what was read.
        """
        snap, paths = read_folder(folder)
        files = LazyFiles({sha: partial(read_file, path) for sha, path in paths.items()})
        return insert_snapshot(self._ws, snap, files)

    def import_bundle(self, path: Path) -> Changes:
        """Import a `.kiem` bundle (as a copy when its ids exist); `Changes.id` is the module.

        Its files are read one at a time, each stored in a brief write of its own.
        """
        with open_bundle(path) as (snap, files):
            return insert_snapshot(self._ws, snap, files)

    def export_bundle(self, module_id: uuid.UUID, path: Path) -> Path:
        """Write the module, its banks' questions and its files to a bundle at `path`.

        A database at `path` (the workspace itself, say) is refused, never replaced.
        """
        if is_database_file(path):
            raise InvalidData(f"{path} is a workspace (a database): a bundle there would "
                              "destroy it; choose another name")
        with self._ws.read() as session:
            snap = load_snapshot(session, module_id)
            shas = sorted({a.sha256 for a in snap.assets})
            blobs = {sha: data for sha, data in session.execute(
                select(Asset.sha256, Asset.data).where(Asset.sha256.in_(shas)))}
        return write_bundle(snap, blobs, path)

    def import_gift_to_bank(self, path: Path, bank_title: str | None = None) -> BankImport:
        """Add a GIFT file's questions to the bank with this title (made when missing).

        GIFT categories become tags. Essays and descriptions have no place in a bank: they are
        skipped, and their lines reported, so nothing is dropped without a word.
        """
        try:
            text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
        except (OSError, UnicodeDecodeError) as exc:
            raise ImportFailed(f"{path.name}: cannot be read as UTF-8 text ({exc})") from None
        drafts: list[QuestionDraft] = []
        skipped: list[int] = []
        for item in parse_gift(text, source=path.name):
            if item.question is None:
                skipped.append(item.line)
                continue
            tag = (item.category.rsplit("/", 1)[-1],) if item.category else ()
            q = item.question
            drafts.append(QuestionDraft(
                kind=q.kind, stem=q.stem, data=q.data, title=q.title,
                feedback_correct=q.feedback_correct, feedback_incorrect=q.feedback_incorrect,
                points=q.points, tags=tuple(dict.fromkeys(q.tags + tag)),
            ))
        if not drafts:
            raise ImportFailed(f"{path.name}: holds no questions")
        changes = self._questions.fill_bank((bank_title or path.stem).strip(), drafts)
        return BankImport(changes=changes, added=len(drafts), skipped_lines=tuple(skipped))
