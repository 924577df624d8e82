"""Review state: submissions, verdicts, approvals, reassigning and withdrawing."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest

from review.events import Kind
from review.state import (
    Policy,
    RequestState,
    Verdict,
)

from .history import (
    ANN,
    BEN,
    CEM,
    DIA,
    EVE,
    MODULE,
    Person,
    assert_ignored,
    founded,
    sha,
)


# -- submissions --------------------------------------------------------------------------------
def test_a_submission_opens_a_request_in_review_with_its_reviewers() -> None:
    h = founded(BEN, CEM)
    sub = h.submit(ANN, [BEN, CEM], note="First", review_by="2027-01-01")
    state = h.state()
    request = state.requests[sub.id]
    assert (request.state, request.version, request.author, request.title) == (
        RequestState.IN_REVIEW, 1, ANN.email, "Check a link")
    assert request.due == dt.date(2026, 3, 9) and request.review_by == dt.date(2027, 1, 1)
    assert [a.reviewer for a in request.active_reviewers()] == [BEN.email, CEM.email]
    assert request.submitted_at == sub.at and request.note == "First"
    review = state.modules[MODULE]
    assert review.author == ANN.email and review.latest is request
    assert [e.summary for e in review.audit] == [
        "submitted version 1 to ben@example.com, cem@example.com"]
    assert state.open_assignments(BEN.email) == 1 and state.last_assigned(BEN.email) == sub.at


def test_a_submission_without_reviewers_is_ignored() -> None:
    h = founded(BEN)
    assert_ignored(h, h.submit(ANN, [], meta={"keep": False}), "at least one reviewer")


def test_a_submission_to_someone_who_is_not_a_confirmed_member_is_ignored() -> None:
    h = founded(BEN)
    h.join(EVE)
    assert_ignored(h, h.submit(ANN, [BEN, EVE], meta={"keep": False}),
                   "reviewer eve@example.com is not a confirmed member")
    stranger = Person("zed@example.com", "Zed")
    assert_ignored(h, h.submit(ANN, [stranger], meta={"keep": False}), "not a confirmed member")


def test_an_author_cannot_name_themselves_as_reviewer() -> None:
    h = founded(BEN)
    assert_ignored(h, h.submit(ANN, [BEN, ANN], meta={"keep": False}), "own module")


def test_a_module_submitted_by_two_people_is_set_aside_whatever_the_clocks_say() -> None:
    # Ben claims Ann's module (ids are visible to every member); with a clock that sorts
    # his claim before her submission or after it, the outcome is the same: neither counts.
    for delta in (0, 50):
        h = founded(BEN, CEM)
        first = h.submit(ANN, [BEN])
        h.submit(BEN, [CEM], version=2, meta={"clock": first.clock + delta})
        state = h.state()
        assert first.id not in state.requests and MODULE not in state.modules
        assert {w.message for w in state.warnings} == {
            "several people submitted this module; it is set aside until a lead sorts it out"}


@pytest.mark.parametrize("version", [1, 2])
def test_a_version_that_does_not_increase_is_ignored(version: int) -> None:
    h = founded(BEN)
    h.submit(ANN, [BEN], version=1)
    h.submit(ANN, [BEN], version=2)
    event = h.submit(ANN, [BEN], version=version, meta={"keep": False})
    assert_ignored(h, event, f"version {version} was already submitted")


@pytest.mark.parametrize(("meta", "over", "phrase"), [
    ({"version": 0}, {}, "needs a module and a version"),
    ({"module": None}, {}, "needs a module and a version"),
    ({}, {"snapshot": "not-a-hash"}, "not a sha256"),
    ({}, {"snapshot": "A" * 64}, "not a sha256"),
    ({}, {"due": "next week"}, "not a date"),
    ({}, {"review_by": "2027-13-01"}, "not a date"),
    ({}, {"reviewers": "ben@example.com"}, "not a list of email addresses"),
    ({}, {"title": ""}, "“title” is missing"),
    ({}, {"title": "x" * 301}, "“title” is longer than 300"),
    ({}, {"note": "x" * 20_001}, "“note” is longer than 20000"),
])
def test_a_malformed_first_submission_is_ignored_and_leaves_no_module_behind(
        meta: dict[str, Any], over: dict[str, Any], phrase: str) -> None:
    h = founded(BEN)
    version = meta.get("version", 1)
    module = meta.get("module", MODULE)
    payload = {"snapshot": sha("v1"), "title": "Check a link", "note": "",
               "reviewers": [BEN.email], "due": "2026-03-09", "review_by": None, **over}
    event = h.add(ANN, Kind.SUBMITTED, payload, module=module, version=version, keep=False)
    state = assert_ignored(h, event, phrase)
    assert not state.modules and not state.requests
    h.events.append(event)
    h.submit(ANN, [BEN])  # a correct submission after it still works
    assert h.state().modules[MODULE].latest.version == 1


def test_a_malformed_later_version_leaves_the_earlier_one_in_review() -> None:
    h = founded(BEN)
    first = h.submit(ANN, [BEN])
    event = h.submit(ANN, [BEN], version=2, note="x" * 20_001, meta={"keep": False})
    state = assert_ignored(h, event, "“note” is longer")
    assert state.requests[first.id].state is RequestState.IN_REVIEW
    assert not state.requests[first.id].superseded


def test_a_new_version_supersedes_an_earlier_one_still_in_review() -> None:
    h = founded(BEN)
    first = h.submit(ANN, [BEN])
    h.verdict(BEN, first, "request_changes")
    second = h.submit(ANN, [BEN], version=2, title="Check a link first")
    state = h.state()
    assert state.requests[first.id].state is RequestState.SUPERSEDED
    assert state.requests[second.id].state is RequestState.IN_REVIEW
    assert state.modules[MODULE].title == "Check a link first"
    assert state.modules[MODULE].latest.id == second.id


def test_an_approved_or_withdrawn_version_stays_so_when_a_newer_one_is_submitted() -> None:
    h = founded(BEN)
    first = h.submit(ANN, [BEN])
    h.verdict(BEN, first, "approve")
    second = h.submit(ANN, [BEN], version=2)
    h.on_request(ANN, Kind.WITHDRAWN, second)
    third = h.submit(ANN, [BEN], version=3)
    state = h.state()
    assert state.requests[first.id].state is RequestState.APPROVED
    assert state.requests[second.id].state is RequestState.WITHDRAWN
    assert state.requests[third.id].state is RequestState.IN_REVIEW
    assert state.modules[MODULE].approved().id == first.id  # what an admin exports


# -- verdicts -----------------------------------------------------------------------------------
def test_an_author_cannot_approve_their_own_module() -> None:
    h = founded(BEN)
    sub = h.submit(ANN, [BEN])
    state = assert_ignored(h, h.verdict(ANN, sub, "approve", keep=False), "own module")
    assert state.requests[sub.id].state is RequestState.IN_REVIEW


def test_a_verdict_from_someone_not_assigned_is_ignored() -> None:
    h = founded(BEN, CEM)
    sub = h.submit(ANN, [BEN])
    assert_ignored(h, h.verdict(CEM, sub, "approve", keep=False),
                   "cem@example.com is not assigned to review version 1")


def test_a_verdict_on_a_superseded_version_is_ignored() -> None:
    h = founded(BEN)
    first = h.submit(ANN, [BEN])
    h.submit(ANN, [BEN], version=2)
    assert_ignored(h, h.verdict(BEN, first, "approve", keep=False),
                   "version 1 was replaced by a newer version")


def test_a_verdict_that_is_not_one_or_on_an_unknown_request_is_ignored() -> None:
    h = founded(BEN)
    sub = h.submit(ANN, [BEN])
    assert_ignored(h, h.verdict(BEN, sub, "love it", keep=False), "is not a verdict")
    unknown = h.add(BEN, Kind.VERDICT, {"request": str(uuid.uuid4()), "verdict": "approve"},
                    keep=False)
    assert_ignored(h, unknown, "request this group does not have")
    garbled = h.add(BEN, Kind.VERDICT, {"request": "not-a-uuid", "verdict": "approve"},
                    keep=False)
    assert_ignored(h, garbled, "request this group does not have")


def test_a_verdict_with_an_overlong_note_is_ignored_entirely() -> None:
    h = founded(BEN)
    sub = h.submit(ANN, [BEN])
    event = h.verdict(BEN, sub, "approve", note="x" * 20_001, keep=False)
    state = assert_ignored(h, event, "“note” is longer")
    assert state.requests[sub.id].reviewers[BEN.email].verdict is None


def test_the_latest_verdict_of_each_reviewer_wins() -> None:
    h = founded(BEN)
    sub = h.submit(ANN, [BEN])
    h.verdict(BEN, sub, "approve")
    h.verdict(BEN, sub, "request_changes", note="One more thing")
    request = h.state().requests[sub.id]
    assert request.state is RequestState.CHANGES_REQUESTED
    assert request.reviewers[BEN.email].note == "One more thing"
    last = h.verdict(BEN, sub, "approve")
    request = h.state().requests[sub.id]
    assert request.state is RequestState.APPROVED
    assert request.reviewers[BEN.email].verdict_at == last.at


def test_a_comment_verdict_does_not_clear_an_earlier_approval() -> None:
    h = founded(BEN)
    sub = h.submit(ANN, [BEN])
    approval = h.verdict(BEN, sub, "approve")
    h.verdict(BEN, sub, "comment", note="Nice")
    assignment = h.state().requests[sub.id].reviewers[BEN.email]
    assert (assignment.verdict, assignment.verdict_at) == (Verdict.APPROVE, approval.at)
    assert h.state().requests[sub.id].state is RequestState.APPROVED


def test_a_comment_verdict_alone_leaves_the_request_in_review() -> None:
    h = founded(BEN)
    sub = h.submit(ANN, [BEN])
    h.verdict(BEN, sub, "comment")
    request = h.state().requests[sub.id]
    assert request.reviewers[BEN.email].verdict is Verdict.COMMENT
    assert request.state is RequestState.IN_REVIEW and request.approvals() == 0


def test_a_version_needs_as_many_approvals_as_the_policy_asks() -> None:
    h = founded(BEN, CEM, policy=Policy(approvals=2))
    sub = h.submit(ANN, [BEN, CEM])
    h.verdict(BEN, sub, "approve")
    assert h.state().requests[sub.id].state is RequestState.IN_REVIEW
    h.verdict(CEM, sub, "approve")
    assert h.state().requests[sub.id].state is RequestState.APPROVED
    assert h.state().open_assignments(BEN.email) == 0


def test_a_reviewer_who_asked_for_changes_owes_no_verdict_until_the_next_version() -> None:
    h = founded(BEN, CEM)
    sub = h.submit(ANN, [BEN])
    assert h.state().open_assignments(BEN.email) == 1
    h.verdict(BEN, sub, "request_changes")
    assert h.state().requests[sub.id].state is RequestState.CHANGES_REQUESTED
    assert h.state().open_assignments(BEN.email) == 0  # the author has the next move


def test_an_open_blocking_thread_holds_back_approval_until_resolved() -> None:
    h = founded(BEN, CEM)
    sub = h.submit(ANN, [BEN])
    h.comment(CEM, sub, "Not blocking")
    blocker = h.comment(BEN, sub, "Wrong number", blocking=True)
    h.verdict(BEN, sub, "approve")
    state = h.state()
    assert state.requests[sub.id].state is RequestState.IN_REVIEW
    assert [t.id for t in state.open_blocking(MODULE)] == [blocker.id]
    h.on_thread(ANN, Kind.RESOLVED, blocker)
    assert h.state().requests[sub.id].state is RequestState.APPROVED
    h.on_thread(BEN, Kind.REOPENED, blocker)
    assert h.state().requests[sub.id].state is RequestState.IN_REVIEW


def test_a_blocking_thread_on_a_later_version_does_not_unapprove_an_earlier_one() -> None:
    h = founded(BEN)
    first = h.submit(ANN, [BEN])
    h.verdict(BEN, first, "approve")
    second = h.submit(ANN, [BEN], version=2)
    h.comment(BEN, second, "Broken", blocking=True)
    h.verdict(BEN, second, "approve")
    state = h.state()
    assert state.requests[first.id].state is RequestState.APPROVED
    assert state.requests[second.id].state is RequestState.IN_REVIEW
    assert state.open_blocking(MODULE, 1) == []


# -- reassigning and withdrawing ----------------------------------------------------------------
def test_a_lead_reassigns_and_the_removed_reviewers_verdict_stops_counting() -> None:
    h = founded(BEN, CEM, DIA)
    sub = h.submit(ANN, [BEN, CEM])
    h.verdict(CEM, sub, "approve")
    assert h.state().requests[sub.id].state is RequestState.APPROVED
    h.on_request(ANN, Kind.REASSIGNED, sub, add=[DIA.email], remove=[CEM.email])
    request = h.state().requests[sub.id]
    assert [a.reviewer for a in request.active_reviewers()] == [BEN.email, DIA.email]
    assert request.approvals() == 0 and request.state is RequestState.IN_REVIEW
    assert_ignored(h, h.verdict(CEM, sub, "approve", keep=False), "not assigned")
    h.verdict(DIA, sub, "approve")
    assert h.state().requests[sub.id].state is RequestState.APPROVED


def test_a_reviewer_added_again_starts_without_a_verdict() -> None:
    h = founded(BEN, CEM)
    sub = h.submit(ANN, [BEN, CEM])
    h.verdict(CEM, sub, "request_changes")
    h.on_request(ANN, Kind.REASSIGNED, sub, add=[], remove=[CEM.email])
    h.on_request(ANN, Kind.REASSIGNED, sub, add=[CEM.email], remove=[])
    cem = h.state().requests[sub.id].reviewers[CEM.email]
    assert cem.active and cem.verdict is None


def test_only_a_lead_reassigns() -> None:
    h = founded(BEN, CEM)
    sub = h.submit(ANN, [BEN])
    event = h.on_request(BEN, Kind.REASSIGNED, sub, add=[CEM.email], remove=[BEN.email],
                         keep=False)
    assert_ignored(h, event, "not a lead")


def test_a_reassignment_cannot_add_the_author_or_someone_unconfirmed() -> None:
    h = founded(BEN, CEM)
    h.role(ANN, CEM, "lead")
    sub = h.submit(ANN, [BEN])
    h.join(EVE)
    to_author = h.on_request(CEM, Kind.REASSIGNED, sub, add=[ANN.email], remove=[], keep=False)
    assert_ignored(h, to_author, "own module")
    to_eve = h.on_request(CEM, Kind.REASSIGNED, sub, add=[EVE.email], remove=[BEN.email],
                          keep=False)
    assert_ignored(h, to_eve, "not a confirmed member")


def test_a_closed_request_cannot_be_reassigned_or_judged() -> None:
    h = founded(BEN, CEM)
    sub = h.submit(ANN, [BEN])
    h.on_request(ANN, Kind.WITHDRAWN, sub, note="Not ready")
    assert h.state().requests[sub.id].state is RequestState.WITHDRAWN
    event = h.on_request(ANN, Kind.REASSIGNED, sub, add=[CEM.email], remove=[], keep=False)
    assert_ignored(h, event, "the request is closed")
    assert_ignored(h, h.verdict(BEN, sub, "approve", keep=False), "the request is closed")


def test_only_the_author_withdraws_a_submission() -> None:
    h = founded(BEN)
    sub = h.submit(ANN, [BEN])
    assert_ignored(h, h.on_request(BEN, Kind.WITHDRAWN, sub, keep=False),
                   "only the author withdraws")
