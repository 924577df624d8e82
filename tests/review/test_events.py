"""Signed review events: made, written, read back, and refused when altered or malformed."""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
import uuid
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from review.events import (
    FORMAT,
    MAGIC,
    MAX_EVENT_BYTES,
    Event,
    EventError,
    Kind,
    NewerFormat,
    canonical,
    decode_key,
    encode_key,
    fingerprint,
    make_event,
    parse_event,
)

KEY = Ed25519PrivateKey.generate()
OTHER = Ed25519PrivateKey.generate()
GROUP = uuid.UUID("0b6f2d9e-0000-4000-8000-00000000000a")
MODULE = uuid.UUID("0b6f2d9e-0000-4000-8000-00000000000b")
AT = dt.datetime(2026, 3, 2, 9, 30, 15, 123456, tzinfo=dt.UTC)


def verdict_event(**over: Any) -> Event:
    fields: dict[str, Any] = {
        "group": GROUP, "kind": Kind.VERDICT, "actor": "ben@example.com", "clock": 7,
        "payload": {"request": str(uuid.uuid4()), "verdict": "approve", "note": "Gut 👍"},
        "module": MODULE, "version": 2, "at": AT, **over}
    return make_event(KEY, **fields)


def fields_of(event: Event) -> dict[str, Any]:
    """The event file as a JSON object (signature included)."""
    return json.loads(event.to_json())


def file_of(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode()


def signed_file(body: dict[str, Any], key: Ed25519PrivateKey = KEY) -> bytes:
    """Sign `body` as a writer would (whatever fields it has) and return the event file."""
    signature = base64.b64encode(key.sign(canonical(body))).decode()
    return file_of({**body, "signature": signature})


# -- a round trip -------------------------------------------------------------------------------
def test_an_event_reads_back_as_it_was_made() -> None:
    event = verdict_event()
    again = parse_event(event.to_json())
    assert again == event and dict(again.body) == dict(event.body)
    assert again.to_json() == event.to_json()
    assert (again.kind, again.clock, again.version, again.module) == (Kind.VERDICT, 7, 2, MODULE)
    assert again.at == AT and again.payload["note"] == "Gut 👍"


def test_an_event_without_module_or_version_reads_back() -> None:
    event = make_event(KEY, group=GROUP, kind=Kind.GROUP_CREATED, actor="ann@example.com",
                       clock=1, payload={"name": "IT creators"}, at=AT, event_id=GROUP)
    again = parse_event(event.to_json())
    assert again == event and again.id == GROUP and again.module is None


def test_a_time_in_another_zone_is_kept_as_the_same_instant_in_utc() -> None:
    local = AT.astimezone(dt.timezone(dt.timedelta(hours=2)))
    event = verdict_event(at=local)
    assert fields_of(event)["at"] == "2026-03-02T09:30:15.123456Z"
    again = parse_event(event.to_json())
    assert again.at == AT and again.at.tzinfo == dt.UTC


def test_the_actor_is_read_in_lower_case_while_the_signature_covers_what_was_written() -> None:
    event = verdict_event(actor=" Ben@Example.COM")
    assert event.actor == "ben@example.com"
    again = parse_event(event.to_json())
    assert again.actor == "ben@example.com" and again.body["actor"] == " Ben@Example.COM"


def test_events_sort_by_clock_then_time_then_id() -> None:
    late_low = verdict_event(clock=3, at=AT + dt.timedelta(days=9))
    early_high = verdict_event(clock=4, at=AT)
    tie = [verdict_event(clock=4, at=AT + dt.timedelta(seconds=1), event_id=uuid.UUID(int=i))
           for i in (2, 1)]
    ordered = sorted([*tie, early_high, late_low], key=lambda e: e.order)
    assert ordered == [late_low, early_high, tie[1], tie[0]]


def test_keys_encode_decode_and_read_as_a_short_fingerprint() -> None:
    text = encode_key(KEY.public_key())
    assert len(base64.b64decode(text)) == 32
    assert encode_key(decode_key(text)) == text
    assert re.fullmatch(r"[0-9a-f]{4}( [0-9a-f]{4}){3}", fingerprint(text))
    assert fingerprint(text) != fingerprint(encode_key(OTHER.public_key()))


# -- altered events -----------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "value"), [
    ("payload", {"verdict": "request_changes"}),
    ("actor", "ann@example.com"),
    ("clock", 8),
    ("at", "2026-03-01T09:30:15.123456Z"),
    ("kind", "comment"),
    ("group", str(uuid.uuid4())),
    ("module", str(uuid.uuid4())),
    ("module", None),
    ("version", 1),
    ("id", str(uuid.uuid4())),
    ("key", encode_key(OTHER.public_key())),
    ("smuggled", "an unknown extra field"),
])
def test_changing_any_field_breaks_the_signature(name: str, value: Any) -> None:
    data = fields_of(verdict_event())
    if name == "payload":
        data["payload"] = {**data["payload"], **value}
    elif name == "kind":
        data["kind"] = Kind.COMMENTED.value
    else:
        data[name] = value
    with pytest.raises(EventError, match="signature does not match its contents"):
        parse_event(file_of(data))


def test_removing_a_field_that_may_be_absent_breaks_the_signature() -> None:
    data = fields_of(verdict_event())
    del data["module"]
    with pytest.raises(EventError, match="signature does not match"):
        parse_event(file_of(data))


@pytest.mark.parametrize("signature", ["not base64 at all!", "", base64.b64encode(b"x" * 64)
                                       .decode()])
def test_a_damaged_signature_does_not_verify(signature: str) -> None:
    data = fields_of(verdict_event())
    data["signature"] = signature
    with pytest.raises(EventError, match="signature does not match"):
        parse_event(file_of(data))


def test_a_signature_by_another_key_does_not_verify() -> None:
    data = fields_of(verdict_event())
    del data["signature"]
    with pytest.raises(EventError, match="signature does not match"):
        parse_event(signed_file(data, key=OTHER))


def test_reading_without_verifying_accepts_an_altered_event() -> None:
    data = fields_of(verdict_event())
    data["clock"] = 99
    assert parse_event(file_of(data), verify=False).clock == 99


def test_unknown_fields_travel_intact_and_are_covered_by_the_signature() -> None:
    body = dict(verdict_event().body)
    body["reactions"] = {"ann@example.com": ["👍"], "count": 1}
    event = parse_event(signed_file(body))
    assert event.body["reactions"] == {"ann@example.com": ["👍"], "count": 1}
    again = parse_event(event.to_json())
    assert again.body["reactions"] == body["reactions"] and again == event
    altered = fields_of(event)
    altered["reactions"]["count"] = 2
    with pytest.raises(EventError, match="signature does not match"):
        parse_event(file_of(altered))


# -- files that are not events ------------------------------------------------------------------
def test_an_event_from_a_newer_kiem_is_refused_as_newer() -> None:
    body = {**verdict_event().body, "format": FORMAT + 1, "shiny": True}
    with pytest.raises(NewerFormat, match=f"newer Kiem \\(event format {FORMAT + 1}\\)"):
        parse_event(signed_file(body))
    assert issubclass(NewerFormat, EventError)


@pytest.mark.parametrize("fmt", [None, 0, -1, "1", 1.0, True, [1]])
def test_an_event_without_a_whole_format_number_is_refused(fmt: Any) -> None:
    data = fields_of(verdict_event())
    data["format"] = fmt
    with pytest.raises(EventError, match="its format is missing") as caught:
        parse_event(file_of(data))
    assert not isinstance(caught.value, NewerFormat)


def test_a_half_written_file_is_not_complete_json() -> None:
    raw = verdict_event().to_json()
    for end in (0, 1, len(raw) // 3, len(raw) // 2, len(raw) - 1):
        with pytest.raises(EventError, match="not complete JSON"):
            parse_event(raw[:end])


def test_bytes_that_are_not_utf8_are_not_complete_json() -> None:
    with pytest.raises(EventError, match="not complete JSON"):
        parse_event(b'{"kiem": "\xff\xfe"}')


@pytest.mark.parametrize("data", [
    {"kiem": "kiem-review-evnt"}, {"format": 1}, [MAGIC], MAGIC, 1, None,
])
def test_json_that_is_not_a_kiem_event_is_refused(data: Any) -> None:
    if isinstance(data, dict) and "format" in data:
        data = {k: v for k, v in fields_of(verdict_event()).items() if k != "kiem"}
    with pytest.raises(EventError, match="not a Kiem review event"):
        parse_event(file_of(data))


@pytest.mark.parametrize("signature", [None, 5, ["sig"]])
def test_an_unsigned_event_is_refused(signature: Any) -> None:
    data = fields_of(verdict_event())
    if signature is None:
        del data["signature"]
    else:
        data["signature"] = signature
    with pytest.raises(EventError, match="it is not signed"):
        parse_event(file_of(data))


REQUIRED = {"id": str, "group": str, "kind": str, "actor": str, "key": str, "at": str,
            "clock": int, "payload": dict}
WRONG = {str: [5, None, ["x"], {"x": 1}, True], int: ["7", 7.0, None, True, [7]],
         dict: [[], "x", None, 1]}


@pytest.mark.parametrize(("name", "value"), [
    (name, value) for name, kind in REQUIRED.items() for value in WRONG[kind]])
def test_a_required_field_of_the_wrong_type_is_refused_by_name(name: str, value: Any) -> None:
    data = fields_of(verdict_event())
    data[name] = value
    with pytest.raises(EventError, match=f"its field “{name}” is missing or of the wrong type"):
        parse_event(file_of(data))


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_a_missing_required_field_is_refused_by_name(name: str) -> None:
    data = fields_of(verdict_event())
    del data[name]
    with pytest.raises(EventError, match=f"its field “{name}” is missing"):
        parse_event(file_of(data))


@pytest.mark.parametrize(("name", "value"), [
    ("module", 5), ("module", ["x"]), ("version", "2"), ("version", True), ("version", 2.0),
])
def test_an_optional_field_of_the_wrong_type_is_refused_by_name(name: str, value: Any) -> None:
    data = fields_of(verdict_event())
    data[name] = value
    with pytest.raises(EventError, match=f"its field “{name}” is of the wrong type"):
        parse_event(file_of(data))


@pytest.mark.parametrize(("name", "value"), [
    ("id", "not-a-uuid"), ("group", "1234"), ("module", "module-1"), ("at", "yesterday"),
    ("at", "2026-03-02T09:30:15"),  # no zone: whose nine o'clock?
])
def test_a_malformed_id_or_time_is_refused(name: str, value: str) -> None:
    data = fields_of(verdict_event())
    data[name] = value
    with pytest.raises(EventError, match="malformed id or time"):
        parse_event(file_of(data))


def test_an_unknown_kind_is_refused_naming_it() -> None:
    data = fields_of(verdict_event())
    data["kind"] = "review.deleted"
    with pytest.raises(EventError, match="kind “review.deleted” is unknown to this Kiem"):
        parse_event(file_of(data))


@pytest.mark.parametrize("key", ["not a key!", base64.b64encode(b"short").decode(), ""])
def test_a_key_that_is_not_an_ed25519_key_is_refused(key: str) -> None:
    data = fields_of(verdict_event())
    data["key"] = key
    with pytest.raises(EventError, match="not an Ed25519 public key"):
        parse_event(file_of(data))


def test_an_oversize_file_is_refused_before_it_is_read() -> None:
    raw = verdict_event().to_json()
    padded = raw + b" " * (MAX_EVENT_BYTES - len(raw))
    assert parse_event(padded) == parse_event(raw)  # exactly the limit still reads
    with pytest.raises(EventError, match="more than an event may be"):
        parse_event(padded + b" ")
    with pytest.raises(EventError, match="more than an event may be"):
        parse_event(b"{" * (MAX_EVENT_BYTES + 1))
