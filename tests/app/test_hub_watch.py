"""The studio listens to its hubs: a new event wakes the sync at once; offline is said.

Real PostgreSQL (LISTEN/NOTIFY), real threads, signals received on the GUI thread.
"""

from __future__ import annotations

import uuid

import pytest

from app.gui.hub_watch import HubWatch
from tests.hubs import Hub


@pytest.fixture
def hub(pg_server, hub_db: str) -> Hub:
    """A fresh hub with two groups and four people."""
    return Hub(pg_server, hub_db)


@pytest.fixture
def watch(qtbot) -> HubWatch:
    """A watch that stops its threads at the end of the test."""
    watch = HubWatch()
    yield watch
    watch.stop()


def test_a_new_event_of_my_group_wakes_the_studio_at_once(qtbot, hub: Hub,
                                                          watch: HubWatch) -> None:
    with qtbot.waitSignal(watch.woke, timeout=10_000):  # once connected: catch up
        watch.watch([(hub.url("ben@example.org"), hub.helpdesk)])
    assert watch.live and watch.problem() == ""
    with qtbot.waitSignal(watch.woke, timeout=5_000):
        hub.add_event("cem@example.org", hub.helpdesk)
    with qtbot.assertNotEmitted(watch.woke, wait=1_500):  # another group's news is not mine
        hub.add_event("dia@example.org", hub.payroll)


def test_an_unreachable_hub_is_said_and_tried_again(qtbot, watch: HubWatch) -> None:
    with qtbot.waitSignal(watch.state_changed, timeout=10_000):
        watch.watch([("postgresql://nobody:pw@127.0.0.1:1/nowhere",
                      uuid.uuid4())])
    assert not watch.live
    assert "cannot be reached" in watch.problem() and "trying again in 2 s" in watch.problem()
    watch.watch([])  # the group left the hub: nothing is watched, nothing is said
    assert watch.states == {} and not watch.live


def test_the_status_bar_says_the_hub_is_live(qtbot, hub: Hub, workspace) -> None:
    from PySide6.QtWidgets import QWidget  # noqa: PLC0415

    from app.gui.review_sync import ReviewSync  # noqa: PLC0415
    from authoring.services import Services  # noqa: PLC0415
    from review.hub.connection import keep_password  # noqa: PLC0415
    from review.service import ReviewService  # noqa: PLC0415
    from tests.hubs import PASSWORDS  # noqa: PLC0415

    review = ReviewService(Services(workspace))
    review.set_me("Ben", "ben@example.org")
    place = (f"postgresql://{hub.roles.person('ben@example.org')}@127.0.0.1:"
             f"{hub.server.port}/{hub.database}")
    keep_password(place, PASSWORDS["ben@example.org"])
    review.found_hub_group(place, hub.helpdesk, "Help desk")
    window = QWidget()
    qtbot.addWidget(window)
    sync = ReviewSync(lambda: review, window)
    try:
        assert sync.sync_now() is not None
        qtbot.waitUntil(lambda: "hub live" in sync.label.text(), timeout=10_000)
        assert sync.label.text().startswith("Synced ")
        qtbot.wait(1_500)  # the catch-up round the connection asked for is over
        with qtbot.waitSignal(sync.synced, timeout=10_000) as round_:
            hub.admin.set_member("Help desk", "dia@example.org")  # not an event: nothing
            hub.add_event("cem@example.org", hub.helpdesk)  # an event: a round at once
        assert round_.args[0][0].group == hub.helpdesk
    finally:
        sync.stop()
