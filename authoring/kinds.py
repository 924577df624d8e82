"""The kinds and states of the content model, as stable string codes."""

from __future__ import annotations

from enum import StrEnum


class ModuleStatus(StrEnum):
    """Where a module stands in the review workflow (see DESIGN.md, "Review workflow")."""

    DRAFT = "draft"
    IN_REVIEW = "in_review"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"
    PUBLISHED = "published"
    ARCHIVED = "archived"


class BlockKind(StrEnum):
    """What a block on a page is; its settings follow `authoring.blocks.DATA_TYPES[kind]`."""

    TEXT = "text"
    IMAGE = "image"
    AUDIO = "audio"
    VIDEO = "video"
    CALLOUT = "callout"
    ACCORDION = "accordion"
    TABS = "tabs"
    FLASHCARDS = "flashcards"
    ATTACHMENT = "attachment"
    REFLECTION = "reflection"
    SCENARIO = "scenario"
    QUESTION = "question"
    QUESTION_DRAW = "question_draw"


class QuestionKind(StrEnum):
    """The seven scored question kinds; settings follow `authoring.questions.DATA_TYPES[kind]`."""

    SINGLE_CHOICE = "single_choice"
    MULTIPLE_RESPONSE = "multiple_response"
    TRUE_FALSE = "true_false"
    FILL_IN = "fill_in"
    MATCHING = "matching"
    ORDERING = "ordering"
    NUMERIC = "numeric"


class Severity(StrEnum):
    """How bad a `check` finding is: errors block export, warnings advise."""

    ERROR = "error"
    WARNING = "warning"
