"""The questions of a module as results name them, and learners' responses read back.

The player names a question in interactions by a key: `q-<tracking id>` for a question placed
on a page, `b-<first 12 hex digits of its id>` for one drawn from a bank. SCORM 1.2 sends the
key alone, SCORM 2004 `urn:kiem:<module id>:<key>`, and xAPI an activity id that ends with it
(`…/questions/q-k7m2p9qa`); a question's own UUID at the end is understood too. Questions
deleted since (their blocks' tombstones) still count: older attempts answered them.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from authoring import blocks as b
from authoring import questions as q
from authoring.results_stats import Option, QuestionInfo
from authoring.snapshot import ModuleSnap, QuestionSnap

UUID = re.compile(r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}", re.I)
_SEGMENTS = re.compile(r"[/:#?=&]")
_CHARS_12 = "abcdefghijklmnopqrstuvwxyz0123456789"  # SCORM 1.2 choice letters, by position


@dataclass(frozen=True)
class KnownQuestion:
    """A question results may name: its key, where it is (or was), and its content if known."""

    key: str
    question: QuestionSnap | None  # None: deleted, its content is gone
    page_id: uuid.UUID | None
    scored: bool = True

    def info(self) -> QuestionInfo:
        """What the statistics need of it."""
        snap = self.question
        if snap is None:
            return QuestionInfo(self.key, f"{self.key} (deleted)", 1.0, self.scored)
        label = snap.title or " ".join(snap.stem.split())[:80] or self.key
        return QuestionInfo(self.key, label, snap.points, self.scored, options_of(snap))


class ModuleQuestions:
    """Every question key of one module, and the matching of interaction ids against them."""

    def __init__(self, module: ModuleSnap, deleted: Iterable[str] = ()) -> None:
        self.module = module
        self.keys: dict[str, KnownQuestion] = {}
        banks = {str(bank.id): bank for bank in module.banks}
        for page in module.pages:
            for block in page.blocks:
                data = block.data
                if isinstance(data, b.QuestionRef):
                    snap = module.question(data.question) if data.question else None
                    key = f"q-{block.tracking_id}"
                    self.keys[key] = KnownQuestion(key, snap, page.id, data.scored)
                elif isinstance(data, b.QuestionDrawData) and data.bank in banks:
                    for snap in banks[data.bank].questions:
                        key = f"b-{snap.id.hex[:12]}"
                        self.keys.setdefault(key, KnownQuestion(key, snap, page.id, data.scored))
        for tracking_id in deleted:
            self.keys.setdefault(f"q-{tracking_id}", KnownQuestion(f"q-{tracking_id}", None, None))
        self._by_id = {k.question.id.hex: k for k in self.keys.values() if k.question is not None}

    def find(self, interaction_id: str) -> KnownQuestion | None:
        """The question an interaction (or xAPI activity) id names, if it is one of these."""
        last = next((s for s in reversed(_SEGMENTS.split(interaction_id.strip())) if s), "")
        found = self.keys.get(last)
        if found is None and UUID.fullmatch(last):
            found = self._by_id.get(last.replace("-", "").lower())
        return found

    def foreign(self, interaction_id: str) -> str | None:
        """The other module's id when an interaction id names one (urn:kiem:<other id>:…)."""
        own = self.module.id.hex
        for match in UUID.finditer(interaction_id):
            found = match.group(0).replace("-", "").lower()
            if found != own and found not in self._by_id:
                return match.group(0)
        return None


def options_of(snap: QuestionSnap) -> tuple[Option, ...]:
    """The options a question offers, as results count them (none for free answers)."""
    data = snap.data
    if isinstance(data, q.ChoiceData):
        return tuple(Option(c.id, " ".join(c.text.split())[:60], c.correct) for c in data.choices)
    if isinstance(data, q.TrueFalseData):
        return (Option("true", "True", data.answer), Option("false", "False", not data.answer))
    return ()


def chosen_options(snap: QuestionSnap | None, response: str, *, scorm12: bool) -> tuple[str, ...]:
    """The option ids a response names: SCORM 1.2 letters by position, else ids; [] if none."""
    text = response.strip()
    if snap is None or not text:
        return ()
    data = snap.data
    if isinstance(data, q.TrueFalseData):
        word = text.lower()
        return ("true",) if word in ("t", "true", "1") else ("false",) if word in (
            "f", "false", "0") else ()
    if not isinstance(data, q.ChoiceData):
        return ()
    parts = [p.strip() for p in (text.split(",") if scorm12 else text.split("[,]")) if p.strip()]
    ids = [c.id for c in data.choices]
    if scorm12:
        by_letter = {_CHARS_12[i]: cid for i, cid in enumerate(ids) if i < len(_CHARS_12)}
        return tuple(by_letter[p] for p in parts if p in by_letter)
    return tuple(p for p in parts if p in ids)


def graded(snap: QuestionSnap | None, options: tuple[str, ...]) -> float | None:
    """The score (0..1) of chosen options when the report gives no result; None if unknown."""
    if snap is None or not options:
        return None
    data = snap.data
    if isinstance(data, q.TrueFalseData):
        return float(options == ("true",) if data.answer else options == ("false",))
    if isinstance(data, q.ChoiceData):
        return float(set(options) == {c.id for c in data.choices if c.correct})
    return None
