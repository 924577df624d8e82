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


# -- no import cycles ---------------------------------------------------------------------------
# Modules that import each other at module level cannot be read, tested or loaded lazily apart.
# Imports under `if TYPE_CHECKING:` count (they tie the modules together as much); imports
# inside functions do not (they run when called, after every module has loaded).
def _module_names(root: Path) -> dict[str, Path]:
    names = {}
    for package in ALLOWED:
        for path in (root / package).rglob("*.py"):
            parts = path.relative_to(root).with_suffix("").parts
            names[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return names


class _ModuleLevelImports(ast.NodeVisitor):
    """The modules an import statement outside any function names, resolved to known ones."""

    def __init__(self, name: str, is_package: bool, known: set[str]) -> None:
        self.package = name if is_package else name.rpartition(".")[0]
        self.known = known
        self.found: set[str] = set()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        """Imports inside a function run when it is called: not a module-level edge."""

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Import(self, node: ast.Import) -> None:
        self.found |= {alias.name for alias in node.names if alias.name in self.known}

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        base = node.module or ""
        if node.level:
            parent = self.package.split(".")[: len(self.package.split(".")) - node.level + 1]
            base = ".".join([*parent, *([node.module] if node.module else [])])
        for alias in node.names:  # `from pkg import submodule` imports the submodule
            if f"{base}.{alias.name}" in self.known:
                self.found.add(f"{base}.{alias.name}")
            elif base in self.known:
                self.found.add(base)


def import_graph(root: Path) -> dict[str, set[str]]:
    """Each module of the project's packages under `root`, and those it imports at module level."""
    names = _module_names(root)
    graph = {}
    for name, path in names.items():
        visitor = _ModuleLevelImports(name, path.name == "__init__.py", set(names))
        visitor.visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        graph[name] = visitor.found - {name}
    return graph


def import_cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[set[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in sorted(graph[module]):
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            component = set()
            while not component or module not in component:
                component.add(stack.pop())
            if len(component) > 1:
                cycles.append(component)

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return cycles


def _describe(cycle: set[str], graph: dict[str, set[str]]) -> str:
    return "; ".join(f"{m} imports {', '.join(sorted(graph[m] & cycle))}" for m in sorted(cycle))


def test_no_module_imports_itself_through_others() -> None:
    graph = import_graph(REPO)
    cycles = import_cycles(graph)
    assert not cycles, "import cycles:\n" + "\n".join(_describe(c, graph) for c in cycles)


def test_the_cycle_check_sees_type_hint_cycles_but_not_imports_in_functions(
        tmp_path: Path) -> None:
    files = {
        "app/__init__.py": "",
        "app/window.py": "from app.controller import Controller\n",
        "app/controller.py": ("from typing import TYPE_CHECKING\n"
                              "if TYPE_CHECKING:\n    from app.window import Window\n"),
        "app/lazy.py": "def run():\n    from app.lazy_user import thing\n",
        "app/lazy_user.py": "from app import lazy\n",
        "review/__init__.py": "from . import a\n",
        "review/a.py": "from .b import B\n",
        "review/b.py": "from review import a\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    graph = import_graph(tmp_path)
    assert graph["app.lazy"] == set() and graph["app.lazy_user"] == {"app.lazy"}
    assert graph["review"] == {"review.a"}  # a submodule, not the package, is what is imported
    assert sorted(map(sorted, import_cycles(graph))) == [
        ["app.controller", "app.window"], ["review.a", "review.b"]]
