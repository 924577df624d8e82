"""The roster's rules and the readers every rule uses on an event's payload.

The rules: founding, joining, confirming, roles, away, policy; `review.state.derive` applies
them. A rule that an event breaks raises `Ignored` with the reason users read in the sync
report.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from review.events import Event
from review.model import EMAIL, AuditEntry, GroupState, Member, Policy, Role


class Ignored(Exception):  # noqa: N818 - control flow inside derive only
    """An event that breaks a rule."""


def on_found(state: GroupState, e: Event) -> None:
    if state.founded:
        raise Ignored("the group was already founded (a second founding event)")
    if e.id != e.group:
        raise Ignored("a founding event must carry the group's own id")
    p = e.payload
    name = read_text(p, "name", 200)
    policy = read_policy(p.get("policy", {}))
    founder = read_text(p, "founder_name", 200)
    state.name, state.policy, state.founded = name, policy, True
    state.members[e.actor] = Member(email=e.actor, name=founder, key=e.key, role=Role.LEAD,
                                    confirmed=True, keys={e.key}, joined_at=e.at)
    state.roster_audit.append(AuditEntry(e.at, e.actor, e.kind, None,
                                         f"founded the group “{name}”", e.id))


def on_joined(state: GroupState, e: Event) -> None:
    if not EMAIL.match(e.actor):
        raise Ignored(f"“{e.actor}” is not an email address")
    name = read_text(e.payload, "name", 200)
    member = state.members.get(e.actor)
    if member is None:
        member = state.members[e.actor] = Member(email=e.actor, name=name, key=e.key,
                                                 joined_at=e.at)
    elif not member.confirmed or e.key in member.keys:
        member.name = name or member.name
        member.key = e.key
    # Otherwise a new laptop, or an impostor: the member stays as confirmed (name and key);
    # the new key is a separate claim, waiting until a lead compares its fingerprint.
    claim = member.confirmed and e.key not in member.keys
    member.offered.add(e.key)
    state.roster_audit.append(AuditEntry(e.at, e.actor, e.kind, None,
                                         "another key claimed this email" if claim
                                         else "asked to join", e.id))


def lead_only(state: GroupState, e: Event) -> None:
    if not state.is_lead(e.actor):
        raise Ignored(f"{e.actor} is not a lead of the group")


def on_confirmed(state: GroupState, e: Event, _pending: bool) -> None:
    lead_only(state, e)
    email = read_email(e.payload, "email")
    member = state.members.get(email)
    key = read_text(e.payload, "key", 100)
    if member is None:
        raise Ignored(f"{email} has not asked to join")
    if member.confirmed and key not in member.keys:
        member.replaced_by.setdefault(key, e.actor)
    member.confirmed = True
    member.keys.add(key)
    member.key = key  # the key a lead confirmed last is the one shown
    state.roster_audit.append(AuditEntry(e.at, e.actor, e.kind, None, f"confirmed {email}", e.id))


def on_role(state: GroupState, e: Event, _pending: bool) -> None:
    lead_only(state, e)
    email = read_email(e.payload, "email")
    try:
        role = Role(e.payload.get("role"))
    except ValueError:
        raise Ignored(f"“{e.payload.get('role')}” is not a role") from None
    member = state.member(email)
    if member is None:
        raise Ignored(f"{email} is not a confirmed member")
    leads = [m for m in state.members.values() if m.confirmed and m.role is not Role.MEMBER]
    if role is Role.MEMBER and leads == [member]:
        raise Ignored("the group would have no lead left")
    member.role = role
    state.roster_audit.append(AuditEntry(e.at, e.actor, e.kind, None,
                                         f"made {email} {role.value}", e.id))


def on_away(state: GroupState, e: Event, _pending: bool) -> None:
    email = read_email(e.payload, "email")
    if email != e.actor:
        lead_only(state, e)
    member = state.member(email)
    if member is None:
        raise Ignored(f"{email} is not a confirmed member")
    away = e.payload.get("away")
    if not isinstance(away, bool):
        raise Ignored("its “away” is not true or false")
    member.away = away
    state.roster_audit.append(AuditEntry(
        e.at, e.actor, e.kind, None, f"{email} is {'away' if member.away else 'back'}", e.id))


def on_policy_set(state: GroupState, e: Event, _pending: bool) -> None:
    lead_only(state, e)
    state.policy = read_policy(e.payload)
    state.roster_audit.append(AuditEntry(e.at, e.actor, e.kind, None, "changed the policy", e.id))


def read_text(data: Mapping[str, Any], name: str, limit: int, *, required: bool = True) -> str:
    value = data.get(name, None if required else "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise Ignored(f"its “{name}” is missing")
    if len(value) > limit:
        raise Ignored(f"its “{name}” is longer than {limit} characters")
    return value


def read_email(data: Mapping[str, Any], name: str) -> str:
    value = read_text(data, name, 320).strip().lower()
    if not EMAIL.match(value):
        raise Ignored(f"its “{name}” is not an email address")
    return value


def read_emails(data: Mapping[str, Any], name: str) -> list[str]:
    values = data.get(name, [])
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise Ignored(f"its “{name}” is not a list of email addresses")
    return list(dict.fromkeys(v.strip().lower() for v in values))


def read_policy(data: Any) -> Policy:  # noqa: ANN401 - JSON from an event
    if not isinstance(data, dict):
        raise Ignored("its policy is not an object")
    try:
        return Policy.from_dict(data)
    except ValueError as exc:
        raise Ignored(str(exc)) from None
