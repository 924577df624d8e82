"""What the `kiem` command modules share: opening the workspace, refusing, printing.

Every command module imports this one, never `app.cli` (which imports a command's module
only when that command runs). It imports nothing heavy: opening the workspace imports the
domain when a handler asks for it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from authoring.errors import KiemError

if TYPE_CHECKING:
    import uuid

    from authoring.services import Services
    from review.service import ReviewService

Handler = Callable[[argparse.Namespace], int]


class UsageError(KiemError):
    """Options that do not fit together; the message says which and how."""


def add_command(sub: Any, name: str, handler: Handler | str,
                help_text: str) -> argparse.ArgumentParser:
    """Add a subcommand whose help and description are `help_text`, run by `handler`.

    For a command module that adds its own commands with `register(sub)` (see
    `app.cli_commands`); `handler` is the function, or its "module:function" path.
    """
    p: argparse.ArgumentParser = sub.add_parser(name, help=help_text, description=help_text)
    p.set_defaults(handler=handler)
    return p


# -- the workspace ------------------------------------------------------------------------------
def services(args: argparse.Namespace) -> Services:
    """Open the workspace that `--workspace` names (or the default one), with its services."""
    from authoring.services import Services  # noqa: PLC0415 - only commands that open it
    from authoring.workspace import Workspace  # noqa: PLC0415

    workspace = Workspace.open(args.workspace)
    workspace.on_wait = lambda: print(
        f"kiem: waiting for {workspace.path}: another Kiem is writing to it", file=sys.stderr)
    if workspace.report.backup is not None:
        print(f"kiem: workspace upgraded from schema {workspace.report.migrated_from}; "
              f"backup at {workspace.report.backup}", file=sys.stderr)
    return Services(workspace)


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[ReviewService]:
    """Open the workspace with a review service over it; close it afterwards."""
    from review.service import ReviewService  # noqa: PLC0415 - only the review commands

    opened_services = services(args)
    try:
        yield ReviewService(opened_services)
    finally:
        opened_services.workspace.close()


def done(review: ReviewService, what: str) -> None:
    """Print what was done, and say so when it waits to be sent."""
    print(what)
    say_waiting(review)


def say_waiting(review: ReviewService) -> None:
    """Say how many of my actions wait to be sent, if any."""
    waiting = review.waiting()
    if waiting:
        print(f"not sent yet: the group's folder cannot be reached; {waiting} change(s) wait "
              "for the next `kiem sync`")


# -- printing -----------------------------------------------------------------------------------
def short(value: uuid.UUID | str) -> str:
    """Return the first 8 characters of an id, as listings show it."""
    return str(value)[:8]


def iso(at: Any) -> str | None:
    """Return a time as ISO 8601 for JSON; a time without zone is UTC; None for none."""
    if not isinstance(at, dt.datetime):
        return None
    return (at if at.tzinfo else at.replace(tzinfo=dt.UTC)).isoformat()


def local_time(text: str | None) -> str:
    """Return an ISO time as people read it here: local date, hours and minutes."""
    return dt.datetime.fromisoformat(text).astimezone().strftime("%Y-%m-%d %H:%M") if text else ""


def print_table(headers: list[str], rows: list[list[str]]) -> None:
    """Print rows under headers in columns as wide as their widest cell (none after the last)."""
    if not rows:
        return
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    for row in [headers, *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())


def cut(text: str, width: int) -> str:
    """Shorten text to `width` characters, with an ellipsis when cut."""
    return text if len(text) <= width else text[:width - 1] + "…"


def print_json(data: Any) -> None:
    """Print data as indented JSON, keeping non-ASCII text readable."""
    print(json.dumps(data, ensure_ascii=False, indent=2))
