"""The `kiem` command: no command starts the studio; subcommands work on the workspace.

Errors print one line on stderr and exit non-zero; an unexpected failure also writes the
traceback to a report file whose path the line names, never to the terminal.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app.cli_groups import register as register_group_commands
from app.cli_hub import register as register_hub_commands
from app.cli_results import register as register_results_commands
from app.cli_review import register as register_review_commands
from authoring.errors import KiemError
from authoring.storage import explain_os_error

Handler = Callable[[argparse.Namespace], int]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiem",
        description="Kiem: make short e-learning modules, review them with peers, export them "
        "for any LMS. Without a command, the studio opens.",
    )
    parser.add_argument("--workspace", metavar="PATH", type=Path,
                        help="workspace file to use (default: $KIEM_WORKSPACE, else the user "
                        "data folder)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    command("gui", _gui, "Open the studio (the same as no command).")
    command("init", _init, "Create the workspace if it does not exist, and say where it is.")
    p = command("new", _new, "Make a module, blank or laid out by a template; print its id.")
    p.add_argument("--title", required=True, help="the module's title, as learners see it")
    p.add_argument("--template", metavar="KEY",
                   help="start from this template (kiem templates lists them); blank without")
    p.add_argument("--language", default="en",
                   help="the language learners read it in: en (default), nl, fr, de…")
    p = command("templates", _templates, "List the templates that kiem new --template takes.")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p = command("list", _list, "List the modules: id, title, status, pages, questions.")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p = command("show", _show, "Show a module's outline: pages and their blocks.")
    p.add_argument("id", help="module id, or the start of it")
    p.add_argument("--json", action="store_true", help="print the whole module as JSON")
    p = command("check", _check, "Check a module; exit 1 when it has errors.")
    p.add_argument("id", help="module id, or the start of it")
    p.add_argument("--json", action="store_true", help="print the findings as JSON")
    p = command("import", _import, "Import a folder (module.toml, *.md pages, images, *.gift).")
    p.add_argument("folder", type=Path)

    p = command("export", _export, "Export modules for an LMS (SCORM), the web (HTML) or paper "
                "(PDF). Modules with errors are refused unless --force.")
    p.add_argument("ids", nargs="*", metavar="ID", help="module id(s), or the start of them")
    p.add_argument("--format", required=True, choices=["scorm12", "scorm2004", "html", "pdf"])
    p.add_argument("--pdf-variant", choices=["handout", "trainer"], default="handout",
                   help="handout: no answers (default); trainer: with answers and feedback")
    p.add_argument("--out", type=Path, required=True,
                   help="file to write (or, for several modules, a folder to write them in)")
    p.add_argument("--force", action="store_true",
                   help="export even when check finds errors, and replace an existing file "
                   "that is not an earlier export of the module (never a workspace or bundle)")
    p.add_argument("--approved", action="store_true",
                   help="export the version the review group approved (even when this "
                   "workspace does not hold the module), not the current draft")
    p.add_argument("--all-approved", action="store_true",
                   help="export every version approved and waiting for export, in every "
                   "group this workspace holds, into the folder --out")

    bundle = sub.add_parser("bundle", help="Export or import a .kiem bundle (module + files).",
                            description="A .kiem bundle holds a module with its files and "
                            "question banks, to exchange without a server or to keep a copy.")
    bsub = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    p = bsub.add_parser("export", help="Write a module to a .kiem file.",
                        description="Write a module to a .kiem file.")
    p.add_argument("id", help="module id, or the start of it")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=_bundle_export)
    p = bsub.add_parser("import", help="Import a .kiem file (as a copy if it is already here).",
                        description="Import a .kiem file (as a copy if it is already here).")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=_bundle_import)

    bank = sub.add_parser("bank", help="Question banks: list them, import GIFT questions.",
                          description="Question banks that quizzes draw random questions from.")
    ksub = bank.add_subparsers(dest="bank_command", metavar="ACTION", required=True)
    p = ksub.add_parser("import", help="Add a GIFT file's questions to a bank.",
                        description="Add a GIFT file's questions to a bank (made if missing; "
                        "named after the file unless --bank says otherwise). GIFT categories "
                        "become tags.")
    p.add_argument("file", type=Path)
    p.add_argument("--bank", metavar="TITLE", help="title of the bank to fill")
    p.set_defaults(handler=_bank_import)
    p = ksub.add_parser("list", help="List the banks.", description="List the question banks.")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.set_defaults(handler=_bank_list)
    register_group_commands(sub)
    register_review_commands(sub)
    register_hub_commands(sub)
    register_results_commands(sub)
    return parser


def _services(args: argparse.Namespace) -> Any:
    from authoring.services import Services
    from authoring.workspace import Workspace

    workspace = Workspace.open(args.workspace)
    workspace.on_wait = lambda: print(
        f"kiem: waiting for {workspace.path}: another Kiem is writing to it", file=sys.stderr)
    if workspace.report.backup is not None:
        print(f"kiem: workspace upgraded from schema {workspace.report.migrated_from}; "
              f"backup at {workspace.report.backup}", file=sys.stderr)
    return Services(workspace)


def _gui(args: argparse.Namespace) -> int:
    from app.gui import run

    return run(args.workspace)


def _init(args: argparse.Namespace) -> int:
    services = _services(args)
    verb = "created" if services.workspace.report.created else "already there"
    print(f"workspace {verb}: {services.workspace.path}")
    return 0


def _new(args: argparse.Namespace) -> int:
    from authoring.errors import InvalidData
    from authoring.templates import TEMPLATES, template

    if args.template and template(args.template) is None:
        keys = ", ".join(t.key for t in TEMPLATES)
        raise InvalidData(f"there is no template {args.template!r}; there are: {keys}")
    services = _services(args)
    if args.template:
        changes = services.library.create_from_template(args.template, args.title,
                                                        args.language)
    else:
        changes = services.modules.create(args.title.strip(), language=args.language)
    print(changes.id)
    return 0


def _templates(args: argparse.Namespace) -> int:
    from authoring.templates import TEMPLATES

    language = "en"
    if args.json:
        print(json.dumps([{"key": t.key, "title": t.title(language),
                           "description": t.description(language)} for t in TEMPLATES],
                         ensure_ascii=False, indent=2))
        return 0
    width = max(len(t.key) for t in TEMPLATES)
    for t in TEMPLATES:
        print(f"{t.key:{width}}  {t.title(language)}: {t.description(language)}")
    return 0


def _list(args: argparse.Namespace) -> int:
    rows = _services(args).modules.list()
    if args.json:
        print(json.dumps([{
            "id": str(r.id), "title": r.title, "status": r.status.value, "pages": r.pages,
            "questions": r.questions, "language": r.language, "version": r.version,
            "group": r.group_name, "owner": r.owner, "updated_at": r.updated_at.isoformat(),
            "review_by": r.review_by.isoformat() if r.review_by else None,
        } for r in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("No modules yet. Import the sample: kiem import resources/samples/phishing")
        return 0
    width = min(60, max(len(r.title) for r in rows))
    print(f"{'ID':8}  {'TITLE':{width}}  {'STATUS':17}  PAGES  QUESTIONS")
    for r in rows:
        title = r.title if len(r.title) <= width else r.title[: width - 1] + "…"
        print(f"{str(r.id)[:8]}  {title:{width}}  {r.status.value:17}  {r.pages:5}  "
              f"{r.questions:9}")
    return 0


def _show(args: argparse.Namespace) -> int:
    from authoring.estimate import estimated_minutes
    from authoring.outline import block_label
    from authoring.snapshot import to_dict

    services = _services(args)
    snap = services.modules.snapshot(services.modules.resolve(args.id))
    minutes = estimated_minutes(snap)
    if args.json:
        print(json.dumps({**to_dict(snap), "estimated_minutes": minutes}, ensure_ascii=False,
                         indent=2))
        return 0
    print(f"{snap.title}")
    print(f"  id {snap.id} · {snap.status.value} · {snap.language} · version {snap.version} · "
          f"about {minutes} min")
    for number, page in enumerate(snap.pages, 1):
        print(f"  {number:2}. {page.title or '(untitled)'}")
        for block in page.blocks:
            print(f"        {block_label(snap, block)}")
    return 0


def _check(args: argparse.Namespace) -> int:
    from authoring.check import check, has_errors

    services = _services(args)
    snap = services.modules.snapshot(services.modules.resolve(args.id))
    findings = check(snap, results=services.results.report(snap.id).stats)
    if args.json:
        print(json.dumps([{
            "severity": f.severity.value, "code": f.code, "message": f.message,
            "page": str(f.page) if f.page else None, "block": str(f.block) if f.block else None,
            "question": str(f.question) if f.question else None,
        } for f in findings], ensure_ascii=False, indent=2))
    elif not findings:
        print(f"{snap.title}: no problems found")
    else:
        for f in findings:
            print(f"{f.severity.value}: {f.message}")
        errors = sum(f.severity.value == "error" for f in findings)
        print(f"{errors} error(s), {len(findings) - errors} warning(s)")
    return 1 if has_errors(findings) else 0


def _import(args: argparse.Namespace) -> int:
    services = _services(args)
    changes = services.transfer.import_folder(args.folder)
    snap = services.modules.snapshot(changes.id)
    print(f"imported “{snap.title}” as {snap.id}: {len(snap.pages)} pages, "
          f"{len(snap.questions)} questions, {len(snap.assets)} files")
    return 0


def _export(args: argparse.Namespace) -> int:
    from app.cli_review import UsageError, approved_sources
    from app.progress import TerminalProgress
    from export.exporter import Format, PdfVariant, batch_name, export_module

    if bool(args.ids) == args.all_approved:
        raise UsageError("give the id of each module to export, or --all-approved (not both)")
    services = _services(args)
    if args.all_approved:
        from review.hub.overview import waiting_for_export
        from review.service import ReviewService

        sources = approved_sources(services, waiting_for_export(ReviewService(services)))
        if not sources:
            print("Nothing approved waits for export.")
            return 0
    elif args.approved:
        sources = approved_sources(services, args.ids)
    else:
        ids = [services.modules.resolve(i) for i in args.ids]
        sources = [functools.partial(_draft, services, i) for i in ids]
    fmt, variant = Format(args.format), PdfVariant(args.pdf_variant)
    used: set[str] = set()
    for load in sources:
        snap, blobs = load()
        many = args.all_approved or len(sources) > 1 or _into_folder(args.out, fmt, snap.id)
        out = args.out / batch_name(snap, fmt, variant, used) if many else args.out
        with TerminalProgress(sys.stderr, snap.title) as progress:
            result = export_module(snap, blobs, fmt, out, force=args.force, replace=args.force,
                                   pdf_variant=variant, progress=progress)
        print(result.report())
    return 0


def _into_folder(out: Path, fmt: Any, module_id: Any) -> bool:
    """True when one module's package goes into the folder `out`, under a name of its own.

    Not when `out` is an earlier web export of the module: exporting it again replaces it.
    """
    from export.destination import is_web_export_of
    from export.exporter import Format

    return out.is_dir() and not (fmt is Format.HTML and is_web_export_of(out, module_id))


def _draft(services: Any, module_id: Any) -> tuple[Any, dict[str, bytes]]:
    """Return a module of the workspace as it is now, with its files."""
    snap = services.modules.snapshot(module_id)
    return snap, services.assets.files(a.sha256 for a in snap.assets)


def _bundle_export(args: argparse.Namespace) -> int:
    services = _services(args)
    module_id = services.modules.resolve(args.id)
    path = services.transfer.export_bundle(module_id, args.file)
    print(f"wrote {path} ({path.stat().st_size / 1024:.0f} KB)")
    return 0


def _bundle_import(args: argparse.Namespace) -> int:
    services = _services(args)
    changes = services.transfer.import_bundle(args.file)
    snap = services.modules.snapshot(changes.id)
    print(f"imported “{snap.title}” as {snap.id}")
    return 0


def _bank_import(args: argparse.Namespace) -> int:
    services = _services(args)
    result = services.transfer.import_gift_to_bank(args.file, args.bank)
    bank = services.questions.bank(result.changes.id)
    print(f"added {result.added} question(s) to bank “{bank.title}” "
          f"({len(bank.questions)} in all)")
    if result.skipped_lines:
        lines = ", ".join(map(str, result.skipped_lines))
        print(f"skipped essays/descriptions (not scored, no place in a bank) at line(s) {lines}")
    return 0


def _bank_list(args: argparse.Namespace) -> int:
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


def _report_crash(exc: BaseException) -> Path | None:
    try:
        import platformdirs

        folder = Path(platformdirs.user_log_dir("kiem", appauthor=False))
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "crash.txt"
        path.write_text("".join(traceback.format_exception(exc)), encoding="utf-8")
        return path
    except OSError:
        return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    handler: Handler = getattr(args, "handler", _gui)
    try:
        return handler(args)
    except KiemError as exc:
        print(f"kiem: {exc}", file=sys.stderr)
        return exc.exit_status
    except OSError as exc:  # a file the person named, or the disk: one plain line, no trace
        if isinstance(exc, BrokenPipeError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 1
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


if __name__ == "__main__":
    sys.exit(main())
