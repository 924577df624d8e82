"""People with their own workspace, sharing one group folder, for the end-to-end review tests."""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from authoring import blocks as b
from authoring.kinds import BlockKind
from authoring.services import Services
from authoring.workspace import Workspace
from review.service import ReviewService

START = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)
GUIDE = ("Before you click a link, rest the mouse pointer on it. The address that appears "
         "tells you where the link goes. Report a suspicious mail to the service desk.")


@dataclass
class Clock:
    """A shared, hand-moved clock (each laptop reads the same)."""

    now: dt.datetime = START

    def __call__(self) -> dt.datetime:
        """Return the time, one microsecond on each reading so events never tie."""
        self.now += dt.timedelta(microseconds=1)
        return self.now

    def advance(self, **delta: float) -> None:
        """Move time forward."""
        self.now += dt.timedelta(**delta)


@dataclass
class Person:
    """One laptop: a workspace and the review service over it."""

    name: str
    email: str
    path: Path
    clock: Clock
    workspace: Workspace = field(init=False)
    services: Services = field(init=False)
    review: ReviewService = field(init=False)

    def __post_init__(self) -> None:
        self.workspace = Workspace.open(self.path)
        self.services = Services(self.workspace)
        self.review = ReviewService(self.services, clock=self.clock)
        self.review.set_me(self.name, self.email)

    def write_module(self, title: str = "Check a link", text: str = GUIDE) -> uuid.UUID:
        """Make a small module that passes check."""
        module_id = self.services.modules.create(title, owner=self.name).id
        page = self.services.pages.add(module_id, "Hover first").id
        self.services.blocks.add(page, BlockKind.TEXT, b.TextData(text))
        return module_id

    def text_block(self, module_id: uuid.UUID) -> tuple[uuid.UUID, str]:
        """Return the module's first block and its Markdown."""
        block = self.services.modules.snapshot(module_id).pages[0].blocks[0]
        assert isinstance(block.data, b.TextData)
        return block.id, block.data.markdown

    def close(self) -> None:
        """Close the workspace."""
        self.workspace.close()


def team(tmp_path: Path, template: Path, *names: str) -> tuple[Path, list[Person]]:
    """Make one group folder and a person per name (the first founds the group)."""
    clock = Clock()
    folder = tmp_path / "shared" / "IT creators"
    people = []
    for name in names:
        path = tmp_path / f"{name.lower()}.kiemdb"
        shutil.copyfile(template, path)
        people.append(Person(name, f"{name.lower()}@example.com", path, clock))
    lead, *others = people
    lead.review.create_group("IT creators", folder)
    for person in others:
        person.review.join_group(folder)
    lead.review.sync()
    for person in others:
        lead.review.confirm(person.email)
    for person in others:
        person.review.sync()
    return folder, people
