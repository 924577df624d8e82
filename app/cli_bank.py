"""`kiem bank …`: list question banks, import GIFT or Moodle XML files, export them again.

An import prints what it added and each item it skipped, with its line and reason, and exits 1
when it skipped any; `--dry-run` prints the same report without writing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

FORMATS = ["gift", "moodlexml"]


def register(sub: Any) -> None:
    """Add the `bank` command and its actions to the `kiem` parser's subparsers."""
    bank = sub.add_parser("bank", help="Question banks: list, import and export GIFT or Moodle "
                          "XML.", description="Question banks that quizzes draw random "
                          "questions from.")
    actions = bank.add_subparsers(dest="bank_command", metavar="ACTION", required=True)
    p = actions.add_parser(
        "import", help="Add a GIFT or Moodle XML file's questions to a bank.",
        description="Add a file's questions to a bank (made if missing; named after the file "
        "unless --bank says otherwise). Categories become tags. Items that cannot be imported "
        "are listed with their line and reason, and the command then exits 1.")
    p.add_argument("file", type=Path)
    p.add_argument("--format", choices=FORMATS,
                   help="the file's format (default: by suffix, .xml is Moodle XML, else GIFT)")
    p.add_argument("--bank", metavar="TITLE", help="title of the bank to fill")
    p.add_argument("--dry-run", action="store_true",
                   help="print what the import would do, write nothing")
    p.set_defaults(handler=_import)
    p = actions.add_parser(
        "export", help="Write a bank's (or a module's) questions as GIFT or Moodle XML.",
        description="Write the questions of a bank, or those placed in a module (--module), "
        "to a GIFT or Moodle XML file. What the format cannot carry is listed.")
    p.add_argument("bank", nargs="?", metavar="BANK", help="bank title, or the start of its id")
    p.add_argument("file", type=Path)
    p.add_argument("--format", choices=FORMATS,
                   help="the file's format (default: by suffix, .xml is Moodle XML, else GIFT)")
    p.add_argument("--module", metavar="ID", help="export this module's questions instead")
    p.set_defaults(handler=_export)
    p = actions.add_parser("list", help="List the banks.", description="List the question banks.")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.set_defaults(handler=_list)


def _services(args: argparse.Namespace) -> Any:
    from app.cli import _services as open_services

    return open_services(args)


def _import(args: argparse.Namespace) -> int:
    files = _services(args).question_files
    if args.dry_run:
        report = files.preview(args.file, args.format, args.bank)
    else:
        report = files.import_file(args.file, args.format, args.bank)
    for line in report.report():
        print(line)
    if report.changes is not None:
        bank = _services(args).questions.bank(report.changes.id)
        print(f"the bank “{bank.title}” holds {len(bank.questions)} question(s)")
    if report.skipped:
        print(f"kiem: {len(report.skipped)} item(s) skipped, see above", file=sys.stderr)
    return 1 if report.skipped else 0


def _export(args: argparse.Namespace) -> int:
    from app.cli_review import UsageError

    services = _services(args)
    files = services.question_files
    if bool(args.module) == bool(args.bank):
        raise UsageError("name a bank, or give --module ID (not both)")
    if args.module:
        done = files.export_module(services.modules.resolve(args.module), args.file, args.format)
    else:
        done = files.export_bank(_bank_id(services, args.bank), args.file, args.format)
    print(f"wrote {done.written} question(s) to {done.path}")
    for note in done.notes:
        print(f"note {note}")
    return 0


def _bank_id(services: Any, wanted: str) -> Any:
    from authoring.errors import NotFound

    banks = services.questions.banks()
    found = [b for b in banks if b.title == wanted] or [
        b for b in banks if str(b.id).startswith(wanted.lower())]
    if len(found) != 1:
        known = ", ".join(f"“{b.title}”" for b in banks) or "none yet"
        what = "several banks match" if found else "there is no bank"
        raise NotFound(f"{what} “{wanted}”; the banks are: {known}")
    return found[0].id


def _list(args: argparse.Namespace) -> int:
    banks = _services(args).questions.banks()
    if args.json:
        print(json.dumps([{"id": str(b.id), "title": b.title, "questions": b.questions}
                          for b in banks], ensure_ascii=False, indent=2))
    elif not banks:
        print("No question banks yet. Make one: kiem bank import questions.gift")
    else:
        for b in banks:
            print(f"{str(b.id)[:8]}  {b.title}  ({b.questions} questions)")
    return 0
