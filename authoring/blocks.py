"""Per-kind data of the block kinds in DESIGN.md, stored as JSON on each block.

Assets are named by their sha256 (see `authoring.assets`); pages, questions and banks by UUID
strings, so the data stays plain JSON that travels in a bundle unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from authoring.kinds import BlockKind


@dataclass(frozen=True)
class TextData:
    """Markdown text."""

    markdown: str = ""


@dataclass(frozen=True)
class ImageData:
    """An image with the alt text a screen reader speaks; decorative images need none."""

    asset: str = ""
    alt: str = ""
    caption: str = ""
    decorative: bool = False


@dataclass(frozen=True)
class MediaData:
    """Audio or video, with a transcript for those who cannot hear or see it."""

    asset: str = ""
    title: str = ""
    transcript: str = ""


class CalloutStyle(StrEnum):
    """How a callout looks and what a screen reader announces it as."""

    INFO = "info"
    TIP = "tip"
    WARNING = "warning"
    IMPORTANT = "important"


@dataclass(frozen=True)
class CalloutData:
    """A highlighted note."""

    style: CalloutStyle = CalloutStyle.INFO
    title: str = ""
    markdown: str = ""


@dataclass(frozen=True)
class Section:
    """One titled part of an accordion or a set of tabs."""

    title: str
    markdown: str = ""


@dataclass(frozen=True)
class SectionsData:
    """Accordion and tabs: titled sections, one shown at a time."""

    items: tuple[Section, ...] = ()


@dataclass(frozen=True)
class Card:
    """A flashcard: a front and the back revealed by turning it."""

    front: str
    back: str = ""


@dataclass(frozen=True)
class FlashcardsData:
    """A stack of flashcards."""

    cards: tuple[Card, ...] = ()


@dataclass(frozen=True)
class AttachmentData:
    """A file the learner can download (a checklist, a form)."""

    asset: str = ""
    label: str = ""
    filename: str = ""


@dataclass(frozen=True)
class ReflectionData:
    """A free-text prompt the learner answers for themselves; never scored."""

    prompt: str = ""
    title: str = ""


@dataclass(frozen=True)
class ScenarioChoice:
    """One way out of a scenario: a label, feedback, and the page it leads to."""

    id: str
    label: str
    target_page: str = ""
    feedback: str = ""


@dataclass(frozen=True)
class ScenarioData:
    """A situation with choices that branch to other pages."""

    prompt: str = ""
    choices: tuple[ScenarioChoice, ...] = ()


@dataclass(frozen=True)
class QuestionRef:
    """A question placed on a page; `scored` says whether it counts towards the score."""

    question: str = ""
    scored: bool = True


@dataclass(frozen=True)
class QuestionDrawData:
    """Draw `count` random questions from a bank, optionally only those with these tags."""

    bank: str = ""
    count: int = 1
    tags: tuple[str, ...] = ()
    scored: bool = True

    def __post_init__(self) -> None:
        if self.count < 1:
            raise ValueError("count must be at least 1")


BlockData = (
    TextData | ImageData | MediaData | CalloutData | SectionsData | FlashcardsData
    | AttachmentData | ReflectionData | ScenarioData | QuestionRef | QuestionDrawData
)

DATA_TYPES: dict[BlockKind, type] = {
    BlockKind.TEXT: TextData,
    BlockKind.IMAGE: ImageData,
    BlockKind.AUDIO: MediaData,
    BlockKind.VIDEO: MediaData,
    BlockKind.CALLOUT: CalloutData,
    BlockKind.ACCORDION: SectionsData,
    BlockKind.TABS: SectionsData,
    BlockKind.FLASHCARDS: FlashcardsData,
    BlockKind.ATTACHMENT: AttachmentData,
    BlockKind.REFLECTION: ReflectionData,
    BlockKind.SCENARIO: ScenarioData,
    BlockKind.QUESTION: QuestionRef,
    BlockKind.QUESTION_DRAW: QuestionDrawData,
}
