"""The service keeps each group's state and applies new events to it, mine and arrived ones.

A review action at 20,000 events must not derive the whole history again (nor wait for the
folder or the hub when the studio sends in the background); what it holds must always equal
what deriving afresh gives.
"""

from __future__ import annotations

import pytest

from authoring.services import Services
from authoring.workspace import Workspace
from review.service import ReviewService
from review.state import derive
from review.store import OUTBOX
from tests.review.test_state_reading import summary

from .people import Person


def afresh(person: Person) -> dict:
    group = person.review.group()
    events, pending = person.review.store.events(group.id)
    return summary(derive(group.id, events, pending, founder_key=group.founder_key))


def test_my_actions_are_applied_to_the_state_held(pair) -> None:
    _, (ann, ben) = pair
    module_id = ann.write_module()
    request = ann.review.submit(module_id, note="First version")
    ben.review.sync()
    thread = ben.review.comment(str(request.id), "Which number do they call?", blocking=True)
    ben.review.reply(str(thread.id), "And the hours?")
    assert summary(ben.review.state()) == afresh(ben)
    ben.review.finish(str(request.id), "request_changes", "See my comment")  # signs again
    state = ben.review.state()
    assert state.threads[thread.id].comments[-1].text == "And the hours?"
    assert summary(state) == afresh(ben)


def test_a_comment_is_applied_in_place_not_derived_again(pair) -> None:
    _, (ann, ben) = pair
    module_id = ann.write_module()
    request = ann.review.submit(module_id, note="First version")
    ben.review.sync()
    held = ben.review.state()
    thread = ben.review.comment(str(request.id), "Which number do they call?")
    ben.review.resolve(str(thread.id))
    assert ben.review.state() is held
    assert held.threads[thread.id].resolved
    assert summary(held) == afresh(ben)


def test_what_another_process_stores_is_taken_in_on_the_next_read(pair) -> None:
    _, (ann, ben) = pair
    module_id = ann.write_module()
    request = ann.review.submit(module_id, note="First version")
    held = ann.review.state()
    other = ReviewService(Services(Workspace.open(ann.path)), clock=ann.clock)
    try:
        other.withdraw(str(request.id), "Not ready")  # a second process on the workspace
    finally:
        other.services.workspace.close()
    state = ann.review.state()
    assert state is held and state.requests[request.id].withdrawn
    assert summary(state) == afresh(ann)


def test_a_refused_action_leaves_the_state_as_derive_gives_it(pair) -> None:
    _, (ann, ben) = pair
    module_id = ann.write_module()
    request = ann.review.submit(module_id, note="First version")
    ann.review.state()
    with pytest.raises(Exception, match="author cannot"):
        ann.review.finish(str(request.id), "approve")
    assert summary(ann.review.state()) == afresh(ann)
    assert not [w for w in ann.review.state().warnings if w.actor == ann.email]


def test_send_later_leaves_the_event_in_the_outbox_and_asks_for_a_sync(pair) -> None:
    folder, (ann, _ben) = pair
    asked = []
    review = ReviewService(ann.services, clock=ann.clock, send_later=lambda: asked.append(1))
    before = {p.name for p in (folder / "events").rglob("*") if p.is_file()}
    module_id = ann.write_module()
    request = review.submit(module_id, note="First version")
    assert asked, "the studio is asked to sync soon"
    assert {e.id for e in review.store.in_state(request.group, OUTBOX)} == {request.id}
    assert {p.name for p in (folder / "events").rglob("*") if p.is_file()} == before
    review.sync()
    assert not review.store.in_state(request.group, OUTBOX)
