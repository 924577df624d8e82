"""The `kiem` commands on the workspace's modules: make, list, show, check, import, bundles, banks.

Declared in `app.cli_commands`; each handler opens the workspace (`app.cli_common.services`),
imports what it uses when it runs, and prints what happened or JSON.
"""

from __future__ import annotations

import argparse

from app.cli_common import print_json, services


def gui(args: argparse.Namespace) -> int:
    """Open the studio."""
    from app.gui import run  # noqa: PLC0415 - Qt only for the studio

    return run(args.workspace)


def init(args: argparse.Namespace) -> int:
    """Create the workspace if it does not exist, and say where it is."""
    opened = services(args)
    verb = "created" if opened.workspace.report.created else "already there"
    print(f"workspace {verb}: {opened.workspace.path}")
    return 0


def new(args: argparse.Namespace) -> int:
    """Make a module, blank or from a template; print its id."""
    from authoring.errors import InvalidData  # noqa: PLC0415
    from authoring.templates import TEMPLATES, template  # noqa: PLC0415

    if args.template and template(args.template) is None:
        keys = ", ".join(t.key for t in TEMPLATES)
        raise InvalidData(f"there is no template {args.template!r}; there are: {keys}")
    opened = services(args)
    if args.template:
        changes = opened.library.create_from_template(args.template, args.title, args.language)
    else:
        changes = opened.modules.create(args.title.strip(), language=args.language)
    print(changes.id)
    return 0


def templates(args: argparse.Namespace) -> int:
    """List the templates."""
    from authoring.templates import TEMPLATES  # noqa: PLC0415

    language = "en"
    if args.json:
        print_json([{"key": t.key, "title": t.title(language),
                     "description": t.description(language)} for t in TEMPLATES])
        return 0
    width = max(len(t.key) for t in TEMPLATES)
    for t in TEMPLATES:
        print(f"{t.key:{width}}  {t.title(language)}: {t.description(language)}")
    return 0


def list_modules(args: argparse.Namespace) -> int:
    """List the modules: id, title, status, pages, questions."""
    from authoring.quick_read import quick_summaries  # noqa: PLC0415

    rows = quick_summaries(args.workspace)  # no database layer when the file allows
    if rows is None:
        rows = services(args).modules.list()
    if args.json:
        print_json([{
            "id": str(r.id), "title": r.title, "status": r.status.value, "pages": r.pages,
            "questions": r.questions, "language": r.language, "version": r.version,
            "group": r.group_name, "owner": r.owner, "updated_at": r.updated_at.isoformat(),
            "review_by": r.review_by.isoformat() if r.review_by else None,
        } for r in rows])
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


def show(args: argparse.Namespace) -> int:
    """Show a module's outline: pages and their blocks."""
    from authoring.estimate import estimated_minutes  # noqa: PLC0415
    from authoring.outline import block_label  # noqa: PLC0415
    from authoring.snapshot import to_dict  # noqa: PLC0415

    opened = services(args)
    snap = opened.modules.snapshot(opened.modules.resolve(args.id))
    minutes = estimated_minutes(snap)
    if args.json:
        print_json({**to_dict(snap), "estimated_minutes": minutes})
        return 0
    print(f"{snap.title}")
    print(f"  id {snap.id} · {snap.status.value} · {snap.language} · version {snap.version} · "
          f"about {minutes} min")
    for number, page in enumerate(snap.pages, 1):
        print(f"  {number:2}. {page.title or '(untitled)'}")
        for block in page.blocks:
            print(f"        {block_label(snap, block)}")
    return 0


def check(args: argparse.Namespace) -> int:
    """Check a module; exit 1 when it has errors."""
    from authoring.check import check as check_module  # noqa: PLC0415
    from authoring.check import has_errors  # noqa: PLC0415

    opened = services(args)
    snap = opened.modules.snapshot(opened.modules.resolve(args.id))
    findings = check_module(snap, results=opened.results.report(snap.id).stats)
    if args.json:
        print_json([{
            "severity": f.severity.value, "code": f.code, "message": f.message,
            "page": str(f.page) if f.page else None, "block": str(f.block) if f.block else None,
            "question": str(f.question) if f.question else None,
        } for f in findings])
    elif not findings:
        print(f"{snap.title}: no problems found")
    else:
        for f in findings:
            print(f"{f.severity.value}: {f.message}")
        errors = sum(f.severity.value == "error" for f in findings)
        print(f"{errors} error(s), {len(findings) - errors} warning(s)")
    return 1 if has_errors(findings) else 0


def import_folder(args: argparse.Namespace) -> int:
    """Import a module folder."""
    opened = services(args)
    changes = opened.transfer.import_folder(args.folder)
    snap = opened.modules.snapshot(changes.id)
    print(f"imported “{snap.title}” as {snap.id}: {len(snap.pages)} pages, "
          f"{len(snap.questions)} questions, {len(snap.assets)} files")
    return 0


def bundle_export(args: argparse.Namespace) -> int:
    """Write a module to a .kiem bundle."""
    opened = services(args)
    module_id = opened.modules.resolve(args.id)
    path = opened.transfer.export_bundle(module_id, args.file)
    print(f"wrote {path} ({path.stat().st_size / 1024:.0f} KB)")
    return 0


def bundle_import(args: argparse.Namespace) -> int:
    """Import a .kiem bundle."""
    opened = services(args)
    changes = opened.transfer.import_bundle(args.file)
    snap = opened.modules.snapshot(changes.id)
    print(f"imported “{snap.title}” as {snap.id}")
    return 0
