"""`kiem bank …`: list question banks, import GIFT or Moodle XML files, export them again.

An import prints what it added and each item it skipped, with its line and reason, and exits 1
when it skipped any; `--dry-run` prints the same report without writing.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from typing import Any

from app.cli_common import UsageError, print_json, services


def bank_import(args: argparse.Namespace) -> int:
    """Add a question file's questions to a bank, or on a new quiz page of a module."""
    opened = services(args)
    files = opened.question_files
    if args.module and args.bank:
        raise UsageError("give --bank or --module (a new quiz page), not both")
    if args.page and not args.module:
        raise UsageError("--page names the new quiz page of --module ID")
    module_id = opened.modules.resolve(args.module) if args.module else None
    title = args.page if module_id else args.bank
    if args.dry_run:
        report = files.preview(args.file, args.format, title)
        if module_id is not None:
            report = dataclasses.replace(report, on_page=True)
    elif module_id is not None:
        report = files.import_to_module(args.file, module_id, args.format, title)
    else:
        report = files.import_file(args.file, args.format, title)
    for line in report.report():
        print(line)
    if report.changes is not None and module_id is not None:
        snap = opened.modules.snapshot(module_id)
        print(f"“{snap.title}” now has {len(snap.pages)} page(s), {len(snap.questions)} "
              "question(s)")
    elif report.changes is not None:
        bank = opened.questions.bank(report.changes.id)
        print(f"the bank “{bank.title}” holds {len(bank.questions)} question(s)")
    if report.skipped:
        print(f"kiem: {len(report.skipped)} item(s) skipped, see above", file=sys.stderr)
    return 1 if report.skipped else 0


def bank_export(args: argparse.Namespace) -> int:
    """Write a bank's or a module's questions to a question file."""
    opened = services(args)
    files = opened.question_files
    if bool(args.module) == bool(args.bank):
        raise UsageError("name a bank, or give --module ID (not both)")
    if args.module:
        done = files.export_module(opened.modules.resolve(args.module), args.file, args.format)
    else:
        done = files.export_bank(_bank_id(opened, args.bank), args.file, args.format)
    print(f"wrote {done.written} question(s) to {done.path}")
    for note in done.notes:
        print(f"note {note}")
    return 0


def _bank_id(opened: Any, wanted: str) -> Any:
    from authoring.errors import NotFound

    banks = opened.questions.banks()
    found = [b for b in banks if b.title == wanted] or [
        b for b in banks if str(b.id).startswith(wanted.lower())]
    if len(found) != 1:
        known = ", ".join(f"“{b.title}”" for b in banks) or "none yet"
        what = "several banks match" if found else "there is no bank"
        raise NotFound(f"{what} “{wanted}”; the banks are: {known}")
    return found[0].id


def bank_list(args: argparse.Namespace) -> int:
    """List the question banks."""
    banks = services(args).questions.banks()
    if args.json:
        print_json([{"id": str(b.id), "title": b.title, "questions": b.questions}
                    for b in banks])
    elif not banks:
        print("No question banks yet. Make one: kiem bank import questions.gift")
    else:
        for b in banks:
            print(f"{str(b.id)[:8]}  {b.title}  ({b.questions} questions)")
    return 0
