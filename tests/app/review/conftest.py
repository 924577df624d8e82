"""Fixtures for the review widgets: three laptops sharing one group folder, and the light theme.

The people come from tests/review/people.py (the same helper the workflow tests drive).
"""

from __future__ import annotations

import importlib.util
import json
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.gui import theme
from authoring import blocks as b
from authoring.kinds import BlockKind

_PEOPLE = Path(__file__).resolve().parents[2] / "review" / "people.py"


def _people_module():  # imported by path: the tests folder is not a package
    name = "kiem_review_people"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, _PEOPLE)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


people = _people_module()
Person = people.Person
GUIDE = people.GUIDE


@pytest.fixture
def trio(tmp_path: Path, _template_workspace: Path) -> Iterator[tuple[Path, list]]:
    """Ann (the group's lead, an author), Ben and Cem, each with a workspace, one folder."""
    folder, team = people.team(tmp_path, _template_workspace, "Ann", "Ben", "Cem")
    yield folder, team
    for person in team:
        person.close()


@pytest.fixture
def light() -> Iterator[QApplication]:
    """The light theme for the test; the application's look is put back afterwards."""
    app = QApplication.instance()
    palette, style = app.palette(), app.style().name()
    theme.apply(app, "light")
    yield app
    app.setPalette(palette)
    app.setStyle(style)


def two_page_module(person) -> uuid.UUID:
    """A module with the guide on page one and a formatted tip on page two."""
    services = person.services
    module_id = services.modules.create("Check a link", owner=person.name).id
    first = services.pages.add(module_id, "Hover first").id
    services.blocks.add(first, BlockKind.TEXT, b.TextData(GUIDE))
    second = services.pages.add(module_id, "When in doubt").id
    services.blocks.add(second, BlockKind.TEXT, b.TextData(
        "Never **open the attachment** of a mail you did not expect. Ask the sender by "
        "phone instead."))
    return module_id


def select_words(qtbot, view, words: str, occurrence: int = 0) -> str:
    """Select `words` in the player like a person dragging over them; return the selection."""
    script = """(function (words, nth) {
      var blocks = document.querySelectorAll('[data-block]');
      var seen = 0;
      for (var i = 0; i < blocks.length; i++) {
        var walk = document.createTreeWalker(blocks[i], NodeFilter.SHOW_TEXT);
        for (var node = walk.nextNode(); node; node = walk.nextNode()) {
          var at = node.textContent.indexOf(words);
          while (at >= 0 && seen < nth) {
            seen++;
            at = node.textContent.indexOf(words, at + 1);
          }
          if (at < 0) continue;
          var range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + words.length);
          var sel = window.getSelection();
          sel.removeAllRanges();
          sel.addRange(range);
          return sel.toString();
        }
      }
      return '';
    })""" + f"({_js(words)}, {int(occurrence)})"
    return run_js(qtbot, view, script)


def select_across(qtbot, view, start_words: str, end_words: str) -> str:
    """Select from the start of `start_words` to the end of `end_words` (other text nodes)."""
    script = """(function (a, b) {
      function find(words) {
        var walk = document.createTreeWalker(document.querySelector('main'),
                                             NodeFilter.SHOW_TEXT);
        for (var n = walk.nextNode(); n; n = walk.nextNode()) {
          var at = n.textContent.indexOf(words);
          if (at >= 0 && n.parentElement.closest('.k-page:not([hidden])')) return [n, at];
        }
        return null;
      }
      var s = find(a), e = find(b);
      if (!s || !e) return '';
      var range = document.createRange();
      range.setStart(s[0], s[1]);
      range.setEnd(e[0], e[1] + b.length);
      var sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      return sel.toString();
    })""" + f"({_js(start_words)}, {_js(end_words)})"
    return run_js(qtbot, view, script)


def _js(text: str) -> str:
    return json.dumps(text)


def run_js(qtbot, view, script: str):
    """Run a script in the page and wait for its value."""
    got: list = []
    view.page().runJavaScript(script, 0, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    return got[0]
