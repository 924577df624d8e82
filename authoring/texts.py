"""Every text field of a block or question, named by a stable path (`choices/b/label`).

Review anchors and suggestions address text by these paths; check looks through the same
fields for template guidance left in place.
"""

from __future__ import annotations

from collections.abc import Iterator

from authoring import blocks as b
from authoring import questions as q
from authoring.snapshot import BlockSnap, ModuleSnap, QuestionSnap


def block_texts(snap: ModuleSnap, block: BlockSnap) -> Iterator[tuple[str, str]]:
    """Yield (field path, text) for every text field of a block, questions included."""
    d = block.data
    if isinstance(d, b.TextData):
        yield "text", d.markdown
    elif isinstance(d, b.ImageData):
        yield from (("alt", d.alt), ("caption", d.caption))
    elif isinstance(d, b.MediaData):
        yield from (("title", d.title), ("transcript", d.transcript))
    elif isinstance(d, b.CalloutData):
        yield from (("title", d.title), ("text", d.markdown))
    elif isinstance(d, b.SectionsData):
        for i, section in enumerate(d.items):
            yield from ((f"items/{i}/title", section.title), (f"items/{i}/body", section.markdown))
    elif isinstance(d, b.FlashcardsData):
        for i, card in enumerate(d.cards):
            yield from ((f"cards/{i}/front", card.front), (f"cards/{i}/back", card.back))
    elif isinstance(d, b.AttachmentData):
        yield from (("label", d.label), ("filename", d.filename))
    elif isinstance(d, b.ReflectionData):
        yield from (("title", d.title), ("prompt", d.prompt))
    elif isinstance(d, b.ScenarioData):
        yield "prompt", d.prompt
        for choice in d.choices:
            yield from ((f"choices/{choice.id}/label", choice.label),
                        (f"choices/{choice.id}/feedback", choice.feedback))
    elif isinstance(d, b.QuestionRef):
        question = snap.question(d.question)
        if question is not None:
            yield from question_texts(question, "question/")
    elif isinstance(d, b.QuestionDrawData):
        for question in draw_pool(snap, d):
            yield from question_texts(question, f"questions/{question.id}/")


def draw_pool(snap: ModuleSnap, draw: b.QuestionDrawData) -> list[QuestionSnap]:
    """Return the bank questions a random draw may pick (all of them when it names no tags)."""
    bank = next((x for x in snap.banks if str(x.id) == draw.bank), None)
    if bank is None:
        return []
    return [x for x in bank.questions if not draw.tags or set(draw.tags) & set(x.tags)]


def question_texts(question: QuestionSnap, prefix: str) -> Iterator[tuple[str, str]]:
    """Yield (field path, text) for a question: title, stem, options, then feedback."""
    yield from ((f"{prefix}title", question.title), (f"{prefix}stem", question.stem))
    d = question.data
    if isinstance(d, q.ChoiceData):
        for c in d.choices:
            yield from ((f"{prefix}options/{c.id}/text", c.text),
                        (f"{prefix}options/{c.id}/feedback", c.feedback))
    elif isinstance(d, q.TrueFalseData):
        yield from ((f"{prefix}feedback_true", d.feedback_true),
                    (f"{prefix}feedback_false", d.feedback_false))
    elif isinstance(d, q.FillInData):
        for i, answer in enumerate(d.answers):
            yield from ((f"{prefix}answers/{i}/text", answer.text),
                        (f"{prefix}answers/{i}/feedback", answer.feedback))
    elif isinstance(d, q.MatchingData):
        for pair in d.pairs:
            yield from ((f"{prefix}pairs/{pair.id}/left", pair.left),
                        (f"{prefix}pairs/{pair.id}/right", pair.right))
        for i, distractor in enumerate(d.distractors):
            yield f"{prefix}distractors/{i}", distractor
    elif isinstance(d, q.OrderingData):
        for item in d.items:
            yield f"{prefix}items/{item.id}/text", item.text
    elif isinstance(d, q.NumericData):
        for i, numeric in enumerate(d.answers):
            yield f"{prefix}answers/{i}/feedback", numeric.feedback
    yield from ((f"{prefix}feedback_correct", question.feedback_correct),
                (f"{prefix}feedback_incorrect", question.feedback_incorrect))
