"""A 10-question certification quiz with known flaws, and learners answering it.

Question 4 (index 3) has the wrong key: the module says option a, but the right answer is b,
which learners who know the topic choose. Question 8 (index 7) is a giveaway everyone gets
right. The learners' answers are written out as Moodle's interactions report and as xAPI
statements, and the Moodle figures are computed here directly (with `statistics`) to check
what Kiem computes through its own code.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import random
import statistics
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from authoring.kinds import QuestionKind
from authoring.questions import Choice, ChoiceData, QuestionDraft
from authoring.services import Services

WRONG_KEY, GIVEAWAY = 3, 7
LETTERS = "abcd"


@dataclass
class Quiz:
    """The module as the tests know it: its id, question keys by index, page ids."""

    module_id: uuid.UUID
    title: str
    keys: list[str]
    pages: list[uuid.UUID]


@dataclass
class Learner:
    """A learner's first attempt (choices by question index), and an optional second one."""

    email: str
    name: str
    choices: dict[int, str]
    second: dict[int, str] = field(default_factory=dict)
    registration: str = field(default_factory=lambda: str(uuid.uuid4()))


def make_quiz(services: Services, title: str = "Help-desk certification") -> Quiz:
    """Two pages of five single-choice questions (key: a) and a last page without any."""
    module_id = services.modules.create(title).id
    pages = [services.pages.add(module_id, name).id for name in
             ("Passwords", "Phishing", "Wrap-up")]
    for i in range(10):
        draft = QuestionDraft(QuestionKind.SINGLE_CHOICE, f"Question {i + 1}: which is right?",
                              ChoiceData(tuple(Choice(o, f"Answer {o.upper()}{i + 1}", o == "a")
                                               for o in LETTERS)))
        services.questions.add_to_page(pages[i // 5], draft)
    snap = services.modules.snapshot(module_id)
    keys = [f"q-{b.tracking_id}" for p in snap.pages for b in p.blocks]
    return Quiz(module_id, title, keys, pages)


def learners(count: int = 200, seed: int = 14) -> list[Learner]:
    """Learners of spread ability; one in ten stops after the first page."""
    rng = random.Random(seed)
    difficulty = [-1.5 + 3 * i / 9 for i in range(10)]
    out = []
    for n in range(count):
        ability = rng.gauss(0, 1)
        stops = n % 10 == 9
        choices = {}
        for i in range(5 if stops else 10):
            chance = 1 / (1 + math.exp(-1.7 * (ability - difficulty[i])))
            knows = i == GIVEAWAY or rng.random() < chance
            right = "b" if i == WRONG_KEY else "a"
            guess = rng.choice("acd" if i == WRONG_KEY else LETTERS)
            choices[i] = right if knows else guess
        second = {i: "a" for i in range(10)} if n % 20 == 0 else {}
        out.append(Learner(f"learner{n}@example.com", f"Learner {n}", choices, second))
    return out


def mark(index: int, choice: str) -> float:
    """What the module gives for a choice (its key is a, even where that is wrong)."""
    return float(choice == "a")


def expected(people: list[Learner]) -> dict[int, dict[str, float | None]]:
    """Moodle's figures per question index, computed directly from first attempts."""
    totals = [sum(mark(i, c) for i, c in p.choices.items()) for p in people]
    out = {}
    for i in range(10):
        x = [mark(i, p.choices[i]) for p in people if i in p.choices]
        rest = [t - mark(i, p.choices[i]) for p, t in zip(people, totals, strict=True)
                if i in p.choices]
        spread = statistics.variance(x) > 0 and statistics.variance(rest) > 0
        out[i] = {
            "attempts": len(x),
            "facility": 100 * statistics.fmean(x),
            "discrimination": 100 * statistics.correlation(x, rest) if spread else None,
            "efficiency": (100 * statistics.covariance(x, rest)
                           / statistics.covariance(sorted(x), sorted(rest))) if spread else None,
        }
    return out


def write_moodle_report(path: Path, quiz: Quiz, people: list[Learner], *,
                        delimiter: str = "\t") -> None:
    """Moodle's interactions report download: one row per learner and attempt (SCORM 1.2)."""
    header = ["Name", "Email address", "Attempt", "Started on", "Last accessed on", "Score",
              quiz.title]
    for n in range(10):
        header += [f"Question {n}", f"Response {n}", f"Right answer {n}", f"Result {n}"]
    start = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, delimiter=delimiter)
        out.writerow(header)
        out.writerow(["Never Started", "idle@example.com", "-", "-", "-", "-", "Not attempted"]
                     + [""] * 40)
        for n, person in enumerate(people):
            for number, choices in ((1, person.choices), (2, person.second)):
                if not choices:
                    continue
                when = start + dt.timedelta(hours=n, days=number)
                score = round(100 * sum(mark(i, c) for i, c in choices.items()) / 10)
                row = [person.name, person.email, str(number),
                       when.strftime("%A, %d %B %Y, %I:%M %p"),
                       (when + dt.timedelta(minutes=9)).strftime("%A, %d %B %Y, %I:%M %p"),
                       str(score), f"{score}/100"]
                for i, choice in choices.items():
                    row += [quiz.keys[i], choice, "a", "correct" if mark(i, choice) else "wrong"]
                row += [""] * (len(header) - len(row))
                out.writerow(row)


def statements(quiz: Quiz, people: list[Learner], *, version: str = "1",
               start: dt.datetime | None = None) -> list[dict[str, Any]]:
    """cmi5-style statements of each learner's first attempt, as Kiem's reader takes them.

    Learners start ten minutes apart from `start` (default: three days ago).
    """
    activity = f"https://kiem.example.com/modules/{quiz.module_id}"
    start = start or dt.datetime.now(dt.UTC) - dt.timedelta(days=3)
    out = []
    for n, person in enumerate(people):
        when = start + dt.timedelta(minutes=10 * n)
        context = {"registration": person.registration, "contextActivities": {
            "grouping": [{"id": f"{activity}/versions/{version}", "objectType": "Activity"}]}}
        actor = {"objectType": "Agent", "mbox": f"mailto:{person.email}", "name": person.name}

        def say(verb: str, obj: dict[str, Any], result: dict[str, Any] | None = None,
                context: dict[str, Any] = context, actor: dict[str, Any] = actor,
                when: dt.datetime = when) -> None:
            st: dict[str, Any] = {"id": str(uuid.uuid4()), "actor": actor,
                                  "verb": {"id": f"http://adlnet.gov/expapi/verbs/{verb}"},
                                  "object": {"objectType": "Activity", **obj},
                                  "context": context,
                                  "timestamp": (when + dt.timedelta(seconds=len(out) % 600))
                                  .isoformat()}
            if result is not None:
                st["result"] = result
            out.append(st)

        say("initialized", {"id": activity})
        reached = {quiz.pages[i // 5] for i in person.choices}
        if len(person.choices) == 10:
            reached.add(quiz.pages[2])  # read to the end
        for page in quiz.pages:
            if page in reached:
                say("experienced", {"id": f"{activity}/pages/{page}"})
        for i, choice in person.choices.items():
            say("answered", {"id": f"{activity}/questions/{quiz.keys[i]}", "definition": {
                "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
                "interactionType": "choice", "correctResponsesPattern": ["a"]}},
                {"response": choice, "success": bool(mark(i, choice)),
                 "score": {"scaled": mark(i, choice)}})
        scaled = sum(mark(i, c) for i, c in person.choices.items()) / 10
        say("passed" if scaled >= 0.8 else "failed", {"id": activity},
            {"score": {"scaled": scaled}, "success": scaled >= 0.8})
        say("terminated", {"id": activity})
    return out
