"""The `kiem` command: no command starts the studio; subcommands work on the workspace.

The commands are declared in `app.cli_commands`; a command's module is imported only when it
runs. Errors print one line on stderr and exit non-zero; an unexpected failure also writes
the traceback to a report file whose path the line names, never to the terminal.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from app.cli_registry import build, resolve
from authoring.errors import KiemError

STUDIO = "app.cli_workspace:gui"  # what runs without a command


def parser() -> argparse.ArgumentParser:
    """The `kiem` parser, every command of the registry in it."""
    from app.cli_commands import COMMANDS  # noqa: PLC0415 - the declarations, when parsing

    top = argparse.ArgumentParser(
        prog="kiem",
        description="Kiem: make short e-learning modules, review them with peers, export them "
        "for any LMS. Without a command, the studio opens.",
    )
    top.add_argument("--workspace", metavar="PATH", type=Path,
                     help="workspace file to use (default: $KIEM_WORKSPACE, else the user "
                     "data folder)")
    build(top, COMMANDS)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    # Reading a group's history makes tens of thousands of objects that live to the end;
    # at Python's default (a collection every 700 allocations) the collector rescans them
    # again and again: 0.6 s of a 4.2 s sync after a week offline. Every 10,000 still
    # collects cycles, just not all the time (bench/RESULTS.md).
    gc.set_threshold(10_000, 10, 10)
    args = parser().parse_args(argv)
    try:
        return resolve(getattr(args, "handler", STUDIO))(args)
    except KiemError as exc:
        print(f"kiem: {exc}", file=sys.stderr)
        return exc.exit_status
    except OSError as exc:  # a file the person named, or the disk: one plain line, no trace
        if isinstance(exc, BrokenPipeError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 1
        from authoring.storage import explain_os_error  # noqa: PLC0415 - only when failing

        plain = explain_os_error(exc)
        print(f"kiem: {plain}", file=sys.stderr)
        return plain.exit_status
    except KeyboardInterrupt:
        print("kiem: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # the one place that catches the unexpected
        where = _report_crash(exc)
        report = f"; details in {where}" if where else ""
        print(f"kiem: unexpected error ({type(exc).__name__}: {exc}){report}", file=sys.stderr)
        return 70


def _report_crash(exc: BaseException) -> Path | None:
    import traceback  # noqa: PLC0415 - only when failing

    try:
        import platformdirs  # noqa: PLC0415

        folder = Path(platformdirs.user_log_dir("kiem", appauthor=False))
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "crash.txt"
        path.write_text("".join(traceback.format_exception(exc)), encoding="utf-8")
        return path
    except OSError:
        return None


def run() -> NoReturn:
    """The `kiem` program: `main`, then exit without Python's last full collection.

    At exit the interpreter walks every object still alive once more looking for cycles;
    after a sync has read a group's history that is 0.4 s of a 3 s command, finding nothing
    worth it. Objects are still freed as the modules go.
    """
    status = main()
    gc.freeze()
    sys.exit(status)


if __name__ == "__main__":
    run()
