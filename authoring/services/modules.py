"""Create, change and delete modules, and read them as summaries and snapshots."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from authoring.errors import InvalidData, NotFound
from authoring.jsondata import dump
from authoring.kinds import ModuleStatus
from authoring.models import Block, Identity, Module, ModuleAsset, Page, Question, utcnow
from authoring.services.changes import REVIEW_STATE, Changes, writing
from authoring.services.reading import load_snapshot, summaries
from authoring.services.rows import live, tombstone
from authoring.settings import Assessment, Completion, Navigation
from authoring.snapshot import ModuleSnap, ModuleSummary
from authoring.workspace import Workspace

LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_TEXT_FIELDS = {"title": 300, "description": 20_000, "owner": 200, "group_name": 200,
                "theme": 64}


def workspace_person(session: Session) -> str:
    """The name of the person who uses this workspace, or "" before they said who they are."""
    return session.scalars(select(Identity.name)).first() or ""


class ModuleService:
    """Modules: the only writer of module rows."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def create(self, title: str, *, language: str = "en", **fields: Any) -> Changes:
        """Make an empty module; `Changes.id` is its id.

        Without an `owner`, the owner is the person who uses the workspace (when known).
        """
        values = _validated({"title": title, "language": language, **fields})
        with writing(self._ws) as (session, result):
            if "owner" not in values:
                values["owner"] = workspace_person(session)
            module = Module(id=uuid.uuid4(), **values)
            module.navigation = module.navigation if "navigation" in values else dump(Navigation())
            module.assessment = module.assessment if "assessment" in values else dump(Assessment())
            module.completion = module.completion if "completion" in values else dump(Completion())
            session.add(module)
            result.created = module.id
        return result.changes

    def update(self, module_id: uuid.UUID, **fields: Any) -> Changes:
        """Change metadata or settings (title, language, navigation, assessment, …)."""
        values = _validated(fields)
        with writing(self._ws) as (session, result):
            module = live(session, Module, module_id, "module")
            for key, value in values.items():
                setattr(module, key, value)
        return result.changes

    def set_review_state(self, module_id: uuid.UUID, status: ModuleStatus, version: int, *,
                         group_name: str | None = None, missing_ok: bool = False) -> Changes:
        """Record where the module's review stands (status, version, group); not an edit."""
        with writing(self._ws) as (session, result):
            session.info[REVIEW_STATE] = True
            module = session.get(Module, module_id)
            if module is None or module.deleted_at is not None:
                if missing_ok:
                    return result.changes
                raise NotFound(f"module {module_id}: not in this workspace")
            module.status, module.version = ModuleStatus(status), version
            if group_name is not None:
                module.group_name = group_name
        return result.changes

    def delete(self, module_id: uuid.UUID) -> Changes:
        """Move a module and everything in it to the trash (tombstones; undoable)."""
        with writing(self._ws) as (session, result):
            module = live(session, Module, module_id, "module")
            now = utcnow()  # one moment for all: restore brings back exactly these rows
            for cls in (Block, Page, Question, ModuleAsset):
                tombstone(session.scalars(
                    select(cls).where(cls.module_id == module.id, cls.deleted_at.is_(None))
                ).all(), now)
            tombstone([module], now)
        return result.changes

    def list(self) -> list[ModuleSummary]:
        """Return every live module, most recently changed first."""
        with self._ws.read() as session:
            return summaries(session)

    def count(self) -> int:
        """Return how many live modules there are (one query: no module is read)."""
        with self._ws.read() as session:
            return session.scalar(select(func.count()).select_from(Module)
                                  .where(Module.deleted_at.is_(None))) or 0

    def snapshot(self, module_id: uuid.UUID) -> ModuleSnap:
        """Return the whole module as an immutable snapshot."""
        with self._ws.read() as session:
            return load_snapshot(session, module_id)

    def resolve(self, text: str) -> uuid.UUID:
        """Turn a full id or a unique prefix of one (as `kiem show 3f2a` takes) into an id."""
        wanted = text.strip().lower()
        if not re.fullmatch(r"[0-9a-f-]{4,36}", wanted):
            raise NotFound(f"{text!r} is not a module id (use the id `kiem list` shows)")
        with self._ws.read() as session:
            ids = session.scalars(select(Module.id).where(Module.deleted_at.is_(None))).all()
        matches = [i for i in ids if str(i).startswith(wanted) or i.hex.startswith(wanted)]
        if not matches:
            raise NotFound(f"no module with id {text!r}; `kiem list` shows the ids")
        if len(matches) > 1:
            raise NotFound(f"{text!r} matches {len(matches)} modules; give more of the id")
        return matches[0]


def _validated(fields: dict[str, Any]) -> dict[str, Any]:
    """Check module fields one by one; InvalidData names the field."""
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key in _TEXT_FIELDS:
            if not isinstance(value, str):
                raise InvalidData(f"module {key}: expected text")
            if len(value) > _TEXT_FIELDS[key]:
                raise InvalidData(f"module {key}: longer than {_TEXT_FIELDS[key]} characters")
            if key == "title" and not value.strip():
                raise InvalidData("module title: cannot be empty")
            out[key] = value.strip() if key == "title" else value
        elif key == "language":
            if not isinstance(value, str) or not LANGUAGE.match(value):
                raise InvalidData(f"module language: {value!r} is not a language code like en")
            out[key] = value
        elif key == "keywords":
            if isinstance(value, str) or not all(isinstance(k, str) for k in value):
                raise InvalidData("module keywords: expected a list of words")
            out[key] = [k.strip() for k in value if k.strip()]
        elif key == "status":
            out[key] = ModuleStatus(value)
        elif key == "version":
            if not isinstance(value, int) or value < 1:
                raise InvalidData("module version: expected a whole number from 1")
            out[key] = value
        elif key == "review_by":
            if value is not None and not isinstance(value, dt.date):
                raise InvalidData("module review_by: expected a date")
            out[key] = value
        elif key in ("navigation", "assessment", "completion"):
            expected = {"navigation": Navigation, "assessment": Assessment,
                        "completion": Completion}[key]
            if not isinstance(value, expected):
                raise InvalidData(f"module {key}: expected {expected.__name__}")
            out[key] = dump(value)
        else:
            raise InvalidData(f"module has no field {key!r}")
    return out
