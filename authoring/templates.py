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
from authoring.tracking import new_tracking_id

DRAW_COUNT = 3  # questions the certification test draws from its bank of four

_EN = {
    "recurring_question.title": "Answer a recurring question",
    "recurring_question.about": "Got the same question three times? Turn the answer into a "
    "short module: a situation people recognise, why it matters, the steps, a quick check and "
    "where to find help.",
    "situation": "The situation",
    "situation.text": "Describe a moment your learners know from their own work, in two or three "
    "sentences. Give the person a name and add a real detail, for example: *It is Monday "
    "morning. Sam needs a room for ten people, but the booking tool only shows rooms for six.* "
    "End with the question people keep asking you.",
    "situation.reflect": "Replace this with a question that makes learners think of their own "
    "experience, for example: *When did this last happen to you, and what did you do?*",
    "why": "Why it matters",
    "why.text": "Explain in a few short sentences what goes wrong when people get this wrong, and "
    "what they gain when they get it right: time saved, fewer mistakes, a happier customer. "
    "Keep it concrete and about the learner, not about the rules.",
    "steps": "Step by step",
    "steps.text": "Write the steps as a numbered list. Start each step with a verb and keep it "
    "to one action.\n\n1. The first step, for example: *Open the booking tool.*\n2. The second "
    "step.\n3. The third step.\n\nThree to seven steps is plenty.",
    "tip": "Tip",
    "steps.tip": "Write down the mistake people make most often, and how to avoid it.",
    "check": "Quick check",
    "check.stem": "Ask about a real situation, for example: *Sam needs a room for ten people. "
    "What does Sam do first?* Ask about the step people most often get wrong.",
    "right": "The right answer (this option is marked correct)",
    "right.why": "Say why this is right.",
    "wrong": "A mistake people really make",
    "wrong.why": "Say what goes wrong with this choice.",
    "wrong2": "Another common mistake",
    "well_done": "Well done! Repeat in one sentence why this is right.",
    "not_quite": "Not quite. Point to the step that gives the answer.",
    "summary": "Summary and where to find help",
    "summary.text": "Sum up the answer in two or three points people will remember:\n\n- The "
    "key point\n- The second point\n\n**Need help?** Name the page, the colleague or the "
    "helpdesk to go to, and how to reach them.",
    "procedure_test.title": "Procedure with a certification test",
    "procedure_test.about": "For a procedure people must follow exactly and prove they know: an "
    "introduction, one page per step and a test that draws random questions from a question "
    "bank. Learners need 80% to pass and have three attempts.",
    "intro": "Introduction",
    "intro.text": "Say in two sentences what the procedure is for and when someone needs it. "
    "Then say what the learner can do after this module, and that a short test follows at the "
    "end.",
    "needs": "Before you start",
    "needs.text": "List what the learner needs: access rights, a tool, a form.",
    "step": "Step {n}",
    "step.text": "Describe this step: what to do, where to click or what to fill in, and how "
    "the learner can tell that it worked. Keep it to one action.",
    "picture": "Picture",
    "picture.text": "Add an image block with a screenshot or photo of this step, describe in its "
    "alt text what it shows, then delete this note.",
    "test": "Test",
    "test.text": "Time to show what you know. Answer the {n} questions below: you need 80% to "
    "pass, and you have three attempts.",
    "bank": "{title}: test questions",
    "bank.first": "Ask which step comes first, for example: *What do you do first when …?*",
    "bank.true_false": "Write a statement about the procedure that is true or false, for "
    "example: *You may skip step 2 when you are in a hurry.* (Marked false here.)",
    "bank.all": "Ask which things belong to the procedure (learners choose all that apply).",
    "belongs": "Something that belongs to the procedure (marked correct)",
    "belongs2": "Something else that belongs to it (marked correct)",
    "not_belongs": "Something that does not belong to it",
    "bank.order": "Put the steps in the right order.",
    "first": "The first step", "second": "The second step", "third": "The third step",
    "learn_apply_reflect.title": "Learn, apply, reflect",
    "learn_apply_reflect.about": "For a skill that takes judgement: start from what learners "
    "already know, explain the essentials, let them choose in a realistic scenario with feedback "
    "on each choice, and close with a reflection and a short check.",
    "pre": "What do you already know?",
    "pre.text": "Introduce the topic in one or two sentences and invite the learner to think "
    "before reading on.",
    "pre.reflect": "Replace this with a question about the learner's own experience, for "
    "example: *Think of the last time you … What went well?*",
    "learn": "The essentials",
    "learn.text": "Explain the main idea in plain words, in at most three short paragraphs: one "
    "idea per paragraph, with an example from daily work.",
    "learn.tip": "Give one practical tip people can use tomorrow.",
    "point": "Point {n}: give it a short title",
    "point.text": "Explain a detail, an exception or an example that not everyone needs to read.",
    "apply": "Try it",
    "apply.prompt": "Describe a realistic situation in which the learner has to decide, and end "
    "with the question: *What do you do?*",
    "best": "The best choice", "almost": "A choice that seems right but is not",
    "mistake": "A common mistake", "choice.feedback": "Say in one sentence what happens next.",
    "fb.best": "Good choice",
    "fb.best.text": "Explain why this is the best choice and what happens next in the situation.",
    "fb.almost": "Almost",
    "fb.almost.text": "Explain what this choice gets right, what it misses and what the better "
    "choice would have been.",
    "fb.mistake": "Not a good idea",
    "fb.mistake.text": "Explain kindly what goes wrong with this choice and what to do instead.",
    "what_now": "What now?", "again": "Try another choice", "continue": "Continue",
    "post": "Looking back",
    "post.reflect": "Replace this with a question that helps learners use this in their own "
    "work, for example: *What will you do differently next week?*",
    "post.stem": "Write a statement about the main idea that is true or false. (Marked true "
    "here.)",
}
_NL = {
    "recurring_question.title": "Beantwoord een vraag die steeds terugkomt",
    "recurring_question.about": "Kreeg je dezelfde vraag al drie keer? Maak van het antwoord "
    "een korte module: een herkenbare situatie, waarom het ertoe doet, de stappen, een korte "
    "check en waar je hulp vindt.",
    "situation": "De situatie",
    "situation.text": "Beschrijf in twee of drie zinnen een moment dat je lerenden kennen uit "
    "hun eigen werk. Geef de persoon een naam en een echt detail, bijvoorbeeld: *Het is maandag"
    "ochtend. Sam zoekt een zaal voor tien mensen, maar de boekingstool toont alleen zalen voor "
    "zes.* Sluit af met de vraag die mensen je steeds stellen.",
    "situation.reflect": "Vervang dit door een vraag die lerenden aan hun eigen ervaring laat "
    "denken, bijvoorbeeld: *Wanneer overkwam jou dit het laatst, en wat deed je toen?*",
    "why": "Waarom dit ertoe doet",
    "why.text": "Leg in een paar korte zinnen uit wat er misgaat als mensen dit fout doen, en "
    "wat ze winnen als het goed gaat: tijd, minder fouten, een tevreden klant. Houd het concreet "
    "en bij de lerende, niet bij de regels.",
    "steps": "Stap voor stap",
    "steps.text": "Schrijf de stappen als genummerde lijst. Begin elke stap met een werkwoord en "
    "houd het bij één handeling.\n\n1. De eerste stap, bijvoorbeeld: *Open de boekingstool.*\n"
    "2. De tweede stap.\n3. De derde stap.\n\nDrie tot zeven stappen is genoeg.",
    "tip": "Tip",
    "steps.tip": "Schrijf op welke fout mensen het vaakst maken, en hoe je die voorkomt.",
    "check": "Korte check",
    "check.stem": "Vraag naar een echte situatie, bijvoorbeeld: *Sam zoekt een zaal voor tien "
    "mensen. Wat doet Sam eerst?* Vraag naar de stap die mensen het vaakst fout doen.",
    "right": "Het juiste antwoord (deze optie staat op juist)",
    "right.why": "Zeg waarom dit juist is.",
    "wrong": "Een fout die mensen echt maken",
    "wrong.why": "Zeg wat er misgaat met deze keuze.",
    "wrong2": "Nog een veelgemaakte fout",
    "well_done": "Goed zo! Herhaal in één zin waarom dit juist is.",
    "not_quite": "Niet helemaal. Verwijs naar de stap die het antwoord geeft.",
    "summary": "Samenvatting en waar je hulp vindt",
    "summary.text": "Vat het antwoord samen in twee of drie punten die mensen onthouden:\n\n- "
    "Het belangrijkste punt\n- Het tweede punt\n\n**Hulp nodig?** Noem de pagina, de collega of "
    "de helpdesk waar je terechtkunt, en hoe je die bereikt.",
    "procedure_test.title": "Procedure met certificeringstoets",
    "procedure_test.about": "Voor een procedure die mensen precies moeten volgen en moeten kunnen "
    "aantonen: een inleiding, één pagina per stap en een toets met willekeurige vragen uit een "
    "vragenbank. Lerenden slagen met 80% en hebben drie pogingen.",
    "intro": "Inleiding",
    "intro.text": "Zeg in twee zinnen waarvoor de procedure dient en wanneer iemand die nodig "
    "heeft. Zeg daarna wat de lerende na deze module kan, en dat er aan het eind een korte toets "
    "volgt.",
    "needs": "Voor je begint",
    "needs.text": "Som op wat de lerende nodig heeft: toegangsrechten, een tool, een formulier.",
    "step": "Stap {n}",
    "step.text": "Beschrijf deze stap: wat je doet, waar je klikt of wat je invult, en hoe de "
    "lerende ziet dat het gelukt is. Houd het bij één handeling.",
    "picture": "Afbeelding",
    "picture.text": "Voeg een afbeeldingsblok toe met een schermafbeelding of foto van deze "
    "stap, beschrijf in de alt-tekst wat erop staat en verwijder dan deze notitie.",
    "test": "Toets",
    "test.text": "Tijd om te laten zien wat je weet. Beantwoord de {n} vragen hieronder: je hebt "
    "80% nodig om te slagen, en je hebt drie pogingen.",
    "bank": "{title}: toetsvragen",
    "bank.first": "Vraag welke stap eerst komt, bijvoorbeeld: *Wat doe je eerst als …?*",
    "bank.true_false": "Schrijf een bewering over de procedure die waar of niet waar is, "
    "bijvoorbeeld: *Als je haast hebt, mag je stap 2 overslaan.* (Hier op niet waar gezet.)",
    "bank.all": "Vraag welke dingen bij de procedure horen (lerenden kiezen alles wat klopt).",
    "belongs": "Iets wat bij de procedure hoort (staat op juist)",
    "belongs2": "Nog iets wat erbij hoort (staat op juist)",
    "not_belongs": "Iets wat er niet bij hoort",
    "bank.order": "Zet de stappen in de juiste volgorde.",
    "first": "De eerste stap", "second": "De tweede stap", "third": "De derde stap",
    "learn_apply_reflect.title": "Leren, toepassen, reflecteren",
    "learn_apply_reflect.about": "Voor een vaardigheid waarbij je moet afwegen: begin bij wat "
    "lerenden al weten, leg de kern uit, laat ze kiezen in een echt scenario met feedback op "
    "elke keuze, en sluit af met een reflectie en een korte check.",
    "pre": "Wat weet je al?",
    "pre.text": "Leid het onderwerp in met één of twee zinnen en nodig de lerende uit om eerst "
    "zelf na te denken.",
    "pre.reflect": "Vervang dit door een vraag over de eigen ervaring van de lerende, "
    "bijvoorbeeld: *Denk aan de laatste keer dat je … Wat ging er goed?*",
    "learn": "De kern",
    "learn.text": "Leg het hoofdidee uit in gewone woorden, in hooguit drie korte alinea's: één "
    "idee per alinea, met een voorbeeld uit het dagelijkse werk.",
    "learn.tip": "Geef één praktische tip die mensen morgen al kunnen gebruiken.",
    "point": "Punt {n}: geef het een korte titel",
    "point.text": "Leg een detail, een uitzondering of een voorbeeld uit dat niet iedereen hoeft "
    "te lezen.",
    "apply": "Probeer het",
    "apply.prompt": "Beschrijf een echte situatie waarin de lerende moet kiezen, en sluit af "
    "met de vraag: *Wat doe jij?*",
    "best": "De beste keuze", "almost": "Een keuze die goed lijkt maar het niet is",
    "mistake": "Een veelgemaakte fout", "choice.feedback": "Zeg in één zin wat er daarna gebeurt.",
    "fb.best": "Goede keuze",
    "fb.best.text": "Leg uit waarom dit de beste keuze is en wat er daarna gebeurt.",
    "fb.almost": "Bijna",
    "fb.almost.text": "Leg uit wat goed is aan deze keuze, wat er ontbreekt en wat de betere "
    "keuze was geweest.",
    "fb.mistake": "Geen goed idee",
    "fb.mistake.text": "Leg vriendelijk uit wat er misgaat met deze keuze en wat je beter doet.",
    "what_now": "En nu?", "again": "Probeer een andere keuze", "continue": "Verder",
    "post": "Terugblik",
    "post.reflect": "Vervang dit door een vraag die lerenden helpt dit in hun eigen werk te "
    "gebruiken, bijvoorbeeld: *Wat doe jij volgende week anders?*",
    "post.stem": "Schrijf een bewering over het hoofdidee die waar of niet waar is. (Hier op "
    "waar gezet.)",
}
TEXTS: dict[str, dict[str, str]] = {"en": _EN, "nl": _NL}
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
