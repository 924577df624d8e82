"""Checks of what an AU sent: every statement against the xAPI 1.0.3 spec (Learning Locker's
validator, run by Node), and a session's statements against the cmi5 rules (order, context
template, results of passed/failed/completed, nothing after Terminated)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

from cmi5_lms import CMI5, Launch
from lrs import TOOLS

HERE = Path(__file__).resolve().parent
VERBS = "http://adlnet.gov/expapi/verbs/"
DEFINED = {"initialized", "completed", "passed", "failed", "terminated"}
SESSION = CMI5 + "extensions/sessionid"
CATEGORY, MOVE_ON = CMI5 + "categories/cmi5", CMI5 + "categories/moveon"


def validator_modules() -> Path:
    return TOOLS / "xapi-validation-3.0.0" / "node_modules"


def validator_missing() -> str:
    """Why the xAPI validator cannot run here ("" when it can)."""
    if not shutil.which("node"):
        return "node is not installed (bash scripts/setup.sh --tests installs it)"
    if not (validator_modules() / "@learninglocker" / "xapi-validation").is_dir():
        return "the xAPI validator is missing (bash scripts/setup.sh --tests installs it)"
    return ""


def xapi_problems(statements: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return what the validator finds wrong in `statements` (an empty list: all valid)."""
    result = subprocess.run(["node", str(HERE / "validate_statements.js")],
                            input=json.dumps(statements), capture_output=True, text=True,
                            timeout=60, env={"NODE_PATH": str(validator_modules()),
                                             "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout)


def verb(statement: dict[str, Any]) -> str:
    return statement["verb"]["id"].removeprefix(VERBS)


def categories(statement: dict[str, Any]) -> set[str]:
    found = statement.get("context", {}).get("contextActivities", {}).get("category", [])
    return {a["id"] for a in found}


def session_of(statements: list[dict[str, Any]], launch: Launch) -> list[dict[str, Any]]:
    """The AU's statements of one session, in timestamp order (the LMS's Launched left out)."""
    mine = [s for s in statements
            if s.get("context", {}).get("extensions", {}).get(SESSION) == launch.session
            and verb(s) != "launched"]
    return sorted(mine, key=lambda s: s["timestamp"])


def cmi5_problems(session: list[dict[str, Any]], launch: Launch) -> list[str]:
    """Return the cmi5 rules one session's statements break (an empty list: none)."""
    problems: list[str] = []
    verbs = [verb(s) for s in session]
    if not verbs or verbs[0] != "initialized":
        problems.append(f"the first statement is not Initialized: {verbs[:1]}")
    if not verbs or verbs[-1] != "terminated":
        problems.append(f"the last statement is not Terminated: {verbs[-1:]}")
    defined = [v for v, s in zip(verbs, session, strict=True) if CATEGORY in categories(s)]
    for name in set(defined):
        if defined.count(name) > 1:
            problems.append(f"{name} twice in one session")
    if len({"passed", "failed"} & set(defined)) > 1:
        problems.append("both Passed and Failed in one session")
    for s, name in zip(session, verbs, strict=True):
        problems += [f"{name}: {p}" for p in _statement_problems(s, name, launch)]
    return problems


def _statement_problems(s: dict[str, Any], name: str, launch: Launch) -> list[str]:
    out = []
    context, result = s.get("context", {}), s.get("result", {})
    if s["actor"] != launch.actor:
        out.append(f"actor {s['actor']} is not the launch's")
    if context.get("registration") != launch.registration:
        out.append("registration missing or wrong")
    grouping = {a["id"] for a in context.get("contextActivities", {}).get("grouping", [])}
    if launch.publisher_id not in grouping:
        out.append("the context template's publisher id is missing")
    is_defined = name in DEFINED
    if is_defined != (CATEGORY in categories(s)):
        out.append("cmi5 category wrong (defined statements have it, allowed ones not)")
    if (MOVE_ON in categories(s)) != (name in ("completed", "passed", "failed")):
        out.append("moveOn category where it does not belong, or missing")
    if is_defined and s["object"]["id"] != launch.activity_id:
        out.append("the object is not the launch's activityId")
    if name in ("completed", "passed", "failed", "terminated") and "duration" not in result:
        out.append("no duration")
    if is_defined and "score" in result and name not in ("passed", "failed"):
        out.append("a score where cmi5 forbids it")
    if name == "completed" and (result.get("completion") is not True or "success" in result):
        out.append("completion must be true, success absent")
    if name in ("passed", "failed"):
        scaled = result.get("score", {}).get("scaled")
        if result.get("success") is not (name == "passed") or "completion" in result:
            out.append("success must match the verb, completion absent")
        if launch.mastery is not None and scaled is not None and (
                (scaled >= launch.mastery) != (name == "passed")):
            out.append(f"score {scaled} disagrees with masteryScore {launch.mastery}")
        masteries = context.get("extensions", {}).get(CMI5 + "extensions/masteryscore")
        if launch.mastery is not None and masteries != launch.mastery:
            out.append("the masteryScore extension is missing")
    if name == "answered":
        definition = s["object"].get("definition", {})
        if definition.get("type") != "http://adlnet.gov/expapi/activities/cmi.interaction":
            out.append("not a cmi.interaction")
        if not definition.get("interactionType") or not definition.get("correctResponsesPattern"):
            out.append("no interactionType or correctResponsesPattern")
        if "success" not in result:
            out.append("no success")
    return out


def registration_problems(statements: list[dict[str, Any]]) -> list[str]:
    """The rules across a registration's sessions: one Completed, one Passed, no Failed after
    Passed."""
    ordered = sorted((s for s in statements if CATEGORY in categories(s)),
                     key=lambda s: s["timestamp"])
    verbs = [verb(s) for s in ordered if verb(s) != "launched"]
    problems = [f"{name} more than once in the registration"
                for name in ("completed", "passed") if verbs.count(name) > 1]
    if "passed" in verbs and "failed" in verbs[verbs.index("passed"):]:
        problems.append("Failed after Passed")
    return problems
