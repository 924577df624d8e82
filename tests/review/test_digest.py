"""The overview across groups reads each group's digest, made again only when events came.

A new process (a new service on the workspace) that finds the digest up to date derives no
state at all; one that finds events stored since makes the digest anew, and keeps it.
"""

from __future__ import annotations

import json

from sqlalchemy import delete, update

from authoring.models import StoredDigest
from authoring.services import Services
from authoring.workspace import Workspace
from review.hub.overview import overview
from review.service import ReviewService
from tests.app.test_cli_disk import kiem

from .people import Person


def fresh(person: Person) -> ReviewService:
    """A service as a new `kiem` process has it: nothing derived yet."""
    return ReviewService(Services(person.workspace), clock=person.clock)


def test_a_sync_keeps_the_digest_and_the_next_overview_derives_nothing(pair) -> None:
    _, (ann, ben) = pair
    module_id = ann.write_module("Check a link")
    request = ann.review.submit(module_id)
    ben.review.sync()
    ben.review.finish(str(request.id), "approve")
    ann.review.sync()
    later = fresh(ann)
    groups = overview(later)
    assert later.derived() == {}, "read from the digest, no state derived"
    assert [a["title"] for a in groups[0]["approved"]] == ["Check a link"]
    assert groups == overview(ann.review), "the digest says what the state says"


def test_events_stored_since_make_the_digest_anew(pair) -> None:
    _, (ann, _ben) = pair
    request = ann.review.submit(ann.write_module("Check a link"))
    ann.review.sync()  # keeps the digest
    assert [m.title for m in fresh(ann).digest(request.group).modules] == ["Check a link"]
    ann.review.submit(ann.write_module("Report a phish"))  # stored, no sync: digest behind
    other = fresh(ann)
    titles = sorted(m.title for m in other.digest(request.group).modules)
    assert titles == ["Check a link", "Report a phish"]
    assert other.derived(), "made from the state, brought up to date"
    again = fresh(ann)
    again.digest(request.group)
    assert again.derived() == {}, "and kept for the next reader"


def test_a_damaged_or_older_digest_is_made_again(pair) -> None:
    _, (ann, _ben) = pair
    ann.review.submit(ann.write_module("Check a link"))
    ann.review.sync()
    expected = overview(ann.review)
    with ann.workspace.write() as session:
        session.execute(update(StoredDigest).values(data='{"format": 0}'))
    again = fresh(ann)
    assert overview(again) == expected
    assert again.derived(), "made from the state"
    with ann.workspace.read() as session:
        assert session.get(StoredDigest, again.group().id).data != '{"format": 0}'


def test_a_read_only_workspace_still_gives_the_overview(pair) -> None:
    # The real command, without root's powers: the digest cannot be kept, the overview stands.
    _, (ann, _ben) = pair
    ann.review.submit(ann.write_module("Check a link"))
    expected = overview(fresh(ann))
    with ann.workspace.write() as session:
        session.execute(delete(StoredDigest))  # to be made, and not kept, by the command
    ann.workspace.close()
    ann.path.chmod(0o444)
    try:
        done = kiem(ann.path, "hub", "overview", "--json")
    finally:
        ann.path.chmod(0o644)
        ann.workspace = Workspace.open(ann.path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == expected
    with ann.workspace.read() as session:
        assert session.query(StoredDigest).count() == 0, "the read-only file was not written"
