"""Read a module's xAPI statements (cmi5 or plain xAPI) into attempts.

What is read, and from where (xAPI 1.0.3, cmi5):
- A statement is the module's when its module id (the UUID) appears in the object's id or in
  one of `context.contextActivities` (parent, grouping, category, other): cmi5 puts the AU's
  publisher id in `grouping`, which Kiem's export makes from the module id.
- Its version: `context.revision` when set, else a number after "version", "versions/" or
  "/v" in one of those activity ids (`…/modules/<id>/versions/3`), else unknown.
- Its attempt: `context.registration` (cmi5: one per enrolment), else the cmi5 session id
  extension, else the learner and version together.
- Answers: statements whose object is an interaction activity (definition type
  `http://adlnet.gov/expapi/activities/cmi.interaction`, or an `interactionType`) whose id ends
  with a question's key or UUID; the response is `result.response`, the score
  `result.score.scaled`, else raw/max, else `result.success` as 1 or 0.
- The attempt's outcome: verbs passed and failed (score from `result.score.scaled`); it
  started at its first statement's timestamp and ended at its last.
- Pages reached: any statement whose object id ends with a page's UUID (the player's
  "experienced" `urn:kiem:<module id>:page:<page id>`), and the page of every question answered.
  Question activities are `urn:kiem:<module id>:<key>` as in SCORM 2004.
Statements that break xAPI's required structure refuse the whole pull (`MalformedStatement`).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import uuid
from typing import Any

from authoring.errors import KiemError
from authoring.results_questions import UUID, ModuleQuestions, chosen_options
from authoring.results_store import ReadAttempt, ReadResponse

INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction"
PASSED = ("http://adlnet.gov/expapi/verbs/passed",)
FAILED = ("http://adlnet.gov/expapi/verbs/failed",)
SESSION = "https://w3id.org/xapi/cmi5/context/extensions/sessionid"
_VERSION = re.compile(r"(?:version[s]?[=/:]|/v)(\d+)(?:$|[/?#&])", re.I)
_CONTEXT_KINDS = ("parent", "grouping", "category", "other")


class MalformedStatement(KiemError):
    """A statement that is not valid xAPI; the message names it."""


def read_statement(statement: Any, questions: ModuleQuestions,  # noqa: ANN401 - JSON
                   where: str) -> ReadAttempt | None:
    """The attempt a statement tells about, or None when it is not the module's."""
    _check_structure(statement, where)
    ids = _activity_ids(statement)
    own = questions.module.id.hex
    if not any(own in _plain(i) for i in ids):
        return None
    context = statement.get("context") or {}
    version = _version(context, ids, own)
    learner = _learner(statement["actor"], where)
    at = _time(statement.get("timestamp") or statement.get("stored"), where)
    attempt = ReadAttempt(key=f"xapi:{_attempt_key(context, version)}", learner=learner,
                          version=version, started_at=at, ended_at=at)
    verb = statement["verb"]["id"]
    obj = statement["object"]
    result = statement.get("result") or {}
    if not isinstance(result, dict):
        raise MalformedStatement(f"{where}: its result is not an object")
    if _is_interaction(obj):
        _answer(attempt, obj["id"], result, questions, at, where)
    elif verb in PASSED or verb in FAILED:
        attempt.passed = verb in PASSED
        attempt.score = _score(result, where)
    page = _page(obj.get("id", ""), questions)
    if page is not None:
        attempt.pages.add(page)
    return attempt


def _check_structure(statement: Any, where: str) -> None:  # noqa: ANN401 - JSON
    """Refuse what xAPI requires and the statement lacks: actor, verb id, object id."""
    if not isinstance(statement, dict):
        raise MalformedStatement(f"{where}: is not a JSON object")
    if not isinstance(statement.get("actor"), dict):
        raise MalformedStatement(f"{where}: has no actor")
    verb = statement.get("verb")
    if not isinstance(verb, dict) or not isinstance(verb.get("id"), str):
        raise MalformedStatement(f"{where}: has no verb id")
    obj = statement.get("object")
    if not isinstance(obj, dict) or (obj.get("objectType", "Activity") == "Activity"
                                     and not isinstance(obj.get("id"), str)):
        raise MalformedStatement(f"{where}: has no object id")
    context = statement.get("context", {})
    if context is not None and not isinstance(context, dict):
        raise MalformedStatement(f"{where}: its context is not an object")


def _activity_ids(statement: dict[str, Any]) -> list[str]:
    ids = [statement["object"].get("id", "")]
    activities = (statement.get("context") or {}).get("contextActivities") or {}
    if isinstance(activities, dict):
        for kind in _CONTEXT_KINDS:
            found = activities.get(kind) or []
            for activity in found if isinstance(found, list) else [found]:
                if isinstance(activity, dict) and isinstance(activity.get("id"), str):
                    ids.append(activity["id"])
    return [i for i in ids if isinstance(i, str)]


@functools.lru_cache(maxsize=4096)  # a pull meets the same few activity ids again and again
def _plain(activity_id: str) -> str:
    return activity_id.lower().replace("-", "")


def _version(context: dict[str, Any], ids: list[str], own: str) -> str:
    revision = context.get("revision")
    if isinstance(revision, str) and revision.strip():
        return revision.strip()[:100]
    return next((v for i in ids if (v := _version_in(i, own))), "")


@functools.lru_cache(maxsize=4096)
def _version_in(activity_id: str, own: str) -> str:
    """The version an activity id of the module names after the module id ("" if none)."""
    plain = _plain(activity_id)
    at = plain.find(own)
    match = _VERSION.search(plain[at + len(own):] + "/") if at >= 0 else None
    return match.group(1) if match else ""


def _attempt_key(context: dict[str, Any], version: str) -> str:
    registration = context.get("registration")
    if isinstance(registration, str) and registration:
        return f"registration:{registration.lower()}"
    session = (context.get("extensions") or {}).get(SESSION)
    if isinstance(session, str) and session:
        return f"session:{session}"
    return f"version:{version}"


def _learner(actor: dict[str, Any], where: str) -> str:
    """The agent's inverse functional identifier, as one string."""
    for field in ("mbox", "mbox_sha1sum", "openid"):
        if isinstance(actor.get(field), str) and actor[field]:
            return actor[field].strip().lower() if field == "mbox" else actor[field]
    account = actor.get("account")
    if isinstance(account, dict) and isinstance(account.get("name"), str):
        return f"account:{account.get('homePage', '')}|{account['name']}"
    raise MalformedStatement(f"{where}: its actor has no mbox, mbox_sha1sum, openid or account")


def _time(text: Any, where: str) -> dt.datetime | None:  # noqa: ANN401 - JSON
    if text is None:
        return None
    try:
        at = dt.datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        raise MalformedStatement(f"{where}: its timestamp “{str(text)[:40]}” is not ISO 8601"
                                 ) from None
    return at if at.tzinfo else at.replace(tzinfo=dt.UTC)


def _is_interaction(obj: dict[str, Any]) -> bool:
    definition = obj.get("definition") or {}
    return isinstance(definition, dict) and (definition.get("type") == INTERACTION
                                             or "interactionType" in definition)


def _answer(attempt: ReadAttempt, activity_id: str, result: dict[str, Any],
            questions: ModuleQuestions, at: dt.datetime | None, where: str) -> None:
    known = questions.find(activity_id)
    if known is None:
        return  # a question of the module this Kiem does not know (removed before any save)
    response = result.get("response", "")
    if not isinstance(response, str):
        raise MalformedStatement(f"{where}: result.response is not a string")
    score = _score(result, where)
    if score is None and isinstance(result.get("success"), bool):
        score = float(result["success"])
    options = chosen_options(known.question, response, scorm12=False)
    attempt.responses[known.key] = ReadResponse(
        response, options, score, known.question.id if known.question else None, at)
    if known.page_id is not None:
        attempt.pages.add(known.page_id)


def _score(result: dict[str, Any], where: str) -> float | None:
    score = result.get("score")
    if score is None:
        return None
    if not isinstance(score, dict):
        raise MalformedStatement(f"{where}: result.score is not an object")
    scaled, raw, most = score.get("scaled"), score.get("raw"), score.get("max")
    numbers = [v for v in (scaled, raw, most) if v is not None]
    if any(isinstance(v, bool) or not isinstance(v, int | float) for v in numbers):
        raise MalformedStatement(f"{where}: result.score holds something other than numbers")
    if scaled is not None:
        if not -1 <= scaled <= 1:
            raise MalformedStatement(f"{where}: result.score.scaled {scaled} is outside −1..1")
        return max(0.0, float(scaled))
    if raw is not None and most:
        minimum = score.get("min", 0) or 0
        return max(0.0, min(1.0, (raw - minimum) / (most - minimum)))
    return None


def _page(activity_id: str, questions: ModuleQuestions) -> uuid.UUID | None:
    last = re.split(r"[/:]", activity_id.rstrip("/"))[-1]
    if not UUID.fullmatch(last):
        return None
    wanted = last.replace("-", "").lower()
    return next((p.id for p in questions.module.pages if p.id.hex == wanted), None)
