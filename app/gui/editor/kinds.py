"""What each block kind is called, its icon, when to use it, and what a new block starts with."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.gui.icons import IconName
from authoring import blocks as b
from authoring.kinds import BlockKind


def _tr(text: str) -> str:
    return QCoreApplication.translate("BlockKinds", text)


@dataclass(frozen=True)
class KindInfo:
    """A block kind as the palette shows it."""

    kind: BlockKind
    icon: IconName
    name: str
    hint: str
    group: str


ICONS: dict[BlockKind, IconName] = {
    BlockKind.TEXT: IconName.TEXT, BlockKind.IMAGE: IconName.IMAGE,
    BlockKind.AUDIO: IconName.AUDIO, BlockKind.VIDEO: IconName.VIDEO,
    BlockKind.CALLOUT: IconName.CALLOUT, BlockKind.ACCORDION: IconName.ACCORDION,
    BlockKind.TABS: IconName.TABS, BlockKind.FLASHCARDS: IconName.FLASHCARDS,
    BlockKind.ATTACHMENT: IconName.ATTACHMENT, BlockKind.REFLECTION: IconName.REFLECTION,
    BlockKind.SCENARIO: IconName.SCENARIO, BlockKind.QUESTION: IconName.QUESTION,
    BlockKind.QUESTION_DRAW: IconName.QUESTION_DRAW,
}


def kind_infos() -> list[KindInfo]:
    """Return every block kind in palette order, named and explained in the interface language."""
    write, show = _tr("Write"), _tr("Show and play")
    engage, check = _tr("Engage"), _tr("Check understanding")
    rows = [
        (BlockKind.TEXT, _tr("Text"),
         _tr("Explain in your own words: paragraphs, headings, lists, links."), write),
        (BlockKind.CALLOUT, _tr("Callout"),
         _tr("Make one thing stand out: a tip, a warning, a must-know."), write),
        (BlockKind.ACCORDION, _tr("Accordion"),
         _tr("Details learners open only when they need them."), write),
        (BlockKind.TABS, _tr("Tabs"),
         _tr("Side-by-side variants: per role, per country, per tool."), write),
        (BlockKind.IMAGE, _tr("Image"),
         _tr("Show instead of tell: a screenshot, photo or diagram."), show),
        (BlockKind.VIDEO, _tr("Video"),
         _tr("A short demo or story; two minutes is plenty."), show),
        (BlockKind.AUDIO, _tr("Audio"),
         _tr("A spoken explanation or interview, with a transcript."), show),
        (BlockKind.ATTACHMENT, _tr("File attachment"),
         _tr("A checklist, form or template to download and keep."), show),
        (BlockKind.FLASHCARDS, _tr("Flashcards"),
         _tr("Terms learners turn over to test themselves."), engage),
        (BlockKind.SCENARIO, _tr("Scenario choice"),
         _tr("A situation with choices that lead to different pages."), engage),
        (BlockKind.REFLECTION, _tr("Reflection prompt"),
         _tr("Ask learners to think about their own work; not scored."), engage),
        (BlockKind.QUESTION, _tr("Question"),
         _tr("Check understanding with one scored question."), check),
        (BlockKind.QUESTION_DRAW, _tr("Random questions from a bank"),
         _tr("Draw questions at random from a bank, for tests and certification."), check),
    ]
    return [KindInfo(kind, ICONS[kind], name, hint, group) for kind, name, hint, group in rows]


def kind_name(kind: BlockKind) -> str:
    """Return the name a person reads for `kind`."""
    return next(info.name for info in kind_infos() if info.kind is kind)


def new_choice_id() -> str:
    """Return a fresh id for a scenario choice."""
    return uuid.uuid4().hex[:8]


def starting_data(kind: BlockKind) -> b.BlockData:
    """Return what a new block of `kind` holds: empty, but with the parts it needs to be filled."""
    if kind is BlockKind.ACCORDION or kind is BlockKind.TABS:
        return b.SectionsData(items=(b.Section(title=""), b.Section(title="")))
    if kind is BlockKind.FLASHCARDS:
        return b.FlashcardsData(cards=(b.Card(front=""), b.Card(front="")))
    if kind is BlockKind.SCENARIO:
        return b.ScenarioData(choices=(b.ScenarioChoice(id=new_choice_id(), label=""),
                                       b.ScenarioChoice(id=new_choice_id(), label="")))
    return b.DATA_TYPES[kind]()
