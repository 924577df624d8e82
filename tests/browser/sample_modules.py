"""Modules for the browser tests, built as snapshots: every block and question kind, a big one."""

from __future__ import annotations

import hashlib
import io
import uuid
from pathlib import Path
from typing import Any

from authoring import blocks as b
from authoring import questions as q
from authoring.kinds import BlockKind, QuestionKind
from authoring.settings import (
    Assessment,
    BranchRule,
    Completion,
    CompletionKind,
    FeedbackTiming,
    Navigation,
    NavigationMode,
    Outcome,
)
from authoring.snapshot import AssetSnap, BankSnap, BlockSnap, ModuleSnap, PageSnap, QuestionSnap

Module = tuple[ModuleSnap, dict[str, bytes]]


def build(snap: ModuleSnap, blobs: dict[str, bytes], cache: Path) -> Any:
    from export.document import build_document

    return build_document(snap, blobs, image_cache=cache)


def png(width: int, height: int, colour: tuple[int, int, int]) -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (width, height), colour)
    draw = ImageDraw.Draw(img)
    draw.rectangle(
        (width // 8, height // 8, width * 7 // 8, height * 7 // 8), outline=(255, 255, 255), width=6
    )
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def _asset(name: str, data: bytes, media_type: str, ext: str, w: int = 0, h: int = 0) -> AssetSnap:

    return AssetSnap(
        name=name,
        sha256=hashlib.sha256(data).hexdigest(),
        media_type=media_type,
        extension=ext,
        size=len(data),
        width=w,
        height=h,
    )


def _block(kind: BlockKind, data: Any, tid: str) -> BlockSnap:
    return BlockSnap(id=uuid.uuid4(), kind=kind, tracking_id=tid, data=data)


def _question(kind: QuestionKind, stem: str, data: Any, **kw: Any) -> QuestionSnap:
    return QuestionSnap(id=uuid.uuid4(), kind=kind, stem=stem, data=data, **kw)


def kinds_module(
    *,
    feedback: FeedbackTiming = FeedbackTiming.IMMEDIATE,
    attempts: int = 0,
    mode: NavigationMode = NavigationMode.LINEAR,
    shuffle_questions: bool = False,
    show_correct: bool = True,
    language: str = "en",
    completion: CompletionKind = CompletionKind.VIEWED_ALL_AND_PASSED,
) -> tuple[ModuleSnap, dict[str, bytes]]:
    """A module with every block kind and every question kind, branching, a bank and a draw.

    Pages: 0 Welcome (text, image, callout, accordion, tabs), 1 Explore (flashcards, attachment,
    audio, video, reflection), 2 Scenario (choices to 3 or 4), 3 Branch A, 4 Branch B (topic
    "links"), 5 Practice (an unscored question; wrong -> page 3), 6 Quiz (seven kinds + a draw
    of 2 of the 3 bank questions tagged "links").
    """
    image = png(640, 360, (10, 88, 173))
    media = {
        "audio": b"ID3" + bytes(64),
        "video": bytes(64),
        "pdf": b"%PDF-1.4\n%%EOF\n" + bytes(2000),
    }
    assets = (
        _asset("images/blue.png", image, "image/png", "png", 640, 360),
        _asset("talk.mp3", media["audio"], "audio/mpeg", "mp3"),
        _asset("clip.mp4", media["video"], "video/mp4", "mp4"),
        _asset("checklist.pdf", media["pdf"], "application/pdf", "pdf"),
    )
    blobs = {
        assets[0].sha256: image,
        assets[1].sha256: media["audio"],
        assets[2].sha256: media["video"],
        assets[3].sha256: media["pdf"],
    }
    C = q.Choice
    single = _question(
        QuestionKind.SINGLE_CHOICE,
        "Which colour is the **sky** on a clear day?",
        q.ChoiceData(
            (
                C("a", "Blue", True, 100, "Yes, blue."),
                C("b", "Green", feedback="No."),
                C("c", "Red", feedback="No, red is sunset."),
                C("d", "Grey-blue", False, 50, "Half right: on a hazy day."),
            )
        ),
        feedback_correct="Well spotted.",
        feedback_incorrect="Look up.",
        tags=("links",),
        points=2,
    )
    multi = _question(
        QuestionKind.MULTIPLE_RESPONSE,
        "Which are even numbers?",
        q.ChoiceData(
            (
                C("a", "2", True, 50, "2 is even."),
                C("b", "4", True, 50),
                C("c", "3", False, -50, "3 is odd."),
                C("d", "5", False, -50),
            )
        ),
    )
    truefalse = _question(
        QuestionKind.TRUE_FALSE,
        "Water boils at 100 °C at sea level.",
        q.TrueFalseData(True, "Right.", "It does."),
    )
    fill = _question(
        QuestionKind.FILL_IN,
        "Which city is called the Big Apple?",
        q.FillInData((q.AcceptedAnswer("New York", "Yes."), q.AcceptedAnswer("NYC"))),
    )
    match = _question(
        QuestionKind.MATCHING,
        "Match each animal with its sound.",
        q.MatchingData(
            (
                q.MatchPair("a", "Cat", "Meow"),
                q.MatchPair("b", "Dog", "Woof"),
                q.MatchPair("c", "Cow", "Moo"),
            ),
            ("Quack",),
        ),
    )
    order = _question(
        QuestionKind.ORDERING,
        "Put the steps in order.",
        q.OrderingData(
            (
                q.OrderItem("a", "Stop"),
                q.OrderItem("b", "Look"),
                q.OrderItem("c", "Think"),
                q.OrderItem("d", "Report"),
            )
        ),
    )
    numeric = _question(
        QuestionKind.NUMERIC,
        "What is 7 divided by 2?",
        q.NumericData((q.NumericAnswer(3.5, 0.01, 100, "Exactly."),)),
    )
    practice = _question(
        QuestionKind.SINGLE_CHOICE,
        "Practice: is this a practice question?",
        q.ChoiceData((C("a", "Yes", True), C("b", "No"))),
    )
    bank_qs = tuple(
        _question(
            QuestionKind.TRUE_FALSE,
            f"Bank statement {i} is true.",
            q.TrueFalseData(True),
            tags=("links",) if i < 3 else ("other",),
        )
        for i in range(5)
    )
    bank = BankSnap(id=uuid.uuid4(), title="Bank", questions=bank_qs)
    pids = [uuid.uuid4() for _ in range(7)]
    Sec = b.Section
    pages = (
        PageSnap(
            pids[0],
            "Welcome",
            (
                _block(
                    BlockKind.TEXT,
                    b.TextData("Hello **learner**.\n\n## Why\n\n| A | B |\n|---|---|\n| 1 | 2 |"),
                    "t0000001",
                ),
                _block(
                    BlockKind.IMAGE,
                    b.ImageData(assets[0].sha256, "A blue rectangle", "A *blue* caption"),
                    "i0000001",
                ),
                _block(
                    BlockKind.CALLOUT,
                    b.CalloutData(b.CalloutStyle.TIP, "Remember", "Take breaks."),
                    "c0000001",
                ),
                _block(
                    BlockKind.ACCORDION,
                    b.SectionsData((Sec("First", "One."), Sec("Second", "Two."))),
                    "a0000001",
                ),
                _block(
                    BlockKind.TABS,
                    b.SectionsData(
                        (
                            Sec("Alpha", "Tab A text."),
                            Sec("Beta", "Tab B text."),
                            Sec("Gamma", "Tab C text."),
                        )
                    ),
                    "b0000001",
                ),
            ),
        ),
        PageSnap(
            pids[1],
            "Explore",
            (
                _block(
                    BlockKind.FLASHCARDS,
                    b.FlashcardsData(
                        (b.Card("Front one", "Back one"), b.Card("Front two", "Back two"))
                    ),
                    "f0000001",
                ),
                _block(
                    BlockKind.ATTACHMENT,
                    b.AttachmentData(assets[3].sha256, "Checklist", "checklist.pdf"),
                    "d0000001",
                ),
                _block(
                    BlockKind.AUDIO,
                    b.MediaData(assets[1].sha256, "A short talk", "Someone talks."),
                    "m0000001",
                ),
                _block(
                    BlockKind.VIDEO,
                    b.MediaData(assets[2].sha256, "A short clip", "Someone shows."),
                    "v0000001",
                ),
                _block(
                    BlockKind.REFLECTION,
                    b.ReflectionData("What will you change?", "Your plan"),
                    "r0000001",
                ),
            ),
        ),
        PageSnap(
            pids[2],
            "Scenario",
            (
                _block(
                    BlockKind.SCENARIO,
                    b.ScenarioData(
                        "A stranger calls. What do you do?",
                        (
                            b.ScenarioChoice("x", "Hang up", str(pids[3]), "Good call."),
                            b.ScenarioChoice("y", "Give the code", str(pids[4]), "Risky."),
                        ),
                    ),
                    "s0000001",
                ),
            ),
        ),
        PageSnap(
            pids[3], "Branch A", (_block(BlockKind.TEXT, b.TextData("You chose A."), "t0000003"),)
        ),
        PageSnap(
            pids[4],
            "Branch B",
            (_block(BlockKind.TEXT, b.TextData("You chose B."), "t0000004"),),
            topics=("links",),
        ),
        PageSnap(
            pids[5],
            "Practice",
            (
                _block(
                    BlockKind.QUESTION, b.QuestionRef(str(practice.id), scored=False), "p0000001"
                ),
            ),
        ),
        PageSnap(
            pids[6],
            "Quiz",
            (
                _block(BlockKind.TEXT, b.TextData("Answer all questions."), "t0000006"),
                _block(BlockKind.QUESTION, b.QuestionRef(str(single.id)), "q0000001"),
                _block(BlockKind.QUESTION, b.QuestionRef(str(multi.id)), "q0000002"),
                _block(BlockKind.QUESTION, b.QuestionRef(str(truefalse.id)), "q0000003"),
                _block(BlockKind.QUESTION, b.QuestionRef(str(fill.id)), "q0000004"),
                _block(BlockKind.QUESTION, b.QuestionRef(str(match.id)), "q0000005"),
                _block(BlockKind.QUESTION, b.QuestionRef(str(order.id)), "q0000006"),
                _block(BlockKind.QUESTION, b.QuestionRef(str(numeric.id)), "q0000007"),
                _block(
                    BlockKind.QUESTION_DRAW,
                    b.QuestionDrawData(str(bank.id), 2, ("links",)),
                    "w0000001",
                ),
            ),
        ),
    )
    rules = (BranchRule(str(pids[5]), str(practice.id), Outcome.INCORRECT, str(pids[3])),)
    snap = ModuleSnap(
        id=uuid.uuid4(),
        title="Every kind of block",
        language=language,
        pages=pages,
        questions=(single, multi, truefalse, fill, match, order, numeric, practice),
        banks=(bank,),
        assets=assets,
        navigation=Navigation(mode, rules, remediation=True),
        assessment=Assessment(
            pass_mark=80,
            attempts=attempts,
            shuffle_questions=shuffle_questions,
            shuffle_options=True,
            feedback=feedback,
            show_correct_answers=show_correct,
        ),
        completion=Completion(completion),
    )
    return snap, blobs


def big_module(n: int, kind: str = "mixed") -> Module:
    """A module with one page of `n` scored questions."""
    qs = []
    for i in range(n):
        if kind == "fill_in":
            qs.append(
                QuestionSnap(
                    uuid.uuid4(),
                    QuestionKind.FILL_IN,
                    f"Question {i}",
                    q.FillInData((q.AcceptedAnswer("yes"),)),
                )
            )
        elif i % 3 == 0:
            qs.append(
                QuestionSnap(
                    uuid.uuid4(),
                    QuestionKind.MULTIPLE_RESPONSE,
                    f"Question {i}",
                    q.ChoiceData(
                        tuple(
                            q.Choice(q.option_id(j), f"Option {j}", j < 2, 50 if j < 2 else -50)
                            for j in range(6)
                        )
                    ),
                )
            )
        elif i % 3 == 1:
            qs.append(
                QuestionSnap(
                    uuid.uuid4(),
                    QuestionKind.MATCHING,
                    f"Question {i}",
                    q.MatchingData(
                        tuple(q.MatchPair(q.option_id(j), f"L{j}", f"R{j}") for j in range(4))
                    ),
                )
            )
        else:
            qs.append(
                QuestionSnap(
                    uuid.uuid4(),
                    QuestionKind.FILL_IN,
                    f"Question {i}",
                    q.FillInData((q.AcceptedAnswer("yes"),)),
                )
            )
    blocks = tuple(
        BlockSnap(uuid.uuid4(), BlockKind.QUESTION, f"{i:08x}", b.QuestionRef(str(x.id)))
        for i, x in enumerate(qs)
    )
    snap = ModuleSnap(
        id=uuid.uuid4(),
        title="Big",
        pages=(PageSnap(uuid.uuid4(), "All", blocks),),
        questions=tuple(qs),
    )
    return snap, {}
