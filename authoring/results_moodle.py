"""Read Moodle's SCORM "Interactions report" download, one attempt per row, streaming.

Moodle (mod/scorm/report/interactions) writes a header row, then one row per learner and
attempt: Name, the site's identity fields (Email address…), Attempt, Started on, Last accessed
on, Score, one column per SCO (its title), then per interaction N (from 0) the columns the
report's options ask for: "Question N" (the interaction id), "Response N", "Right answer N",
"Result N". Kiem needs Attempt, and for each N "Question N" with "Response N" or "Result N";
the learner is the "Email address" when there is one, else the "Name". Its text download is
tab-separated; saved from a spreadsheet it may use commas or semicolons: the header says which.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from authoring.errors import ImportFailed
from authoring.results_questions import ModuleQuestions, chosen_options, graded
from authoring.results_store import ReadAttempt, ReadResponse

Progress = Callable[[int, int, str], None]
SOURCE = "moodle-scorm-interactions"
_NUMBERED = re.compile(r"^(Question|Response|Right answer|Result) (\d+)$")
_LEARNER_COLUMNS = ("Email address", "Username", "ID number", "Name")
_DATE_FORMATS = ("%A, %d %B %Y, %I:%M %p", "%d %B %Y, %I:%M %p", "%A, %d %B %Y, %H:%M",
                 "%d %B %Y, %H:%M", "%d/%m/%Y, %H:%M", "%d/%m/%y, %H:%M", "%Y-%m-%d %H:%M:%S",
                 "%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%d %H:%M")
_PROGRESS_EVERY = 5000  # rows between progress reports
csv.field_size_limit(1 << 24)  # long free-text answers are real; 16 MB per cell is plenty


def read_report(path: Path, questions: ModuleQuestions, *, version: str = "",
                progress: Progress | None = None) -> Iterator[ReadAttempt]:
    """Yield the attempts of an interactions report; ImportFailed names file and line if wrong.

    Rows of learners who never attempted (Attempt "-") are skipped.
    """
    try:
        fh = path.open("r", encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise ImportFailed(f"{path}: cannot be read ({exc.strerror})") from None
    with fh:
        total = max(1, path.stat().st_size)
        try:
            yield from _rows(path, fh, questions, version, progress, total)
        except UnicodeDecodeError:
            raise ImportFailed(f"{path}: is not UTF-8 text; download the report again as "
                               "text or save it as CSV UTF-8") from None
        except csv.Error as exc:
            raise ImportFailed(f"{path}: cannot be read as a table ({exc})") from None


def _rows(path: Path, fh: IO[str], questions: ModuleQuestions, version: str,
          progress: Progress | None, total: int) -> Iterator[ReadAttempt]:
    first = fh.readline()
    layout = _Layout(path, first)
    reader = csv.reader(fh, delimiter=layout.delimiter)
    for count, row in enumerate(reader, 1):
        line = reader.line_num + 1  # the header was line 1
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != layout.width:
            raise ImportFailed(f"{path}, line {line}: has {len(row)} columns where the header "
                               f"has {layout.width}; the file is cut or mixed")
        attempt = layout.attempt(row, line, questions, version)
        if attempt is not None:
            yield attempt
        if progress is not None and count % _PROGRESS_EVERY == 0:
            progress(fh.buffer.tell(), total, f"{count:,} rows")  # type: ignore[attr-defined]


class _Layout:
    """Where each needed column of this report is."""

    def __init__(self, path: Path, header_line: str) -> None:
        self.path = path
        self.delimiter = max("\t,;", key=header_line.count)
        header = next(csv.reader([header_line], delimiter=self.delimiter), [])
        self.width = len(header)
        at = {name.strip(): i for i, name in enumerate(header)}
        self.learner = next((at[c] for c in _LEARNER_COLUMNS if c in at), None)
        self.attempt_col = at.get("Attempt")
        if self.learner is None or self.attempt_col is None:
            raise ImportFailed(
                f"{path}, line 1: this is not Moodle's SCORM interactions report (no "
                f"{'Name' if self.learner is None else 'Attempt'} column); download it from "
                "the SCORM activity: Reports › Interactions report, as text")
        self.started = at.get("Started on")
        self.ended = at.get("Last accessed on")
        self.score = at.get("Score")
        numbered: dict[int, dict[str, int]] = {}
        for name, i in at.items():
            if match := _NUMBERED.match(name):
                numbered.setdefault(int(match.group(2)), {})[match.group(1)] = i
        self.interactions = [numbered[n] for n in sorted(numbered)
                             if "Question" in numbered[n]]
        if not self.interactions or not all(
                "Response" in cols or "Result" in cols for cols in self.interactions):
            raise ImportFailed(
                f"{path}, line 1: the report has no \"Question N\" columns with their "
                "\"Response N\" or \"Result N\"; tick \"Question\", \"Response\" and \"Result\" "
                "in the report's options, then download it again")

    def attempt(self, row: list[str], line: int, questions: ModuleQuestions,
                version: str) -> ReadAttempt | None:
        """The attempt of one row (None for a learner without attempts)."""
        where = f"{self.path}, line {line}"
        number_text = row[self.attempt_col].strip()
        if number_text in ("", "-"):
            return None
        if not number_text.isdigit():
            raise ImportFailed(f"{where}: Attempt is “{number_text}”, not a number")
        learner = row[self.learner].strip()
        if not learner:
            raise ImportFailed(f"{where}: the learner's name is empty")
        number = int(number_text)
        attempt = ReadAttempt(key=f"moodle:{version}:{number}", learner=learner, version=version,
                              number=number, started_at=self._date(row, self.started),
                              ended_at=self._date(row, self.ended),
                              score=_score(row[self.score] if self.score is not None else ""))
        pass_mark = questions.module.assessment.pass_mark
        if attempt.score is not None:
            attempt.passed = attempt.score * 100 >= pass_mark
        for n, cols in enumerate(self.interactions):
            self._interaction(attempt, row, cols, f"{where}, Question {n}", questions)
        return attempt

    def _interaction(self, attempt: ReadAttempt, row: list[str], cols: dict[str, int],
                     where: str, questions: ModuleQuestions) -> None:
        interaction = row[cols["Question"]].strip()
        if not interaction:
            return
        known = questions.find(interaction)
        if known is None:
            other = questions.foreign(interaction)
            whose = (f"it belongs to another module ({other})" if other else
                     "no question of this module has that id")
            raise ImportFailed(f"{where}: “{interaction[:80]}” is not a question of "
                               f"“{questions.module.title}”: {whose}; is this the report of "
                               "another module?")
        response = row[cols["Response"]].strip() if "Response" in cols else ""
        scorm12 = not interaction.startswith("urn:")
        options = chosen_options(known.question, response, scorm12=scorm12)
        result = row[cols["Result"]].strip() if "Result" in cols else ""
        score = _result(result, where) if result else graded(known.question, options)
        attempt.responses[known.key] = ReadResponse(
            response, options, score, known.question.id if known.question else None,
            attempt.ended_at)
        if known.page_id is not None:
            attempt.pages.add(known.page_id)

    def _date(self, row: list[str], col: int | None) -> dt.datetime | None:
        """A date as Moodle writes it in English; None when absent or in another language."""
        text = row[col].strip() if col is not None else ""
        for fmt in _DATE_FORMATS if text and text != "-" else ():
            try:
                at = dt.datetime.strptime(text, fmt)  # noqa: DTZ007 - the site's zone: unknown
            except ValueError:
                continue
            return at if at.tzinfo else at.replace(tzinfo=dt.UTC)
        return None


def _score(text: str) -> float | None:
    """The attempt's score "80" or "80/100" as 0..1; None for a status ("Incomplete") or none."""
    raw, _slash, most = text.strip().partition("/")
    try:
        value = float(raw.replace(",", "."))
        top = float(most.replace(",", ".")) if most else 100.0
    except ValueError:
        return None
    return max(0.0, min(1.0, value / top)) if top > 0 else None


def _result(text: str, where: str) -> float | None:
    """An interaction's result as 0..1: correct, wrong/incorrect, neutral or a number."""
    word = text.lower()
    if word == "correct":
        return 1.0
    if word in ("wrong", "incorrect"):
        return 0.0
    if word in ("neutral", "unanticipated"):
        return None
    try:
        value = float(word.replace(",", "."))
    except ValueError:
        raise ImportFailed(f"{where}: the result “{text[:40]}” is none of correct, wrong, "
                           "incorrect, neutral or a number") from None
    return max(0.0, min(1.0, value if value <= 1 else value / 100))
