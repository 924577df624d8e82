"""Write learners' attempts into the workspace: merged by key, learners hashed unless asked not to.

Readers (an LMS report, an LRS) produce `ReadAttempt`s with the learner as the source names
them; here the learner becomes a salted HMAC-SHA256 of that name (the salt is the workspace's
own, made at the first import) unless names were asked for. An attempt's id is derived from
its module and key, so reading the same attempt again (a newer report, the next pull) updates
it instead of counting it twice; the answer given last wins. Batches keep memory flat.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from authoring.models import (
    ResultAttempt,
    ResultPageVisit,
    ResultPull,
    ResultResponse,
    ResultsSalt,
)

BATCH = 2000  # attempts written per statement batch
_NAMESPACE = uuid.UUID("5f0c6a34-8f0e-4d7e-9a53-6b1c9e2d4a10")  # attempt ids: uuid5(this, …)


@dataclass(frozen=True)
class ReadResponse:
    """An answer as read: the raw response, the options it names, its score (0..1) if known."""

    response: str
    options: tuple[str, ...] = ()
    score: float | None = None
    question_id: uuid.UUID | None = None
    answered_at: dt.datetime | None = None


@dataclass
class ReadAttempt:
    """An attempt as a source tells it; `key` tells it apart within the source, learner aside."""

    key: str
    learner: str
    version: str = ""
    number: int | None = None
    started_at: dt.datetime | None = None
    ended_at: dt.datetime | None = None
    score: float | None = None
    passed: bool | None = None
    responses: dict[str, ReadResponse] = field(default_factory=dict)
    pages: set[uuid.UUID] = field(default_factory=set)

    def merge(self, other: ReadAttempt) -> None:
        """Take what `other` (later statements of the same attempt) adds or changes."""
        self.started_at = _earliest(self.started_at, other.started_at)
        self.ended_at = _latest(self.ended_at, other.ended_at)
        self.number = other.number if other.number is not None else self.number
        self.version = other.version or self.version
        self.score = other.score if other.score is not None else self.score
        self.passed = other.passed if other.passed is not None else self.passed
        for key, answer in other.responses.items():
            self.responses[key] = newer(self.responses.get(key), answer)
        self.pages |= other.pages


def newer(old: ReadResponse | None, new: ReadResponse) -> ReadResponse:
    """The answer given last (the new one when either time is unknown)."""
    if old is None or old.answered_at is None or new.answered_at is None:
        return new
    return new if new.answered_at >= old.answered_at else old


def _earliest(a: dt.datetime | None, b: dt.datetime | None) -> dt.datetime | None:
    return min((t for t in (a, b) if t is not None), default=None)


def _latest(a: dt.datetime | None, b: dt.datetime | None) -> dt.datetime | None:
    return max((t for t in (a, b) if t is not None), default=None)


def workspace_salt(session: Session) -> bytes:
    """The workspace's salt for learner hashes, made (in this transaction) when missing."""
    row = session.get(ResultsSalt, 1)
    if row is None:
        row = ResultsSalt(id=1, salt=os.urandom(32))
        session.add(row)
        session.flush()
    return row.salt


def learner_hash(salt: bytes, learner: str) -> str:
    """A learner's name as the workspace keeps it by default: not reversible without the salt."""
    digest = hmac.new(salt, learner.strip().encode("utf-8"), hashlib.sha256).hexdigest()
    return f"h:{digest[:32]}"


def attempt_id(module_id: uuid.UUID, key: str) -> uuid.UUID:
    """The id an attempt keeps however often it is read."""
    return uuid.uuid5(_NAMESPACE, f"{module_id}/{key}")


def save_attempts(session: Session, module_id: uuid.UUID, source: str,
                  attempts: Iterable[ReadAttempt], *, keep_names: bool) -> int:
    """Write attempts (merging with those already stored); return how many were read."""
    salt = workspace_salt(session)
    count = 0
    for batch in _batches(attempts):
        _save_batch(session, module_id, source, batch, salt, keep_names)
        count += len(batch)
    return count


def _batches(attempts: Iterable[ReadAttempt]) -> Iterator[list[ReadAttempt]]:
    it = iter(attempts)
    while batch := list(islice(it, BATCH)):
        yield batch


def _save_batch(session: Session, module_id: uuid.UUID, source: str, batch: list[ReadAttempt],
                salt: bytes, keep_names: bool) -> None:
    merged: dict[uuid.UUID, tuple[ReadAttempt, str, str]] = {}
    for read in batch:
        hashed = learner_hash(salt, read.learner)
        key = f"{read.key}:{hashed}"  # a hash in every key: names or not, the same attempt
        aid = attempt_id(module_id, key)
        if aid in merged:
            merged[aid][0].merge(read)
        else:
            merged[aid] = (replace(read, responses=dict(read.responses), pages=set(read.pages)),
                           key, read.learner.strip() if keep_names else hashed)
    ids = list(merged)
    stored = {row.id: row for row in session.execute(
        sa.select(ResultAttempt.__table__).where(ResultAttempt.id.in_(ids)))}
    answers = _stored_answers(session, ids)
    pages = {(aid, page) for aid, page in session.execute(
        sa.select(ResultPageVisit.attempt_id, ResultPageVisit.page_id)
        .where(ResultPageVisit.attempt_id.in_(ids)))}
    new_rows, old_rows = [], []
    for aid, (read, key, learner) in merged.items():
        old = stored.get(aid)
        if old is not None:
            read = _with_stored(read, old)
        values = {"id": aid, "module_id": module_id, "key": key, "source": source,
                  "version": read.version, "learner": learner, "learner_named": keep_names,
                  "number": read.number, "started_at": read.started_at,
                  "ended_at": read.ended_at, "score": read.score, "passed": read.passed}
        (old_rows if old is not None else new_rows).append(values)
    _insert(session, ResultAttempt, new_rows)
    _update(session, ResultAttempt, old_rows, ("id",))
    _save_answers(session, merged, answers)
    visits = [{"attempt_id": aid, "page_id": page} for aid, (read, _k, _l) in merged.items()
              for page in read.pages if (aid, page) not in pages]
    _insert(session, ResultPageVisit, visits)


def _with_stored(read: ReadAttempt, old: Any) -> ReadAttempt:  # noqa: ANN401 - a Core row
    """The attempt as stored, with what was read now merged over it."""
    base = ReadAttempt(key=read.key, learner=read.learner, version=old.version,
                       number=old.number, started_at=old.started_at, ended_at=old.ended_at,
                       score=old.score, passed=old.passed)
    base.merge(read)
    return base


def _stored_answers(session: Session, ids: list[uuid.UUID]
                    ) -> dict[tuple[uuid.UUID, str], dt.datetime | None]:
    table = ResultResponse.__table__
    rows = session.execute(sa.select(table.c.attempt_id, table.c.question_key,
                                     table.c.answered_at).where(table.c.attempt_id.in_(ids)))
    return {(r.attempt_id, r.question_key): _aware(r.answered_at) for r in rows}


def _save_answers(session: Session, merged: dict[uuid.UUID, tuple[ReadAttempt, str, str]],
                  stored: dict[tuple[uuid.UUID, str], dt.datetime | None]) -> None:
    new_rows, old_rows = [], []
    for aid, (read, _key, _learner) in merged.items():
        for question_key, answer in read.responses.items():
            values = {"attempt_id": aid, "question_key": question_key,
                      "question_id": answer.question_id, "response": answer.response,
                      "options": list(answer.options), "correct": _correct(answer.score),
                      "score": answer.score, "answered_at": answer.answered_at}
            if (aid, question_key) not in stored:
                new_rows.append(values)
                continue
            before = stored[(aid, question_key)]
            if before is None or answer.answered_at is None or answer.answered_at >= before:
                old_rows.append(values)
    _insert(session, ResultResponse, new_rows)
    _update(session, ResultResponse, old_rows, ("attempt_id", "question_key"))


def _correct(score: float | None) -> bool | None:
    return None if score is None else score >= 1.0


def _aware(at: dt.datetime | None) -> dt.datetime | None:
    return None if at is None or at.tzinfo else at.replace(tzinfo=dt.UTC)


def _insert(session: Session, model: type, rows: list[dict[str, Any]]) -> None:
    """Insert rows with Core's executemany (the ORM's bulk path costs twice as much)."""
    if rows:
        session.connection().execute(model.__table__.insert(), rows)  # type: ignore[attr-defined]


def _update(session: Session, model: type, rows: list[dict[str, Any]],
            keys: tuple[str, ...]) -> None:
    """Update rows by primary key (Core's executemany: SET takes the other keys of each row)."""
    if not rows:
        return
    table: sa.Table = model.__table__  # type: ignore[attr-defined]
    statement = sa.update(table).where(*(table.c[k] == sa.bindparam(f"k_{k}") for k in keys))
    session.connection().execute(statement, [
        {**{c: v for c, v in r.items() if c not in keys}, **{f"k_{k}": r[k] for k in keys}}
        for r in rows])


def forget_results(session: Session, module_ids: Any) -> None:  # noqa: ANN401 - ids or a select
    """Delete the results of these modules (emptying the trash): answers, pages, attempts."""
    attempts = sa.select(ResultAttempt.id).where(ResultAttempt.module_id.in_(module_ids))
    for model in (ResultResponse, ResultPageVisit):
        session.execute(sa.delete(model).where(model.attempt_id.in_(attempts)))
    session.execute(sa.delete(ResultAttempt).where(ResultAttempt.module_id.in_(module_ids)))
    session.execute(sa.delete(ResultPull).where(ResultPull.module_id.in_(module_ids)))
