"""The house's shape: imports point down (app → review, export → authoring), Qt only in app/."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
# What each package may import from the project's own packages.
ALLOWED = {
    "authoring": {"authoring"},
    "review": {"review", "authoring"},
    "export": {"export", "authoring"},
    "app": {"app", "review", "export", "authoring"},
}


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_packages_import_only_the_layers_below_them(package: str) -> None:
    problems = []
    for path in sorted((REPO / package).rglob("*.py")):
        for line, name in _imports(path):
            top = name.split(".")[0]
            if top in ALLOWED and top not in ALLOWED[package]:
                problems.append(f"{path.relative_to(REPO)}:{line} imports {name}")
            if top == "PySide6" and package != "app":
                problems.append(f"{path.relative_to(REPO)}:{line} imports Qt ({name})")
    assert not problems, "\n".join(problems)


def test_the_layer_check_sees_a_qt_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import os\nfrom PySide6.QtWidgets import QWidget\n")
    assert (2, "PySide6.QtWidgets") in _imports(bad)
