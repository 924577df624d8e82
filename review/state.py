"""A group's review state, derived from its events by one pure function.

`derive` sorts the events by their causal order (Lamport clock, then time, then id), drops
duplicate copies, and applies them one by one, checking every rule again as it reads: whose
key signed it, whether they may do what the event says. What breaks a rule is ignored and
reported in `warnings`; it never raises. The same events in any order, duplicated or not, give
the same state.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from review.events import Event, Kind
from review.model import (  # the state's parts, read from here by the rest of Kiem
    EMAIL,
    MAX_TEXT,
    OPEN_STATES,
    SHA256,
    Assignment,
    AuditEntry,
    Comment,
    GroupState,
    Member,
    ModuleReview,
    Policy,
    Request,
    RequestState,
    Role,
    Thread,
    Verdict,
    Warning,
    add_months,
    as_uuid,
)

__all__ = [
    "EMAIL", "MAX_TEXT", "OPEN_STATES", "SHA256", "AuditEntry", "Assignment", "Comment",
    "GroupState", "Member", "ModuleReview", "Policy", "Request", "RequestState", "Role",
    "Thread", "Verdict", "Warning", "add_months", "as_uuid", "derive",
]


MAX_CLOCK_STEP = 1_000_000  # how far one event's clock may run ahead of all applied before it


def derive(group: uuid.UUID, events: Iterable[Event],
           pending: frozenset[uuid.UUID] = frozenset(), founder_key: str | None = None,
           ) -> GroupState:
    """Return the group's state from its events (any order, duplicates allowed).

    `pending` names events of mine held back until I finish my review; they are applied
    (so I see my own threads) but marked pending. `founder_key` is the key of the founding
    event this workspace joined through (pinned then): another founding event is ignored.
    """
    state = GroupState(id=group)
    chosen = _one_per_id(state, [e for e in events if e.group == group], founder_key)
    _set_aside_disputed_modules(state, chosen)
    for event in sorted(chosen, key=lambda e: e.order):
        try:
            if event.clock > state.clock + MAX_CLOCK_STEP:
                # One writer cannot have seen a million events nobody else has: a clock that
                # leaps so far would leave no room for anyone's next event.
                raise _Ignored("its clock leaps too far ahead of the group's")
            _apply(state, event, event.id in pending)
        except _Ignored as why:
            state.warnings.append(Warning(event.id, event.actor, event.kind.value, str(why)))
            continue
        except (TypeError, ValueError, AttributeError, KeyError, OverflowError) as exc:
            state.warnings.append(Warning(event.id, event.actor, event.kind.value,
                                          f"its contents are malformed ({type(exc).__name__})"))
            continue
        state.clock = max(state.clock, event.clock)  # only applied events move the clock
    for review in state.modules.values():
        for request in review.requests:
            request.state = _request_state(state, review, request)
    return state


def _trusted_keys(events: list[Event], founder_key: str | None) -> set[str]:
    """Keys the roster could ever vouch for: the founder's, then those its leads confirmed.

    A cheap closure over confirmations signed by keys already trusted; it only decides which
    of two different events under one id to keep, the rules proper come later.
    """
    founders = [e for e in events if e.kind is Kind.GROUP_CREATED and e.id == e.group]
    trusted = {founder_key} if founder_key else {min(founders, key=lambda e: e.order).key} \
        if founders else set()
    confirmations = [e for e in events if e.kind is Kind.MEMBER_CONFIRMED]
    grew = True
    while grew:
        grew = False
        for e in confirmations:
            key = e.payload.get("key")
            if e.key in trusted and isinstance(key, str) and key not in trusted:
                trusted.add(key)
                grew = True
    return trusted


def _one_per_id(state: GroupState, events: list[Event],
                founder_key: str | None) -> list[Event]:
    """Drop duplicate copies; of different events under one id keep the trusted one.

    The one a trusted key signed is kept; when that does not single one out (forged, or
    damaged), all are set aside.
    """
    by_id: dict[uuid.UUID, dict[str, Event]] = {}
    for event in events:
        by_id.setdefault(event.id, {}).setdefault(event.signature, event)
    if all(len(copies) == 1 for copies in by_id.values()):
        chosen = [next(iter(copies.values())) for copies in by_id.values()]
    else:
        trusted = _trusted_keys(events, founder_key)
        chosen = []
        for event_id, copies in sorted(by_id.items()):
            versions = sorted(copies.values(), key=lambda e: e.signature)
            if len(versions) > 1:
                versions = [e for e in versions if e.key in trusted]
            if len(versions) == 1:
                chosen.append(versions[0])
            else:
                first = min(copies.values(), key=lambda e: e.signature)
                state.warnings.append(Warning(event_id, first.actor, first.kind.value,
                                              "two different events carry this id; "
                                              "both are ignored"))
    if founder_key is not None:
        fakes = [e for e in chosen if e.kind is Kind.GROUP_CREATED and e.key != founder_key]
        for e in fakes:
            state.warnings.append(Warning(e.id, e.actor, e.kind.value, "not the founding "
                                          "event this workspace joined through"))
        chosen = [e for e in chosen if e not in fakes]
    return chosen


def _set_aside_disputed_modules(state: GroupState, events: list[Event]) -> None:
    """Set aside a module whose submissions come from several people.

    A module has one author; a member claiming someone else's module makes it disputed, in
    any order of reading, and its submissions are ignored.
    """
    authors: dict[uuid.UUID, set[str]] = {}
    for e in events:
        if e.kind is Kind.SUBMITTED and e.module is not None:
            authors.setdefault(e.module, set()).add(e.actor)
    state.disputed = {m for m, who in authors.items() if len(who) > 1}


class _Ignored(Exception):  # noqa: N818 - control flow inside derive only
    """An event that breaks a rule."""


def _apply(state: GroupState, e: Event, pending: bool) -> None:
    if e.kind is Kind.GROUP_CREATED:
        _found(state, e)
        return
    if not state.founded:
        raise _Ignored("the group's founding event is missing")
    if e.kind is Kind.MEMBER_JOINED:
        _joined(state, e)
        return
    actor = state.member(e.actor)
    if actor is None:
        raise _Ignored(f"{e.actor} is not a confirmed member of the group")
    if e.key not in actor.keys:
        raise _Ignored(f"signed with a key the roster does not hold for {e.actor}")
    _HANDLERS[e.kind](state, e, pending)  # every other kind has one (a test holds it)


# -- the roster ---------------------------------------------------------------------------------
def _found(state: GroupState, e: Event) -> None:
    if state.founded:
        raise _Ignored("the group was already founded (a second founding event)")
    if e.id != e.group:
        raise _Ignored("a founding event must carry the group's own id")
    p = e.payload
    name = _text(p, "name", 200)
    policy = _policy(p.get("policy", {}))
    founder = _text(p, "founder_name", 200)
    state.name, state.policy, state.founded = name, policy, True
    state.members[e.actor] = Member(email=e.actor, name=founder, key=e.key, role=Role.LEAD,
                                    confirmed=True, keys={e.key}, joined_at=e.at)
    state.roster_audit.append(AuditEntry(e.at, e.actor, e.kind, None,
                                         f"founded the group “{name}”", e.id))


def _joined(state: GroupState, e: Event) -> None:
    if not EMAIL.match(e.actor):
        raise _Ignored(f"“{e.actor}” is not an email address")
    name = _text(e.payload, "name", 200)
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


def _lead_only(state: GroupState, e: Event) -> None:
    if not state.is_lead(e.actor):
        raise _Ignored(f"{e.actor} is not a lead of the group")


def _confirmed(state: GroupState, e: Event, _pending: bool) -> None:
    _lead_only(state, e)
    email = _email(e.payload, "email")
    member = state.members.get(email)
    key = _text(e.payload, "key", 100)
    if member is None:
        raise _Ignored(f"{email} has not asked to join")
    if member.confirmed and key not in member.keys:
        member.replaced_by.setdefault(key, e.actor)
    member.confirmed = True
    member.keys.add(key)
    member.key = key  # the key a lead confirmed last is the one shown
    state.roster_audit.append(AuditEntry(e.at, e.actor, e.kind, None, f"confirmed {email}", e.id))


def _role(state: GroupState, e: Event, _pending: bool) -> None:
    _lead_only(state, e)
    email = _email(e.payload, "email")
    try:
        role = Role(e.payload.get("role"))
    except ValueError:
        raise _Ignored(f"“{e.payload.get('role')}” is not a role") from None
    member = state.member(email)
    if member is None:
        raise _Ignored(f"{email} is not a confirmed member")
    leads = [m for m in state.members.values() if m.confirmed and m.role is not Role.MEMBER]
    if role is Role.MEMBER and leads == [member]:
        raise _Ignored("the group would have no lead left")
    member.role = role
    state.roster_audit.append(AuditEntry(e.at, e.actor, e.kind, None,
                                         f"made {email} {role.value}", e.id))


def _away(state: GroupState, e: Event, _pending: bool) -> None:
    email = _email(e.payload, "email")
    if email != e.actor:
        _lead_only(state, e)
    member = state.member(email)
    if member is None:
        raise _Ignored(f"{email} is not a confirmed member")
    away = e.payload.get("away")
    if not isinstance(away, bool):
        raise _Ignored("its “away” is not true or false")
    member.away = away
    state.roster_audit.append(AuditEntry(
        e.at, e.actor, e.kind, None, f"{email} is {'away' if member.away else 'back'}", e.id))


def _policy_set(state: GroupState, e: Event, _pending: bool) -> None:
    _lead_only(state, e)
    state.policy = _policy(e.payload)
    state.roster_audit.append(AuditEntry(e.at, e.actor, e.kind, None, "changed the policy", e.id))


# -- requests -----------------------------------------------------------------------------------
def _submitted(state: GroupState, e: Event, _pending: bool) -> None:
    if e.module is None or e.version is None or e.version < 1:
        raise _Ignored("a submission needs a module and a version")
    p = e.payload
    snapshot = _text(p, "snapshot", 64)
    if not SHA256.match(snapshot):
        raise _Ignored("its snapshot is not a sha256")
    if e.module in state.disputed:
        raise _Ignored("several people submitted this module; it is set aside until a "
                       "lead sorts it out")
    review = state.modules.get(e.module)
    author = e.actor
    if e.kind is Kind.STALE_REVIEW:
        _lead_only(state, e)
        if review is None or not any(r.published_at for r in review.requests):
            raise _Ignored("only a published module can be sent back to review")
        author = review.author
    elif review is not None and review.author != e.actor:
        raise _Ignored(f"only {review.author}, its author, submits this module")
    if review is not None and e.version <= review.latest.version:
        raise _Ignored(f"version {e.version} was already submitted")
    reviewers = _emails(p, "reviewers")
    for email in reviewers:
        if email == author:
            raise _Ignored("an author cannot review their own module")
        if state.member(email) is None:
            raise _Ignored(f"reviewer {email} is not a confirmed member")
    if not reviewers:
        raise _Ignored("a submission needs at least one reviewer")
    if review is not None and e.kind is Kind.SUBMITTED:
        dropped = [a.reviewer for a in review.latest.active_reviewers()
                   if a.reviewer not in reviewers and (m := state.member(a.reviewer))
                   and not m.away]
        if dropped:
            raise _Ignored(f"a new version goes to the same reviewers ({', '.join(dropped)} "
                           "left out); a lead reassigns")
    try:
        due = dt.date.fromisoformat(_text(p, "due", 10))
        review_by = dt.date.fromisoformat(p["review_by"]) if p.get("review_by") else None
    except (ValueError, TypeError):
        raise _Ignored("its due or review-by date is not a date") from None
    title, note = _text(p, "title", 300), _text(p, "note", MAX_TEXT, required=False)
    if review is None:
        review = ModuleReview(id=e.module, title="", author=author)
        state.modules[e.module] = review
    review.title = title
    for older in review.requests:
        if not older.superseded:  # approved before the new version came, it stays approved
            older.approved_when_superseded = \
                _request_state(state, review, older) is RequestState.APPROVED
            older.superseded = True
    request = Request(id=e.id, group=state.id, module=e.module, version=e.version, author=author,
                      submitted_by=e.actor, title=title, snapshot=snapshot, note=note, due=due,
                      submitted_at=e.at, review_by=review_by)
    for email in reviewers:
        request.reviewers[email] = Assignment(email, e.at)
    review.requests.append(request)
    state.requests[e.id] = request
    what = "sent back to review (stale)" if e.kind is Kind.STALE_REVIEW else "submitted"
    _audit(state, e, f"{what} version {e.version} to {', '.join(reviewers)}")


def _request(state: GroupState, e: Event) -> Request:
    try:
        request = state.requests.get(uuid.UUID(str(e.payload.get("request"))))
    except ValueError:
        request = None
    if request is None:
        raise _Ignored("it refers to a request this group does not have")
    return request


def _reassigned(state: GroupState, e: Event, _pending: bool) -> None:
    _lead_only(state, e)
    request = _request(state, e)
    if request.withdrawn or request.published_at:
        raise _Ignored("the request is closed")
    add, remove = _emails(e.payload, "add"), _emails(e.payload, "remove")
    for email in add:
        if email == request.author:
            raise _Ignored("an author cannot review their own module")
        if state.member(email) is None:
            raise _Ignored(f"reviewer {email} is not a confirmed member")
    for email in remove:
        if email in request.reviewers:
            request.reviewers[email].active = False
    for email in add:
        old = request.reviewers.get(email)
        if old is None or not old.active:
            request.reviewers[email] = Assignment(email, e.at)
    _audit(state, e, f"reassigned version {request.version}: +{', '.join(add) or '-'} "
                     f"−{', '.join(remove) or '-'}", request)


def _withdrawn(state: GroupState, e: Event, _pending: bool) -> None:
    request = _request(state, e)
    if e.actor != request.author:
        raise _Ignored("only the author withdraws a submission")
    if request.published_at:
        raise _Ignored("a published version cannot be withdrawn")
    request.withdrawn = True
    _audit(state, e, f"withdrew version {request.version}", request)


def _verdict(state: GroupState, e: Event, _pending: bool) -> None:
    request = _request(state, e)
    if e.actor == request.author:
        raise _Ignored("an author cannot approve or judge their own module")
    assignment = request.reviewers.get(e.actor)
    if assignment is None or not assignment.active:
        raise _Ignored(f"{e.actor} is not assigned to review version {request.version}")
    if state.members[e.actor].replaced_by.get(e.key) == request.author:
        raise _Ignored("signed with a new key the module's author confirmed for the reviewer; "
                       "an author cannot vouch for their own reviewer")
    try:
        verdict = Verdict(e.payload.get("verdict"))
    except ValueError:
        raise _Ignored(f"“{e.payload.get('verdict')}” is not a verdict") from None
    if request.withdrawn or request.published_at:
        raise _Ignored("the request is closed")
    if request.superseded:
        raise _Ignored(f"version {request.version} was replaced by a newer version")
    note = _text(e.payload, "note", MAX_TEXT, required=False)
    if verdict is not Verdict.COMMENT:
        assignment.verdict, assignment.verdict_at = verdict, e.at
    elif assignment.verdict is None:
        assignment.verdict, assignment.verdict_at = verdict, e.at
    assignment.note = note
    words = {Verdict.APPROVE: "approved", Verdict.REQUEST_CHANGES: "requested changes to",
             Verdict.COMMENT: "finished reviewing"}
    _audit(state, e, f"{words[verdict]} version {request.version}", request)


def _published(state: GroupState, e: Event, _pending: bool) -> None:
    member = state.member(e.actor)
    if member is None or member.role is not Role.ADMIN:
        raise _Ignored(f"{e.actor} is not an admin")
    request = _request(state, e)
    review = state.modules[request.module]
    if _request_state(state, review, request) is not RequestState.APPROVED:
        raise _Ignored(f"version {request.version} is not approved")
    request.published_at, request.published_by = e.at, e.actor
    _audit(state, e, f"published version {request.version}", request)


# -- threads ------------------------------------------------------------------------------------
def _opened(state: GroupState, e: Event, pending: bool) -> None:
    request = _request(state, e)
    anchor = e.payload.get("anchor")
    if anchor is not None and not isinstance(anchor, dict):
        raise _Ignored("its anchor is not an object")
    text = _text(e.payload, "text", MAX_TEXT, required=e.kind is Kind.COMMENTED)
    if request.withdrawn or request.published_at:
        raise _Ignored("the request is closed")
    blocking = e.payload.get("blocking", False)
    if not isinstance(blocking, bool):
        raise _Ignored("its “blocking” is not true or false")
    assigned = request.reviewers.get(e.actor)
    if blocking and not (assigned and assigned.active) and not state.is_lead(e.actor):
        raise _Ignored("only the assigned reviewers and leads hold a version back")
    thread = Thread(id=e.id, module=request.module, request=request.id,
                    version=request.version, author=e.actor, anchor=anchor,
                    blocking=blocking,
                    comments=[Comment(e.id, e.actor, e.at, text, pending)], pending=pending)
    if e.kind is Kind.SUGGESTED:
        if e.actor == request.author:
            raise _Ignored("authors edit their module; they do not suggest to themselves")
        if not anchor or not anchor.get("quote"):
            raise _Ignored("a suggestion must quote the text it replaces")
        thread.replacement = _text(e.payload, "replacement", MAX_TEXT, required=False)
        thread.suggestion = "pending"
    state.threads[e.id] = thread
    state.modules[request.module].threads.append(thread)
    if not pending:
        what = "suggested a change" if e.kind is Kind.SUGGESTED else "commented"
        _audit(state, e, f"{what} on version {request.version}"
                         f"{' (blocking)' if thread.blocking else ''}", request)


def _thread(state: GroupState, e: Event) -> Thread:
    try:
        thread = state.threads.get(uuid.UUID(str(e.payload.get("thread"))))
    except ValueError:
        thread = None
    if thread is None:
        raise _Ignored("it refers to a thread this group does not have")
    return thread


def _replied(state: GroupState, e: Event, pending: bool) -> None:
    thread = _thread(state, e)
    thread.comments.append(Comment(e.id, e.actor, e.at, _text(e.payload, "text", MAX_TEXT),
                                   pending))


def _resolution(state: GroupState, e: Event, _pending: bool) -> None:
    thread = _thread(state, e)
    author = state.modules[thread.module].author
    if e.actor not in (thread.author, author) and not state.is_lead(e.actor):
        raise _Ignored("only the thread's author, the module's author or a lead resolves it")
    thread.resolved = e.kind is Kind.RESOLVED
    _audit(state, e, f"{'resolved' if thread.resolved else 'reopened'} a thread",
           state.requests[thread.request])


def _answered(state: GroupState, e: Event, _pending: bool) -> None:
    thread = _thread(state, e)
    if e.actor != state.modules[thread.module].author:
        raise _Ignored("only the module's author accepts or declines a suggestion")
    if not thread.suggestion:
        raise _Ignored("the thread is not a suggestion")
    if e.kind is Kind.UNACCEPTED:
        if thread.suggestion != "accepted":
            raise _Ignored("the suggestion is not accepted, so there is nothing to take back")
        thread.suggestion, thread.resolved = "pending", False
        _audit(state, e, "took back accepting a suggestion (undone)",
               state.requests[thread.request])
        return
    if thread.suggestion != "pending":
        raise _Ignored(f"the suggestion was {thread.suggestion} already")
    if e.kind is Kind.ACCEPTED:
        thread.suggestion, thread.resolved = "accepted", True
    else:
        reason = _text(e.payload, "reason", MAX_TEXT, required=False)
        thread.suggestion, thread.resolved, thread.decline_reason = "declined", True, reason
    _audit(state, e, f"{thread.suggestion} a suggestion", state.requests[thread.request])


_HANDLERS = {
    Kind.MEMBER_CONFIRMED: _confirmed, Kind.MEMBER_ROLE: _role, Kind.MEMBER_AWAY: _away,
    Kind.POLICY_SET: _policy_set, Kind.SUBMITTED: _submitted, Kind.STALE_REVIEW: _submitted,
    Kind.REASSIGNED: _reassigned, Kind.WITHDRAWN: _withdrawn, Kind.VERDICT: _verdict,
    Kind.PUBLISHED: _published, Kind.COMMENTED: _opened, Kind.SUGGESTED: _opened,
    Kind.REPLIED: _replied, Kind.RESOLVED: _resolution, Kind.REOPENED: _resolution,
    Kind.ACCEPTED: _answered, Kind.DECLINED: _answered, Kind.UNACCEPTED: _answered,
}


def _request_state(state: GroupState, review: ModuleReview, r: Request) -> RequestState:
    if r.published_at is not None:
        return RequestState.PUBLISHED
    if r.withdrawn:
        return RequestState.WITHDRAWN
    if r.superseded and not r.approved_when_superseded:
        return RequestState.SUPERSEDED
    changes = any(a.verdict is Verdict.REQUEST_CHANGES for a in r.active_reviewers())
    if (r.approvals() >= state.policy.approvals and not changes  # a request for changes
            and not state.open_blocking(review.id, r.version)):  # holds approval back
        return RequestState.APPROVED
    if r.superseded:
        return RequestState.SUPERSEDED
    if changes:
        return RequestState.CHANGES_REQUESTED
    return RequestState.IN_REVIEW


# -- small readers ------------------------------------------------------------------------------
def _audit(state: GroupState, e: Event, summary: str, request: Request | None = None) -> None:
    module = request.module if request else e.module
    review = state.modules.get(module) if module else None
    if review is not None:
        version = request.version if request else e.version
        review.audit.append(AuditEntry(e.at, e.actor, e.kind.value, version, summary, e.id))


def _text(data: Mapping[str, Any], name: str, limit: int, *, required: bool = True) -> str:
    value = data.get(name, None if required else "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise _Ignored(f"its “{name}” is missing")
    if len(value) > limit:
        raise _Ignored(f"its “{name}” is longer than {limit} characters")
    return value


def _email(data: Mapping[str, Any], name: str) -> str:
    value = _text(data, name, 320).strip().lower()
    if not EMAIL.match(value):
        raise _Ignored(f"its “{name}” is not an email address")
    return value


def _emails(data: Mapping[str, Any], name: str) -> list[str]:
    values = data.get(name, [])
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise _Ignored(f"its “{name}” is not a list of email addresses")
    return list(dict.fromkeys(v.strip().lower() for v in values))


def _policy(data: Any) -> Policy:  # noqa: ANN401 - JSON from an event
    if not isinstance(data, dict):
        raise _Ignored("its policy is not an object")
    try:
        return Policy.from_dict(data)
    except ValueError as exc:
        raise _Ignored(str(exc)) from None
