"""The `kiem results` commands: learners' results from an LMS report or an LRS, and what they say.

`import` reads Moodle's SCORM interactions report, `pull` an LRS's statements; both store
attempts in the workspace in one transaction, learners as salted hashes unless --keep-names.
`show` prints Moodle's item analysis per question with a verdict, and how far learners got.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING, Any

from app.cli_common import UsageError, cut, print_json, print_table, services

if TYPE_CHECKING:
    from authoring.services import Services
    from authoring.services.results import ResultsReport

def _open(args: argparse.Namespace) -> Services:
    return services(args)


def results_import(args: argparse.Namespace) -> int:
    from app.progress import TerminalProgress  # noqa: PLC0415 - keep `kiem --help` fast
    from authoring.results_moodle import SOURCE, read_report  # noqa: PLC0415

    services = _open(args)
    module_id = services.modules.resolve(args.id)
    questions = services.results.questions(module_id)
    with TerminalProgress(sys.stderr, f"importing {args.file.name}") as progress:
        attempts = read_report(args.file, questions, version=args.version.strip(),
                               progress=progress)
        saved = services.results.save(module_id, SOURCE, attempts, keep_names=args.keep_names)
    print(f"imported {saved.attempts:,} attempt(s) with {saved.answers:,} answer(s) of "
          f"“{questions.module.title}” from {args.file}")
    _say_learners(args.keep_names)
    return 0


def results_pull(args: argparse.Namespace) -> int:
    from app.progress import TerminalProgress  # noqa: PLC0415
    from authoring.lrs import LrsLogin, endpoint_of, keep_password  # noqa: PLC0415
    from authoring.results_pull import pull  # noqa: PLC0415

    endpoint = endpoint_of(args.lrs)
    user = args.user or _user_in(args.lrs)
    if not user:
        raise UsageError("give the LRS user with --user (or in the URL: https://USER@host/…)")
    password, typed = _password(args, endpoint, user)
    login = LrsLogin(endpoint, user, password)
    services = _open(args)
    module_id = services.modules.resolve(args.id)
    questions = services.results.questions(module_id)
    last = services.results.since(module_id, login.where)
    with TerminalProgress(sys.stderr, f"pulling from {login.where}") as progress:
        pulled = pull(login, questions, last, max_pages=args.max_pages, timeout=args.timeout,
                      progress=progress)
    saved = services.results.save(module_id, login.where, pulled.attempts,
                                  keep_names=args.keep_names,
                                  since=(login.where, pulled.newest) if pulled.newest else None)
    print(f"read {pulled.statements:,} statement(s) from {login.where}, {pulled.kept:,} of "
          f"“{questions.module.title}”: {saved.attempts:,} attempt(s) with {saved.answers:,} "
          "answer(s) stored")
    if typed:
        print(f"password kept in {keep_password(endpoint, user, password)} (only you can read "
              "it); the next pull does not ask")
    _say_learners(args.keep_names)
    return 0


def _user_in(url: str) -> str:
    from urllib.parse import unquote, urlsplit  # noqa: PLC0415

    return unquote(urlsplit(url).username or "")


def _password(args: argparse.Namespace, endpoint: str, user: str) -> tuple[str, bool]:
    """The LRS password: from stdin, kept, or asked; and whether it is new (to keep)."""
    from authoring.lrs import kept_password  # noqa: PLC0415

    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n"), True
    kept = None if args.ask_password else kept_password(endpoint, user)
    if kept is not None:
        return kept, False
    if not sys.stdin.isatty():
        raise UsageError("no password is kept for this LRS user: run the pull in a terminal "
                         "to be asked, or give it with --password-stdin")
    return getpass.getpass(f"Password of {user} at the LRS: "), True


def _say_learners(keep_names: bool) -> None:  # noqa: FBT001 - a flag of the command
    if keep_names:
        print("learners are stored by name, as --keep-names asked")
    else:
        print("learners are stored as a hash salted for this workspace, not by name "
              "(--keep-names keeps names)")


def results_show(args: argparse.Namespace) -> int:
    services = _open(args)
    module_id = services.modules.resolve(args.id)
    report = services.results.report(module_id, args.version)
    if args.json:
        print_json(report_json(report))
        return 0
    _print_report(report)
    return 0


def report_json(report: ResultsReport) -> dict[str, Any]:
    """The report as JSON: figures in percent, None where undefined."""
    from authoring.results_stats import VERDICT_TEXT  # noqa: PLC0415

    stats = report.stats
    return {
        "module": str(report.module_id), "title": report.title, "version": report.version,
        "versions": [{"version": v.version, "attempts": v.attempts} for v in report.versions],
        "attempts": stats.attempts, "learners": stats.learners, "mean_score": stats.mean_score,
        "learners_named": report.named,
        "questions": [{
            "key": q.key, "label": q.label, "attempts": q.figures.attempts,
            "facility": q.figures.facility, "sd": q.figures.sd,
            "discrimination": q.figures.discrimination, "efficiency": q.figures.efficiency,
            "verdict": q.verdict.value, "verdict_text": VERDICT_TEXT[q.verdict],
            "options": [{"id": o.id, "label": o.label, "count": o.count, "correct": o.correct}
                        for o in q.options],
        } for q in stats.questions],
        "pages": [{"id": p.id, "title": p.title, "learners": p.learners} for p in stats.pages],
    }


def _print_report(report: ResultsReport) -> None:
    from authoring.results_stats import VERDICT_TEXT  # noqa: PLC0415
    from authoring.services.results import ALL  # noqa: PLC0415

    stats = report.stats
    if not report.versions:
        print(f"{report.title}: no results yet. Import an LMS report (kiem results import) "
              "or pull from an LRS (kiem results pull)")
        return
    shown = "all versions" if report.version == ALL else f"version {report.version or '?'}"
    others = ", ".join(f"{v.version or '?'} ({v.attempts})" for v in report.versions)
    print(f"{report.title}: {shown}; attempts by version: {others}")
    mean = f"; mean score {stats.mean_score:.0f} %" if stats.mean_score is not None else ""
    print(f"{stats.learners} learner(s), each counted once (their first attempt){mean}")
    print("learners are stored by name" if report.named else "learners are stored as hashes")
    print()
    rows = [[str(n), cut(q.label, 40), str(q.figures.attempts), _pct(q.figures.facility),
             _pct(q.figures.discrimination), _pct(q.figures.efficiency), q.verdict.value]
            for n, q in enumerate(stats.questions, 1)]
    print_table(["#", "QUESTION", "ATTEMPTS", "FACILITY", "DISCRIMINATION", "EFFICIENCY",
                 "VERDICT"], rows)
    for n, q in enumerate(stats.questions, 1):
        chosen = "  ".join(f"{cut(o.label, 24)}{' ✓' if o.correct else ''}: {o.count}"
                           for o in q.options)
        print(f"{n}. {VERDICT_TEXT[q.verdict]}" + (f"\n   chosen: {chosen}" if chosen else ""))
    if stats.pages:
        print()
        print_table(["PAGE", "LEARNERS WHO REACHED IT"],
                    [[cut(p.title or "(untitled)", 50), str(p.learners)] for p in stats.pages])


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f} %"
