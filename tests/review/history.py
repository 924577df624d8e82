"""Signed event histories of a creator group, for the review state tests."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import uuid
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from review.events import Event, Kind, encode_key, make_event
from review.state import (
    GroupState,
    Policy,
    derive,
)

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
MODULE = uuid.UUID("6d0c1c7e-0000-4000-8000-000000000001")


@dataclasses.dataclass(frozen=True)
class Person:
    """Someone with a laptop: an email, a name and a private key."""

    email: str
    name: str
    key: Ed25519PrivateKey = dataclasses.field(default_factory=Ed25519PrivateKey.generate)

    @property
    def public(self) -> str:
        return encode_key(self.key.public_key())

    def new_laptop(self) -> Person:
        return Person(self.email, self.name)


ANN = Person("ann@example.com", "Ann")  # founds the group: its first lead
BEN = Person("ben@example.com", "Ben")
CEM = Person("cem@example.com", "Cem")
DIA = Person("dia@example.com", "Dia")
EVE = Person("eve@example.com", "Eve")  # never confirmed


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


class History:
    """A group's events, made by hand with explicit Lamport clocks and times.

    Every builder appends its event unless `keep=False` (an event to try on the history).
    By default the clock is one more than the highest so far and `at` is that many hours
    after T0; both can be given.
    """

    def __init__(self, group: uuid.UUID | None = None) -> None:
        self.group = group or uuid.uuid4()
        self.events: list[Event] = []
        self.clock = 0

    def add(self, who: Person, kind: Kind, payload: dict[str, Any], *, keep: bool = True,
            clock: int | None = None, at: dt.datetime | None = None,
            key: Ed25519PrivateKey | None = None, group: uuid.UUID | None = None,
            module: uuid.UUID | None = None, version: int | None = None,
            event_id: uuid.UUID | None = None) -> Event:
        if clock is None:
            clock = self.clock + 1
        self.clock = max(self.clock, clock)
        event = make_event(key or who.key, group=group or self.group, kind=kind,
                           actor=who.email, clock=clock, payload=payload, module=module,
                           version=version, at=at or T0 + dt.timedelta(hours=clock),
                           event_id=event_id)
        if keep:
            self.events.append(event)
        return event

    def state(self, pending: frozenset[uuid.UUID] = frozenset()) -> GroupState:
        return derive(self.group, self.events, pending)

    # -- the roster
    def found(self, who: Person, policy: Policy | None = None, **meta: Any) -> Event:
        payload = {"name": "IT creators", "founder_name": who.name,
                   "policy": (policy or Policy()).to_dict()}
        return self.add(who, Kind.GROUP_CREATED, payload, event_id=self.group, **meta)

    def join(self, who: Person, **meta: Any) -> Event:
        return self.add(who, Kind.MEMBER_JOINED, {"name": who.name}, **meta)

    def confirm(self, lead: Person, who: Person, **meta: Any) -> Event:
        return self.add(lead, Kind.MEMBER_CONFIRMED, {"email": who.email, "key": who.public},
                        **meta)

    def role(self, lead: Person, who: Person, role: str, **meta: Any) -> Event:
        return self.add(lead, Kind.MEMBER_ROLE, {"email": who.email, "role": role}, **meta)

    def away(self, actor: Person, who: Person, away: bool = True, **meta: Any) -> Event:
        return self.add(actor, Kind.MEMBER_AWAY, {"email": who.email, "away": away}, **meta)

    def policy(self, lead: Person, payload: dict[str, Any], **meta: Any) -> Event:
        return self.add(lead, Kind.POLICY_SET, payload, **meta)

    # -- requests
    def submit(self, author: Person, reviewers: list[Person], *, module: uuid.UUID = MODULE,
               version: int = 1, kind: Kind = Kind.SUBMITTED, meta: dict[str, Any] | None = None,
               **over: Any) -> Event:
        payload = {"snapshot": sha(f"{module} v{version}"), "title": "Check a link",
                   "note": "", "reviewers": [r.email for r in reviewers], "due": "2026-03-09",
                   "review_by": None, **over}
        return self.add(author, kind, payload, module=module, version=version, **(meta or {}))

    def on_request(self, who: Person, kind: Kind, request: Event, **payload: Any) -> Event:
        meta = {k: payload.pop(k) for k in ("keep", "clock", "at", "key") if k in payload}
        return self.add(who, kind, {"request": str(request.id), **payload},
                        module=request.module, version=request.version, **meta)

    def verdict(self, who: Person, request: Event, verdict: str, **payload: Any) -> Event:
        payload.setdefault("note", "")
        return self.on_request(who, Kind.VERDICT, request, verdict=verdict, **payload)

    def comment(self, who: Person, request: Event, text: str = "Which number?", *,
                blocking: bool = False, **payload: Any) -> Event:
        payload.setdefault("anchor", None)
        return self.on_request(who, Kind.COMMENTED, request, text=text, blocking=blocking,
                               **payload)

    def suggest(self, who: Person, request: Event, quote: str = "rest the mouse pointer",
                **payload: Any) -> Event:
        payload.setdefault("anchor", {"page": 1, "quote": quote})
        return self.on_request(who, Kind.SUGGESTED, request, replacement="hold the pointer",
                               text="Clearer verb", **payload)

    def on_thread(self, who: Person, kind: Kind, thread: Event, **payload: Any) -> Event:
        meta = {k: payload.pop(k) for k in ("keep", "clock", "at", "key") if k in payload}
        return self.add(who, kind, {"thread": str(thread.id), **payload}, module=thread.module,
                        version=thread.version, **meta)


def founded(*joiners: Person, founder: Person = ANN, policy: Policy | None = None) -> History:
    """A group founded by `founder`, each joiner joined and confirmed by the founder."""
    h = History()
    h.found(founder, policy)
    for person in joiners:
        h.join(person)
    for person in joiners:
        h.confirm(founder, person)
    return h


def content(state: GroupState) -> dict[str, Any]:
    """Everything of a state but its warnings, its clock (which counts ignored events too) and
    what `extend` keeps to go on from it (which events were read, and where it stopped)."""
    return {f.name: getattr(state, f.name) for f in dataclasses.fields(state)
            if f.name not in ("warnings", "clock", "applied", "last", "submitters", "clashed")}


def assert_ignored(h: History, event: Event, phrase: str,
                   pending: frozenset[uuid.UUID] = frozenset()) -> GroupState:
    """Derive with and without `event`: nothing changes but one warning naming the reason."""
    before = derive(h.group, h.events, pending)
    after = derive(h.group, [*h.events, event], pending)
    assert content(after) == content(before)
    mine = [w for w in after.warnings if w.event == event.id]
    assert len(mine) == 1, after.warnings
    assert phrase in mine[0].message, mine[0].message
    assert (mine[0].actor, mine[0].kind) == (event.actor, event.kind.value)
    assert [w for w in after.warnings if w.event != event.id] == before.warnings
    return after
