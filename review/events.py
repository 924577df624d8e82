"""Review events: immutable, signed records of everything a review produces.

An event is a JSON object written once by one person. Its signature (Ed25519, by the actor's
key) covers every field but `signature` itself, unknown fields included, so a newer Kiem's
additions travel intact and cannot be altered. `clock` is a Lamport clock (one more than the
highest clock the writer had seen), so that an event always sorts after the events its writer
knew about, whatever the laptops' clocks say.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from authoring.errors import KiemError

MAGIC = "kiem-review-event"
FORMAT = 1  # the event format this Kiem writes and reads; newer ones are skipped, reported
MAX_EVENT_BYTES = 1_000_000
MAX_CLOCK = 2**53  # far beyond any group's history; keeps clocks storable and exact in JSON


class EventError(KiemError):
    """A file that is not a usable event; the message says why (the caller names the file)."""


class NewerFormat(EventError):  # noqa: N818 - reads as a reason: "skipped: NewerFormat"
    """An event written by a newer Kiem: kept aside, not read."""


class Kind(StrEnum):
    """What an event records."""

    GROUP_CREATED = "group.created"
    MEMBER_JOINED = "member.joined"
    MEMBER_CONFIRMED = "member.confirmed"
    MEMBER_ROLE = "member.role"
    MEMBER_AWAY = "member.away"
    POLICY_SET = "policy.set"
    SUBMITTED = "submitted"
    REASSIGNED = "reassigned"
    WITHDRAWN = "withdrawn"
    COMMENTED = "commented"
    SUGGESTED = "suggested"
    REPLIED = "replied"
    RESOLVED = "resolved"
    REOPENED = "reopened"
    ACCEPTED = "accepted"
    UNACCEPTED = "unaccepted"  # the author undid accepting a suggestion: it waits again
    DECLINED = "declined"
    VERDICT = "verdict"
    PUBLISHED = "published"
    STALE_REVIEW = "stale.review"


@dataclass(frozen=True)
class Event:
    """One signed event. `body` is the exact signed object (unknown fields kept)."""

    id: uuid.UUID
    group: uuid.UUID
    kind: Kind
    actor: str  # the email of the person who made it
    key: str  # their public key, base64 (checked against the group's roster)
    at: dt.datetime
    clock: int
    module: uuid.UUID | None
    version: int | None
    payload: Mapping[str, Any]
    signature: str
    body: Mapping[str, Any] = field(repr=False, compare=False, hash=False)
    raw: bytes = field(default=b"", repr=False, compare=False, hash=False)  # the file as read

    @property
    def order(self) -> tuple[int, dt.datetime, str]:
        """The key every reader sorts by: causal first, then time, then id."""
        try:  # sorted by again and again: kept beside the fields, which stay frozen
            return self.__dict__["_order"]  # type: ignore[no-any-return]
        except KeyError:
            order = self.__dict__["_order"] = (self.clock, self.at, str(self.id))
            return order

    def to_json(self) -> bytes:
        """Return the file contents of this event (the very bytes read, when it was read)."""
        if self.raw:
            return self.raw
        return json.dumps({**self.body, "signature": self.signature}, ensure_ascii=False,
                          sort_keys=True, indent=1).encode()


def canonical(body: Mapping[str, Any]) -> bytes:
    """Return the bytes a signature covers: sorted keys, no spaces, UTF-8."""
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def encode_key(key: Ed25519PublicKey) -> str:
    """Return a public key as base64 of its 32 raw bytes."""
    from cryptography.hazmat.primitives.serialization import (  # noqa: PLC0415
        Encoding,
        PublicFormat,
    )

    return base64.b64encode(key.public_bytes(Encoding.Raw, PublicFormat.Raw)).decode()


def decode_key(text: str) -> Ed25519PublicKey:
    """Return the public key written by `encode_key`; raise EventError when it is not one."""
    try:
        raw = base64.b64decode(text, validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except (ValueError, TypeError):
        raise EventError("its key is not an Ed25519 public key") from None


def fingerprint(key: str) -> str:
    """Return a short, readable fingerprint of a public key (for people comparing keys)."""
    import hashlib  # noqa: PLC0415

    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    return " ".join(digest[i:i + 4] for i in range(0, 16, 4))


def make_event(private: Ed25519PrivateKey, *, group: uuid.UUID, kind: Kind, actor: str,
               clock: int, payload: Mapping[str, Any], module: uuid.UUID | None = None,
               version: int | None = None, at: dt.datetime | None = None,
               event_id: uuid.UUID | None = None) -> Event:
    """Make and sign an event."""
    body: dict[str, Any] = {
        "kiem": MAGIC,
        "format": FORMAT,
        "id": str(event_id or uuid.uuid4()),
        "group": str(group),
        "kind": kind.value,
        "actor": actor,
        "key": encode_key(private.public_key()),
        "at": _time_text(at or dt.datetime.now(dt.UTC)),
        "clock": clock,
        "module": str(module) if module else None,
        "version": version,
        "payload": json.loads(json.dumps(payload)),  # plain JSON types only
    }
    signature = base64.b64encode(private.sign(canonical(body))).decode()
    return _from_body(body, signature)


def parse_event(raw: bytes, *, verify: bool = True) -> Event:
    """Read an event file; check its shape and (unless told not to) its signature.

    Raises NewerFormat for an event from a newer Kiem and EventError for anything else that
    is not a well-formed, correctly signed event: half-written, not JSON, wrong fields.
    """
    if len(raw) > MAX_EVENT_BYTES:
        raise EventError(f"it is {len(raw) // 1000} KB, more than an event may be")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise EventError("it is not complete JSON (still being synced, or damaged)") from None
    except (ValueError, RecursionError):  # a 5,000-digit number, [[[[… nested too deep
        raise EventError("it is not JSON an event can hold") from None
    if not isinstance(data, dict) or data.get("kiem") != MAGIC:
        raise EventError("it is not a Kiem review event")
    fmt = data.get("format")
    if not isinstance(fmt, int) or isinstance(fmt, bool) or fmt < 1:
        raise EventError("its format is missing")
    if fmt > FORMAT:
        raise NewerFormat(f"it was written by a newer Kiem (event format {fmt}); update Kiem")
    signature = data.pop("signature", None)
    if not isinstance(signature, str):
        raise EventError("it is not signed")
    try:
        event = _from_body(data, signature, raw)
    except (OverflowError, RecursionError):  # a time at the very edge of the calendar
        raise EventError("it holds a value out of range") from None
    if verify:
        verify_signature(event)
    return event


def verify_signature(event: Event) -> None:
    """Raise EventError unless the event's signature is its key's, over its exact body."""
    problem = signature_problem(event.key, event.signature, event.body)
    if problem is not None:
        raise EventError(problem)


def signature_problem(key: str, signature: str, body: Mapping[str, Any]) -> str | None:
    """Why `signature` is not `key`'s over `body` (the event without it); None when it is."""
    try:
        public = decode_key(key)
    except EventError as exc:
        return str(exc)
    try:
        public.verify(base64.b64decode(signature, validate=True), canonical(body))
    except (InvalidSignature, ValueError):
        return "its signature does not match its contents (altered, or forged)"
    return None


_KINDS = {k.value: k for k in Kind}


def _need(body: dict[str, Any], name: str, kind: type) -> Any:  # noqa: ANN401 - a JSON value
    value = body.get(name)
    if type(value) is not kind:  # JSON gives exact types: no bool for an int, no subclasses
        raise EventError(f"its field “{name}” is missing or of the wrong type")
    return value


@functools.lru_cache(maxsize=4096)
def cached_uuid(text: str) -> uuid.UUID:
    """A UUID from its text, remembered: groups, modules and requests recur in a history."""
    return uuid.UUID(text)


def _from_body(body: dict[str, Any], signature: str, raw: bytes = b"") -> Event:
    kind = _KINDS.get(_need(body, "kind", str))
    if kind is None:
        raise NewerFormat(f"its kind “{body.get('kind')}” is unknown to this Kiem (written by "
                          "a newer one?); update Kiem")
    module = body.get("module")
    version = body.get("version")
    if module is not None and type(module) is not str:
        raise EventError("its field “module” is of the wrong type")
    if version is not None and type(version) is not int:
        raise EventError("its field “version” is of the wrong type")
    try:
        return Event(
            id=uuid.UUID(_need(body, "id", str)), group=cached_uuid(_need(body, "group", str)),
            kind=kind, actor=_need(body, "actor", str).strip().lower(),
            key=_need(body, "key", str), at=_parse_time(_need(body, "at", str)),
            clock=_clock(_need(body, "clock", int)), module=cached_uuid(module) if module else None,
            version=version, payload=_need(body, "payload", dict), signature=signature,
            body=body, raw=raw,
        )
    except ValueError as exc:
        raise EventError(f"it has a malformed id or time ({exc})") from None


def _clock(value: int) -> int:
    if not 0 <= value < MAX_CLOCK:
        raise EventError("its clock is out of range")
    return value


def _time_text(at: dt.datetime) -> str:
    return at.astimezone(dt.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _parse_time(text: str) -> dt.datetime:
    at = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if at.tzinfo is None:
        raise ValueError("time without a zone")
    return at.astimezone(dt.UTC)
