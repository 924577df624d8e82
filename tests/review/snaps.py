"""Building frozen module snapshots directly, for the review tests."""

from __future__ import annotations

import uuid

from authoring.blocks import (
    AttachmentData,
    BlockData,
    CalloutData,
    Card,
    FlashcardsData,
    ImageData,
    MediaData,
    QuestionDrawData,
    QuestionRef,
    ReflectionData,
    ScenarioChoice,
    ScenarioData,
    Section,
    SectionsData,
    TextData,
)
from authoring.kinds import BlockKind, QuestionKind
from authoring.questions import (
    AcceptedAnswer,
    Choice,
    ChoiceData,
    FillInData,
    MatchingData,
    MatchPair,
    NumericAnswer,
    NumericData,
    OrderingData,
    OrderItem,
    TrueFalseData,
)
from authoring.snapshot import BankSnap, BlockSnap, ModuleSnap, PageSnap, QuestionSnap

MODULE_ID = uuid.UUID(int=1)
KINDS = {TextData: BlockKind.TEXT, ImageData: BlockKind.IMAGE, MediaData: BlockKind.VIDEO,
         CalloutData: BlockKind.CALLOUT, SectionsData: BlockKind.ACCORDION,
         FlashcardsData: BlockKind.FLASHCARDS, AttachmentData: BlockKind.ATTACHMENT,
         ReflectionData: BlockKind.REFLECTION, ScenarioData: BlockKind.SCENARIO,
         QuestionRef: BlockKind.QUESTION, QuestionDrawData: BlockKind.QUESTION_DRAW}


def pid(n: int) -> uuid.UUID:
    return uuid.UUID(int=1000 + n)


def block(tracking_id: str, data: BlockData, kind: BlockKind | None = None) -> BlockSnap:
    return BlockSnap(uuid.uuid5(MODULE_ID, tracking_id), kind or KINDS[type(data)], tracking_id,
                     data)


def text(tracking_id: str, markdown: str) -> BlockSnap:
    return block(tracking_id, TextData(markdown))


def page(n: int, title: str, *blocks: BlockSnap) -> PageSnap:
    return PageSnap(pid(n), title, tuple(blocks))


def module(*pages: PageSnap, version: int = 1, questions: tuple[QuestionSnap, ...] = (),
           banks: tuple[BankSnap, ...] = (), title: str = "Safe lifting") -> ModuleSnap:
    return ModuleSnap(MODULE_ID, title, version=version, pages=tuple(pages), questions=questions,
                      banks=banks)


def question(n: int, kind: QuestionKind, stem: str, data: object, **extra: object) -> QuestionSnap:
    return QuestionSnap(uuid.UUID(int=2000 + n), kind, stem, data, **extra)  # type: ignore[arg-type]


SINGLE = question(1, QuestionKind.SINGLE_CHOICE, "Which grip is safe?", ChoiceData((
    Choice("a", "Palm grip", True, feedback="Yes, the whole hand."),
    Choice("b", "Finger grip", feedback="Fingers tire fast."),
)), title="Grip", feedback_correct="Well done.", feedback_incorrect="Look again.")
TRUE_FALSE = question(2, QuestionKind.TRUE_FALSE, "Bend your back.",
                      TrueFalseData(False, feedback_true="No, bend the knees.",
                                    feedback_false="Right."))
FILL_IN = question(3, QuestionKind.FILL_IN, "Keep the load ___ to you.",
                   FillInData((AcceptedAnswer("close", "Exactly."), AcceptedAnswer("near"))))
MATCHING = question(4, QuestionKind.MATCHING, "Match the weights.", MatchingData(
    (MatchPair("a", "Box", "Light"), MatchPair("b", "Crate", "Heavy")), ("Liquid",)))
ORDERING = question(5, QuestionKind.ORDERING, "Order the steps.", OrderingData(
    (OrderItem("a", "Plan"), OrderItem("b", "Lift"))))
NUMERIC = question(6, QuestionKind.NUMERIC, "Maximum kilograms?",
                   NumericData((NumericAnswer(25, feedback="The guideline."),)))
BANK = BankSnap(uuid.UUID(int=3000), "Lifting bank", questions=(
    question(7, QuestionKind.TRUE_FALSE, "Twist while lifting.", TrueFalseData(False),
             tags=("twist",)),
    question(8, QuestionKind.TRUE_FALSE, "Ask for help.", TrueFalseData(True), tags=("help",)),
))


def every_kind() -> ModuleSnap:
    """One page per family of block kinds, every text field filled."""
    return module(
        page(1, "Before you lift",
             text("t1", "Plan the route first."),
             block("i1", ImageData("abc", alt="A worker bends", caption="Knees, not back")),
             block("v1", MediaData("def", "Lifting video", "Narrator: bend the knees.")),
             block("c1", CalloutData(title="Careful", markdown="Never twist.")),
             block("a1", SectionsData((Section("Heavy", "Ask a colleague."),
                                       Section("Light", "Still plan.")))),
             block("tb1", SectionsData((Section("One", "First tab."),)), BlockKind.TABS),
             block("f1", FlashcardsData((Card("Load", "What you carry"),))),
             block("at1", AttachmentData("ghi", "Checklist", "lift.pdf"))),
        page(2, "Think",
             block("r1", ReflectionData("When did you last lift?", "Your habits")),
             block("s1", ScenarioData("A box blocks the door.", (
                 ScenarioChoice("go", "Lift it", feedback="Plan first."),
                 ScenarioChoice("ask", "Ask for help"))))),
        page(3, "Quiz",
             *(block(f"q{q.id.int - 2000}", QuestionRef(str(q.id)))
               for q in (SINGLE, TRUE_FALSE, FILL_IN, MATCHING, ORDERING, NUMERIC)),
             block("d1", QuestionDrawData(str(BANK.id), 1, ("twist",)))),
        questions=(SINGLE, TRUE_FALSE, FILL_IN, MATCHING, ORDERING, NUMERIC),
        banks=(BANK,),
    )
