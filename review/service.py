"""Peer review as the studio and the command line use it.

Every action makes one signed event, checks it with the same rules every reader applies (so a
refusal is said at once, in words), stores it, and sends it when the group's folder can be
reached; otherwise it waits in the outbox for the next sync. A reviewer's new threads stay
pending (only they see them) until they finish the review with a verdict.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from authoring.errors import NotFound
from authoring.kinds import ModuleStatus
from authoring.services import Services
from authoring.snapshot import ModuleSnap
from review.errors import ReviewRefused
from review.events import Event, Kind, make_event
from review.groups import GroupActions
from review.state import (
    OPEN_STATES,
    GroupState,
    ModuleReview,
    Request,
    RequestState,
    Thread,
    Verdict,
    as_uuid,
    derive,
    extend,
)
from review.store import OUTBOX, PENDING, Group, Mark, Me, Store
from review.sync import SyncReport, fetch_version, send_group, sync_group
from review.threads import ThreadActions
from review.transport import Transport, Unreachable

Derived = tuple[GroupState, tuple[int, ...], Mark | None]  # a state, its stamp, its mark


@dataclass(frozen=True)
class News:
    """Something a sync brought that concerns me (the studio words it in its language)."""

    kind: str  # "asked" (to review), "state" (of my request), "comments" (on my threads)
    title: str
    version: int
    who: str
    request: uuid.UUID | None
    state: RequestState | None = None
    count: int = 0

    def line(self) -> str:
        """The news in plain English, for the command line."""
        if self.kind == "asked":
            return f"{self.who} asks you to review “{self.title}” v{self.version}"
        if self.kind == "state" and self.state is not None:
            return (f"“{self.title}” v{self.version} is now "
                    f"{self.state.value.replace('_', ' ')}")
        return f"{self.count} new comment(s) or replies for you"


@dataclass(frozen=True)
class Inbox:
    """What waits for me: requests to me (with due state) and my own requests."""

    to_me: list[tuple[Request, str]]  # (request, "", "due tomorrow" or "overdue")
    mine: list[Request]
    others: list[Request] = dataclasses.field(default_factory=list)  # the rest of my groups


def pick_reviewers(state: GroupState, author: str, count: int,
                   exclude: frozenset[str] = frozenset()) -> list[str]:
    """Choose reviewers from the group (GitHub's load balancing).

    Members who are not the author and not away; fewest open assignments first, then least
    recently assigned (never assigned first), then by email for a stable order.
    """
    epoch = dt.datetime.min.replace(tzinfo=dt.UTC)
    candidates = [m.email for m in state.members.values()
                  if m.confirmed and not m.away and m.email != author and m.email not in exclude]
    candidates.sort(key=lambda e: (state.open_assignments(e), state.last_assigned(e) or epoch, e))
    return candidates[:count]


class ReviewService(GroupActions, ThreadActions):
    """Review operations over one workspace and the folders of its groups."""

    def __init__(self, services: Services, *,
                 transport_for: Callable[[Group], Transport] | None = None,
                 clock: Callable[[], dt.datetime] | None = None,
                 send_later: Callable[[], None] | None = None) -> None:
        """Act for the workspace's owner; `clock` and the transport can be given (tests).

        `send_later`: a new event is not sent at once but left in the outbox, and this is
        called to have it sent soon (the studio's background sync: a slow folder or server
        never holds up a click).
        """
        self.services = services
        self.store = Store(services.workspace)
        self._transport_for = transport_for or self._place_of
        self._now = clock or (lambda: dt.datetime.now(dt.UTC))
        self._states: dict[uuid.UUID, GroupState] = {}
        self._stamps: dict[uuid.UUID, tuple[int, ...]] = {}
        self._marks: dict[uuid.UUID, Mark | None] = {}  # how far each state read the events
        self._send_later = send_later

    # -- who I am -------------------------------------------------------------------------------
    def me(self) -> Me:
        """Return who I am; refuse when I have not said so yet."""
        me = self.store.me()
        if me is None:
            raise ReviewRefused("say who you are first: kiem whoami --name NAME --email EMAIL")
        return me

    def set_me(self, name: str, email: str) -> Me:
        """Set my name and email (a signing key is made the first time)."""
        name, email = name.strip(), email.strip().lower()
        if not name:
            raise ReviewRefused("your name is empty")
        if "@" not in email or " " in email or email.startswith("@") or email.endswith("@"):
            raise ReviewRefused(f"“{email}” is not an email address")
        current = self.store.me()
        if current is not None and current.email != email and self.store.groups():
            raise ReviewRefused("you are in a group under your current email; "
                                "your email cannot change")
        return self.store.set_me(name, email)

    # -- syncing --------------------------------------------------------------------------------
    def sync(self, group: uuid.UUID | None = None) -> list[SyncReport]:
        """Sync one group (or all mine) with its folder; an unreachable one is reported."""
        groups = [self._group(group)] if group else self.store.groups()
        reports = []
        for g in groups:
            before = self._states.get(g.id)
            known = {w.event for w in before.warnings} if before else set()
            report = sync_group(self.store, self._transport_for(g), g.id, g.name)
            if not (report.received or report.sent or report.clashes):
                reports.append(report)  # nothing new: the state stands (or is derived later)
                continue
            after = self.state(g.id)  # what arrived is applied to the state held, if any
            report.ignored = [(str(w.event)[:8], f"{w.actor} {w.kind}: {w.message}")
                              for w in after.warnings if w.event not in known]
            report.items = self._news(report.arrived, after)
            report.news = [n.line() for n in report.items]
            self._mirror_status(after)
            report.sent += self.release_stranded(g.id)
            reports.append(report)
        return reports

    def _news(self, arrived: list[Event], after: GroupState) -> list[News]:
        """What the events that just arrived mean for me (also on the first sync after start)."""
        me = self.store.me()
        if me is None:
            return []
        news: dict[tuple[str, uuid.UUID], News] = {}
        comments = 0
        for event in arrived:
            if event.actor == me.email:
                continue
            request = after.requests.get(event.id) or after.requests.get(
                as_uuid(event.payload.get("request")) or uuid.UUID(int=0))
            thread = after.threads.get(as_uuid(event.payload.get("thread")) or event.id)
            if event.kind in (Kind.SUBMITTED, Kind.STALE_REVIEW, Kind.REASSIGNED) \
                    and request is not None and me.email in request.reviewers \
                    and request.reviewers[me.email].active and request.state in OPEN_STATES:
                author = after.members.get(request.author)
                news["asked", request.id] = News("asked", request.title, request.version,
                                                 author.name if author else request.author,
                                                 request.id)
            elif event.kind in (Kind.VERDICT, Kind.PUBLISHED) and request is not None \
                    and request.author == me.email:
                news["state", request.id] = News("state", request.title, request.version,
                                                 event.actor, request.id, request.state)
            elif event.kind in (Kind.COMMENTED, Kind.SUGGESTED, Kind.REPLIED) \
                    and thread is not None and me.email in (
                        after.modules[thread.module].author, thread.author):
                comments += 1
        items = sorted(news.values(), key=lambda n: (n.kind, n.title))
        if comments:
            items.append(News("comments", "", 0, "", None, count=comments))
        return items

    def _mirror_status(self, state: GroupState) -> None:
        """Show the review state on my own modules in the library (status and version).

        A module whose draft is already newer than its latest submitted version (edited
        after approval) keeps its draft status.
        """
        me = self.store.me()
        if me is None:
            return
        local = {m.id: m for m in self.services.modules.list()}
        for review in state.modules.values():
            module = local.get(review.id)
            if module is None or review.author != me.email:
                continue
            latest = review.latest
            if module.version > latest.version:
                continue
            status = _STATUS[latest.state]
            if (module.status, module.version) != (status, latest.version):
                self.services.modules.set_review_state(review.id, status, latest.version)

    # -- submitting -----------------------------------------------------------------------------
    def submit(self, module_id: uuid.UUID, *, reviewers: list[str] | None = None,
               due: dt.date | None = None, note: str = "") -> Request:
        """Freeze the module's current content as its next version and send it for review."""
        if due is not None and due < self.today():
            raise ReviewRefused(f"the due date {due.isoformat()} is in the past")
        me = self.me()
        snap = self.services.modules.snapshot(module_id)
        group = self._module_group(snap)
        from authoring.check import check, has_errors  # noqa: PLC0415 - when submitting
        errors = [f for f in check(snap) if has_errors([f])]
        if errors:
            raise ReviewRefused(f"“{snap.title}” has {len(errors)} error(s) to fix before "
                                f"review, first: {errors[0].message}")
        state = self.state(group.id)
        review = state.modules.get(module_id)
        if review is not None and review.author != me.email:
            raise ReviewRefused(f"only {review.author}, its author, submits “{snap.title}”")
        version = max(snap.version, review.latest.version + 1 if review else 1)
        if reviewers:
            chosen = [r.strip().lower() for r in reviewers]
        elif review is not None:  # a new version goes to the same reviewers
            chosen = [a.reviewer for a in review.latest.active_reviewers()]
        else:
            chosen = pick_reviewers(state, me.email, state.policy.reviewers)
        if not chosen:
            raise ReviewRefused(f"no one in “{group.name}” can review: every other member is "
                                "away or unconfirmed")
        frozen = dataclasses.replace(snap, version=version, status=ModuleStatus.IN_REVIEW,
                                     group_name=group.name, owner=snap.owner or me.name)
        from authoring.bundle import document_bytes  # noqa: PLC0415 - when submitting
        doc = document_bytes(frozen)
        sha = hashlib.sha256(doc).hexdigest()
        for asset in frozen.assets:
            self.store.add_blob(asset.sha256, self.services.assets.data(asset.sha256))
        self.store.add_blob(sha, doc)
        today = self.today()
        event = self._emit(group.id, Kind.SUBMITTED, {
            "snapshot": sha, "title": snap.title, "note": note, "reviewers": chosen,
            "due": (due or today + dt.timedelta(days=state.policy.due_days)).isoformat(),
            "review_by": snap.review_by.isoformat() if snap.review_by else None,
        }, module=module_id, version=version)
        self.services.modules.set_review_state(module_id, ModuleStatus.IN_REVIEW, version,
                                               group_name=group.name)
        return self.state(group.id).requests[event.id]

    def _module_group(self, snap: ModuleSnap) -> Group:
        groups = self.store.groups()
        if snap.group_name:
            named = [g for g in groups if g.name == snap.group_name]
            if named:
                return named[0]
        if len(groups) == 1:
            return groups[0]
        if not groups:
            return self.group()  # raises with the way to join one
        raise ReviewRefused(f"“{snap.title}” has no group of yours; set its group in the "
                            "module's settings")

    # -- finding things -------------------------------------------------------------------------
    def all_states(self) -> list[GroupState]:
        """Return the state of every group of mine."""
        return [self.state(g.id) for g in self.store.groups()]

    def request(self, ref: str) -> tuple[GroupState, Request]:
        """Find a request by id or id prefix (at least 4 characters)."""
        ref = ref.strip().lower()
        found = [(s, r) for s in self.all_states() for rid, r in s.requests.items()
                 if len(ref) >= 4 and str(rid).startswith(ref)]
        if len(found) != 1:
            raise NotFound(f"no single review request has an id starting “{ref}”"
                           if found == [] or len(ref) < 4 else f"“{ref}” matches several "
                           "requests; give more of the id")
        return found[0]

    def thread(self, ref: str) -> tuple[GroupState, Thread]:
        """Find a thread by id or id prefix (at least 4 characters)."""
        ref = ref.strip().lower()
        found = [(s, t) for s in self.all_states() for tid, t in s.threads.items()
                 if len(ref) >= 4 and str(tid).startswith(ref)]
        if len(found) != 1:
            raise NotFound(f"no single thread has an id starting “{ref}”"
                           if found == [] or len(ref) < 4 else f"“{ref}” matches several "
                           "threads; give more of the id")
        return found[0]

    def module_review(self, module: str | uuid.UUID) -> tuple[GroupState, ModuleReview]:
        """Find a module's reviews by module id (or prefix) or a request id."""
        text = str(module).strip().lower()
        for state in self.all_states():
            for mid, review in state.modules.items():
                if len(text) >= 4 and str(mid).startswith(text):
                    return state, review
        try:
            state, request = self.request(text)
        except NotFound:
            raise NotFound(f"no reviewed module has an id starting “{text}”") from None
        return state, state.modules[request.module]

    def version(self, request: Request) -> tuple[ModuleSnap, dict[str, bytes]]:
        """Return the frozen version of a request and its files (fetched if needed)."""
        doc = self.store.blob(request.snapshot)
        if doc is None:
            group = self._group(request.group)
            fetch_version(self.store, self._transport_for(group), request.snapshot)
            doc = self.store.blob(request.snapshot)
        if doc is None:
            raise ReviewRefused(f"version {request.version} of “{request.title}” has not "
                                "arrived yet; sync again when the folder has it")
        from authoring.bundle import parse_document  # noqa: PLC0415 - when a version is read
        snap = parse_document(doc, f"version {request.version} of {request.title}")
        # A module sent back to review carries its published content under a new number.
        snap = dataclasses.replace(snap, version=request.version,
                                   status=_STATUS[request.state])
        blobs = {a.sha256: self.store.blob(a.sha256) or b"" for a in snap.assets}
        return snap, blobs

    def inbox(self) -> Inbox:
        """Return what concerns me in my groups' reviews.

        Requests waiting for my verdict (with their due state), my own open ones, and the
        other open reviews of my groups (members may read and comment on every one).
        """
        me = self.me()
        today = self.today()
        to_me: list[tuple[Request, str]] = []
        mine: list[Request] = []
        others: list[Request] = []
        for state in self.all_states():
            for request in state.requests.values():
                if request.state not in OPEN_STATES and request.state is not \
                        RequestState.APPROVED:
                    continue
                a = request.reviewers.get(me.email)
                if request.author == me.email:
                    mine.append(request)
                elif a is not None and a.active and a.verdict is None \
                        and request.state in OPEN_STATES:
                    due = ("overdue" if today > request.due else
                           "due tomorrow" if today + dt.timedelta(days=1) == request.due else
                           "due today" if today == request.due else "")
                    to_me.append((request, due))
                elif request.state in OPEN_STATES:
                    others.append(request)  # members see every review of their group
        to_me.sort(key=lambda item: (item[0].due, item[0].submitted_at))
        mine.sort(key=lambda r: r.submitted_at, reverse=True)
        others.sort(key=lambda r: r.submitted_at, reverse=True)
        return Inbox(to_me, mine, others)

    # -- verdicts and the request's life --------------------------------------------------------
    def finish(self, request_ref: str, verdict: Verdict | str, note: str = "") -> Request:
        """Finish my review with a verdict; my pending threads are sent with it."""
        state, request = self.request(request_ref)
        verdict = Verdict(verdict)
        released = self._resigned(state.id, [e for e in self.store.in_state(state.id, PENDING)
                                              if self._belongs(state, e, request.id)])
        verdict_event = self._make(state.id, Kind.VERDICT, {
            "request": str(request.id), "verdict": verdict.value, "note": note},
            module=request.module, version=request.version, after=released)
        if released:
            self.store.replace_pending(state.id, released, OUTBOX)
        self._store(verdict_event)
        return self.state(state.id).requests[request.id]

    def _resigned(self, group: uuid.UUID, held: list[Event]) -> list[Event]:
        """My held-back events signed again with the clock of now, ready to be sent.

        They were never shared, so nobody has the old copies; with a fresh clock they sort
        after everything I have seen since writing them (a publication, say).
        """
        me = self.me()
        clock = self.state(group).clock
        fresh = []
        for event in sorted(held, key=lambda e: e.order):
            clock += 1
            fresh.append(make_event(me.key, group=group, kind=event.kind, actor=me.email,
                                    clock=clock, payload=dict(event.payload),
                                    module=event.module, version=event.version,
                                    at=self._now(), event_id=event.id))
        return fresh

    def release_stranded(self, group: uuid.UUID | None = None) -> int:
        """Send my held-back threads whose review I can no longer finish with a verdict.

        A newer version came, or a lead reassigned me: they are sent as they are rather than
        left on this laptop. Returns how many went.
        """
        gid = group or self.group().id
        state, me = self.state(gid), self.store.me()
        if me is None:
            return 0
        stranded = []
        for event in self.store.in_state(gid, PENDING):
            thread = state.threads.get(event.id) or state.threads.get(
                as_uuid(event.payload.get("thread")) or uuid.UUID(int=0))
            request = state.requests.get(thread.request) if thread else None
            mine = request.reviewers.get(me.email) if request else None
            if request is None or request.state not in OPEN_STATES or mine is None \
                    or not mine.active or mine.verdict is not None:
                stranded.append(event)
        if stranded:
            self.store.replace_pending(gid, self._resigned(gid, stranded), OUTBOX)
            self._states.pop(gid, None)
            self._send_now(gid)
        return len(stranded)

    @staticmethod
    def _belongs(state: GroupState, event: Event, request: uuid.UUID) -> bool:
        if str(event.payload.get("request", "")) == str(request):
            return True
        thread = state.threads.get(as_uuid(event.payload.get("thread")))
        return thread is not None and thread.request == request

    def withdraw(self, request_ref: str, note: str = "") -> Request:
        """Withdraw my submission (the module goes back to draft)."""
        state, request = self.request(request_ref)
        self._emit(state.id, Kind.WITHDRAWN, {"request": str(request.id), "note": note},
                   module=request.module, version=request.version)
        if request is state.modules[request.module].latest:  # an older one moves nothing
            self.services.modules.set_review_state(request.module, ModuleStatus.DRAFT,
                                                   request.version, missing_ok=True)
        return self.state(state.id).requests[request.id]

    def reassign(self, request_ref: str, add: list[str], remove: list[str]) -> Request:
        """Change a request's reviewers (leads)."""
        state, request = self.request(request_ref)
        self._emit(state.id, Kind.REASSIGNED,
                   {"request": str(request.id), "add": [a.lower() for a in add],
                    "remove": [r.lower() for r in remove]},
                   module=request.module, version=request.version)
        return self.state(state.id).requests[request.id]

    def publish(self, module_ref: str, version: int | None = None) -> Request:
        """Mark the approved version of a module published (admins, after exporting it).

        `version` is the one exported: publishing refuses when a newer version was approved
        in the meantime, rather than marking one that was not uploaded.
        """
        state, review = self.module_review(module_ref)
        approved = review.approved()
        if approved is None:
            raise ReviewRefused(f"“{review.title}” has no approved version waiting")
        if version is not None and approved.version != version:
            raise ReviewRefused(f"the approved version of “{review.title}” is now version "
                                f"{approved.version}, not {version}; export it again")
        self._emit(state.id, Kind.PUBLISHED, {"request": str(approved.id)},
                   module=review.id, version=approved.version)
        return self.state(state.id).requests[approved.id]

    def approved_version(self, module_ref: str) -> tuple[Request, ModuleSnap, dict[str, bytes]]:
        """Return the version an admin exports: the approved one (else the published one)."""
        _state, review = self.module_review(module_ref)
        request = review.approved() or review.published()
        if request is None:
            raise ReviewRefused(f"“{review.title}” has no approved version; it is "
                                f"{review.latest.state.value.replace('_', ' ')}")
        snap, blobs = self.version(request)
        return request, snap, blobs

    def stale(self) -> list[tuple[GroupState, ModuleReview, dt.date]]:
        """Published modules whose review-by date has passed."""
        today = self.today()
        out = []
        for state in self.all_states():
            for review in state.modules.values():
                if review.is_stale(state.policy, today):
                    due = review.review_by(state.policy)
                    assert due is not None  # noqa: S101 - stale implies a date
                    out.append((state, review, due))
        return sorted(out, key=lambda item: item[2])

    def send_back(self, module_ref: str, reviewers: list[str] | None = None) -> Request:
        """Send a stale module back to review: its published content, as the next version."""
        state, review = self.module_review(module_ref)
        published = review.published()
        if published is None:
            raise ReviewRefused(f"“{review.title}” was never published")
        chosen = [r.lower() for r in reviewers] if reviewers else \
            pick_reviewers(state, review.author, state.policy.reviewers)
        today = self.today()
        event = self._emit(state.id, Kind.STALE_REVIEW, {
            "snapshot": published.snapshot, "title": review.title, "reviewers": chosen,
            "note": "review-by date passed", "review_by": None,
            "due": (today + dt.timedelta(days=state.policy.due_days)).isoformat(),
        }, module=review.id, version=review.latest.version + 1)
        return self.state(state.id).requests[event.id]

    # -- making events --------------------------------------------------------------------------
    def _emit(self, group: uuid.UUID, kind: Kind, payload: Mapping[str, Any], *,
              module: uuid.UUID | None = None, version: int | None = None,
              pending: bool = False) -> Event:
        """Sign, check against the rules, store and try to send one event.

        The event is applied to the state held (where it can simply follow), which is how it
        is checked; if storing it fails, that state is dropped and derived again when asked.
        """
        event = self._make(group, kind, payload, module=module, version=version,
                           pending=pending, apply=True)
        try:
            self._store(event, pending=pending)
        except BaseException:
            self._states.pop(group, None)
            raise
        return event

    def _make(self, group: uuid.UUID, kind: Kind, payload: Mapping[str, Any], *,
              module: uuid.UUID | None = None, version: int | None = None,
              pending: bool = False, after: list[Event] | None = None,
              apply: bool = False) -> Event:
        """Sign an event and check it with the rules every reader applies; raise if broken.

        `after`: my held-back events signed again, to be sent just before this one.
        `apply`: check it by applying it to the state held (the caller stores it at once,
        or drops that state); otherwise it is checked on a trial state, derived afresh.
        """
        me = self.me()
        after = after or []
        replaced = {e.id for e in after}
        state = self.state(group)
        clock = max([state.clock, *(e.clock for e in after)])
        event = make_event(me.key, group=group, kind=kind, actor=me.email, clock=clock + 1,
                           payload=payload, module=module, version=version, at=self._now())
        seen = len(state.warnings)
        if apply and not after and extend(state, [event], {event.id} if pending else ()):
            broken = [w for w in state.warnings[seen:] if w.event == event.id]
            if broken:
                self._states.pop(group, None)  # it holds the refused event now
                raise ReviewRefused(broken[0].message)
            return event
        events, held = self.store.events(group)
        trial = derive(group, [*(e for e in events if e.id not in replaced), *after, event],
                       (held - replaced) | ({event.id} if pending else set()),
                       founder_key=self._group(group).founder_key)
        broken = [w for w in trial.warnings if w.event == event.id]
        if broken:
            raise ReviewRefused(broken[0].message)
        return event

    def _store(self, event: Event, *, pending: bool = False) -> None:
        self.store.add([event], PENDING if pending else OUTBOX)
        if pending:
            return
        if self._send_later is not None:
            self._send_later()
        else:
            self._send_now(event.group)

    def _send_now(self, group: uuid.UUID) -> None:
        """Send what waits (reading is left to sync(), which turns arrivals into news)."""
        try:
            send_group(self.store, self._transport_for(self._group(group)), group)
        except (Unreachable, OSError):
            pass  # waits in the outbox; the next sync sends it

    def today(self) -> dt.date:
        """Today's date on this service's clock, where the user is (due dates, reminders)."""
        return self._now().astimezone().date()

    @property
    def clock(self) -> Callable[[], dt.datetime]:
        """The clock this service reads (a second service on the workspace shares it)."""
        return self._now

    def derived(self) -> dict[uuid.UUID, Derived]:
        """The states derived so far, with the store stamps and marks they were read at."""
        return {gid: (state, self._stamps[gid], self._marks.get(gid))
                for gid, state in self._states.items() if gid in self._stamps}

    def adopt(self, derived: dict[uuid.UUID, Derived]) -> None:
        """Take over states another service on this workspace derived (a background sync).

        The other service must not touch them afterwards (they are applied to in place). One
        whose stamp is out of date by now takes in what was stored since when next asked for.
        """
        for gid, (state, stamp, mark) in derived.items():
            self._states[gid], self._stamps[gid], self._marks[gid] = state, stamp, mark

    def waiting(self) -> int:
        """Count my events waiting to be sent."""
        return self.store.count(OUTBOX)

    def unsent(self, group: uuid.UUID) -> frozenset[uuid.UUID]:
        """The ids of my events of a group that wait in the outbox (not in the folder yet)."""
        return frozenset(e.id for e in self.store.in_state(group, OUTBOX))


_STATUS = {
    RequestState.IN_REVIEW: ModuleStatus.IN_REVIEW,
    RequestState.CHANGES_REQUESTED: ModuleStatus.CHANGES_REQUESTED,
    RequestState.APPROVED: ModuleStatus.APPROVED,
    RequestState.PUBLISHED: ModuleStatus.PUBLISHED,
    RequestState.WITHDRAWN: ModuleStatus.DRAFT,
    RequestState.SUPERSEDED: ModuleStatus.IN_REVIEW,
}
