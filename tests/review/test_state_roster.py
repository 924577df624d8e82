"""Review state: founding a group, joining, confirming, roles, away and policy."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from review.events import Kind
from review.state import (
    Policy,
    Role,
)

from .history import (
    ANN,
    BEN,
    CEM,
    EVE,
    T0,
    History,
    Person,
    assert_ignored,
    founded,
)


# -- founding -----------------------------------------------------------------------------------
def test_the_founder_becomes_a_confirmed_lead_of_a_named_group_with_its_policy() -> None:
    h = History()
    h.found(ANN, Policy(approvals=2, review_months=6))
    state = h.state()
    assert state.founded and state.name == "IT creators"
    assert state.policy == Policy(approvals=2, review_months=6)
    ann = state.member(ANN.email)
    assert ann is not None and ann.role is Role.LEAD and ann.keys == {ANN.public}
    assert state.is_lead(ANN.email)
    assert [a.summary for a in state.roster_audit] == ["founded the group “IT creators”"]
    assert not state.warnings


def test_a_second_founding_event_is_ignored() -> None:
    h = founded(BEN)
    second = h.add(BEN, Kind.GROUP_CREATED, {"name": "Taken over", "founder_name": "Ben"},
                   keep=False)
    state = assert_ignored(h, second, "already founded")
    assert state.name == "IT creators" and state.member(BEN.email).role is Role.MEMBER


def test_a_founding_event_without_the_groups_own_id_is_ignored() -> None:
    h = History()
    event = h.add(ANN, Kind.GROUP_CREATED, {"name": "IT creators", "founder_name": "Ann"},
                  keep=False)
    state = assert_ignored(h, event, "group's own id")
    assert not state.founded and not state.members


def test_a_founding_event_without_the_founders_name_founds_nothing() -> None:
    h = History()
    event = h.add(ANN, Kind.GROUP_CREATED, {"name": "IT creators"}, event_id=h.group,
                  keep=False)
    state = assert_ignored(h, event, "“founder_name” is missing")
    assert not state.founded and state.name == ""


def test_a_founding_event_with_a_policy_out_of_range_is_ignored() -> None:
    h = History()
    event = h.add(ANN, Kind.GROUP_CREATED, {"name": "IT creators", "founder_name": "Ann",
                                            "policy": {"approvals": 0}},
                  event_id=h.group, keep=False)
    assert not assert_ignored(h, event, "“approvals”").founded


def test_events_of_a_group_without_a_founding_event_are_ignored() -> None:
    h = History()
    assert_ignored(h, h.join(BEN, keep=False), "founding event is missing")


def test_events_ordered_before_the_founding_event_are_ignored() -> None:
    h = History()
    h.found(ANN, clock=5)
    early = h.join(BEN, clock=3, at=T0 + dt.timedelta(days=1), keep=False)
    assert_ignored(h, early, "founding event is missing")


# -- joining and confirming ---------------------------------------------------------------------
def test_a_joiner_waits_unconfirmed_until_a_lead_confirms_their_key() -> None:
    h = founded()
    h.join(BEN)
    waiting = h.state().members[BEN.email]
    assert (waiting.confirmed, waiting.key, waiting.keys) == (False, BEN.public, set())
    assert h.state().member(BEN.email) is None
    h.confirm(ANN, BEN)
    ben = h.state().member(BEN.email)
    assert ben is not None and ben.keys == {BEN.public} and ben.role is Role.MEMBER


def test_events_of_an_unconfirmed_member_are_ignored() -> None:
    h = founded()
    h.join(EVE)
    assert_ignored(h, h.away(EVE, EVE, keep=False), "not a confirmed member")


def test_a_confirmation_by_someone_who_is_not_a_lead_is_ignored() -> None:
    h = founded(BEN)
    h.join(EVE)
    state = assert_ignored(h, h.confirm(BEN, EVE, keep=False), "not a lead")
    assert not state.members[EVE.email].confirmed


def test_confirming_someone_who_never_asked_to_join_is_ignored() -> None:
    h = founded()
    assert_ignored(h, h.confirm(ANN, EVE, keep=False), "has not asked to join")


def test_a_join_from_something_that_is_not_an_email_is_ignored() -> None:
    h = founded()
    assert_ignored(h, h.join(Person("not-an-email", "X"), keep=False), "not an email address")


def test_a_members_new_laptop_key_needs_confirming_and_old_key_events_stay_valid() -> None:
    h = founded(BEN)
    laptop = BEN.new_laptop()
    h.join(laptop)
    ben = h.state().member(BEN.email)
    # Ben stays as confirmed; the new key is a separate claim until a lead compares it.
    assert ben is not None and ben.key == BEN.public and ben.keys == {BEN.public}
    assert ben.waiting_keys() == [laptop.public]
    assert h.state().roster_audit[-1].summary == "another key claimed this email"
    assert_ignored(h, h.away(laptop, BEN, keep=False), "key the roster does not hold")
    h.away(BEN, BEN)  # the old laptop still speaks for Ben
    assert h.state().member(BEN.email).away
    h.confirm(ANN, laptop)
    h.away(laptop, BEN, False)
    h.away(BEN, BEN, True)
    state = h.state()
    assert state.member(BEN.email).keys == {BEN.public, laptop.public}
    assert state.member(BEN.email).key == laptop.public  # the key confirmed last is shown
    assert state.member(BEN.email).away and not state.warnings


def test_an_event_signed_with_a_key_the_roster_does_not_hold_for_its_actor_is_ignored() -> None:
    h = founded(BEN)
    forged = h.away(BEN, BEN, key=EVE.key, keep=False)  # Eve writes as Ben
    assert_ignored(h, forged, f"key the roster does not hold for {BEN.email}")
    forged_lead = h.role(ANN, BEN, "admin", key=BEN.key, keep=False)  # Ben writes as Ann
    assert_ignored(h, forged_lead, "key the roster does not hold")


# -- roles, away, policy ------------------------------------------------------------------------
def test_a_lead_makes_a_member_admin_and_an_admin_may_set_roles_too() -> None:
    h = founded(BEN, CEM)
    h.role(ANN, BEN, "admin")
    h.role(BEN, CEM, "lead")
    state = h.state()
    assert state.member(BEN.email).role is Role.ADMIN and state.is_lead(BEN.email)
    assert state.member(CEM.email).role is Role.LEAD
    assert [a.summary for a in state.roster_audit[-2:]] == [
        "made ben@example.com admin", "made cem@example.com lead"]


def test_a_member_who_is_not_a_lead_cannot_set_roles() -> None:
    h = founded(BEN)
    assert_ignored(h, h.role(BEN, BEN, "lead", keep=False), "not a lead")


def test_the_last_lead_cannot_be_made_a_plain_member() -> None:
    h = founded(BEN)
    assert_ignored(h, h.role(ANN, ANN, "member", keep=False), "no lead left")
    h.role(ANN, BEN, "admin")
    h.role(BEN, ANN, "member")  # an admin counts as a lead: Ann may step down now
    state = h.state()
    assert state.member(ANN.email).role is Role.MEMBER and not state.warnings
    assert_ignored(h, h.role(BEN, BEN, "member", keep=False), "no lead left")


def test_an_unknown_role_or_an_unconfirmed_member_is_ignored() -> None:
    h = founded(BEN)
    h.join(EVE)
    assert_ignored(h, h.role(ANN, BEN, "owner", keep=False), "is not a role")
    assert_ignored(h, h.role(ANN, EVE, "lead", keep=False), "not a confirmed member")


def test_members_set_themselves_away_and_back() -> None:
    h = founded(BEN)
    h.away(BEN, BEN)
    assert h.state().member(BEN.email).away
    h.away(BEN, BEN, False)
    state = h.state()
    assert not state.member(BEN.email).away
    assert [a.summary for a in state.roster_audit[-2:]] == [
        "ben@example.com is away", "ben@example.com is back"]


def test_only_a_lead_sets_someone_else_away() -> None:
    h = founded(BEN, CEM)
    assert_ignored(h, h.away(BEN, CEM, keep=False), "not a lead")
    h.away(ANN, CEM)
    assert h.state().member(CEM.email).away
    h.join(EVE)
    assert_ignored(h, h.away(ANN, EVE, keep=False), "not a confirmed member")


def test_a_lead_sets_the_policy() -> None:
    h = founded(BEN)
    h.policy(ANN, Policy(approvals=2, reviewers=2, due_days=10, review_months=24).to_dict())
    assert h.state().policy == Policy(2, 2, 10, 24)


def test_a_member_who_is_not_a_lead_cannot_set_the_policy() -> None:
    h = founded(BEN)
    assert_ignored(h, h.policy(BEN, {"approvals": 3}, keep=False), "not a lead")


@pytest.mark.parametrize(("name", "value"), [
    ("approvals", 0), ("approvals", 11), ("approvals", "2"), ("approvals", True),
    ("reviewers", 0), ("reviewers", 11), ("due_days", 0), ("due_days", 91),
    ("due_days", 2.5), ("review_months", 0), ("review_months", 121), ("review_months", None),
])
def test_a_policy_value_out_of_range_is_ignored_naming_the_field(name: str, value: Any) -> None:
    h = founded(BEN)
    event = h.policy(ANN, {**Policy().to_dict(), name: value}, keep=False)
    assert_ignored(h, event, f"policy “{name}” must be a whole number")
