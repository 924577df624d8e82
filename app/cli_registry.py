"""The machinery of the `kiem` command registry: entries that declare commands, and the parser.

`app.cli_commands` lists the commands with these entries:

- `Command(name, help, "module:function", Arg(...), ...)`: a command, its help text (also its
  description unless `description=` says more), the handler's dotted path, and its
  arguments; `defaults=` sets more values on the parsed arguments (as `set_defaults`).
- `Arg("--json", action="store_true", help=...)`: one `add_argument` call, as argparse takes
  it; `OneOf(Arg(...), Arg(...))`: arguments that exclude each other.
- `Group(name, help, description, Command(...), ...)`: a command with actions (`kiem bank
  import`); the chosen action is in `args.<name>_command`; `any_order=True` lets its actions
  take their texts before or after their options.
- `Plugin("module")`: a module whose `register(sub)` adds its own commands to the
  subcommands of `kiem`; it is imported whenever the parser is made, so it imports little.

The parser makes a command's own parser only when that command is parsed (or its help
shown), and `resolve` imports a handler's module only when it runs: `kiem --help` and
`kiem list` import no code of the commands they do not run.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable, Sequence
from typing import Any

Handler = Callable[[argparse.Namespace], int]


class Arg:
    """One `add_argument` call: its names and keywords."""

    def __init__(self, *names: str, **options: Any) -> None:
        self.names = names
        self.options = options

    def add_to(self, parser: Any) -> None:
        """Add the argument to a parser (or a mutually exclusive group of one)."""
        parser.add_argument(*self.names, **self.options)


class OneOf:
    """Arguments of which at most one may be given."""

    def __init__(self, *args: Arg) -> None:
        self.args = args

    def add_to(self, parser: argparse.ArgumentParser) -> None:
        """Add the arguments to a parser as a mutually exclusive group."""
        group = parser.add_mutually_exclusive_group()
        for arg in self.args:
            arg.add_to(group)


class Command:
    """A command run by one handler, named by its dotted path ("module:function")."""

    def __init__(self, name: str, help: str, handler: str, *args: Arg | OneOf,
                 description: str | None = None, defaults: dict[str, Any] | None = None,
                 ) -> None:
        self.name = name
        self.help = help
        self.description = description or help
        self.handler = handler
        self.args = args
        self.defaults = defaults or {}

    def fill(self, parser: argparse.ArgumentParser) -> None:
        """Give a command's parser its arguments and handler."""
        for arg in self.args:
            arg.add_to(parser)
        parser.set_defaults(handler=self.handler, **self.defaults)


class Group:
    """A command whose actions are commands; `args.<name>_command` holds the one chosen."""

    def __init__(self, name: str, help: str, description: str,
                 *commands: Command | Group, any_order: bool = False) -> None:
        self.name = name
        self.help = help
        self.description = description
        self.commands = commands
        self.any_order = any_order

    def fill(self, parser: argparse.ArgumentParser) -> None:
        """Give a group's parser its actions (each made when parsed)."""
        sub = parser.add_subparsers(dest=f"{self.name}_command", metavar="ACTION",
                                    required=True, action=LazySubcommands,
                                    parser_class=AnyOrderParser if self.any_order
                                    else argparse.ArgumentParser)
        for command in self.commands:
            sub.add_entry(command)


class Plugin:
    """A module whose `register(sub)` adds its commands to those of `kiem`."""

    def __init__(self, module: str) -> None:
        self.module = module

    def register(self, sub: argparse._SubParsersAction) -> None:
        """Import the module and let it add its commands."""
        importlib.import_module(self.module).register(sub)


Entry = Command | Group | Plugin


class LazySubcommands(argparse._SubParsersAction):
    """Subcommands whose parsers are made the first time one is looked up.

    argparse looks a subcommand's parser up only to parse its arguments or show its help;
    until then a command is its name and help line, which is all `kiem --help` shows.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._name_parser_map = self.choices = _Parsers(self._make)
        self._entries: dict[str, Command | Group] = {}

    def add_entry(self, entry: Command | Group) -> None:
        """Add a command, or a group of them, by name and help line only."""
        if entry.name in self._name_parser_map:
            raise argparse.ArgumentError(self, f"conflicting subparser: {entry.name}")
        self._choices_actions.append(self._ChoicesPseudoAction(entry.name, (), entry.help))
        self._entries[entry.name] = entry
        self._name_parser_map[entry.name] = None

    def _make(self, name: str) -> argparse.ArgumentParser:
        entry = self._entries[name]
        parser = self._parser_class(prog=f"{self._prog_prefix} {name}",
                                    description=entry.description)
        entry.fill(parser)
        return parser


class _Parsers(dict[str, Any]):
    """Subcommand parsers by name; a name added without one gets it when first looked up."""

    def __init__(self, make: Callable[[str], argparse.ArgumentParser]) -> None:
        super().__init__()
        self._make = make

    def __getitem__(self, name: str) -> argparse.ArgumentParser:
        parser = super().__getitem__(name)
        if parser is None:
            parser = self._make(name)
            self[name] = parser
        return parser


class AnyOrderParser(argparse.ArgumentParser):
    """A parser taking its texts before or after its options.

    `kiem review suggest REQ --quote OLD --replace NEW MESSAGE`: a plain parser gives an
    optional trailing positional nothing once options came between (a Python 3.11 argparse
    limitation); intermixed parsing reads the options first, then the positionals.
    """

    _intermixing = False

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        """Parse intermixed; the intermixed parser calls this again for its two passes."""
        if self._intermixing:
            return super().parse_known_args(args, namespace)
        self._intermixing = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._intermixing = False


def build(parser: argparse.ArgumentParser, entries: Sequence[Entry]) -> None:
    """Add the registry's commands to the `kiem` parser (in `args.command`)."""
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", action=LazySubcommands)
    for entry in entries:
        if isinstance(entry, Plugin):
            entry.register(sub)
        else:
            sub.add_entry(entry)


def resolve(handler: Handler | str) -> Handler:
    """The handler itself, importing its module when given as "module:function"."""
    if not isinstance(handler, str):
        return handler
    module, _, name = handler.partition(":")
    found: Handler = getattr(importlib.import_module(module), name)
    return found
