"""The record every mutating service call returns, and the one way services open a write."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from authoring.journal import Journal, take_journal
from authoring.kinds import ModuleStatus
from authoring.models import Module
from authoring.services.search_index import reindex_journal
from authoring.workspace import Workspace


@dataclass(frozen=True)
class Changes:
    """What one transaction changed: ids by kind, the journal to undo it, and what it created."""

    journal: Journal
    modules: frozenset[uuid.UUID] = frozenset()
    pages: frozenset[uuid.UUID] = frozenset()
    blocks: frozenset[uuid.UUID] = frozenset()
    questions: frozenset[uuid.UUID] = frozenset()
    banks: frozenset[uuid.UUID] = frozenset()
    id: uuid.UUID | None = None

    @classmethod
    def from_journal(cls, journal: Journal, created: uuid.UUID | None = None) -> Changes:
        """Sort the journal's rows by kind; a row's module counts as changed too."""
        ids: dict[str, set[uuid.UUID]] = {t: set() for t in _KINDS}
        for img in journal.after:
            if img.table in ids:
                ids[img.table].add(img.id)
            values = img.values or {}
            module_id = img.id if img.table == "modules" else values.get("module_id")
            if module_id is not None:
                ids["modules"].add(module_id)
            if img.table == "questions" and values.get("bank_id") is not None:
                ids["banks"].add(values["bank_id"])
        return cls(journal=journal, id=created, **{_KINDS[t]: frozenset(v) for t, v in ids.items()})

    @property
    def empty(self) -> bool:
        """True when nothing was changed (no undo step needed)."""
        return not self.journal.after


_KINDS = {
    "modules": "modules",
    "pages": "pages",
    "blocks": "blocks",
    "questions": "questions",
    "banks": "banks",
}


@dataclass
class WriteResult:
    """Filled in when a `writing` block ends: the Changes of that transaction."""

    created: uuid.UUID | None = None
    changes: Changes = field(default_factory=lambda: Changes(Journal((), ())))


@contextlib.contextmanager
def writing(workspace: Workspace) -> Iterator[tuple[Session, WriteResult]]:
    """Run a block as one transaction and collect its Changes in the yielded result."""
    result = WriteResult()
    with workspace.write() as session:
        yield session, result
        _start_new_drafts(session)
        journal = take_journal(session)
        reindex_journal(session, journal)  # search index and list figures, same transaction
    result.changes = Changes.from_journal(journal, result.created)


# session.info flag: this write records review state or reverts rows; it starts no new draft.
REVIEW_STATE = "kiem_review_state"
_SETTLED = (ModuleStatus.APPROVED, ModuleStatus.PUBLISHED)


def _start_new_drafts(session: Session) -> None:
    """Editing an approved or published module starts its next version as a draft.

    The approved version stays what the admin exports (it is frozen in the review records);
    the module in the workspace becomes version N+1, a draft. Part of the same transaction,
    so undoing the edit brings the module back to where it was.
    """
    session.flush()
    if session.info.get(REVIEW_STATE):
        return
    touched = session.info.get("kiem_touched", {})
    module_ids = {key[1] if key[0] == "modules" else getattr(obj, "module_id", None)
                  for key, obj in touched.items()}
    before = session.info.get("kiem_before", {})
    for module_id in module_ids - {None}:
        created = ("modules", module_id) in before and before["modules", module_id].values is None
        module = None if created else session.get(Module, module_id)
        if module is not None and module.status in _SETTLED:
            module.status = ModuleStatus.DRAFT
            module.version += 1
    session.flush()
