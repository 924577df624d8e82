"""Peer review as the studio and the command line use it: `ReviewService`.

It is the review core (`review.core`: who I am, states, making and syncing events) with the
group actions (`review.groups`), the thread actions (`review.threads`) and, here, the
request's life: submitting, the inbox, verdicts, withdrawing, publishing, stale modules. A
reviewer's new threads stay pending (only they see them) until they finish with a verdict.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import uuid
from dataclasses import dataclass

from authoring.kinds import ModuleStatus
from authoring.snapshot import ModuleSnap
from review.core import STATUS
from review.errors import ReviewRefused
from review.events import Event, Kind
from review.groups import GroupActions
from review.state import (
    OPEN_STATES,
    GroupState,
    ModuleReview,
    Request,
    RequestState,
    Verdict,
    as_uuid,
)
from review.store import OUTBOX, PENDING, Group
from review.sync import fetch_version
from review.threads import ThreadActions


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
    """Review operations over one workspace and the folders or hubs of its groups."""

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
                                   status=STATUS[request.state])
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


