"""`check(module)`: the findings the editor shows and export refuses to start with.

Errors make a module unfit to publish (a question nobody can answer right, a branch to nowhere,
an image a screen reader cannot describe); warnings are advice for good microlearning.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from dataclasses import dataclass

from authoring import blocks as b
from authoring import questions as q
from authoring.estimate import estimated_minutes, page_words
from authoring.kinds import QuestionKind, Severity
from authoring.markdown import references
from authoring.results_stats import MIN_ATTEMPTS, TOO_EASY, TOO_HARD, QuestionStats, QuizStats
from authoring.settings import CompletionKind, Outcome
from authoring.snapshot import BlockSnap, ModuleSnap, QuestionSnap
from authoring.templates import guidance_in
from authoring.texts import block_texts

MAX_PAGE_WORDS = 400
MAX_MODULE_MINUTES = 15


@dataclass(frozen=True)
class Finding:
    """One problem: how bad, a stable code, a message for people, and where it is."""

    severity: Severity
    code: str
    message: str
    page: uuid.UUID | None = None
    block: uuid.UUID | None = None
    question: uuid.UUID | None = None


def has_errors(findings: list[Finding]) -> bool:
    """True when any finding is an error."""
    return any(f.severity is Severity.ERROR for f in findings)


def check(module: ModuleSnap, today: dt.date | None = None,
          results: QuizStats | None = None) -> list[Finding]:
    """Return every finding for `module`, in page order; module-wide ones first.

    With learners' `results`, questions they show to work badly are warned about too.
    """
    out: list[Finding] = []
    err, warn = Severity.ERROR, Severity.WARNING
    page_ids = {str(p.id) for p in module.pages}
    names = set(module.asset_by_name())
    shas = {a.sha256 for a in module.assets}
    today = today or dt.date.today()

    if not module.title.strip():
        out.append(Finding(err, "module.no_title", "The module has no title."))
    if not module.pages:
        out.append(Finding(err, "module.no_pages", "The module has no pages yet."))
    minutes = estimated_minutes(module)
    if minutes > MAX_MODULE_MINUTES:
        out.append(Finding(warn, "module.too_long",
                           f"The module takes about {minutes} minutes; microlearning stays under "
                           f"{MAX_MODULE_MINUTES}. Consider splitting it."))
    if module.review_by and module.review_by < today:
        out.append(Finding(warn, "module.stale",
                           f"The review-by date {module.review_by.isoformat()} has passed; "
                           "check that the content is still right."))
    tracking = Counter(bl.tracking_id for p in module.pages for bl in p.blocks)
    for tid, n in sorted(tracking.items()):
        if n > 1:
            page, block = next((p, bl) for p in module.pages for bl in p.blocks
                               if bl.tracking_id == tid)
            out.append(Finding(err, "block.duplicate_id",
                               f"{n} blocks share the tracking id {tid}, so learners' progress "
                               "would mix them up; delete the copies and duplicate the block "
                               "again.", page.id, block.id))
    scored = [bl for p in module.pages for bl in p.blocks
              if isinstance(bl.data, b.QuestionRef | b.QuestionDrawData) and bl.data.scored]
    if module.completion.kind is not CompletionKind.VIEWED_ALL and not scored:
        out.append(Finding(err, "module.nothing_to_pass",
                           "The completion rule needs a passed test, but no question is scored."))
    for i, rule in enumerate(module.navigation.rules, 1):
        where = f"Branching rule {i}"
        start = module.page(rule.from_page) if rule.from_page in page_ids else None
        at = start.id if start else None
        if rule.from_page not in page_ids:
            out.append(Finding(err, "branch.missing_from", f"{where} starts at a missing page."))
        if rule.target_page not in page_ids:
            out.append(Finding(err, "branch.missing_target", f"{where} leads to a missing page.",
                               at))
        question = module.question(rule.question)
        if question is None:
            out.append(Finding(err, "branch.missing_question",
                               f"{where} looks at a question that is not in the module.", at))
        elif rule.outcome is Outcome.CHOICE and not _has_option(question, rule.choice):
            out.append(Finding(err, "branch.missing_choice",
                               f"{where} looks at an answer the question does not have.", at,
                               question=question.id))

    for number, page in enumerate(module.pages, 1):
        label = f"Page {number} ({page.title or 'untitled'})"
        if not page.title.strip():
            out.append(Finding(warn, "page.no_title", f"Page {number} has no title.", page.id))
        if not page.blocks:
            out.append(Finding(warn, "page.empty", f"{label} is empty.", page.id))
        words = page_words(page)
        if words > MAX_PAGE_WORDS:
            out.append(Finding(warn, "page.too_long",
                               f"{label} has {words} words; keep pages under {MAX_PAGE_WORDS} "
                               "so they fit a short session. Split it or trim it.", page.id))
        for block in page.blocks:
            for code, sev, message in _block_problems(module, block, page_ids, names, shas):
                out.append(Finding(sev, code, f"{label}: {message}", page.id, block.id,
                                   _question_id(block)))
            if results is not None and (found := results.question(f"q-{block.tracking_id}")):
                out += _results_findings(found, label, page.id, block.id, _question_id(block))
    return out


def _results_findings(stats: QuestionStats, label: str, page: uuid.UUID, block: uuid.UUID,
                      question: uuid.UUID | None) -> list[Finding]:
    """Warnings from learners' results, once there are enough attempts to trust them."""
    f = stats.figures
    if f.attempts < MIN_ATTEMPTS or f.facility is None:
        return []
    where = f"{label}: after {f.attempts} attempts,"
    found = []
    if f.discrimination is not None and f.discrimination < 0:
        found.append(("results.negative_discrimination",
                      f"{where} learners who do well on the rest of the test do worse on this "
                      f"question (discrimination {f.discrimination:.0f} %): check its right "
                      "answer and wording."))
    if f.facility > TOO_EASY:
        found.append(("results.too_easy", f"{where} {f.facility:.0f} % get this question "
                      "right: it tells nobody apart."))
    elif f.facility < TOO_HARD:
        found.append(("results.too_hard", f"{where} only {f.facility:.0f} % get this question "
                      "right: check that it is taught and that its right answer is right."))
    return [Finding(Severity.WARNING, code, text, page, block, question) for code, text in found]


def _question_id(block: BlockSnap) -> uuid.UUID | None:
    if isinstance(block.data, b.QuestionRef) and block.data.question:
        try:
            return uuid.UUID(block.data.question)
        except ValueError:
            return None
    return None


def _has_option(question: QuestionSnap, option: str) -> bool:
    data = question.data
    return isinstance(data, q.ChoiceData) and any(c.id == option for c in data.choices)


def _markdown_of(data: b.BlockData) -> list[str]:
    if isinstance(data, b.TextData):
        return [data.markdown]
    if isinstance(data, b.CalloutData):
        return [data.markdown]
    if isinstance(data, b.SectionsData):
        return [s.markdown for s in data.items]
    if isinstance(data, b.FlashcardsData):
        return [t for c in data.cards for t in (c.front, c.back)]
    if isinstance(data, b.ScenarioData | b.ReflectionData):
        return [data.prompt]
    return []


Problem = tuple[str, Severity, str]


def _block_problems(module: ModuleSnap, block: BlockSnap, page_ids: set[str], names: set[str],
                    shas: set[str]) -> list[Problem]:
    err, warn = Severity.ERROR, Severity.WARNING
    d = block.data
    out: list[Problem] = []
    for text in _markdown_of(d):
        for ref in references(text):
            if ref not in names:
                out.append(("asset.missing_reference", err,
                            f"“{ref}” is referenced but is not among the module's files."))
    for path, text in block_texts(module, block):
        left = guidance_in(text)
        if left:
            out.append(("template.guidance", err,
                        f"{_field_words(path)} in the {block.kind.value.replace('_', ' ')} "
                        f"block is still the template's guidance: “{_short(left, 60)}”. Write "
                        "your own text there."))
    if isinstance(d, b.ImageData | b.MediaData | b.AttachmentData):
        if not d.asset:
            out.append(("asset.none", err, f"a {block.kind.value} block has no file chosen."))
        elif d.asset not in shas:
            out.append(("asset.missing", err, f"the {block.kind.value} file is missing."))
    if isinstance(d, b.ImageData) and not d.decorative and not d.alt.strip():
        out.append(("image.no_alt", err, "an image has no alt text; describe it for people "
                    "who cannot see it, or mark it decorative."))
    if isinstance(d, b.MediaData) and not d.transcript.strip():
        out.append(("media.no_transcript", warn,
                    f"the {block.kind.value} has no transcript for people who cannot hear it."))
    if isinstance(d, b.TextData) and not d.markdown.strip():
        out.append(("text.empty", warn, "a text block is empty."))
    if isinstance(d, b.SectionsData) and not d.items:
        out.append(("sections.empty", warn, f"the {block.kind.value} block has no sections."))
    if isinstance(d, b.FlashcardsData) and not d.cards:
        out.append(("flashcards.empty", warn, "the flashcards block has no cards."))
    if isinstance(d, b.ReflectionData) and not d.prompt.strip():
        out.append(("reflection.empty", warn, "a reflection prompt asks nothing."))
    if isinstance(d, b.ScenarioData):
        if len(d.choices) < 2:
            out.append(("scenario.few_choices", warn, "a scenario offers fewer than 2 choices."))
        for choice in d.choices:
            if choice.target_page and choice.target_page not in page_ids:
                out.append(("scenario.missing_target", err,
                            f"scenario choice “{choice.label}” leads to a missing page."))
            elif not choice.target_page:
                out.append(("scenario.no_target", err,
                            f"scenario choice “{choice.label}” leads nowhere; pick a page."))
    if isinstance(d, b.QuestionRef):
        question = module.question(d.question) if d.question else None
        if question is None:
            out.append(("question.missing", err, "a question block points at no question."))
        else:
            out.extend(question_problems(question))
    if isinstance(d, b.QuestionDrawData):
        bank = next((x for x in module.banks if str(x.id) == d.bank), None)
        if bank is None:
            out.append(("draw.missing_bank", err, "a random draw uses a missing question bank."))
        else:
            pool = [x for x in bank.questions if not d.tags or set(d.tags) & set(x.tags)]
            if len(pool) < d.count:
                out.append(("draw.too_few", err,
                            f"a random draw wants {d.count} questions but the bank “{bank.title}” "
                            f"has {len(pool)} that match."))
    return out


def question_problems(question: QuestionSnap) -> list[Problem]:
    """Return what is wrong with one question (also used for bank questions)."""
    err, warn = Severity.ERROR, Severity.WARNING
    name = f"question “{question.title or _short(question.stem)}”"
    d = question.data
    out: list[Problem] = []
    if not question.stem.strip():
        out.append(("question.no_stem", err, f"{name} asks nothing (empty question text)."))
    if isinstance(d, q.ChoiceData):
        correct = [c for c in d.choices if c.correct]
        if len(d.choices) < 2:
            out.append(("question.few_options", err, f"{name} needs at least two options."))
        if not correct:
            out.append(("question.no_correct", err, f"{name} has no correct answer."))
        elif question.kind is QuestionKind.SINGLE_CHOICE and len(correct) > 1:
            out.append(("question.many_correct", err,
                        f"{name} is single choice but has {len(correct)} correct answers."))
        if any(not c.text.strip() for c in d.choices):
            out.append(("question.empty_option", err, f"{name} has an empty option."))
        ids = [c.id for c in d.choices]
        if len(set(ids)) != len(ids):
            out.append(("question.duplicate_option", err, f"{name} repeats an option id."))
    elif isinstance(d, q.FillInData):
        if not any(a.text.strip() and a.weight >= 100 for a in d.answers):
            out.append(("question.no_correct", err, f"{name} accepts no answer."))
    elif isinstance(d, q.MatchingData):
        if len(d.pairs) < 2:
            out.append(("question.few_pairs", err, f"{name} needs at least two pairs."))
        if any(not p.left.strip() or not p.right.strip() for p in d.pairs):
            out.append(("question.empty_pair", err, f"{name} has an incomplete pair."))
    elif isinstance(d, q.OrderingData):
        if len(d.items) < 2:
            out.append(("question.few_items", err, f"{name} needs at least two items to order."))
    elif isinstance(d, q.NumericData):
        if not any(a.weight > 0 for a in d.answers):
            out.append(("question.no_correct", err, f"{name} has no correct value."))
    if question.points == 0:
        out.append(("question.no_points", warn, f"{name} is worth 0 points."))
    return out


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# How people name the text fields that block_texts() yields, by the path's last part.
_FIELD_WORDS = {
    "text": "the text", "title": "the title", "prompt": "the prompt", "body": "the text",
    "stem": "the question", "label": "a choice", "front": "a card's front",
    "back": "a card's back", "alt": "the alt text", "caption": "the caption",
    "transcript": "the transcript", "feedback_correct": "the feedback on a right answer",
    "feedback_incorrect": "the feedback on a wrong answer",
    "feedback_true": "the feedback on “true”", "feedback_false": "the feedback on “false”",
    "left": "a pair", "right": "a pair", "filename": "the file name",
}


def _field_words(path: str) -> str:
    """Name a text field for people: 'question/options/b/feedback' -> 'Option B's feedback'."""
    parts = path.split("/")
    last = parts[-1]
    if "options" in parts:
        words = f"option {parts[parts.index('options') + 1].upper()}"
        words += "'s feedback" if last == "feedback" else ""
    elif "choices" in parts:
        words = "a choice's feedback" if last == "feedback" else "a choice"
    elif "items" in parts and parts[0] in ("question", "questions"):
        words = "an item to order"
    elif "items" in parts:
        words = "a section's title" if last == "title" else "a section's text"
    else:
        words = _FIELD_WORDS.get(last, last.replace("_", " "))
    return words[0].upper() + words[1:]
