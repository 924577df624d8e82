"""Starting structures for new modules that build good microlearning in for the author.

Each template is a module snapshot with placeholder text in the module's language (English when
there is no translation) that says, in plain words, what belongs on each page.
"""

from __future__ import annotations

import functools
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from authoring import blocks as b
from authoring import questions as q
from authoring.kinds import BlockKind, QuestionKind
from authoring.settings import Assessment, Completion, CompletionKind
from authoring.snapshot import BankSnap, BlockSnap, ModuleSnap, PageSnap, QuestionSnap
from authoring.template_texts import TEXTS
from authoring.tracking import new_tracking_id

DRAW_COUNT = 3  # questions the certification test draws from its bank of four

_EN = TEXTS["en"]
# Texts that may stay as they are: page titles, labels, the test's instructions. Every other
# text tells the author what to write and must never reach learners (check says so).
_KEEPABLE = frozenset({
    "situation", "why", "steps", "tip", "check", "summary", "intro", "needs", "step",
    "picture", "test", "test.text", "bank", "pre", "learn", "apply", "fb.best", "fb.almost",
    "fb.mistake", "what_now", "again", "continue", "post",
})
_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_SHORTEST_GUIDANCE = 12  # characters; shorter fragments are too plain to call guidance


def fragments(text: str) -> list[str]:
    """Split Markdown into comparable pieces: paragraphs and list items, spaces folded."""
    out = []
    for paragraph in re.split(r"\n\s*\n", text):
        lines = paragraph.splitlines()
        pieces = lines if any(_LIST_MARK.match(line) for line in lines) else [paragraph]
        for piece in pieces:
            words = " ".join(_LIST_MARK.sub("", piece).split())
            if words:
                out.append(words)
    return out


@functools.cache
def guidance() -> frozenset[str]:
    """Every paragraph and list item of template guidance, in every language, normalised."""
    found: set[str] = set()
    for table in TEXTS.values():
        for key, text in table.items():
            if key in _KEEPABLE or key.endswith((".title", ".about")):
                continue
            for n in range(1, 10):  # numbered texts ("Point {n}: …")
                found.update(f.casefold() for f in fragments(text.format(n=n, title=""))
                             if len(f) >= _SHORTEST_GUIDANCE)
    return frozenset(found)


@functools.cache
def _guidance_as_read() -> frozenset[str]:
    """The guidance as a reader sees it (Markdown's marks gone), normalised."""
    from authoring.markdown import plain_text  # noqa: PLC0415 - the parser, only when asked

    return frozenset(" ".join(plain_text(f).split()).casefold() for f in guidance())


def reads_as_guidance(shown: str) -> bool:
    """True when one shown paragraph or list item is template guidance, word for word."""
    return " ".join(shown.split()).casefold() in _guidance_as_read()


def guidance_in(text: str) -> str:
    """Return the first piece of `text` that is still template guidance, or ""."""
    known = guidance()
    return next((f for f in fragments(text) if f.casefold() in known), "")


def localized(language: str, key: str, **values: object) -> str:
    """Return a placeholder text in `language` (`nl-BE` uses `nl`), else in English."""
    table = TEXTS.get(language.split("-")[0].lower(), _EN)
    return table.get(key, _EN[key]).format(**values)


@dataclass
class _Draft:
    """A module being laid out: pages, questions and a bank, in the module's language."""

    language: str
    pages: list[PageSnap] = field(default_factory=list)
    questions: list[QuestionSnap] = field(default_factory=list)
    banks: list[BankSnap] = field(default_factory=list)
    _tracking: set[str] = field(default_factory=set)

    def t(self, key: str, **values: object) -> str:
        """Return the text `key` in the draft's language."""
        return localized(self.language, key, **values)

    def block(self, kind: BlockKind, data: b.BlockData) -> BlockSnap:
        """Return a block with a tracking id unique in the module."""
        tid = new_tracking_id(self._tracking)
        self._tracking.add(tid)
        return BlockSnap(id=uuid.uuid4(), kind=kind, tracking_id=tid, data=data)

    def text(self, key: str, **values: object) -> BlockSnap:
        """Return a text block."""
        return self.block(BlockKind.TEXT, b.TextData(self.t(key, **values)))

    def callout(self, style: b.CalloutStyle, title: str, key: str) -> BlockSnap:
        """Return a callout block."""
        return self.block(BlockKind.CALLOUT, b.CalloutData(style, self.t(title), self.t(key)))

    def reflect(self, key: str) -> BlockSnap:
        """Return a reflection prompt."""
        return self.block(BlockKind.REFLECTION, b.ReflectionData(prompt=self.t(key)))

    def scenario(self, prompt: str, *choices: tuple[str, str, uuid.UUID]) -> BlockSnap:
        """Return a scenario whose choices (label key, feedback key, target page) branch."""
        return self.block(BlockKind.SCENARIO, b.ScenarioData(self.t(prompt), tuple(
            b.ScenarioChoice(q.option_id(i), self.t(label), str(target),
                             self.t(feedback) if feedback else "")
            for i, (label, feedback, target) in enumerate(choices))))

    def question(self, kind: QuestionKind, stem: str, data: q.QuestionData) -> QuestionSnap:
        """Return a question with the usual feedback."""
        return QuestionSnap(id=uuid.uuid4(), kind=kind, stem=self.t(stem), data=data,
                            feedback_correct=self.t("well_done"),
                            feedback_incorrect=self.t("not_quite"))

    def place(self, question: QuestionSnap) -> BlockSnap:
        """Return a block placing `question`, which becomes one of the module's own."""
        self.questions.append(question)
        return self.block(BlockKind.QUESTION, b.QuestionRef(str(question.id)))

    def choices(self, *options: tuple[str, bool, str]) -> q.ChoiceData:
        """Return choice data from (text key, correct, feedback key) triples."""
        return q.ChoiceData(tuple(
            q.Choice(q.option_id(i), self.t(key), correct, 100.0 if correct else 0.0,
                     self.t(why) if why else "")
            for i, (key, correct, why) in enumerate(options)))

    def page(self, title: str, *blocks: BlockSnap, page_id: uuid.UUID | None = None,
             **values: object) -> None:
        """Add a page titled by the text `title`."""
        self.pages.append(PageSnap(id=page_id or uuid.uuid4(), title=self.t(title, **values),
                                   blocks=blocks))


def _recurring(d: _Draft, _title: str) -> dict[str, object]:
    d.page("situation", d.text("situation.text"), d.reflect("situation.reflect"))
    d.page("why", d.text("why.text"))
    d.page("steps", d.text("steps.text"), d.callout(b.CalloutStyle.TIP, "tip", "steps.tip"))
    options = d.choices(("right", True, "right.why"), ("wrong", False, "wrong.why"),
                        ("wrong2", False, "wrong.why"))
    d.page("check", d.place(d.question(QuestionKind.SINGLE_CHOICE, "check.stem", options)))
    d.page("summary", d.text("summary.text"))
    return {}


def _procedure(d: _Draft, title: str) -> dict[str, object]:
    d.page("intro", d.text("intro.text"), d.callout(b.CalloutStyle.INFO, "needs", "needs.text"))
    for n in (1, 2, 3):
        d.page("step", d.text("step.text"),
               d.callout(b.CalloutStyle.INFO, "picture", "picture.text"), n=n)
    steps = q.OrderingData(tuple(q.OrderItem(q.option_id(i), d.t(key))
                                 for i, key in enumerate(("first", "second", "third"))))
    bank = BankSnap(id=uuid.uuid4(), title=d.t("bank", title=title)[:300], questions=(
        d.question(QuestionKind.SINGLE_CHOICE, "bank.first",
                   d.choices(("right", True, "right.why"), ("wrong", False, "wrong.why"))),
        d.question(QuestionKind.TRUE_FALSE, "bank.true_false", q.TrueFalseData(answer=False)),
        d.question(QuestionKind.MULTIPLE_RESPONSE, "bank.all", d.choices(
            ("belongs", True, ""), ("belongs2", True, ""), ("not_belongs", False, ""))),
        d.question(QuestionKind.ORDERING, "bank.order", steps),
    ))
    d.banks.append(bank)
    draw = d.block(BlockKind.QUESTION_DRAW, b.QuestionDrawData(str(bank.id), DRAW_COUNT))
    d.page("test", d.text("test.text", n=DRAW_COUNT), draw)
    return {"assessment": Assessment(pass_mark=80, attempts=3),
            "completion": Completion(CompletionKind.VIEWED_ALL_AND_PASSED)}


def _learn_apply_reflect(d: _Draft, _title: str) -> dict[str, object]:
    apply, best, almost, mistake, post = (uuid.uuid4() for _ in range(5))
    d.page("pre", d.text("pre.text"), d.reflect("pre.reflect"))
    sections = b.SectionsData(tuple(b.Section(d.t("point", n=n), d.t("point.text"))
                                    for n in (1, 2, 3)))
    d.page("learn", d.text("learn.text"), d.callout(b.CalloutStyle.TIP, "tip", "learn.tip"),
           d.block(BlockKind.ACCORDION, sections))
    d.page("apply", d.scenario("apply.prompt", ("best", "choice.feedback", best),
                               ("almost", "choice.feedback", almost),
                               ("mistake", "choice.feedback", mistake)), page_id=apply)
    for page_id, key in ((best, "fb.best"), (almost, "fb.almost"), (mistake, "fb.mistake")):
        d.page(key, d.text(f"{key}.text"),
               d.scenario("what_now", ("again", "", apply), ("continue", "", post)),
               page_id=page_id)
    check = d.question(QuestionKind.TRUE_FALSE, "post.stem", q.TrueFalseData(answer=True))
    d.page("post", d.reflect("post.reflect"), d.place(check), page_id=post)
    return {}


@dataclass(frozen=True)
class Template:
    """A starting structure: a key, a title and description per language, and its layout."""

    key: str
    _layout: Callable[[_Draft, str], dict[str, object]] = field(repr=False, compare=False)

    def title(self, language: str) -> str:
        """Return the template's name in `language` (English when there is no translation)."""
        return localized(language, f"{self.key}.title")

    def description(self, language: str) -> str:
        """Return what the template is for, in `language`."""
        return localized(language, f"{self.key}.about")

    def snapshot(self, title: str, language: str = "en", owner: str = "",
                 group_name: str = "") -> ModuleSnap:
        """Return a new module (fresh ids) laid out by this template, with placeholder text."""
        draft = _Draft(language)
        settings = self._layout(draft, title)
        return ModuleSnap(
            id=uuid.uuid4(), title=title, language=language, owner=owner, group_name=group_name,
            pages=tuple(draft.pages), questions=tuple(draft.questions), banks=tuple(draft.banks),
            **settings,  # type: ignore[arg-type]
        )


TEMPLATES: tuple[Template, ...] = (
    Template("recurring_question", _recurring),
    Template("procedure_test", _procedure),
    Template("learn_apply_reflect", _learn_apply_reflect),
)


def template(key: str) -> Template | None:
    """Return the template with this key, if there is one."""
    return next((t for t in TEMPLATES if t.key == key), None)
