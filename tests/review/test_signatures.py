"""A large batch's signatures are checked by helper processes too: the same verdicts as here."""

from __future__ import annotations

import datetime as dt
import json
import os
import time
import uuid

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from review.events import (
    Event,
    EventError,
    Kind,
    encode_key,
    make_event,
    parse_event,
    verify_signature,
)
from review.signatures import Checker, check_raw


def verdict(event: Event) -> str | None:
    try:
        verify_signature(event)
    except EventError as exc:
        return str(exc)
    return None


def batch(count: int) -> list[Event]:
    """Events as read from a hub, every fifth one broken in a different way."""
    keys = [Ed25519PrivateKey.generate() for _ in range(3)]
    group, at = uuid.uuid4(), dt.datetime.now(dt.UTC)
    out = []
    for n in range(count):
        event = make_event(keys[n % 3], group=group, kind=Kind.MEMBER_AWAY, actor="a@b.org",
                           clock=n + 1, payload={"email": "a@b.org", "away": n % 2 == 0}, at=at)
        data = json.loads(event.to_json())
        match n % 20:
            case 5:  # altered after signing
                data["payload"]["away"] = not data["payload"]["away"]
            case 10:  # signed by another key than the one it names
                data["key"] = encode_key(keys[(n + 1) % 3].public_key())
            case 15:  # not a signature at all
                data["signature"] = "bm90IGEgc2lnbmF0dXJl"
            case 19:  # a key that is no key
                data["key"] = "AAAA"
        out.append(parse_event(json.dumps(data).encode(), verify=False))
    return out


def test_helpers_give_the_verdicts_this_process_gives() -> None:
    if (os.cpu_count() or 1) < 2:
        pytest.skip("helpers need a second core")
    events = batch(1000)  # four shares
    expected = [verdict(e) for e in events]
    assert sum(v is not None for v in expected) == 200  # every broken one is caught
    assert check_raw([e.raw for e in events]) == expected  # a helper's own reading
    with Checker(len(events), parallel_from=1) as checker:

        def wait_for_a_helper() -> None:  # as a sync's own work would take a while
            deadline = time.monotonic() + 120
            while checker.helpers_done() == 0 and time.monotonic() < deadline:
                time.sleep(0.01)

        assert checker.problems(events, wait_for_a_helper) == expected
        assert checker.helped >= 250  # a share at least came back from a helper
    with Checker(len(events)) as checker:  # below the threshold: all of it here
        assert checker.problems(events) == expected and checker.helped == 0


def test_work_beside_the_check_that_fails_does_not_fail_the_check() -> None:
    events = batch(300)

    def broken() -> None:
        raise RuntimeError("the workspace is busy")

    with Checker(len(events), parallel_from=1) as checker:
        assert checker.problems(events, broken) == [verdict(e) for e in events]


def test_a_batch_without_the_bytes_read_is_checked_here() -> None:
    events = batch(40)
    made = [Event(**{**{f: getattr(e, f) for f in ("id", "group", "kind", "actor", "key", "at",
                                                     "clock", "module", "version", "payload",
                                                     "signature")}, "body": e.body})
            for e in events]
    with Checker(len(made), parallel_from=1) as checker:
        assert checker.problems(made) == [verdict(e) for e in events]
