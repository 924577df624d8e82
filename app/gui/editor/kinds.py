"""What each block kind is called, its icon, when to use it, and what a new block starts with."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.gui.icons import IconName
from authoring import blocks as b
from authoring.kinds import BlockKind


@dataclass(frozen=True)
class KindInfo:
    """A block kind as the palette shows it."""

    kind: BlockKind
    icon: IconName
    name: str
    hint: str
    group: str


ICONS: dict[BlockKind, IconName] = {
    BlockKind.TEXT: IconName.TEXT,
    BlockKind.IMAGE: IconName.IMAGE,
    BlockKind.AUDIO: IconName.AUDIO,
    BlockKind.VIDEO: IconName.VIDEO,
    BlockKind.CALLOUT: IconName.CALLOUT,
    BlockKind.ACCORDION: IconName.ACCORDION,
    BlockKind.TABS: IconName.TABS,
    BlockKind.FLASHCARDS: IconName.FLASHCARDS,
    BlockKind.ATTACHMENT: IconName.ATTACHMENT,
    BlockKind.REFLECTION: IconName.REFLECTION,
    BlockKind.SCENARIO: IconName.SCENARIO,
    BlockKind.QUESTION: IconName.QUESTION,
    BlockKind.QUESTION_DRAW: IconName.QUESTION_DRAW,
}


def kind_infos() -> list[KindInfo]:
    """Return every block kind in palette order, named and explained in the interface language."""
    write, show = (
        QCoreApplication.translate("BlockKinds", "Write"),
        QCoreApplication.translate("BlockKinds", "Show and play"),
    )
    engage, check = (
        QCoreApplication.translate("BlockKinds", "Engage"),
        QCoreApplication.translate("BlockKinds", "Check understanding"),
    )
    rows = [
        (
            BlockKind.TEXT,
            QCoreApplication.translate("BlockKinds", "Text"),
            QCoreApplication.translate(
                "BlockKinds", "Explain in your own words: paragraphs, headings, lists, links."
            ),
            write,
        ),
        (
            BlockKind.CALLOUT,
            QCoreApplication.translate("BlockKinds", "Callout"),
            QCoreApplication.translate(
                "BlockKinds", "Make one thing stand out: a tip, a warning, a must-know."
            ),
            write,
        ),
        (
            BlockKind.ACCORDION,
            QCoreApplication.translate("BlockKinds", "Accordion"),
            QCoreApplication.translate(
                "BlockKinds", "Details learners open only when they need them."
            ),
            write,
        ),
        (
            BlockKind.TABS,
            QCoreApplication.translate("BlockKinds", "Tabs"),
            QCoreApplication.translate(
                "BlockKinds", "Side-by-side variants: per role, per country, per tool."
            ),
            write,
        ),
        (
            BlockKind.IMAGE,
            QCoreApplication.translate("BlockKinds", "Image"),
            QCoreApplication.translate(
                "BlockKinds", "Show instead of tell: a screenshot, photo or diagram."
            ),
            show,
        ),
        (
            BlockKind.VIDEO,
            QCoreApplication.translate("BlockKinds", "Video"),
            QCoreApplication.translate(
                "BlockKinds", "A short demo or story; two minutes is plenty."
            ),
            show,
        ),
        (
            BlockKind.AUDIO,
            QCoreApplication.translate("BlockKinds", "Audio"),
            QCoreApplication.translate(
                "BlockKinds", "A spoken explanation or interview, with a transcript."
            ),
            show,
        ),
        (
            BlockKind.ATTACHMENT,
            QCoreApplication.translate("BlockKinds", "File attachment"),
            QCoreApplication.translate(
                "BlockKinds", "A checklist, form or template to download and keep."
            ),
            show,
        ),
        (
            BlockKind.FLASHCARDS,
            QCoreApplication.translate("BlockKinds", "Flashcards"),
            QCoreApplication.translate(
                "BlockKinds", "Terms learners turn over to test themselves."
            ),
            engage,
        ),
        (
            BlockKind.SCENARIO,
            QCoreApplication.translate("BlockKinds", "Scenario choice"),
            QCoreApplication.translate(
                "BlockKinds", "A situation with choices that lead to different pages."
            ),
            engage,
        ),
        (
            BlockKind.REFLECTION,
            QCoreApplication.translate("BlockKinds", "Reflection prompt"),
            QCoreApplication.translate(
                "BlockKinds", "Ask learners to think about their own work; not scored."
            ),
            engage,
        ),
        (
            BlockKind.QUESTION,
            QCoreApplication.translate("BlockKinds", "Question"),
            QCoreApplication.translate(
                "BlockKinds", "Check understanding with one scored question."
            ),
            check,
        ),
        (
            BlockKind.QUESTION_DRAW,
            QCoreApplication.translate("BlockKinds", "Random questions from a bank"),
            QCoreApplication.translate(
                "BlockKinds", "Draw questions at random from a bank, for tests and certification."
            ),
            check,
        ),
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
        return b.ScenarioData(
            choices=(
                b.ScenarioChoice(id=new_choice_id(), label=""),
                b.ScenarioChoice(id=new_choice_id(), label=""),
            )
        )
    return b.DATA_TYPES[kind]()
