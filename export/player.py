"""The learner's side of a package: index.html, the player's script and style, its data.

Script and style are concatenated and minified into one file each. The player never names
SCORM: `tracking` picks which adapter it starts, and which tracking files the package carries
(a cmi5 package carries no SCORM code, an HTML page neither).
"""

from __future__ import annotations

import contextlib
import json
from functools import cache
from pathlib import Path
from typing import Any

import platformdirs
import rcssmin
import rjsmin
from jinja2 import (
    Environment,
    FileSystemBytecodeCache,
    FileSystemLoader,
    StrictUndefined,
    select_autoescape,
)
from jinja2.bccache import Bucket

from authoring.jsondata import dump
from export.document import RESOURCES, DocBlock, DocQuestion, ExportDocument, PackageFile
from export.interactions import activity_id, definition, pattern

TRACKING = ("none", "scorm12", "scorm2004", "cmi5", "xapi")
_SCORM = frozenset({"scorm12", "scorm2004"})
_XAPI = frozenset({"cmi5", "xapi"})
# The player's files that only some packages need; every other file goes into every package.
ONLY_FOR = {"21-scorm-api.js": _SCORM, "24-formats.js": _SCORM | _XAPI, "25-scorm.js": _SCORM,
            "26-xapi.js": _XAPI}
PLAYER_DIR = RESOURCES / "player"
SCRIPT_PATH = "player/kiem.js"
STYLE_PATH = "player/kiem.css"


@cache
def environment() -> Environment:
    """Return the Jinja environment over resources/templates (autoescaped, strict)."""
    env = Environment(
        loader=FileSystemLoader(RESOURCES / "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True, bytecode_cache=_compiled_templates(),
    )
    env.filters["tojson_script"] = script_json
    return env


class _TemplateCache(FileSystemBytecodeCache):
    """Jinja's cache of compiled templates, best effort: one it cannot read or write is skipped."""

    def load_bytecode(self, bucket: Bucket) -> None:
        """Fill `bucket` from the cache, or leave it empty (the template is compiled)."""
        with contextlib.suppress(OSError):
            super().load_bytecode(bucket)

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Keep the compiled template, unless the folder went or is full."""
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def _compiled_templates() -> FileSystemBytecodeCache | None:
    """The templates compiled by an earlier run, kept in the user's cache folder.

    Compiling the templates a package needs takes each export process about 50 ms. Jinja
    keys each entry by the template's source, so an edited template is compiled again; a
    damaged entry is ignored. None (compile every time) where the folder cannot be made.
    """
    folder = Path(platformdirs.user_cache_dir("kiem", appauthor=False)) / "templates"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return _TemplateCache(str(folder))


def script_json(value: Any) -> str:
    """Return JSON safe to put inside a `<script type="application/json">` element."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@cache
def player_files(tracking: str) -> tuple[PackageFile, PackageFile]:
    """Return the player's script and style for a package with `tracking`.

    The sources it needs, concatenated in name order, minified.
    """
    if tracking not in TRACKING:
        raise ValueError(f"tracking must be one of {TRACKING}")
    sources = [p for p in sorted((PLAYER_DIR / "src").glob("*.js"))
               if tracking in ONLY_FOR.get(p.name, TRACKING)]
    script = "\n".join(p.read_text(encoding="utf-8") for p in sources)
    style = (PLAYER_DIR / "kiem.css").read_text(encoding="utf-8")
    return (
        PackageFile(SCRIPT_PATH, rjsmin.jsmin(script).encode(), "text/javascript"),
        PackageFile(STYLE_PATH, rcssmin.cssmin(style).encode(), "text/css"),
    )


def _question_data(doc: ExportDocument, question: DocQuestion, scored: bool, page: int,
                   tracking: str) -> dict[str, Any]:
    data = {"kind": question.kind.value, "points": question.points, "tags": list(question.tags),
            "scored": scored, "page": page, "title": question.title,
            "text": question.stem_text[:250],
            "feedback_correct_html": question.feedback_correct_html,
            "feedback_incorrect_html": question.feedback_incorrect_html, **question.parts}
    # What an LMS is told about the question, for the packages that tell it.
    if tracking == "scorm2004":
        data["pattern"] = pattern(question)
    elif tracking in _XAPI:
        data["activity"] = {"id": activity_id(doc.module.id, question.key),
                            "objectType": "Activity",
                            "definition": definition(question, doc.language)}
    return data


def player_data(doc: ExportDocument, tracking: str) -> dict[str, Any]:
    """Return what the player needs beyond the page HTML: settings, answer keys, rules."""
    if tracking not in TRACKING:
        raise ValueError(f"tracking must be one of {TRACKING}")
    module = doc.module
    questions: dict[str, Any] = {}
    draws: dict[str, Any] = {}
    key_of: dict[str, str] = {}
    for page in doc.pages:
        for block in page.blocks:
            if "question" in block.view:
                question = block.view["question"]
                questions[question.key] = _question_data(doc, question, block.view["scored"],
                                                         page.index, tracking)
                key_of[question.id] = question.key
            elif block.kind.value == "question_draw":
                draws[block.tracking_id] = {**block.view, "page": page.index}
    banks = {}
    for bank_id, bank_questions in doc.banks.items():
        banks[bank_id] = [{"key": bq.key, "tags": list(bq.tags)} for bq in bank_questions]
        for bq in bank_questions:
            questions.setdefault(bq.key, _question_data(doc, bq, True, -1, tracking))
    page_index = {p.id: p.index for p in doc.pages}
    rules = [
        {"from": page_index[r.from_page], "to": page_index[r.target_page],
         "question": key_of[r.question], "outcome": r.outcome.value, "choice": r.choice}
        for r in module.navigation.rules
        if r.from_page in page_index and r.target_page in page_index and r.question in key_of
    ]
    return {
        "v": 1, "id": str(module.id), "identifier": doc.identifier, "title": module.title,
        "version": module.version,
        "language": doc.language, "tracking": tracking, "strings": doc.strings,
        "navigation": {"mode": module.navigation.mode.value,
                       "remediation": module.navigation.remediation, "rules": rules},
        "assessment": dump(module.assessment), "completion": module.completion.kind.value,
        "pages": [{"id": p.id, "title": p.title, "topics": list(p.topics)} for p in doc.pages],
        "questions": questions, "banks": banks, "draws": draws,
    }


def render_block(block: DocBlock, strings: dict[str, str]) -> str:
    """Return one block's markup, exactly as it appears in index.html (for the live preview)."""
    template = environment().get_template("player/block.html.j2")
    return template.render(block=block, strings=strings)


def render_index(doc: ExportDocument, tracking: str) -> str:
    """Return the package's index.html: every page, the data, the player."""
    template = environment().get_template("index.html.j2")
    return template.render(doc=doc, data=player_data(doc, tracking), tracking=tracking,
                           script=SCRIPT_PATH, style=STYLE_PATH, strings=doc.strings)


