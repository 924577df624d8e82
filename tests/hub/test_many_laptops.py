"""Many laptops, one hub: random offline periods, syncs, and connections killed mid-sync.

A property test over random schedules (hypothesis): people in two groups act (mark themselves
away and back, which every reader checks like any review event), go offline and come back,
sync, and now and then have their connection killed by the server in the middle of a sync
(pg_terminate_backend, after their events went in and before the sync ended). Afterwards,
once everyone synced twice, every laptop of a group holds exactly the hub's events of that
group, nothing waits to be sent, and all derive the same state. KIEM_HUB_EXAMPLES=N runs more
schedules than CI's few.
"""

from __future__ import annotations

import os
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from authoring.services import Services
from authoring.workspace import Workspace
from review.hub.admin import HubAdmin, Roles, init
from review.hub.connection import keep_password
from review.hub.transport import HubTransport
from review.service import ReviewService
from review.store import OUTBOX, Group, Store
from review.transport import Transport
from tests.pgserver import PgServer

EXAMPLES = int(os.environ.get("KIEM_HUB_EXAMPLES", "4"))


def _office_plan() -> tuple[int, dict[str, tuple[int, ...]]]:
    """People and groups (members, lead first): five in two groups, or KIEM_HUB_SCALE=G,P
    (P people spread over G groups, the first person of each group also in the next one)."""
    scale = os.environ.get("KIEM_HUB_SCALE")
    if not scale:
        return 5, {"Help desk": (0, 1, 2, 3), "Payroll": (0, 3, 4)}
    groups, people = (int(n) for n in scale.split(","))
    plan = {f"Group {g:02}": tuple(range(g, people, groups)) for g in range(groups)}
    for g in range(groups - 1):  # some people in two groups
        plan[f"Group {g + 1:02}"] += (g,)
    return people, plan


PEOPLE, GROUPS = _office_plan()


class KilledMidSync(HubTransport):
    """A hub transport whose connection the server kills right after it sent its events."""

    def __init__(self, url: str, group: uuid.UUID, store: Store, admin_url: str) -> None:
        super().__init__(url, group, store)
        self._admin_url = admin_url

    def write_events(self, events: list) -> None:  # noqa: ANN001 - review.events.Event
        """Send, then lose the connection (the server terminates it) before reading."""
        super().write_events(events)
        pid = self._db().info.backend_pid
        with psycopg.connect(self._admin_url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))


@dataclass
class Laptop:
    """One person's workspace, and how their next syncs will go."""

    email: str
    review: ReviewService
    workspace: Workspace
    offline: bool = False
    kill_next: bool = False
    groups: list[uuid.UUID] = field(default_factory=list)


class Office:
    """A hub, its groups, and the laptops of the people in them."""

    def __init__(self, server: PgServer, folder: Path) -> None:
        self.database = server.new_database()
        self.roles = Roles(self.database)
        self.super_url = server.url(database=self.database)
        init(self.super_url, "admin@example.org", "Admin", "admin-secret")
        admin = HubAdmin(server.url(self.roles.person("admin@example.org"), "admin-secret",
                                    self.database))
        self.server, self.laptops = server, []
        self.kills = 0  # connections the server killed mid-sync, after events went in
        for n in range(PEOPLE):
            email = f"p{n}@example.org"
            admin.add_person(email, f"P{n}", f"secret-{n}-pw")
            keep_password(self.place(email), f"secret-{n}-pw")
            workspace = Workspace.open(folder / f"{self.database}-p{n}.kiemdb")
            laptop = Laptop(email, None, workspace)  # type: ignore[arg-type]
            laptop.review = ReviewService(Services(workspace),
                                          transport_for=lambda g, lt=laptop: self._to(lt, g))
            laptop.review.set_me(f"P{n}", email)
            self.laptops.append(laptop)
        for name, members in GROUPS.items():
            gid = admin.create_group(name)
            for n in members:
                admin.set_member(name, f"p{n}@example.org")
            lead = self.laptops[members[0]]
            lead.review.found_hub_group(self.place(lead.email), gid, name)
            for n in members[1:]:
                self.laptops[n].review.join_hub_group(self.place(self.laptops[n].email), gid)
            lead.review.sync(gid)
            for n in members[1:]:
                lead.review.confirm(f"p{n}@example.org", gid)
            for n in members:
                self.laptops[n].review.sync(gid)  # everyone reads that they are in
                self.laptops[n].groups.append(gid)

    def place(self, email: str) -> str:
        """A person's hub address (their password is kept, not in it)."""
        return (f"postgresql://{self.roles.person(email)}@127.0.0.1:{self.server.port}/"
                f"{self.database}")

    def _to(self, laptop: Laptop, group: Group) -> Transport:
        if laptop.offline:
            return HubTransport(f"postgresql://{self.roles.person(laptop.email)}@127.0.0.1:1/"
                                f"{self.database}", group.id, laptop.review.store)
        if laptop.kill_next:
            laptop.kill_next = False
            return KilledMidSync(group.folder, group.id, laptop.review.store, self.super_url)
        return HubTransport(group.folder, group.id, laptop.review.store)

    def hub_events(self, group: uuid.UUID) -> set[uuid.UUID]:
        """Every event id the hub holds for a group."""
        with psycopg.connect(self.super_url) as conn:
            return {r[0] for r in conn.execute("SELECT id FROM kiem.events WHERE group_id = %s",
                                               (group,))}

    def close(self) -> None:
        """Close every workspace."""
        for laptop in self.laptops:
            laptop.workspace.close()


STEP = st.tuples(st.integers(0, PEOPLE - 1),
                 st.sampled_from(["act", "act", "act", "sync", "sync", "offline", "online",
                                  "kill"]),
                 st.integers(0, 1))


def run(office: Office, schedule: list[tuple[int, str, int]]) -> dict[tuple[int, uuid.UUID], bool]:
    """Play a schedule; return who is away in which group, as they last said. Counts kills."""
    away: dict[tuple[int, uuid.UUID], bool] = {}
    for who, action, pick in schedule:
        laptop = office.laptops[who]
        group = laptop.groups[pick % len(laptop.groups)]
        if action == "act":
            now = not away.get((who, group), False)
            laptop.review.set_away(now, group=group)
            away[(who, group)] = now
        elif action == "sync":
            laptop.review.sync()
        elif action in ("offline", "online"):
            laptop.offline = action == "offline"
        else:
            waiting = laptop.review.store.in_state(group, OUTBOX)
            laptop.kill_next = not laptop.offline
            (report,) = laptop.review.sync(group)
            if waiting and not laptop.offline:  # sent, then cut off before reading
                assert not report.ok and "cannot be reached" in report.unreachable
                office.kills += 1
            laptop.kill_next = False
    return away


def settle_and_check(office: Office, away: dict[tuple[int, uuid.UUID], bool]) -> None:
    """Everyone back online syncs twice; then every laptop agrees with the hub and the others."""
    for laptop in office.laptops:
        laptop.offline = laptop.kill_next = False
    for _ in range(2):
        for laptop in office.laptops:
            laptop.review.sync()
    for group in {g for lt in office.laptops for g in lt.groups}:
        on_hub = office.hub_events(group)
        states = []
        for laptop in (lt for lt in office.laptops if group in lt.groups):
            events, _pending = laptop.review.store.events(group)
            assert {e.id for e in events} == on_hub, laptop.email
            assert not laptop.review.store.in_state(group, OUTBOX), laptop.email
            state = laptop.review.state(group)
            states.append((state.clock, sorted((m.email, m.away, m.confirmed)
                                               for m in state.members.values())))
        assert all(s == states[0] for s in states)
        said = {email: is_away for email, is_away, _confirmed in states[0][1]}
        for (who, g), is_away in away.items():
            if g == group:
                assert said[f"p{who}@example.org"] is is_away


def test_a_connection_killed_after_sending_loses_and_doubles_nothing(pg_server: PgServer,
                                                                     tmp_path: Path) -> None:
    office = Office(pg_server, tmp_path)
    try:
        away = run(office, [(3, "offline", 0), (3, "act", 0), (3, "act", 1), (3, "online", 0),
                            (3, "kill", 0), (2, "act", 0), (3, "kill", 1), (0, "sync", 0)])
        assert office.kills == 2
        settle_and_check(office, away)
    finally:
        office.close()


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(schedule=st.lists(STEP, min_size=5, max_size=25))
def test_every_laptop_ends_with_the_same_events_and_state(pg_server: PgServer,
                                                         tmp_path: Path, schedule) -> None:
    folder = tmp_path / uuid.uuid4().hex[:8]
    folder.mkdir()
    office = Office(pg_server, folder)
    try:
        settle_and_check(office, run(office, schedule))
    finally:
        office.close()
        shutil.rmtree(folder, ignore_errors=True)
