"""The review service's core: who I am, my groups and their states, making and syncing events.

`ReviewCore` holds what every review action needs; the actions themselves live beside it
(`review.groups`, `review.threads`, `review.service`) and build on it, so none reaches back
up for it. Every action makes one signed event, checks it with the same rules every reader
applies (so a refusal is said at once, in words), stores it, and sends it when the group's
folder or hub can be reached; otherwise it waits in the outbox for the next sync.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from authoring.errors import KiemError, NotFound
from authoring.kinds import ModuleStatus
from authoring.services import Services
from review.digest import GroupDigest, digest_of
from review.errors import ReviewRefused
from review.events import Event, Kind, make_event
from review.news import news_for
from review.state import (
    OPEN_STATES,
    GroupState,
    ModuleReview,
    Request,
    RequestState,
    Thread,
    as_uuid,
    derive,
    extend,
)
from review.store import OUTBOX, PENDING, Group, Mark, Me, Store
from review.sync import SyncReport, send_group, sync_group
from review.transport import FolderTransport, Transport, Unreachable

if TYPE_CHECKING:
    from review.hub.transport import HubTransport

Derived = tuple[GroupState, tuple[int, ...], Mark | None]  # a state, its stamp, its mark

log = logging.getLogger(__name__)


class ReviewCore:
    """Review over one workspace and the folders or hubs of its groups: the shared part."""

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
            cut = self.store.unsettled_from(g.id)  # before mine are sent
            report = sync_group(self.store, self._transport_for(g), g.id, g.name,
                                meanwhile=lambda gid=g.id, cut=cut: self._settled(gid, cut))
            if not (report.received or report.sent or report.clashes):
                reports.append(report)  # nothing new: the state stands (or is derived later)
                continue
            after = self.state(g.id)  # what arrived is applied to the state held, if any
            # New warnings: beside a state held, any (an arrival can make an event applied
            # before break a rule); in a state derived now, those of the events that arrived.
            arrived = {e.id for e in report.arrived}
            report.ignored = [(str(w.event)[:8], f"{w.actor} {w.kind}: {w.message}")
                              for w in after.warnings if w.event not in known
                              and (before is not None or w.event in arrived)]
            me = self.store.me()
            report.items = news_for(me.email, report.arrived, after) if me else []
            report.news = [n.line() for n in report.items]
            self._mirror_status(after)
            report.sent += self.release_stranded(g.id)
            self.digest(g.id)  # the overview after a sync reads no events
            reports.append(report)
        return reports

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
            status = STATUS[latest.state]
            if (module.status, module.version) != (status, latest.version):
                self.services.modules.set_review_state(review.id, status, latest.version)

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

    # -- finding things -------------------------------------------------------------------------
    def all_states(self) -> list[GroupState]:
        """Return the state of every group of mine."""
        return [self.state(g.id) for g in self.store.groups()]

    def digest(self, gid: uuid.UUID) -> GroupDigest:
        """A group's digest for the overview: stored when no event came since, else made anew.

        Made anew, it is kept for the next reader (unless the workspace cannot be written:
        then it is made again next time, which is all that costs).
        """
        stored = self.store.digest(gid)
        kept = GroupDigest.from_json(stored[1]) if stored is not None else None
        if kept is not None and gid not in self._states:
            news = self.store.after(gid, stored[0])
            if news is not None and not news[0]:
                return kept
        made = digest_of(self.state(gid))
        mark = self._marks.get(gid)
        if mark is not None and (kept is None or stored[0] != mark):
            try:
                self.store.keep_digest(gid, mark, made.to_json())
            except KiemError as exc:
                log.info("the digest of group %s is not kept: %s", gid, exc)
        return made

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

    def _hub(self, url: str, group_id: uuid.UUID) -> HubTransport:
        """One group of a hub as a transport."""
        from review.hub.transport import HubTransport  # noqa: PLC0415 - psycopg when needed

        return HubTransport(url, group_id, self.store)

    def _place_of(self, group: Group) -> Transport:
        """Where a group lives: its shared folder, or a team hub."""
        from review.hub.transport import is_hub_address  # noqa: PLC0415

        if is_hub_address(group.folder):
            return self._hub(group.folder, group.id)
        return FolderTransport(Path(group.folder))

    def groups(self) -> list[Group]:
        """Return my groups."""
        return self.store.groups()

    def group(self, ref: str | uuid.UUID | None = None) -> Group:
        """Return one of my groups by id, id prefix or name; the only one when not named."""
        groups = self.store.groups()
        if not groups:
            raise ReviewRefused("you are in no group; create one (kiem group create NAME "
                                "--folder DIR) or join one (kiem group join DIR)")
        if ref is None:
            if len(groups) > 1:
                raise ReviewRefused("you are in several groups; say which (--group NAME)")
            return groups[0]
        text = str(ref).lower()
        found = [g for g in groups if str(g.id).startswith(text) or g.name.lower() == text]
        if len(found) != 1:
            raise ReviewRefused(f"no single group of yours is called “{ref}”")
        return found[0]

    def _group(self, group_id: uuid.UUID) -> Group:
        return next(g for g in self.store.groups() if g.id == group_id)

    def state(self, group: uuid.UUID | None = None) -> GroupState:
        """Return a group's review state as this workspace knows it."""
        gid = group or self.group().id
        stamp = self.store.stamp(gid)  # changes when anyone (another process too) writes
        cached = self._states.get(gid)
        if cached is not None and (self._stamps.get(gid) == stamp or self._follow(gid, cached)):
            self._stamps[gid] = stamp
            return cached
        events, pending, mark = self.store.events_marked(gid)
        cached = derive(gid, events, pending, founder_key=self._group(gid).founder_key)
        self._states[gid], self._stamps[gid], self._marks[gid] = cached, stamp, mark
        return cached

    def _settled(self, gid: uuid.UUID, cut: int | None) -> None:
        """Derive the state of what the group had at my last sync, unless one is held.

        `cut`: the row of my first event not shared at the start of this sync. Run while
        helpers check the signatures of a large batch: the events that came and mine sent
        since then extend it (`_follow`) when it is next asked for, even where they
        interleave in causal order; where they cannot, it is derived afresh as ever.
        """
        if gid in self._states:
            return
        events, pending, mark = self.store.events_marked(gid, before=cut)
        if mark is None:
            return
        self._states[gid] = derive(gid, events, pending, founder_key=self._group(gid).founder_key)
        self._marks[gid], self._stamps[gid] = mark, ()  # () is no stamp: follow the mark

    def _follow(self, gid: uuid.UUID, state: GroupState) -> bool:
        """Apply to a derived state the events stored since; False when it must be derived."""
        mark = self._marks.get(gid)
        news = self.store.after(gid, mark) if mark is not None else None
        if news is None or not extend(state, news[0], news[1]):
            return False
        self._marks[gid] = news[2]
        return True


STATUS = {  # the library status a request's state shows as
    RequestState.IN_REVIEW: ModuleStatus.IN_REVIEW,
    RequestState.CHANGES_REQUESTED: ModuleStatus.CHANGES_REQUESTED,
    RequestState.APPROVED: ModuleStatus.APPROVED,
    RequestState.PUBLISHED: ModuleStatus.PUBLISHED,
    RequestState.WITHDRAWN: ModuleStatus.DRAFT,
    RequestState.SUPERSEDED: ModuleStatus.IN_REVIEW,
}
