"""`kiem export`: the workspace's drafts, or the versions review groups approved, for an LMS.

Declared in `app.cli_commands`. The approved versions come from the review domain
(`review.approved`), as in the studio's admin view.
"""

from __future__ import annotations

import argparse
import functools
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli_common import UsageError, services

if TYPE_CHECKING:
    from authoring.services import Services
    from authoring.snapshot import ModuleSnap


def export(args: argparse.Namespace) -> int:
    """Export each module named (or every approved one) and print what was written."""
    from app.progress import TerminalProgress  # noqa: PLC0415
    from export.exporter import Format, PdfVariant, batch_name, export_module  # noqa: PLC0415

    if bool(args.ids) == args.all_approved:
        raise UsageError("give the id of each module to export, or --all-approved (not both)")
    opened = services(args)
    if args.all_approved or args.approved:
        from review.approved import approved_sources  # noqa: PLC0415
        from review.hub.overview import waiting_for_export  # noqa: PLC0415
        from review.service import ReviewService  # noqa: PLC0415

        review = ReviewService(opened)
        refs = waiting_for_export(review) if args.all_approved else args.ids
        sources = approved_sources(review, refs)
        if args.all_approved and not sources:
            print("Nothing approved waits for export.")
            return 0
    else:
        ids = [opened.modules.resolve(i) for i in args.ids]
        sources = [functools.partial(_draft, opened, i) for i in ids]
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
    from export.destination import is_web_export_of  # noqa: PLC0415
    from export.exporter import Format  # noqa: PLC0415

    return out.is_dir() and not (fmt is Format.HTML and is_web_export_of(out, module_id))


def _draft(opened: Services, module_id: Any) -> tuple[ModuleSnap, dict[str, bytes]]:
    """Return a module of the workspace as it is now, with its files."""
    snap = opened.modules.snapshot(module_id)
    return snap, opened.assets.files(a.sha256 for a in snap.assets)
