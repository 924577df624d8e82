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
from collections.abc import Iterable

from review import roster
from review.events import Event, Kind, cached_uuid
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
from review.roster import Ignored, read_emails, read_text

__all__ = [
    "EMAIL", "MAX_TEXT", "OPEN_STATES", "SHA256", "AuditEntry", "Assignment", "Comment",
    "GroupState", "Member", "ModuleReview", "Policy", "Request", "RequestState", "Role",
    "Thread", "Verdict", "Warning", "add_months", "as_uuid", "derive", "extend",
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
    mine = [e for e in events if e.group == group]
    chosen = _one_per_id(state, mine, founder_key)  # notes whether two events share an id
    _set_aside_disputed_modules(state, chosen)
    _fold(state, sorted(chosen, key=lambda e: e.order), pending)
    return state


def extend(state: GroupState, events: Iterable[Event],
           pending: Iterable[uuid.UUID] = ()) -> bool:
    """Apply new events to a derived state in place, as `derive` would have; say whether it could.

    It can when every new event comes after all those applied (in causal order), carries an
    id not applied before (a copy of an applied event is skipped), founds nothing, and makes
    no module disputed; and when no two events under one id were ever read. Otherwise the
    state is left untouched and False says: derive afresh. Taking the shortcut gives exactly
    the state `derive` gives for all the events (a property test holds it).
    """
    fresh = {}
    for e in events:
        if e.group != state.id:
            continue
        signature = state.applied.get(e.id)
        if signature == e.signature:
            continue  # a copy of an event applied already
        if signature is not None or e.id in fresh and fresh[e.id].signature != e.signature:
            return False  # two different events under one id: derive decides between them
        fresh[e.id] = e
    new = sorted(fresh.values(), key=lambda e: e.order)
    if not new:
        return True
    if state.clashed or (state.last is not None and new[0].order <= state.last):
        return False
    if any(e.kind is Kind.GROUP_CREATED for e in new):
        return False
    submitters = {m: set(who) for m, who in state.submitters.items()}
    for e in new:
        if e.kind is Kind.SUBMITTED and e.module is not None:
            submitters.setdefault(e.module, set()).add(e.actor)
    if any(len(who) > 1 and m not in state.disputed for m, who in submitters.items()):
        return False
    state.submitters = submitters
    _fold(state, new, frozenset(pending))
    return True


def _fold(state: GroupState, events: list[Event], pending: frozenset[uuid.UUID]) -> None:
    """Apply events (in causal order, after all applied) and settle every request's state."""
    if events:
        state.last = events[-1].order
    for event in events:
        state.applied[event.id] = event.signature
        try:
            if event.clock > state.clock + MAX_CLOCK_STEP:
                # One writer cannot have seen a million events nobody else has: a clock that
                # leaps so far would leave no room for anyone's next event.
                raise Ignored("its clock leaps too far ahead of the group's")
            _apply(state, event, event.id in pending)
        except Ignored as why:
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
    state.clashed = any(len(copies) > 1 for copies in by_id.values())
    if not state.clashed:
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
    for e in events:
        if e.kind is Kind.SUBMITTED and e.module is not None:
            state.submitters.setdefault(e.module, set()).add(e.actor)
    state.disputed = {m for m, who in state.submitters.items() if len(who) > 1}


def _apply(state: GroupState, e: Event, pending: bool) -> None:
    if e.kind is Kind.GROUP_CREATED:
        roster.on_found(state, e)
        return
    if not state.founded:
        raise Ignored("the group's founding event is missing")
    if e.kind is Kind.MEMBER_JOINED:
        roster.on_joined(state, e)
        return
    actor = state.member(e.actor)
    if actor is None:
        raise Ignored(f"{e.actor} is not a confirmed member of the group")
    if e.key not in actor.keys:
        raise Ignored(f"signed with a key the roster does not hold for {e.actor}")
    _HANDLERS[e.kind](state, e, pending)  # every other kind has one (a test holds it)


# -- requests -----------------------------------------------------------------------------------
def _submitted(state: GroupState, e: Event, _pending: bool) -> None:
    if e.module is None or e.version is None or e.version < 1:
        raise Ignored("a submission needs a module and a version")
    p = e.payload
    snapshot = read_text(p, "snapshot", 64)
    if not SHA256.match(snapshot):
        raise Ignored("its snapshot is not a sha256")
    if e.module in state.disputed:
        raise Ignored("several people submitted this module; it is set aside until a "
                       "lead sorts it out")
    review = state.modules.get(e.module)
    author = e.actor
    if e.kind is Kind.STALE_REVIEW:
        roster.lead_only(state, e)
        if review is None or not any(r.published_at for r in review.requests):
            raise Ignored("only a published module can be sent back to review")
        author = review.author
    elif review is not None and review.author != e.actor:
        raise Ignored(f"only {review.author}, its author, submits this module")
    if review is not None and e.version <= review.latest.version:
        raise Ignored(f"version {e.version} was already submitted")
    reviewers = read_emails(p, "reviewers")
    for email in reviewers:
        if email == author:
            raise Ignored("an author cannot review their own module")
        if state.member(email) is None:
            raise Ignored(f"reviewer {email} is not a confirmed member")
    if not reviewers:
        raise Ignored("a submission needs at least one reviewer")
    if review is not None and e.kind is Kind.SUBMITTED:
        dropped = [a.reviewer for a in review.latest.active_reviewers()
                   if a.reviewer not in reviewers and (m := state.member(a.reviewer))
                   and not m.away]
        if dropped:
            raise Ignored(f"a new version goes to the same reviewers ({', '.join(dropped)} "
                           "left out); a lead reassigns")
    try:
        due = dt.date.fromisoformat(read_text(p, "due", 10))
        review_by = dt.date.fromisoformat(p["review_by"]) if p.get("review_by") else None
    except (ValueError, TypeError):
        raise Ignored("its due or review-by date is not a date") from None
    title, note = read_text(p, "title", 300), read_text(p, "note", MAX_TEXT, required=False)
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
        request = state.requests.get(cached_uuid(str(e.payload.get("request"))))
    except ValueError:
        request = None
    if request is None:
        raise Ignored("it refers to a request this group does not have")
    return request


def _reassigned(state: GroupState, e: Event, _pending: bool) -> None:
    roster.lead_only(state, e)
    request = _request(state, e)
    if request.withdrawn or request.published_at:
        raise Ignored("the request is closed")
    add, remove = read_emails(e.payload, "add"), read_emails(e.payload, "remove")
    for email in add:
        if email == request.author:
            raise Ignored("an author cannot review their own module")
        if state.member(email) is None:
            raise Ignored(f"reviewer {email} is not a confirmed member")
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
        raise Ignored("only the author withdraws a submission")
    if request.published_at:
        raise Ignored("a published version cannot be withdrawn")
    request.withdrawn = True
    _audit(state, e, f"withdrew version {request.version}", request)


def _verdict(state: GroupState, e: Event, _pending: bool) -> None:
    request = _request(state, e)
    if e.actor == request.author:
        raise Ignored("an author cannot approve or judge their own module")
    assignment = request.reviewers.get(e.actor)
    if assignment is None or not assignment.active:
        raise Ignored(f"{e.actor} is not assigned to review version {request.version}")
    if state.members[e.actor].replaced_by.get(e.key) == request.author:
        raise Ignored("signed with a new key the module's author confirmed for the reviewer; "
                       "an author cannot vouch for their own reviewer")
    try:
        verdict = Verdict(e.payload.get("verdict"))
    except ValueError:
        raise Ignored(f"“{e.payload.get('verdict')}” is not a verdict") from None
    if request.withdrawn or request.published_at:
        raise Ignored("the request is closed")
    if request.superseded:
        raise Ignored(f"version {request.version} was replaced by a newer version")
    note = read_text(e.payload, "note", MAX_TEXT, required=False)
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
        raise Ignored(f"{e.actor} is not an admin")
    request = _request(state, e)
    review = state.modules[request.module]
    if _request_state(state, review, request) is not RequestState.APPROVED:
        raise Ignored(f"version {request.version} is not approved")
    request.published_at, request.published_by = e.at, e.actor
    _audit(state, e, f"published version {request.version}", request)


# -- threads ------------------------------------------------------------------------------------
def _opened(state: GroupState, e: Event, pending: bool) -> None:
    request = _request(state, e)
    anchor = e.payload.get("anchor")
    if anchor is not None and not isinstance(anchor, dict):
        raise Ignored("its anchor is not an object")
    text = read_text(e.payload, "text", MAX_TEXT, required=e.kind is Kind.COMMENTED)
    if request.withdrawn or request.published_at:
        raise Ignored("the request is closed")
    blocking = e.payload.get("blocking", False)
    if not isinstance(blocking, bool):
        raise Ignored("its “blocking” is not true or false")
    assigned = request.reviewers.get(e.actor)
    if blocking and not (assigned and assigned.active) and not state.is_lead(e.actor):
        raise Ignored("only the assigned reviewers and leads hold a version back")
    thread = Thread(id=e.id, module=request.module, request=request.id,
                    version=request.version, author=e.actor, anchor=anchor,
                    blocking=blocking,
                    comments=[Comment(e.id, e.actor, e.at, text, pending)], pending=pending)
    if e.kind is Kind.SUGGESTED:
        if e.actor == request.author:
            raise Ignored("authors edit their module; they do not suggest to themselves")
        if not anchor or not anchor.get("quote"):
            raise Ignored("a suggestion must quote the text it replaces")
        thread.replacement = read_text(e.payload, "replacement", MAX_TEXT, required=False)
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
        raise Ignored("it refers to a thread this group does not have")
    return thread


def _replied(state: GroupState, e: Event, pending: bool) -> None:
    thread = _thread(state, e)
    thread.comments.append(Comment(e.id, e.actor, e.at, read_text(e.payload, "text", MAX_TEXT),
                                   pending))


def _resolution(state: GroupState, e: Event, _pending: bool) -> None:
    thread = _thread(state, e)
    author = state.modules[thread.module].author
    if e.actor not in (thread.author, author) and not state.is_lead(e.actor):
        raise Ignored("only the thread's author, the module's author or a lead resolves it")
    thread.resolved = e.kind is Kind.RESOLVED
    _audit(state, e, f"{'resolved' if thread.resolved else 'reopened'} a thread",
           state.requests[thread.request])


def _answered(state: GroupState, e: Event, _pending: bool) -> None:
    thread = _thread(state, e)
    if e.actor != state.modules[thread.module].author:
        raise Ignored("only the module's author accepts or declines a suggestion")
    if not thread.suggestion:
        raise Ignored("the thread is not a suggestion")
    if e.kind is Kind.UNACCEPTED:
        if thread.suggestion != "accepted":
            raise Ignored("the suggestion is not accepted, so there is nothing to take back")
        thread.suggestion, thread.resolved = "pending", False
        _audit(state, e, "took back accepting a suggestion (undone)",
               state.requests[thread.request])
        return
    if thread.suggestion != "pending":
        raise Ignored(f"the suggestion was {thread.suggestion} already")
    if e.kind is Kind.ACCEPTED:
        thread.suggestion, thread.resolved = "accepted", True
    else:
        reason = read_text(e.payload, "reason", MAX_TEXT, required=False)
        thread.suggestion, thread.resolved, thread.decline_reason = "declined", True, reason
    _audit(state, e, f"{thread.suggestion} a suggestion", state.requests[thread.request])


_HANDLERS = {
    Kind.MEMBER_CONFIRMED: roster.on_confirmed, Kind.MEMBER_ROLE: roster.on_role,
    Kind.MEMBER_AWAY: roster.on_away, Kind.POLICY_SET: roster.on_policy_set,
    Kind.SUBMITTED: _submitted, Kind.STALE_REVIEW: _submitted,
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
