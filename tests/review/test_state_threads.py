"""Review state: threads, suggestions, pending threads, publishing and staleness."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest

from review.events import Event, Kind
from review.state import (
    Policy,
    RequestState,
    add_months,
)

from .history import (
    ANN,
    BEN,
    CEM,
    DIA,
    MODULE,
    History,
    Person,
    assert_ignored,
    founded,
)


# -- threads and suggestions --------------------------------------------------------------------
def test_a_comment_opens_a_thread_that_collects_replies() -> None:
    h = founded(BEN)
    sub = h.submit(ANN, [BEN])
    opened = h.comment(BEN, sub, "Which number?", anchor={"page": 1, "quote": "desk"})
    reply = h.on_thread(ANN, Kind.REPLIED, opened, text="1234")
    thread = h.state().threads[opened.id]
    assert (thread.request, thread.version, thread.author) == (sub.id, 1, BEN.email)
    assert thread.anchor == {"page": 1, "quote": "desk"} and thread.is_open
    assert [(c.id, c.author, c.text) for c in thread.comments] == [
        (opened.id, BEN.email, "Which number?"), (reply.id, ANN.email, "1234")]
    assert h.state().modules[MODULE].threads == [thread]


def test_a_malformed_comment_or_reply_is_ignored() -> None:
    h = founded(BEN)
    sub = h.submit(ANN, [BEN])
    assert_ignored(h, h.comment(BEN, sub, "", keep=False), "“text” is missing")
    bad_anchor = h.on_request(BEN, Kind.COMMENTED, sub, text="Hm", anchor="page 1", keep=False)
    assert_ignored(h, bad_anchor, "anchor is not an object")
    opened = h.comment(BEN, sub)
    assert_ignored(h, h.on_thread(ANN, Kind.REPLIED, opened, keep=False), "“text” is missing")
    nowhere = h.add(ANN, Kind.REPLIED, {"thread": str(uuid.uuid4()), "text": "Hi"}, keep=False)
    assert_ignored(h, nowhere, "thread this group does not have")


def test_a_reviewer_suggests_replacement_text_for_a_quote() -> None:
    h = founded(BEN)
    sub = h.submit(ANN, [BEN])
    event = h.suggest(BEN, sub)
    thread = h.state().threads[event.id]
    assert (thread.suggestion, thread.replacement) == ("pending", "hold the pointer")
    assert thread.anchor["quote"] == "rest the mouse pointer" and thread.is_open


def test_an_author_cannot_suggest_to_themselves() -> None:
    h = founded(BEN)
    sub = h.submit(ANN, [BEN])
    assert_ignored(h, h.suggest(ANN, sub, keep=False), "do not suggest to themselves")


@pytest.mark.parametrize("anchor", [None, {}, {"page": 1}, {"page": 1, "quote": ""}])
def test_a_suggestion_without_a_quote_is_ignored(anchor: dict[str, Any] | None) -> None:
    h = founded(BEN)
    sub = h.submit(ANN, [BEN])
    assert_ignored(h, h.suggest(BEN, sub, anchor=anchor, keep=False), "must quote")


def test_the_author_accepts_a_suggestion_which_resolves_it() -> None:
    h = founded(BEN)
    sub = h.submit(ANN, [BEN])
    event = h.suggest(BEN, sub)
    h.on_thread(ANN, Kind.ACCEPTED, event)
    thread = h.state().threads[event.id]
    assert (thread.suggestion, thread.resolved) == ("accepted", True)
    assert h.state().modules[MODULE].audit[-1].summary == "accepted a suggestion"


def test_the_author_declines_a_suggestion_saying_why() -> None:
    h = founded(BEN)
    sub = h.submit(ANN, [BEN])
    event = h.suggest(BEN, sub)
    h.on_thread(ANN, Kind.DECLINED, event, reason="House style says rest")
    thread = h.state().threads[event.id]
    assert (thread.suggestion, thread.resolved) == ("declined", True)
    assert thread.decline_reason == "House style says rest"


def test_a_decline_with_an_overlong_reason_is_ignored_entirely() -> None:
    h = founded(BEN)
    sub = h.submit(ANN, [BEN])
    event = h.suggest(BEN, sub)
    decline = h.on_thread(ANN, Kind.DECLINED, event, reason="x" * 20_001, keep=False)
    state = assert_ignored(h, decline, "“reason” is longer")
    assert (state.threads[event.id].suggestion, state.threads[event.id].resolved) == (
        "pending", False)


def test_only_the_module_author_accepts_or_declines_and_only_suggestions() -> None:
    h = founded(BEN, CEM)
    h.role(ANN, CEM, "lead")
    sub = h.submit(ANN, [BEN])
    suggestion = h.suggest(BEN, sub)
    for who, kind in ((BEN, Kind.ACCEPTED), (CEM, Kind.DECLINED)):
        event = h.on_thread(who, kind, suggestion, reason="no", keep=False)
        assert_ignored(h, event, "only the module's author accepts or declines")
    comment = h.comment(BEN, sub)
    assert_ignored(h, h.on_thread(ANN, Kind.ACCEPTED, comment, keep=False),
                   "not a suggestion")


@pytest.mark.parametrize("who", [BEN, ANN, CEM], ids=["thread author", "module author", "lead"])
def test_a_thread_is_resolved_and_reopened_by_its_author_the_module_author_or_a_lead(
        who: Person) -> None:
    h = founded(BEN, CEM, DIA)
    h.role(ANN, CEM, "lead")
    sub = h.submit(ANN, [BEN])
    opened = h.comment(BEN, sub)
    h.on_thread(who, Kind.RESOLVED, opened)
    assert h.state().threads[opened.id].resolved
    h.on_thread(who, Kind.REOPENED, opened)
    assert h.state().threads[opened.id].is_open


def test_anyone_else_cannot_resolve_or_reopen_a_thread() -> None:
    h = founded(BEN, CEM)
    sub = h.submit(ANN, [BEN])
    opened = h.comment(BEN, sub)
    phrase = "only the thread's author, the module's author or a lead"
    assert_ignored(h, h.on_thread(CEM, Kind.RESOLVED, opened, keep=False), phrase)
    h.on_thread(BEN, Kind.RESOLVED, opened)
    assert_ignored(h, h.on_thread(CEM, Kind.REOPENED, opened, keep=False), phrase)


# -- pending threads ----------------------------------------------------------------------------
def test_pending_threads_are_marked_and_do_not_block_until_sent() -> None:
    h = founded(BEN)
    sub = h.submit(ANN, [BEN])
    blocker = h.comment(BEN, sub, "Wrong number", blocking=True)
    reply = h.on_thread(BEN, Kind.REPLIED, blocker, text="Call 1234 instead")
    h.verdict(BEN, sub, "approve")
    state = h.state(frozenset({blocker.id, reply.id}))
    thread = state.threads[blocker.id]
    assert thread.pending and [c.pending for c in thread.comments] == [True, True]
    assert state.open_blocking(MODULE) == []
    assert state.requests[sub.id].state is RequestState.APPROVED
    assert "commented" not in [e.kind for e in state.modules[MODULE].audit]
    sent = h.state()
    assert not sent.threads[blocker.id].pending
    assert sent.requests[sub.id].state is RequestState.IN_REVIEW


def test_ignoring_a_pending_suggestion_names_the_reason_too() -> None:
    h = founded(BEN)
    sub = h.submit(ANN, [BEN])
    event = h.suggest(ANN, sub, keep=False)
    assert_ignored(h, event, "do not suggest", pending=frozenset({event.id}))


# -- publishing and staleness -------------------------------------------------------------------
def approved_history() -> tuple[History, Event]:
    h = founded(BEN, CEM)
    h.role(ANN, CEM, "admin")
    sub = h.submit(ANN, [BEN])
    h.verdict(BEN, sub, "approve")
    return h, sub


def test_an_admin_publishes_the_approved_version() -> None:
    h, sub = approved_history()
    event = h.on_request(CEM, Kind.PUBLISHED, sub)
    state = h.state()
    request = state.requests[sub.id]
    assert request.state is RequestState.PUBLISHED
    assert (request.published_at, request.published_by) == (event.at, CEM.email)
    review = state.modules[MODULE]
    assert review.published() is request and review.approved() is None
    assert_ignored(h, h.on_request(ANN, Kind.WITHDRAWN, sub, keep=False),
                   "published version cannot be withdrawn")
    assert_ignored(h, h.verdict(BEN, sub, "request_changes", keep=False), "closed")


def test_a_lead_who_is_not_an_admin_cannot_publish() -> None:
    h, sub = approved_history()
    assert_ignored(h, h.on_request(ANN, Kind.PUBLISHED, sub, keep=False),
                   "ann@example.com is not an admin")


def test_a_version_not_approved_cannot_be_published() -> None:
    h = founded(BEN, CEM)
    h.role(ANN, CEM, "admin")
    sub = h.submit(ANN, [BEN])
    h.verdict(BEN, sub, "request_changes")
    assert_ignored(h, h.on_request(CEM, Kind.PUBLISHED, sub, keep=False),
                   "version 1 is not approved")


def published_on(day: dt.date, review_months: int = 12, **over: Any) -> History:
    h = founded(BEN, CEM, policy=Policy(review_months=review_months))
    h.role(ANN, CEM, "admin")
    sub = h.submit(ANN, [BEN], **over)
    h.verdict(BEN, sub, "approve")
    h.on_request(CEM, Kind.PUBLISHED, sub,
                 at=dt.datetime.combine(day, dt.time(15), tzinfo=dt.UTC))
    return h


def test_a_published_module_goes_stale_after_the_policys_review_months() -> None:
    h = published_on(dt.date(2026, 1, 31), review_months=1)
    state = h.state()
    review = state.modules[MODULE]
    assert review.review_by(state.policy) == dt.date(2026, 2, 28)
    assert not review.is_stale(state.policy, dt.date(2026, 2, 28))
    assert review.is_stale(state.policy, dt.date(2026, 3, 1))


def test_an_explicit_review_by_date_overrides_the_policy() -> None:
    h = published_on(dt.date(2026, 3, 10), review_months=12, review_by="2026-06-30")
    state = h.state()
    review = state.modules[MODULE]
    assert review.review_by(state.policy) == dt.date(2026, 6, 30)
    assert not review.is_stale(state.policy, dt.date(2026, 6, 30))
    assert review.is_stale(state.policy, dt.date(2026, 7, 1))


def test_a_module_is_not_stale_when_unpublished_or_a_newer_version_is_under_way() -> None:
    h = founded(BEN)
    h.submit(ANN, [BEN])
    state = h.state()
    assert state.modules[MODULE].review_by(state.policy) is None
    assert not state.modules[MODULE].is_stale(state.policy, dt.date(2099, 1, 1))
    h = published_on(dt.date(2026, 1, 10))
    h.submit(ANN, [BEN], version=2)
    state = h.state()
    assert not state.modules[MODULE].is_stale(state.policy, dt.date(2099, 1, 1))


def test_a_lead_sends_a_stale_module_back_to_review_for_its_author() -> None:
    h = published_on(dt.date(2026, 1, 10))
    state = h.state()
    published = state.modules[MODULE].published()
    event = h.submit(ANN, [BEN], version=2, kind=Kind.STALE_REVIEW,
                     snapshot=published.snapshot)
    request = h.state().requests[event.id]
    assert (request.author, request.version, request.state) == (
        ANN.email, 2, RequestState.IN_REVIEW)
    assert h.state().requests[published.id].state is RequestState.PUBLISHED
    assert h.state().modules[MODULE].audit[-1].summary.startswith("sent back to review")


def test_only_a_lead_sends_back_and_only_a_published_module() -> None:
    h = published_on(dt.date(2026, 1, 10))
    by_member = h.submit(BEN, [CEM], version=2, kind=Kind.STALE_REVIEW, meta={"keep": False})
    assert_ignored(h, by_member, "not a lead")
    h = founded(BEN)
    h.submit(ANN, [BEN])
    early = h.submit(ANN, [BEN], version=2, kind=Kind.STALE_REVIEW, meta={"keep": False})
    assert_ignored(h, early, "only a published module")


@pytest.mark.parametrize(("day", "months", "expected"), [
    (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
    (dt.date(2028, 1, 31), 1, dt.date(2028, 2, 29)),
    (dt.date(2028, 2, 29), 12, dt.date(2029, 2, 28)),
    (dt.date(2026, 3, 31), 1, dt.date(2026, 4, 30)),
    (dt.date(2026, 12, 15), 1, dt.date(2027, 1, 15)),
    (dt.date(2026, 11, 30), 3, dt.date(2027, 2, 28)),
    (dt.date(2026, 10, 31), 14, dt.date(2027, 12, 31)),
    (dt.date(2026, 5, 17), 0, dt.date(2026, 5, 17)),
    (dt.date(2026, 1, 1), 120, dt.date(2036, 1, 1)),
])
def test_add_months_keeps_the_day_or_takes_the_months_last(
        day: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(day, months) == expected
