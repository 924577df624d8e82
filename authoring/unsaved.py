"""Edits the workspace could not take yet (busy, read-only, full), kept safe on disk meanwhile.

The studio keeps such typing in memory and writes it when the workspace frees; this journal
is the copy that survives a crash or a power cut. It lives in the user's state folder, not
beside the workspace (whose folder may be the read-only one), one file per workspace and
studio process: JSON lines, each appended and flushed to the disk before the edit counts as
kept. A line cut short by a crash is passed over; the file goes once every edit in it is in
the workspace; the next studio takes up the files of studios that are gone.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from authoring.staging import alive, staging_path


@dataclass(frozen=True)
class UnsavedEdit:
    """New data for one block, as JSON, and the name of the step it becomes ("Edit text")."""

    block_id: uuid.UUID
    data: dict[str, Any]
    text: str


def _key(workspace: Path) -> str:
    return hashlib.sha256(str(workspace.absolute()).encode()).hexdigest()[:20]


def _folder() -> Path:
    return Path(platformdirs.user_state_dir("kiem", appauthor=False)) / "unsaved"


def journal_path(workspace: Path, pid: int | None = None) -> Path:
    """Where this process (or `pid`) keeps the edits waiting for `workspace`.

    One file per process: two studios on one workspace never take each other's edits.
    """
    return _folder() / f"{_key(workspace)}.{pid or os.getpid()}.jsonl"


def left_behind(workspace: Path) -> list[Path]:
    """Journals of `workspace` whose studio is gone (it crashed or closed), oldest first."""
    found = []
    for path in _folder().glob(f"{_key(workspace)}.*.jsonl"):
        pid = path.name.split(".")[1]
        if pid.isdigit() and not alive(int(pid)):
            found.append(path)
    return sorted(found, key=lambda p: p.stat().st_mtime)


class UnsavedJournal:
    """The on-disk copy of the edits that wait for one workspace."""

    def __init__(self, workspace: Path, path: Path | None = None) -> None:
        self.workspace = workspace
        self.path = path or journal_path(workspace)

    def append(self, edit: UnsavedEdit) -> None:
        """Add an edit and flush it to the disk (raises OSError when the disk refuses)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(self._line(edit))
            fh.flush()
            os.fsync(fh.fileno())

    def _line(self, edit: UnsavedEdit) -> str:
        return json.dumps({"workspace": str(self.workspace), "block": str(edit.block_id),
                           "text": edit.text, "data": edit.data}, ensure_ascii=False) + "\n"

    def edits(self) -> list[UnsavedEdit]:
        """The kept edits in the order they were made (lines cut short by a crash skipped)."""
        try:
            lines = self.path.read_text(encoding="utf-8", errors="replace").splitlines()
        except FileNotFoundError:
            return []
        kept = []
        for line in lines:
            try:
                raw = json.loads(line)
                kept.append(UnsavedEdit(uuid.UUID(raw["block"]), dict(raw["data"]),
                                        str(raw["text"])))
            except (ValueError, KeyError, TypeError):
                continue  # the last line of a crash, half written
        return kept

    def keep_only(self, edits: list[UnsavedEdit]) -> None:
        """Replace the journal by `edits` (those still waiting), or remove it when none wait."""
        if not edits:
            self.path.unlink(missing_ok=True)
            return
        tmp = staging_path(self.path)
        with tmp.open("w", encoding="utf-8") as fh:
            fh.writelines(self._line(edit) for edit in edits)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)
