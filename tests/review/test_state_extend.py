"""`extend` applies new events to a derived state in place, exactly as `derive` would.

The service folds each new event (mine, or arrived by sync) into the state it holds instead of
deriving the whole history again; these tests hold the shortcut to the long way round.
"""

from __future__ import annotations

import random
import uuid

from hypothesis import given, settings
from hypothesis import strategies as st

from review.events import Event, Kind
from review.state import GroupState, derive, extend
from tests.review.history import ANN, BEN, MODULE, founded
from tests.review.test_state_reading import scripted_history, summary


def _batches(events: list[Event], cuts: list[int]) -> list[list[Event]]:
    bounds = sorted({0, len(events), *(c % (len(events) + 1) for c in cuts)})
    return [events[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


def _follow(group: uuid.UUID, batches: list[list[Event]],
            pending: frozenset[uuid.UUID]) -> tuple[GroupState, int]:
    """Read batches one after another as the service does: extend, else derive afresh."""
    seen: list[Event] = []
    state = derive(group, [], pending)
    shortcuts = 0
    for batch in batches:
        seen.extend(batch)
        before = summary(state)
        if extend(state, batch, pending):
            shortcuts += 1
        else:
            assert summary(state) == before, "a refused extend leaves the state untouched"
            state = derive(group, seen, pending)
    return state, shortcuts


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_extending_batch_by_batch_gives_what_derive_gives(data: st.DataObject) -> None:
    h, pending = scripted_history(data.draw(st.integers(0, 2**32 - 1), label="seed"))
    expected = summary(derive(h.group, h.events, pending))
    causal = data.draw(st.booleans(), label="in causal order")
    events = sorted(h.events, key=lambda e: e.order) if causal else list(h.events)
    if not causal:
        random.Random(data.draw(st.integers(0, 999), label="shuffle")).shuffle(events)
    again = data.draw(st.lists(st.sampled_from(range(len(events))), max_size=6), label="copies")
    events += [events[i] for i in again]
    cuts = data.draw(st.lists(st.integers(0, 10_000), max_size=8), label="cuts")
    state, _ = _follow(h.group, _batches(events, cuts), pending)
    assert summary(state) == expected


def test_events_in_causal_order_are_mostly_applied_by_the_shortcut() -> None:
    # Guard the property test against testing nothing: the shortcut is taken, not only derive.
    # (Not always: the founding event, and everything after a forged copy of an event's id,
    # are left to derive; the scripted histories hold such mistakes on purpose.)
    taken = total = 0
    for seed in range(30):
        h, pending = scripted_history(seed)
        events = sorted(h.events, key=lambda e: e.order)
        batches = [[e] for e in events]
        state, shortcuts = _follow(h.group, batches, pending)
        assert summary(state) == summary(derive(h.group, h.events, pending))
        taken, total = taken + shortcuts, total + len(batches)
    assert taken > 0.7 * total


def test_an_event_older_than_the_last_applied_is_left_to_derive() -> None:
    h = founded(BEN)
    late = h.submit(BEN, [ANN], module=MODULE, version=1, meta={"clock": 1})
    early_state = derive(h.group, [e for e in h.events if e.id != late.id])
    assert not extend(early_state, [late])


def test_a_copy_of_an_applied_event_is_skipped_and_a_forgery_refused() -> None:
    h = founded(BEN)
    state = derive(h.group, h.events)
    confirm = h.events[-1]
    assert extend(state, [confirm])  # the same event again: nothing to do
    forged = h.add(BEN, Kind.MEMBER_CONFIRMED, dict(confirm.payload), clock=confirm.clock,
                   at=confirm.at, event_id=confirm.id, keep=False)
    assert not extend(state, [forged])


def test_a_second_author_of_a_module_is_left_to_derive() -> None:
    h = founded(BEN, founder=ANN)
    h.submit(BEN, [ANN], module=MODULE, version=1)
    state = derive(h.group, h.events)
    claim = h.submit(ANN, [BEN], module=MODULE, version=2)
    assert not extend(state, [claim])
    assert MODULE in derive(h.group, h.events).disputed
