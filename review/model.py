"""What a group's review state is made of: roster, policy, requests, threads, audit.

Plain data, filled in by `review.state.derive` from the group's events.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")
MAX_TEXT = 20_000


class Role(StrEnum):
    """What a member may do besides creating and reviewing."""

    LEAD = "lead"  # confirms members, sets roles, policy and away, reassigns
    MEMBER = "member"
    ADMIN = "admin"  # everything a lead may, and publishes approved versions


class RequestState(StrEnum):
    """Where one submitted version stands."""

    IN_REVIEW = "in_review"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"
    PUBLISHED = "published"
    WITHDRAWN = "withdrawn"
    SUPERSEDED = "superseded"  # a newer version was submitted before this one was approved


class Verdict(StrEnum):
    """How a reviewer finishes a review."""

    APPROVE = "approve"
    REQUEST_CHANGES = "request_changes"
    COMMENT = "comment"  # done reviewing, no verdict either way


OPEN_STATES = (RequestState.IN_REVIEW, RequestState.CHANGES_REQUESTED)


@dataclass(frozen=True)
class Policy:
    """A group's review rules."""

    approvals: int = 1  # approvals a version needs
    reviewers: int = 1  # reviewers assigned per request
    due_days: int = 5  # days a reviewer has
    review_months: int = 12  # a published module goes stale after this

    def to_dict(self) -> dict[str, int]:
        """Return the policy as an event payload."""
        return {"approvals": self.approvals, "reviewers": self.reviewers,
                "due_days": self.due_days, "review_months": self.review_months}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Policy:
        """Read a policy; raise ValueError naming the field that is out of range."""
        limits = {"approvals": (1, 10), "reviewers": (1, 10), "due_days": (1, 90),
                  "review_months": (1, 120)}
        values = {}
        for name, (low, high) in limits.items():
            value = data.get(name, getattr(cls, name))
            if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
                raise ValueError(f"policy “{name}” must be a whole number from {low} to {high}")
            values[name] = value
        return cls(**values)


@dataclass
class Member:
    """A person of the group, as its roster knows them."""

    email: str
    name: str
    key: str  # the key they joined with (confirmed or waiting)
    role: Role = Role.MEMBER
    confirmed: bool = False
    away: bool = False
    keys: set[str] = field(default_factory=set)  # every key a lead confirmed for them
    # A key added for someone already confirmed (a new laptop) → the lead who confirmed it.
    replaced_by: dict[str, str] = field(default_factory=dict)
    offered: set[str] = field(default_factory=set)  # every key someone joined with as them

    def waiting_keys(self) -> list[str]:
        """Keys offered under this email that no lead confirmed (more than one: compare!)."""
        return sorted(self.offered - self.keys)
    joined_at: dt.datetime | None = None


@dataclass
class Assignment:
    """A reviewer on a request, with their latest verdict on it."""

    reviewer: str
    assigned_at: dt.datetime
    active: bool = True
    verdict: Verdict | None = None
    verdict_at: dt.datetime | None = None
    note: str = ""


@dataclass
class Request:
    """One submitted version of a module and its review."""

    id: uuid.UUID
    group: uuid.UUID
    module: uuid.UUID
    version: int
    author: str
    submitted_by: str
    title: str
    snapshot: str  # sha256 of the frozen bundle document
    note: str
    due: dt.date
    submitted_at: dt.datetime
    review_by: dt.date | None = None
    reviewers: dict[str, Assignment] = field(default_factory=dict)
    withdrawn: bool = False
    superseded: bool = False
    approved_when_superseded: bool = False
    published_at: dt.datetime | None = None
    published_by: str = ""
    state: RequestState = RequestState.IN_REVIEW

    def active_reviewers(self) -> list[Assignment]:
        """Return the reviewers currently assigned, in the order they were assigned."""
        return [a for a in self.reviewers.values() if a.active]

    def approvals(self) -> int:
        """Count the active reviewers whose latest verdict approves."""
        return sum(1 for a in self.active_reviewers() if a.verdict is Verdict.APPROVE)


@dataclass
class Comment:
    """One message in a thread (the first one opens it)."""

    id: uuid.UUID
    author: str
    at: dt.datetime
    text: str
    pending: bool = False


@dataclass
class Thread:
    """A comment or suggestion anchored in a version, with its replies and state."""

    id: uuid.UUID
    module: uuid.UUID
    request: uuid.UUID
    version: int
    author: str
    anchor: Mapping[str, Any] | None
    blocking: bool
    comments: list[Comment]
    replacement: str | None = None  # a suggestion's proposed text
    resolved: bool = False
    suggestion: str = ""  # "", "pending", "accepted" or "declined"
    decline_reason: str = ""
    pending: bool = False  # made by me, held back until I finish with a verdict

    @property
    def is_open(self) -> bool:
        """True while the thread waits for someone."""
        return not self.resolved


@dataclass(frozen=True)
class AuditEntry:
    """One transition of a module's review, for `kiem audit`."""

    at: dt.datetime
    actor: str
    kind: str
    version: int | None
    summary: str
    event: uuid.UUID


@dataclass(frozen=True)
class Warning:  # noqa: A001 - the word users read in the sync report
    """An event that was read but not applied, and why."""

    event: uuid.UUID
    actor: str
    kind: str
    message: str


@dataclass
class ModuleReview:
    """Everything the group knows about one module's reviews."""

    id: uuid.UUID
    title: str
    author: str
    requests: list[Request] = field(default_factory=list)  # by version
    threads: list[Thread] = field(default_factory=list)
    audit: list[AuditEntry] = field(default_factory=list)

    @property
    def latest(self) -> Request:
        """The most recent submitted version."""
        return self.requests[-1]

    def approved(self) -> Request | None:
        """The newest version approved and not yet published, if any (what an admin exports)."""
        newest_published = max((r.version for r in self.requests
                                if r.state is RequestState.PUBLISHED), default=0)
        return next((r for r in reversed(self.requests) if r.state is RequestState.APPROVED
                     and r.version > newest_published), None)

    def published(self) -> Request | None:
        """The newest published version, if any."""
        return next((r for r in reversed(self.requests) if r.state is RequestState.PUBLISHED),
                    None)

    def review_by(self, policy: Policy) -> dt.date | None:
        """When the published version must be reviewed again."""
        pub = self.published()
        if pub is None or pub.published_at is None:
            return None
        if pub.review_by is not None:
            return pub.review_by
        return add_months(pub.published_at.date(), policy.review_months)

    def is_stale(self, policy: Policy, today: dt.date) -> bool:
        """True when the published version has passed its review-by date, with none newer."""
        due = self.review_by(policy)
        pub = self.published()
        return (due is not None and pub is not None and today > due
                and self.latest.version == pub.version)


@dataclass
class GroupState:
    """A creator group: roster, policy, and the reviews of its modules."""

    id: uuid.UUID
    name: str = ""
    policy: Policy = field(default_factory=Policy)
    members: dict[str, Member] = field(default_factory=dict)
    modules: dict[uuid.UUID, ModuleReview] = field(default_factory=dict)
    requests: dict[uuid.UUID, Request] = field(default_factory=dict)
    threads: dict[uuid.UUID, Thread] = field(default_factory=dict)
    warnings: list[Warning] = field(default_factory=list)
    roster_audit: list[AuditEntry] = field(default_factory=list)
    clock: int = 0  # the highest Lamport clock of the events applied
    founded: bool = False
    disputed: set[uuid.UUID] = field(default_factory=set)  # modules claimed by several people
    # What `extend` needs to apply new events as `derive` would: each module's submitters,
    # the events applied (id → signature), the causal position of the last one, and whether
    # two different events under one id were read (then only `derive` decides).
    submitters: dict[uuid.UUID, set[str]] = field(default_factory=dict)
    applied: dict[uuid.UUID, str] = field(default_factory=dict)
    last: tuple[int, dt.datetime, str] | None = None
    clashed: bool = False

    def member(self, email: str) -> Member | None:
        """Return a confirmed member."""
        m = self.members.get(email)
        return m if m is not None and m.confirmed else None

    def is_lead(self, email: str) -> bool:
        """True for a confirmed lead or admin."""
        m = self.member(email)
        return m is not None and m.role in (Role.LEAD, Role.ADMIN)

    def open_assignments(self, email: str) -> int:
        """Count the open requests on which this person still owes a verdict.

        A verdict given (approve, request changes, done) is owed no more: a request for
        changes waits for the author, not for the reviewer.
        """
        return sum(1 for r in self.requests.values() if r.state in OPEN_STATES
                   and email in r.reviewers and r.reviewers[email].active
                   and r.reviewers[email].verdict is None)

    def last_assigned(self, email: str) -> dt.datetime | None:
        """When this person was last assigned a review."""
        times = [r.reviewers[email].assigned_at for r in self.requests.values()
                 if email in r.reviewers]
        return max(times, default=None)

    def open_blocking(self, module: uuid.UUID, version: int | None = None) -> list[Thread]:
        """Open blocking threads of a module (up to `version`): they hold back approval."""
        review = self.modules.get(module)
        return [t for t in review.threads if t.blocking and t.is_open and not t.pending
                and (version is None or t.version <= version)] if review else []


def add_months(day: dt.date, months: int) -> dt.date:
    """Return the same day `months` later (the month's last day when it has no such day)."""
    import calendar  # noqa: PLC0415

    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def as_uuid(value: object) -> uuid.UUID | None:
    """Read a UUID from an event's payload; None when it is not one."""
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None
