"""Pull a module's statements from an LRS into attempts, in memory, before anything is stored.

Every page is read and every statement checked first; only a pull that got to the end is
stored (`ResultsService.save`, one transaction). `stored` of the newest statement read is
where the next pull starts (a minute earlier: statements stored late are read again, and
reading one twice changes nothing).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from authoring.lrs import MAX_PAGES, TIMEOUT_S, LrsError, LrsLogin, since_param, statement_pages
from authoring.results_questions import ModuleQuestions
from authoring.results_store import ReadAttempt
from authoring.results_xapi import MalformedStatement, read_statement

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Pulled:
    """What a pull read: the module's attempts, how many statements, and where it ended."""

    attempts: list[ReadAttempt]
    statements: int
    kept: int  # statements of this module
    newest: str | None  # `stored` of the newest statement read, for the next pull


def pull(login: LrsLogin, questions: ModuleQuestions, last: str | None, *,
         max_pages: int = MAX_PAGES, timeout: float = TIMEOUT_S,
         progress: Progress | None = None) -> Pulled:
    """Read every statement stored since the last pull; keep the module's, as attempts."""
    attempts: dict[tuple[str, str], ReadAttempt] = {}
    seen: set[str] = set()
    newest: tuple[dt.datetime, str] | None = None
    total = kept = 0
    pages = statement_pages(login, since_param(last), max_pages=max_pages, timeout=timeout,
                            progress=progress)
    for page, statements in enumerate(pages, 1):
        fresh = 0
        for n, statement in enumerate(statements, 1):
            sid = statement.get("id") if isinstance(statement, dict) else None
            where = f"statement {sid or n} (page {page})"
            if isinstance(sid, str):
                if sid in seen:
                    continue
                seen.add(sid)
            fresh += 1
            total += 1
            newest = _later(newest, statement, where, login)
            try:
                read = read_statement(statement, questions, where)
            except MalformedStatement as exc:
                raise LrsError(f"the LRS at {login.where} sent a malformed {exc}; nothing "
                               "was stored") from None
            if read is None:
                continue
            kept += 1
            key = (read.key, read.learner)
            if key in attempts:
                attempts[key].merge(read)
            else:
                attempts[key] = read
        if statements and not fresh:
            raise LrsError(f"the LRS at {login.where} sends the same statements again and "
                           f"again (page {page}); nothing was stored")
    return Pulled(list(attempts.values()), total, kept, newest[1] if newest else last)


def _later(newest: tuple[dt.datetime, str] | None, statement: Any,  # noqa: ANN401 - JSON
           where: str, login: LrsLogin) -> tuple[dt.datetime, str] | None:
    stored = statement.get("stored") if isinstance(statement, dict) else None
    if not isinstance(stored, str):
        return newest
    try:
        at = dt.datetime.fromisoformat(stored.replace("Z", "+00:00"))
    except ValueError:
        raise LrsError(f"the LRS at {login.where} sent a malformed {where}: its stored time "
                       f"“{stored[:40]}” is not ISO 8601; nothing was stored") from None
    at = at if at.tzinfo else at.replace(tzinfo=dt.UTC)
    return (at, stored) if newest is None or at > newest[0] else newest
