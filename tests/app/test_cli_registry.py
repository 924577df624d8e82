"""The `kiem` command registry: every entry runs something, and modules plug in their commands."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.cli_commands import COMMANDS, FORMATS
from app.cli_registry import Command, Group, Plugin, build, resolve
from export.exporter import Format


def _commands(entries: tuple | list, path: str = "kiem") -> list[tuple[str, Command]]:
    found = []
    for entry in entries:
        if isinstance(entry, Group):
            found += _commands(entry.commands, f"{path} {entry.name}")
        elif isinstance(entry, Command):
            found.append((f"{path} {entry.name}", entry))
    return found


@pytest.mark.parametrize("command", [pytest.param(c, id=n) for n, c in _commands(COMMANDS)])
def test_every_command_names_a_handler_that_exists(command: Command) -> None:
    assert callable(resolve(command.handler)), command.handler


def test_export_offers_every_format_the_exporter_writes() -> None:
    assert FORMATS == [f.value for f in Format]


def test_a_module_with_register_plugs_in_its_commands(tmp_path: Path, monkeypatch,
                                                      capsys) -> None:
    (tmp_path / "kiem_greet.py").write_text(
        "from app.cli_common import add_command\n\n"
        "def register(sub):\n"
        "    p = add_command(sub, 'greet', greet, 'Say hello.')\n"
        "    p.add_argument('name')\n\n"
        "def greet(args):\n"
        "    print(f'hello {args.name}')\n"
        "    return 3\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr("app.cli_commands.COMMANDS", [*COMMANDS, Plugin("kiem_greet")])
    try:
        assert main(["greet", "Ann"]) == 3
        assert capsys.readouterr().out == "hello Ann\n"
        with pytest.raises(SystemExit):
            main(["--help"])
        assert re.search(r"^ +greet +Say hello\.$", capsys.readouterr().out, re.MULTILINE)
    finally:
        sys.modules.pop("kiem_greet", None)


def test_a_command_parser_is_made_only_when_that_command_is_parsed() -> None:
    made: list[str] = []

    class Counting(Command):
        def fill(self, parser: argparse.ArgumentParser) -> None:
            made.append(self.name)
            super().fill(parser)

    parser = argparse.ArgumentParser(prog="kiem")
    build(parser, [Counting("one", "First.", "json:dumps"), Counting("two", "Second.", "x:y")])
    assert "one" in parser.format_help() and made == []
    args = parser.parse_args(["one"])
    assert made == ["one"] and args.handler == "json:dumps"
