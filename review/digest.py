"""A group's digest: what the overview across groups and the catalogue read of its state.

Deriving a group's state from its events takes seconds at 100,000 events; an admin's
overview only needs, per module, its title, author, the version approved and waiting, the
version published and when its review is due. The digest is that, kept in the workspace with
the mark of the events it was made from (`review.store.Mark`): a reader that finds nothing
stored since takes the digest as it is; otherwise the state is derived (or brought up to
date) and the digest written again. A sync writes the digests of the groups it brought news
to, so the overview after it reads no events at all.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from dataclasses import dataclass
from typing import Any

from review.model import GroupState

FORMAT = 1  # raised when the digest's fields change: an older digest is then made again


@dataclass(frozen=True)
class Version:
    """One submitted version as the overview names it."""

    title: str
    version: int
    author: str
    published: str | None = None  # the day it was published (ISO), for a published one


@dataclass(frozen=True)
class ModuleDigest:
    """One module of the group: where its review stands."""

    id: uuid.UUID
    title: str
    author: str
    approved: Version | None  # the newest version approved and not yet published
    published: Version | None  # the newest published version
    review_by: str | None  # when the published version is due for review (ISO day)
    latest_published: bool  # no newer version was submitted since the one published

    def is_stale(self, today: dt.date) -> bool:
        """True when the published version has passed its review-by day, with none newer."""
        return (self.review_by is not None and self.latest_published
                and today > dt.date.fromisoformat(self.review_by))


@dataclass(frozen=True)
class GroupDigest:
    """A group's name, its confirmed members, and its modules."""

    id: uuid.UUID
    name: str
    members: int
    modules: tuple[ModuleDigest, ...]

    def to_json(self) -> str:
        """The digest as stored."""
        return json.dumps({"format": FORMAT, **dataclasses.asdict(self)}, default=str,
                          ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> GroupDigest | None:
        """Read a stored digest; None when it is of another format or damaged."""
        try:
            data = json.loads(text)
            if data.get("format") != FORMAT:
                return None
            return cls(uuid.UUID(data["id"]), data["name"], int(data["members"]),
                       tuple(_module(m) for m in data["modules"]))
        except (ValueError, KeyError, TypeError, AttributeError):
            return None


def digest_of(state: GroupState) -> GroupDigest:
    """Sum up a group's state for the overview."""
    modules = []
    for module in state.modules.values():
        approved, published = module.approved(), module.published()
        due = module.review_by(state.policy)
        modules.append(ModuleDigest(
            module.id, module.title, module.author,
            Version(approved.title, approved.version, approved.author) if approved else None,
            Version(published.title, published.version, published.author,
                    published.published_at.date().isoformat() if published.published_at
                    else None) if published else None,
            due.isoformat() if due else None,
            published is not None and module.latest.version == published.version))
    members = sum(1 for m in state.members.values() if m.confirmed)
    return GroupDigest(state.id, state.name, members, tuple(modules))


def _module(data: dict[str, Any]) -> ModuleDigest:
    def version(value: dict[str, Any] | None) -> Version | None:
        return Version(**value) if value is not None else None

    return ModuleDigest(uuid.UUID(data["id"]), data["title"], data["author"],
                        version(data["approved"]), version(data["published"]),
                        data["review_by"], bool(data["latest_published"]))
