"""Moving modules in and out: folder import, GIFT into a bank, bundle export and import."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from sqlalchemy import select

from authoring.bundle import open_bundle, write_bundle
from authoring.errors import InvalidData
from authoring.folder import read_folder
from authoring.lazy_files import LazyFiles
from authoring.models import Asset
from authoring.services.assets import read_file
from authoring.services.changes import Changes
from authoring.services.inserting import insert_snapshot
from authoring.services.question_files import QuestionFileService
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

        GIFT categories become tags. Items that cannot go in a bank (essays, descriptions,
        refused questions) are skipped and their lines reported, so nothing goes without a word.
        """
        done = QuestionFileService(self._ws).import_file(path, "gift", bank_title)
        assert done.changes is not None
        return BankImport(changes=done.changes, added=done.added,
                          skipped_lines=tuple(s.line for s in done.skipped))
