"""The player's source follows its rules (no browser needed): one strict classic script, SCORM
and xAPI named only by the tracking files, short files, and every string in all four languages."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from export.player import ONLY_FOR, TRACKING, player_files

PLAYER = Path(__file__).resolve().parents[2] / "resources" / "player"
TEMPLATES = PLAYER.parent / "templates"
TRACKING_FILES = {"20-local.js", "21-scorm-api.js", "24-formats.js", "25-scorm.js", "26-xapi.js",
                  "28-tracker.js"}
BUDGET = 60_000  # bytes of minified JS + CSS, before gzip


def sources() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted((PLAYER / "src").glob("*.js"))}


@pytest.mark.parametrize("tracking", TRACKING)
def test_player_script_and_style_fit_the_budget(tracking):
    script, style = player_files(tracking)
    assert len(script.data) + len(style.data) < BUDGET
    text = script.data.decode()
    assert "import " not in text and "export " not in text  # a classic script: file:// works


def test_each_file_is_a_short_strict_iife_that_says_what_it_is_for():
    for name, text in sources().items():
        assert text.startswith("/* Kiem player"), name
        assert "(function (K) {\n  'use strict';" in text, name
        assert text.rstrip().endswith("})(window.Kiem = window.Kiem || {});"), name
        assert len(text.splitlines()) <= 400, name


def test_only_the_tracking_files_name_scorm():
    for name, text in sources().items():
        if name in TRACKING_FILES:
            continue
        code = re.sub(r"/\*.*?\*/|//[^\n]*", "", text, flags=re.S)
        named = re.search(r"cmi\.|cmi5|xapi|scorm|LMS\w*\(|API_1484_11|\bAPI\b", code, re.I)
        assert not named, name


def test_each_package_carries_only_its_own_tracking_code():
    names = {p.name for p in (PLAYER / "src").glob("*.js")}
    assert set(ONLY_FOR) <= names
    cmi5 = player_files("cmi5")[0].data.decode()
    scorm = player_files("scorm2004")[0].data.decode()
    plain = player_files("none")[0].data.decode()
    assert "LMS.LaunchData" in cmi5 and "API_1484_11" not in cmi5
    assert "API_1484_11" in scorm and "LMS.LaunchData" not in scorm
    assert "API_1484_11" not in plain and "LMS.LaunchData" not in plain


def test_every_string_the_player_uses_exists_in_every_language():
    table = json.loads((PLAYER / "strings.json").read_text(encoding="utf-8"))
    assert set(table) == {"en", "nl", "fr", "de"}
    keys = set(table["en"])
    for language, strings in table.items():
        assert set(strings) == keys, language
        for key, text in strings.items():
            assert text.strip(), (language, key)
            assert sorted(re.findall(r"\{\w+\}", text)) == sorted(
                re.findall(r"\{\w+\}", table["en"][key])
            ), (language, key)
    used: set[str] = set()
    for line in "\n".join(sources().values()).splitlines():
        for call, rest in re.findall(r"K\.(tn?)\((.*)", line):
            words = set(re.findall(r"'([a-z][a-z_]*)'", rest)) - {"immediate"}
            if call == "tn":
                first = re.match(r"'(\w+)'", rest)
                if first:
                    words = {first[1] + "_one", first[1] + "_other"}
            used |= words
    # Keys chosen at run time: feedback tones and answer marks.
    used |= {"correct", "partly", "incorrect", "mark_right", "mark_wrong", "mark_answer"}
    templates = "\n".join(p.read_text(encoding="utf-8") for p in TEMPLATES.rglob("*.j2"))
    used |= set(re.findall(r"strings\.(\w+)", templates))
    used |= set(re.findall(r'strings\["(\w+)"\]', templates))
    used |= {f"callout_{style}" for style in ("info", "tip", "warning", "important")}
    assert used - keys == set()
    assert len(used) > 60
