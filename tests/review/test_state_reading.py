"""Review state: duplicates, other groups, causal order, and any order giving one state."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from review.events import Event, Kind
from review.state import (
    GroupState,
    RequestState,
    derive,
)

from .history import (
    ANN,
    BEN,
    MODULE,
    T0,
    History,
    Person,
    assert_ignored,
    content,
    founded,
)


# -- reading: duplicates, other groups, order ---------------------------------------------------
def test_the_same_event_read_twice_counts_once() -> None:
    h = founded(BEN)
    sub = h.submit(ANN, [BEN])
    reply_to = h.comment(BEN, sub)
    h.on_thread(ANN, Kind.REPLIED, reply_to, text="Once")
    once = h.state()
    twice = derive(h.group, [*h.events, *reversed(h.events)])
    assert content(twice) == content(once) and not twice.warnings
    assert len(twice.threads[reply_to.id].comments) == 2


def test_two_different_events_with_one_id_are_both_ignored_in_any_order() -> None:
    h = founded(BEN)
    sub = h.submit(ANN, [BEN])
    first = h.verdict(BEN, sub, "approve", keep=False)
    second = h.add(BEN, Kind.VERDICT, {"request": str(sub.id), "verdict": "request_changes"},
                   clock=first.clock, at=first.at, module=MODULE, version=1,
                   event_id=first.id, keep=False)
    one = derive(h.group, [*h.events, first, second])
    other = derive(h.group, [second, *h.events, first])
    assert content(one) == content(other) and one.warnings == other.warnings
    assert one.requests[sub.id].reviewers[BEN.email].verdict is None
    assert [(w.event, w.message) for w in one.warnings] == [
        (first.id, "two different events carry this id; both are ignored")]


def test_events_of_another_group_are_left_out() -> None:
    # The sync refuses such a file and reports it ("it belongs to another group"); derive
    # itself skips it quietly, so the state is the same and no warning repeats the report.
    h = founded(BEN)
    elsewhere = h.away(BEN, BEN, group=uuid.uuid4(), keep=False)
    before, after = h.state(), derive(h.group, [*h.events, elsewhere])
    assert content(after) == content(before) and after.warnings == before.warnings == []


def test_derive_reads_every_kind_of_event() -> None:
    from review.state import _HANDLERS

    assert set(Kind) - set(_HANDLERS) == {Kind.GROUP_CREATED, Kind.MEMBER_JOINED}


def test_lamport_order_beats_wall_clock_order() -> None:
    h = founded(BEN)
    sub = h.submit(ANN, [BEN], meta={"clock": 10, "at": T0 + dt.timedelta(days=3)})
    # Ben's laptop clock is a day behind; his verdict still comes after what he had seen.
    h.verdict(BEN, sub, "approve", clock=11, at=T0 + dt.timedelta(days=2))
    state = h.state()
    assert state.requests[sub.id].state is RequestState.APPROVED and not state.warnings
    assert state.clock == 11


def test_a_lower_clock_applies_first_even_when_written_later() -> None:
    h = founded(BEN)
    first = h.submit(ANN, [BEN], meta={"clock": 10})
    h.verdict(BEN, first, "approve", clock=11, at=T0 + dt.timedelta(days=30))
    h.submit(ANN, [BEN], version=2, meta={"clock": 12, "at": T0 + dt.timedelta(days=1)})
    state = h.state()
    assert state.requests[first.id].state is RequestState.APPROVED and not state.warnings


def test_events_with_equal_clocks_are_ordered_by_time() -> None:
    h = founded(BEN)
    first = h.submit(ANN, [BEN], meta={"clock": 10, "at": T0 + dt.timedelta(days=1)})
    late = h.verdict(BEN, first, "approve", clock=11, at=T0 + dt.timedelta(days=2),
                     keep=False)
    h.submit(ANN, [BEN], version=2, meta={"clock": 11, "at": T0 + dt.timedelta(days=1)})
    assert_ignored(h, late, "replaced by a newer version")
    early = h.verdict(BEN, first, "approve", clock=11, at=T0 + dt.timedelta(hours=1))
    state = h.state()
    assert state.requests[first.id].reviewers[BEN.email].verdict_at == early.at


# -- any order, any duplicates: the same state --------------------------------------------------
POOL = [Person(f"p{i}@example.com", f"P{i}") for i in range(5)]
OUTSIDER = Person("mallory@example.com", "Mallory")


def scripted_history(seed: int) -> tuple[History, frozenset[uuid.UUID]]:
    """A realistic history: a founded group, submissions, threads, verdicts, and mistakes."""
    rng = random.Random(seed)
    lead, *others = POOL
    members = rng.sample(others, rng.randint(2, 4))
    h = founded(*members, founder=lead)
    if len(members) < 4:
        h.join(next(p for p in others if p not in members))  # one left waiting
    people = [lead, *members]
    modules: dict[uuid.UUID, Person] = {}
    pending: set[uuid.UUID] = set()

    def meta() -> dict[str, Any]:
        concurrent = rng.random() < 0.2  # written without seeing the last event
        return {"clock": h.clock if concurrent else h.clock + 1,
                "at": T0 + dt.timedelta(minutes=rng.randint(0, 20_000))}

    for _ in range(rng.randint(8, 24)):
        state = h.state(frozenset(pending))
        requests = list(state.requests.values())
        threads = list(state.threads.values())
        who = rng.choice(people)
        roll = rng.random()
        if not requests or roll < 0.15:
            mine = [m for m, author in modules.items() if author == who]
            module = rng.choice(mine) if mine and rng.random() < 0.6 else uuid.uuid4()
            modules[module] = who
            review = state.modules.get(module)
            version = review.latest.version + 1 if review else 1
            pool = [p for p in people if p != who]
            h.submit(who, rng.sample(pool, rng.randint(1, 2)), module=module, version=version,
                     meta=meta())
        elif roll < 0.35:
            request = rng.choice(requests)
            event = h.on_request(who, rng.choice([Kind.COMMENTED, Kind.SUGGESTED]),
                                 _event(h, request.id),
                                 text="See here", blocking=rng.random() < 0.4,
                                 anchor={"page": 1, "quote": "pointer"},
                                 replacement="cursor", **meta())
            if rng.random() < 0.2:
                pending.add(event.id)
        elif roll < 0.45 and threads:
            thread = _event(h, rng.choice(threads).id)
            h.on_thread(who, Kind.REPLIED, thread, text="Agreed", **meta())
        elif roll < 0.6 and threads:
            thread = _event(h, rng.choice(threads).id)
            kind = rng.choice([Kind.RESOLVED, Kind.REOPENED, Kind.ACCEPTED, Kind.DECLINED])
            h.on_thread(who, kind, thread, reason="No", **meta())
        elif roll < 0.8:
            request = rng.choice(requests)
            reviewers = [a.reviewer for a in request.active_reviewers()]
            judge = next((p for p in people if p.email in reviewers and rng.random() < 0.8),
                         who)
            h.verdict(judge, _event(h, request.id),
                      rng.choice(["approve", "request_changes", "comment"]), **meta())
        elif roll < 0.85:
            h.policy(rng.choice([lead, who]), {"approvals": rng.randint(0, 2)}, **meta())
        elif roll < 0.9:
            h.on_request(who, rng.choice([Kind.WITHDRAWN, Kind.REASSIGNED]),
                         _event(h, rng.choice(requests).id),
                         add=[rng.choice(people).email], remove=[], **meta())
        else:
            victim = rng.choice(h.events[1:])  # not the founding: that would end the story
            mistake = rng.randrange(4)
            if mistake == 0:  # a stranger
                h.add(OUTSIDER, Kind.MEMBER_AWAY, {"email": OUTSIDER.email, "away": True},
                      **meta())
            elif mistake == 1:  # someone else's key
                h.add(who, Kind.MEMBER_AWAY, {"email": who.email, "away": True},
                      key=OUTSIDER.key, **meta())
            elif mistake == 2:  # a forged copy of an existing event's id
                h.add(OUTSIDER, victim.kind, dict(victim.payload), clock=victim.clock,
                      at=victim.at, module=victim.module, version=victim.version,
                      event_id=victim.id)
            else:  # before the founding
                h.add(who, Kind.MEMBER_AWAY, {"email": who.email, "away": True}, clock=0)
    return h, frozenset(pending)


def _event(h: History, event_id: uuid.UUID) -> Event:
    return next(e for e in h.events if e.id == event_id)


def summary(state: GroupState) -> dict[str, Any]:
    """What two states must share to be the same, in a form that ignores container order."""
    return {
        "group": (state.id, state.name, state.founded, state.policy, state.clock),
        "members": {m.email: (m.name, m.key, m.role, m.confirmed, m.away, frozenset(m.keys))
                    for m in state.members.values()},
        "requests": {r.id: (r.module, r.version, r.author, r.state, r.superseded, r.withdrawn,
                            r.published_at, {a.reviewer: (a.active, a.verdict, a.verdict_at,
                                                          a.note)
                                             for a in r.reviewers.values()})
                     for r in state.requests.values()},
        "threads": {t.id: (t.request, t.blocking, t.resolved, t.pending, t.suggestion,
                           tuple((c.id, c.author, c.text, c.pending) for c in t.comments))
                    for t in state.threads.values()},
        "modules": {m.id: (m.title, m.author, tuple(r.id for r in m.requests),
                           tuple(t.id for t in m.threads), tuple(m.audit))
                    for m in state.modules.values()},
        "roster_audit": tuple(state.roster_audit),
        "warnings": {(w.event, w.message) for w in state.warnings},
    }


@settings(max_examples=50, deadline=None)
@given(data=st.data())
def test_any_order_with_any_duplicates_derives_the_same_state(data: st.DataObject) -> None:
    h, pending = scripted_history(data.draw(st.integers(0, 2**32 - 1), label="seed"))
    expected = summary(h.state(pending))
    order = data.draw(st.permutations(range(len(h.events))), label="order")
    again = data.draw(st.lists(st.sampled_from(range(len(h.events))), max_size=15),
                      label="duplicated")
    shuffled = [h.events[i] for i in [*order, *again]]
    assert summary(derive(h.group, shuffled, pending)) == expected


def test_the_scripted_histories_are_realistic() -> None:
    # Guard the property test against testing nothing: its histories do reach the states.
    states = [h.state(p) for h, p in map(scripted_history, range(40))]
    reached = {r.state for s in states for r in s.requests.values()}
    assert {RequestState.IN_REVIEW, RequestState.APPROVED, RequestState.SUPERSEDED} <= reached
    assert any(t.pending for s in states for t in s.threads.values())
    assert any(t.resolved for s in states for t in s.threads.values())
    assert sum(len(s.warnings) for s in states) > 40
