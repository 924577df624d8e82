"""What a careless sync client, a stale process or a dishonest folder writer must not do.

Each test is a reproduction from the review of the review package; it failed before the fix.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from authoring import blocks as b
from authoring.kinds import ModuleStatus
from authoring.services import Services
from authoring.workspace import Workspace
from review.events import EventError, Kind, NewerFormat, make_event, parse_event
from review.service import ReviewRefused, ReviewService
from review.state import Policy, RequestState, Verdict
from review.transport import FolderTransport, Unreachable

from .history import ANN, BEN, CEM, DIA, MODULE, founded
from .people import Person, team


@pytest.fixture
def duo(tmp_path: Path, _template_workspace: Path) -> Iterator[tuple[Path, list[Person]]]:
    folder, people = team(tmp_path, _template_workspace, "Ann", "Ben")
    yield folder, people
    for person in people:
        person.close()


def _drop(folder: Path, name: str, data: bytes) -> None:
    month = folder / "events" / "2026-11"
    month.mkdir(parents=True, exist_ok=True)
    (month / name).write_bytes(data)


# -- forged and poisoned files ------------------------------------------------------------------
def test_an_outsiders_file_under_a_real_events_id_does_not_cancel_it() -> None:
    h = founded(BEN, CEM, DIA)
    request = h.submit(DIA, [BEN, CEM])
    h.verdict(BEN, request, "approve")
    blocking = h.comment(CEM, request, "Wrong phone number", blocking=True)
    outsider = Ed25519PrivateKey.generate()
    h.events.append(make_event(outsider, group=h.group, kind=Kind.REPLIED, actor="x@y.z",
                               clock=1, payload={}, event_id=blocking.id))
    state = h.state()
    assert state.threads[blocking.id].blocking
    assert state.requests[request.id].state is RequestState.IN_REVIEW


def test_a_forged_founding_event_never_takes_the_group_over(duo) -> None:
    folder, (ann, ben) = duo
    gid = ann.review.group().id
    forged = make_event(Ed25519PrivateKey.generate(), group=gid, kind=Kind.GROUP_CREATED,
                        actor="mallory@example.com", clock=0, event_id=gid,
                        payload={"name": "IT creators", "founder_name": "Mallory",
                                 "policy": {}})
    _drop(folder, f"{gid} (1).json", forged.to_json())
    for person in (ann, ben):
        person.review.sync()
        restarted = ReviewService(person.services, clock=person.clock)
        state = restarted.state(gid)
        assert [m.email for m in state.members.values() if m.role.value == "lead"] == [
            "ann@example.com"]
        assert "mallory@example.com" not in state.members


@pytest.mark.parametrize("body", [
    b'{"kiem": "kiem-review-event", "format": 1, "x": ' + b"9" * 5000 + b"}",
    b"[" * 100_000 + b"]" * 100_000,
])
def test_a_poisoned_file_is_refused_not_raised(body: bytes) -> None:
    with pytest.raises(EventError):
        parse_event(body)


@pytest.mark.parametrize(("field", "value"), [
    ("at", "0001-01-01T00:30:00+01:00"), ("at", "9999-12-31T23:30:00-01:00"),
    ("clock", 2**63), ("clock", -1),
])
def test_values_out_of_range_are_refused(field: str, value: object) -> None:
    event = make_event(Ed25519PrivateKey.generate(), group=MODULE, kind=Kind.REPLIED,
                       actor="a@b.c", clock=1, payload={})
    body = json.loads(event.to_json())
    body[field] = value
    with pytest.raises(EventError):
        parse_event(json.dumps(body).encode(), verify=False)


def test_a_poisoned_file_in_the_folder_leaves_every_sync_working(duo) -> None:
    folder, (ann, ben) = duo
    _drop(folder, "poison.json", b"[" * 100_000)
    request = ann.review.submit(ann.write_module())
    for _ in range(2):
        report, = ben.review.sync()
        assert report.ok
    assert request.id in ben.review.state().requests


def test_an_event_of_a_kind_this_kiem_does_not_know_is_read_again_later(duo) -> None:
    folder, (ann, ben) = duo
    me = ann.review.me()
    event = make_event(me.key, group=ann.review.group().id, kind=Kind.REPLIED,
                       actor=me.email, clock=50, payload={})
    body = json.loads(event.to_json())
    body["kind"] = "module.archived"
    with pytest.raises(NewerFormat):
        parse_event(json.dumps(body).encode(), verify=False)
    _drop(folder, "newer-kind.json", json.dumps(body).encode())
    ben.review.sync()
    outcome = ben.review.store.seen(ben.review.group().id)["2026-11/newer-kind.json"][1]
    assert outcome.startswith("retry:")


# -- the roster ----------------------------------------------------------------------------------
def test_two_keys_asking_to_join_under_one_email_need_the_fingerprint(tmp_path,
                                                                      _template_workspace):
    folder, (ann,) = team(tmp_path, _template_workspace, "Ann")
    ben = Person("Ben", "ben@example.com", tmp_path / "ben.kiemdb", ann.clock)
    impostor = Person("Ben", "ben@example.com", tmp_path / "impostor.kiemdb", ann.clock)
    ben.review.join_group(folder)
    impostor.review.join_group(folder)
    ann.review.sync()
    with pytest.raises(ReviewRefused, match="2 different keys asked to join"):
        ann.review.confirm("ben@example.com")
    from review.events import encode_key, fingerprint

    real = fingerprint(encode_key(ben.review.me().key.public_key()))
    ann.review.confirm("ben@example.com", fingerprint_seen=real)
    member = ann.review.state().members["ben@example.com"]
    assert member.keys == {encode_key(ben.review.me().key.public_key())}
    for person in (ann, ben, impostor):
        person.close()


def test_a_lead_cannot_approve_their_own_module_with_a_key_they_confirmed_for_a_reviewer():
    h = founded(BEN)
    request = h.submit(ANN, [BEN])
    sock = BEN.new_laptop()  # a key Ann holds, under Ben's email
    h.join(sock)
    h.confirm(ANN, sock)
    h.verdict(sock, request, "approve")
    state = h.state()
    assert state.requests[request.id].state is RequestState.IN_REVIEW
    assert "author cannot vouch" in state.warnings[-1].message


# -- approvals --------------------------------------------------------------------------------
def test_a_replaced_version_is_not_approved_by_lowering_the_policy_afterwards() -> None:
    h = founded(BEN, CEM, DIA, policy=Policy(approvals=2, reviewers=2))
    first = h.submit(DIA, [BEN, CEM])
    h.verdict(BEN, first, "approve")
    h.verdict(CEM, first, "request_changes")
    h.submit(DIA, [BEN, CEM], version=2)
    h.policy(ANN, {"approvals": 1, "reviewers": 2})
    state = h.state()
    assert state.requests[first.id].state is RequestState.SUPERSEDED
    assert state.modules[MODULE].approved() is None


def test_a_request_for_changes_holds_approval_back() -> None:
    h = founded(BEN, CEM, DIA)  # one approval needed
    request = h.submit(DIA, [BEN, CEM])
    h.verdict(BEN, request, "approve")
    h.verdict(CEM, request, "request_changes")
    assert h.state().requests[request.id].state is RequestState.CHANGES_REQUESTED


def test_a_new_version_cannot_leave_out_a_reviewer_who_asked_for_changes() -> None:
    h = founded(BEN, CEM, DIA)
    first = h.submit(DIA, [CEM])
    h.verdict(CEM, first, "request_changes")
    second = h.submit(DIA, [BEN], version=2, meta={"keep": False})
    h.events.append(second)
    state = h.state()
    assert second.id not in state.requests
    assert "goes to the same reviewers" in state.warnings[-1].message


def test_only_reviewers_and_leads_hold_a_version_back() -> None:
    h = founded(BEN, CEM, DIA)
    request = h.submit(DIA, [BEN])
    h.verdict(BEN, request, "approve")
    h.comment(CEM, request, "I do not like it", blocking=True)  # Cem is not assigned
    assert h.state().requests[request.id].state is RequestState.APPROVED


# -- the workspace's own view ---------------------------------------------------------------------
def test_what_arrives_while_i_act_still_makes_news_and_moves_my_library(tmp_path,
                                                                       _template_workspace):
    folder, (ann, ben) = team(tmp_path, _template_workspace, "Ann", "Ben")
    module_id = ann.write_module()
    request = ann.review.submit(module_id)
    ben.review.sync()
    ben.review.finish(str(request.id), Verdict.APPROVE)
    ann.review.set_away(True)  # an unrelated action before Ann's next sync
    report, = ann.review.sync()
    assert [n.kind for n in report.items] == ["state"]
    assert ann.services.modules.snapshot(module_id).status is ModuleStatus.APPROVED
    ann.close()
    ben.close()


def test_a_second_process_on_the_workspace_is_seen_at_once(duo) -> None:
    _folder, (ann, ben) = duo
    request = ann.review.submit(ann.write_module())
    ben.review.sync()
    assert len(ben.review.inbox().to_me) == 1
    with Workspace.open(ben.path) as other:  # the command line, next to the studio
        ReviewService(Services(other), clock=ben.clock).finish(str(request.id), "approve")
    assert ben.review.inbox().to_me == []
    assert ben.review.state().requests[request.id].state is RequestState.APPROVED


def test_held_back_comments_go_out_when_the_version_is_replaced(duo) -> None:
    _folder, (ann, ben) = duo
    module_id = ann.write_module()
    first = ann.review.submit(module_id)
    ben.review.sync()
    thread = ben.review.comment(str(first.id), "A long, careful remark")
    block_id, text = ann.text_block(module_id)
    ann.services.blocks.edit(block_id, b.TextData(text + " More."))
    ann.review.submit(module_id)
    ben.review.sync()  # v1 can no longer take Ben's verdict: his comment is sent as it is
    assert ben.review.store.in_state(first.group, "pending") == []
    ann.review.sync()
    assert thread.id in ann.review.state().threads


def test_a_version_not_fetched_because_the_folder_went_away_is_fetched_later(duo) -> None:
    _folder, (ann, ben) = duo
    request = ann.review.submit(ann.write_module())

    class Flaky(FolderTransport):
        down = True

        def read_blob(self, sha: str) -> bytes:
            if Flaky.down:
                raise Unreachable("share dropped for a moment")
            return super().read_blob(sha)

    ben.review._transport_for = lambda g: Flaky(Path(g.folder))  # noqa: SLF001
    report, = ben.review.sync()
    assert not report.ok
    Flaky.down = False
    ben.review.sync()
    assert ben.review.store.blob(request.snapshot) is not None


def test_withdrawing_an_older_version_leaves_the_module_as_it_is(duo) -> None:
    _folder, (ann, _ben) = duo
    module_id = ann.write_module()
    first = ann.review.submit(module_id)
    block_id, text = ann.text_block(module_id)
    ann.services.blocks.edit(block_id, b.TextData(text + " More."))
    ann.review.submit(module_id)
    ann.review.withdraw(str(first.id))
    snap = ann.services.modules.snapshot(module_id)
    assert (snap.status, snap.version) == (ModuleStatus.IN_REVIEW, 2)


def test_the_verdict_comes_after_released_comments_in_everyone_s_order(duo) -> None:
    _folder, (ann, ben) = duo
    request = ann.review.submit(ann.write_module())
    ben.review.sync()
    ben.review.comment(str(request.id), "Who do they call?", blocking=True)
    ann.review.set_away(True)
    ann.review.set_away(False)  # the clock moves on elsewhere meanwhile
    ben.review.sync()
    ben.review.finish(str(request.id), Verdict.REQUEST_CHANGES)
    events, _ = ben.review.store.events(request.group)
    mine = sorted((e for e in events if e.actor == ben.email), key=lambda e: e.clock)
    assert [e.kind for e in mine][-2:] == [Kind.COMMENTED, Kind.VERDICT]
    assert mine[-2].clock > max(e.clock for e in events if e.actor == ann.email)


def test_publishing_names_the_version_that_was_exported(duo) -> None:
    _folder, (ann, ben) = duo
    ann.review.set_role("ben@example.com", "admin")
    module_id = ann.write_module()
    request = ann.review.submit(module_id, reviewers=["ben@example.com"])
    ben.review.sync()
    ben.review.finish(str(request.id), Verdict.APPROVE)
    with pytest.raises(ReviewRefused, match="is now version 1, not 2"):
        ben.review.publish(str(module_id), version=2)
    assert ben.review.publish(str(module_id), version=1).state is RequestState.PUBLISHED


def test_two_connections_storing_the_same_events_do_not_collide(duo) -> None:
    _folder, (ann, ben) = duo
    request = ann.review.submit(ann.write_module())
    with Workspace.open(ben.path) as other:  # a background round beside the studio
        second = ReviewService(Services(other), clock=ben.clock)
        events, _ = ann.review.store.events(request.group)
        second.store.add(events, "shared")
        ben.review.store.known = lambda ids: set()  # it looked before the other stored them
        ben.review.store.add(events, "shared")
    assert request.id in ben.review.state().requests


def test_links_in_the_events_folder_are_passed_over_not_followed_nor_fatal(duo) -> None:
    folder, (ann, ben) = duo
    events = folder / "events"
    month = next(p for p in events.iterdir() if p.is_dir())
    (month / "loop.json").symlink_to(month / "loop.json")  # points at itself
    (events / "1970-01").symlink_to("/")  # a month folder linked to the root
    (events / "1970-02").symlink_to(events / "1970-02")
    module_id = ann.write_module()
    ann.review.submit(module_id, reviewers=[ben.email])
    (report,) = ben.review.sync()
    skipped = dict(report.skipped)
    assert skipped[f"{month.name}/loop.json"].startswith("not a plain file")
    assert skipped["1970-01"].startswith("not a plain folder")
    assert skipped["1970-02"].startswith("not a plain folder")
    assert [r.title for r, _due in ben.review.inbox().to_me] == ["Check a link"]  # not an outage
    assert FolderTransport(folder).event_names()  # the real events are still read


def test_one_member_event_with_a_huge_clock_does_not_stop_the_group(duo) -> None:
    folder, (ann, ben) = duo
    module_id = ann.write_module()
    request = ann.review.submit(module_id, reviewers=[ben.email])
    ben.review.sync()
    me = ben.review.me()  # a confirmed member, validly signed: only the clock is wrong
    leap = make_event(me.key, group=ben.review.group().id, kind=Kind.COMMENTED,
                      actor=me.email, clock=2**53 - 1, module=module_id, version=1,
                      payload={"request": str(request.id), "anchor": None, "text": "Hi",
                               "blocking": False})
    _drop(folder, "leap.json", leap.to_json())
    ann.review.sync()
    state = ann.review.state()
    assert any(w.event == leap.id and "leaps too far ahead" in w.message for w in state.warnings)
    assert state.clock < 1000
    ann.review.comment(str(request.id), "Still works")  # everyone's next action goes through
    ben.review.sync()
    assert [t.comments[0].text for t in ben.review.state().threads.values()] == ["Still works"]
