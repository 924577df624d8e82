"""The `kiem` commands of peer review: requests, threads, verdicts, publishing and audit.

`app/cli.py` registers them (and those of `cli_groups`, which share the plumbing at the end of
this file); each handler opens the workspace, makes ReviewService calls and prints what
happened, or JSON. Refusals are KiemErrors, which `main` prints as one line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from authoring.errors import KiemError

if TYPE_CHECKING:
    import uuid

    from authoring.services import Services
    from authoring.snapshot import ModuleSnap
    from review.anchors import Anchor
    from review.service import ReviewService
    from review.state import GroupState, Request, Thread

Handler = Callable[[argparse.Namespace], int]
Load = Callable[[], "tuple[ModuleSnap, dict[str, bytes]]"]
_VERDICT_WORDS = {"approve": "approved", "request_changes": "changes requested",
                  "comment": "done, no verdict"}
_FINISHED = {"approve": "you approved", "request_changes": "you asked for changes to",
             "comment": "you finished reviewing"}


class UsageError(KiemError):
    """Options that do not fit together; the message says which and how."""


# -- the parser ---------------------------------------------------------------------------------
def register(sub: Any) -> None:
    """Add `review …`, `publish`, `stale` and `audit` to the subcommands of the `kiem` parser."""
    review = sub.add_parser("review", help="Review requests: submit, comment, suggest, verdicts.",
                            description="Submit a module for review, review others' modules, "
                            "answer comments. REQ and THREAD are ids or their first characters.")
    rsub = review.add_subparsers(dest="review_command", metavar="ACTION", required=True,
                                 parser_class=_AnyOrderParser)
    p = add_command(rsub, "submit", _submit, "Freeze the module as its next version and send "
                    "it for review.")
    p.add_argument("id", help="module id, or the start of it")
    p.add_argument("--reviewer", action="append", metavar="EMAIL",
                   help="pick a reviewer (repeat for several); default: the group decides")
    p.add_argument("--due", metavar="YYYY-MM-DD", help="when reviews are due")
    p.add_argument("--note", default="", help="a note for the reviewers")
    p = add_command(rsub, "list", _review_list, "List review requests (all of your groups').")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--to-me", action="store_true", help="only those waiting for your verdict")
    which.add_argument("--mine", action="store_true", help="only your own open requests")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p = add_command(rsub, "show", _review_show, "Show a request with its reviewers and threads.")
    p.add_argument("req")
    p.add_argument("--json", action="store_true", help="print a JSON object")
    p = add_command(rsub, "comment", _comment, "Comment on a version, on a quoted passage or as "
                    "a whole.")
    p.add_argument("req")
    p.add_argument("message")
    p.add_argument("--quote", metavar="TEXT", help="text of the version the comment is about "
                   "(exactly as written, found once)")
    p.add_argument("--blocking", action="store_true", help="approval waits until it is resolved")
    p = add_command(rsub, "suggest", _suggest, "Suggest replacement text for a quoted passage.")
    p.add_argument("req")
    p.add_argument("message", nargs="?", default="")
    p.add_argument("--quote", metavar="OLD", required=True)
    p.add_argument("--replace", metavar="NEW", required=True)
    p = add_command(rsub, "reply", _reply, "Answer in a thread.")
    p.add_argument("thread")
    p.add_argument("message")
    for name, reopen, text in (("resolve", False, "Mark a thread resolved."),
                               ("reopen", True, "Open a resolved thread again.")):
        p = add_command(rsub, name, _resolve, text)
        p.add_argument("thread")
        p.set_defaults(reopen=reopen)
    p = add_command(rsub, "accept", _accept, "Accept a suggestion: your draft is edited "
                    "(authors).")
    p.add_argument("suggestion")
    p = add_command(rsub, "decline", _decline, "Decline a suggestion, saying why (authors).")
    p.add_argument("suggestion")
    p.add_argument("--reason", required=True)
    for name, verdict, text in (
            ("approve", "approve", "Approve the version (your held-back comments go with it)."),
            ("request-changes", "request_changes", "Ask for changes (your held-back comments "
             "go with it)."),
            ("done", "comment", "Finish your review without a verdict either way.")):
        p = add_command(rsub, name, _finish, text)
        p.add_argument("req")
        p.add_argument("--note", default="")
        p.set_defaults(verdict=verdict)
    p = add_command(rsub, "withdraw", _withdraw, "Withdraw your submission (the module is a "
                    "draft again).")
    p.add_argument("req")
    p.add_argument("--note", default="")
    p = add_command(rsub, "reassign", _reassign, "Change a request's reviewers (leads).")
    p.add_argument("req")
    p.add_argument("--add", action="append", default=[], metavar="EMAIL")
    p.add_argument("--remove", action="append", default=[], metavar="EMAIL")
    p = add_command(rsub, "diff", _diff, "What changed between two submitted versions.")
    p.add_argument("id", help="module id or request id (or the start of it)")
    p.add_argument("--from", dest="from_version", type=int, metavar="N",
                   help="older version (default: the one before --to)")
    p.add_argument("--to", dest="to_version", type=int, metavar="M",
                   help="newer version (default: the request's, else the latest)")
    p.add_argument("--json", action="store_true", help="print a JSON object")

    p = add_command(sub, "publish", _publish, "Mark a module's approved version published "
                    "(admins, after exporting it with export --approved).")
    p.add_argument("id", help="module id or request id (or the start of it)")
    p.add_argument("--version", type=int, help="the version you exported (refused when "
                                               "another is the approved one by now)")
    p = add_command(sub, "stale", _stale, "List published modules past their review-by date.")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p = add_command(sub, "audit", _audit, "Every step of a module's reviews: when, who, what.")
    p.add_argument("id", help="module id or request id (or the start of it)")
    p.add_argument("--json", action="store_true", help="print a JSON array")


class _AnyOrderParser(argparse.ArgumentParser):
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


def add_command(sub: Any, name: str, handler: Handler,
                help_text: str) -> argparse.ArgumentParser:
    """Add a subcommand whose help and description are `help_text`, run by `handler`."""
    p: argparse.ArgumentParser = sub.add_parser(name, help=help_text, description=help_text)
    p.set_defaults(handler=handler)
    return p


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[ReviewService]:
    """Open the workspace with a review service over it; close it afterwards."""
    from app.cli import _services  # noqa: PLC0415 - cli imports this module
    from review.service import ReviewService  # noqa: PLC0415 - keep `kiem --help` fast

    services = _services(args)
    try:
        yield ReviewService(services)
    finally:
        services.workspace.close()


# -- requests -----------------------------------------------------------------------------------
def _submit(args: argparse.Namespace) -> int:
    due = _date(args.due, "--due") if args.due else None
    with opened(args) as review:
        module_id = review.services.modules.resolve(args.id)
        request = review.submit(module_id, reviewers=args.reviewer, due=due, note=args.note)
        who = ", ".join(a.reviewer for a in request.active_reviewers())
        done(review, f"submitted “{request.title}” version {request.version} to {who}, due "
                     f"{request.due}; request {short(request.id)}")
    return 0


def _review_list(args: argparse.Namespace) -> int:
    with opened(args) as review:
        if args.to_me:
            requests = [r for r, _ in review.inbox().to_me]
        elif args.mine:
            requests = review.inbox().mine
        else:
            requests = sorted((r for s in review.all_states() for r in s.requests.values()),
                              key=lambda r: r.submitted_at, reverse=True)
        rows = [_request_row(review.state(r.group), r, review.today()) for r in requests]
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("Nothing waits for your review." if args.to_me else
              "You have no open review requests." if args.mine else
              "No review requests in your groups yet.")
        return 0
    print_table(["ID", "STATE", "V", "TITLE", "AUTHOR", "DUE", "REVIEWERS"], [
        [r["id"][:8], r["state"].replace("_", " "), str(r["version"]), cut(r["title"], 40),
         r["author"], f"{r['due']} {r['due_state']}".strip(),
         ", ".join(f"{a['email']} ({_VERDICT_WORDS.get(a['verdict'], 'to do')})"
                   for a in r["reviewers"] if a["active"])] for r in rows])
    return 0


def _request_row(state: GroupState, r: Request, today: dt.date) -> dict[str, Any]:
    return {"id": str(r.id), "module": str(r.module), "title": r.title, "version": r.version,
            "state": r.state.value, "author": r.author, "due": r.due.isoformat(),
            "due_state": _due_state(r, today), "group": state.name,
            "submitted_at": iso(r.submitted_at),
            "reviewers": [{"email": a.reviewer, "verdict": a.verdict.value if a.verdict else None,
                           "active": a.active} for a in r.reviewers.values()]}


def _review_show(args: argparse.Namespace) -> int:
    with opened(args) as review:
        state, request = review.request(args.req)
        snap = _snap(review, request)
        threads = sorted((t for t in state.modules[request.module].threads
                          if t.version <= request.version), key=lambda t: t.comments[0].at)
        data = {**_request_row(state, request, review.today()),
                "submitted_by": request.submitted_by,
                "note": request.note,
                "review_by": request.review_by.isoformat() if request.review_by else None,
                "reviewers": [{"email": a.reviewer,
                               "verdict": a.verdict.value if a.verdict else None,
                               "active": a.active, "at": iso(a.verdict_at), "note": a.note}
                              for a in request.reviewers.values()],
                "threads": [_thread_row(t, snap, request.version) for t in threads]}
    if args.json:
        print_json(data)
        return 0
    print(f"“{data['title']}” version {data['version']} · {data['state'].replace('_', ' ')}")
    print(f"  request {data['id']} · module {data['module'][:8]} · group {data['group']}")
    print(f"  by {data['author']} · submitted {local_time(data['submitted_at'])} · due "
          f"{data['due']} {data['due_state']}".rstrip())
    if data["note"]:
        print(f"  note: {data['note']}")
    for a in data["reviewers"]:
        verdict = _VERDICT_WORDS.get(a["verdict"], "no verdict yet")
        print(f"  reviewer {a['email']}: {verdict}" + ("" if a["active"] else " (removed)")
              + (f" — {a['note']}" if a["note"] else ""))
    print(f"\n{len(data['threads'])} thread(s)" if data["threads"] else "\nno threads")
    for t in data["threads"]:
        _print_thread(t)
    return 0


def _thread_row(thread: Thread, snap: ModuleSnap, version: int) -> dict[str, Any]:
    """A thread as `review show` gives it, its anchor found again in `version` if older."""
    from review.anchors import Anchor, AnchorState, relocate  # noqa: PLC0415

    anchor: dict[str, Any] | None = None
    found = True
    if thread.anchor:
        try:
            located = Anchor.from_dict(thread.anchor)
            if thread.version != version:
                moved = relocate(located, snap, version=version)
                found, located = moved.state is not AnchorState.OUTDATED, moved.anchor
            anchor = _place(snap, located)
        except ValueError:
            anchor, found = {**thread.anchor, "label": ""}, False
    state = "resolved" if thread.resolved else "open" if found else "outdated"
    return {"id": str(thread.id), "version": thread.version, "author": thread.author,
            "kind": "suggestion" if thread.suggestion else "comment", "state": state,
            "blocking": thread.blocking, "pending": thread.pending, "anchor": anchor,
            "replacement": thread.replacement, "suggestion": thread.suggestion or None,
            "decline_reason": thread.decline_reason or None,
            "comments": [{"author": c.author, "at": iso(c.at), "text": c.text,
                          "pending": c.pending} for c in thread.comments]}


def _print_thread(t: dict[str, Any]) -> None:
    marks = [t["kind"] + (f" ({t['suggestion']})" if t["suggestion"] else ""), t["state"]]
    marks += ["blocking"] if t["blocking"] else []
    marks += ["held back until your verdict"] if t["pending"] else []
    print(f"  {t['id'][:8]}  {' · '.join(marks)} · on version {t['version']}")
    anchor = t["anchor"]
    if anchor is None:
        print("    on the whole version")
    else:
        print(f"    {_where(anchor) or 'somewhere'}: “{anchor.get('quote', '')}”"
              + (f" → “{t['replacement']}”" if t["kind"] == "suggestion" else ""))
    for c in t["comments"]:
        if c["text"]:
            print(f"    {c['author']} {local_time(c['at'])}: {c['text']}")
    if t["decline_reason"]:
        print(f"    declined: {t['decline_reason']}")


# -- threads ------------------------------------------------------------------------------------
def _comment(args: argparse.Namespace) -> int:
    from review.anchors import find_quote  # noqa: PLC0415

    with opened(args) as review:
        _state, request = review.request(args.req)
        anchor, where = None, "the whole version"
        if args.quote is not None:
            snap = _snap(review, request)
            found = find_quote(snap, request.version, args.quote)
            anchor = found.to_dict()
            where = f"“{found.quote}” ({_where(_place(snap, found))})"
        thread = review.comment(str(request.id), args.message, anchor=anchor,
                                blocking=args.blocking)
        done(review, f"{'blocking ' if thread.blocking else ''}comment {short(thread.id)} "
                     f"on {where}" + _held(thread, request))
    return 0


def _suggest(args: argparse.Namespace) -> int:
    from review.anchors import find_quote  # noqa: PLC0415

    with opened(args) as review:
        _state, request = review.request(args.req)
        snap = _snap(review, request)
        anchor = find_quote(snap, request.version, args.quote)
        thread = review.suggest(str(request.id), anchor.to_dict(), args.replace, args.message)
        done(review, f"suggestion {short(thread.id)}: “{anchor.quote}” → “{args.replace}” "
                     f"({_where(_place(snap, anchor))})" + _held(thread, request))
    return 0


def _held(thread: Thread, request: Request) -> str:
    if not thread.pending:
        return ""
    return ("; held back until you finish your review (kiem review approve|request-changes|"
            f"done {short(request.id)})")


def _reply(args: argparse.Namespace) -> int:
    with opened(args) as review:
        thread = review.reply(args.thread, args.message)
        done(review, f"replied in thread {short(thread.id)}")
    return 0


def _resolve(args: argparse.Namespace) -> int:
    with opened(args) as review:
        thread = review.resolve(args.thread, reopen=args.reopen)
        done(review, f"thread {short(thread.id)} is {'open' if args.reopen else 'resolved'}")
    return 0


def _accept(args: argparse.Namespace) -> int:
    with opened(args) as review:
        _state, thread = review.thread(args.suggestion)
        changes = review.accept(str(thread.id))
        quote = (thread.anchor or {}).get("quote", "")
        if changes is None:
            done(review, "nothing was changed; the suggestion stays open")
        else:
            done(review, f"accepted: “{quote}” → “{thread.replacement}” in your draft; submit "
                         f"again when ready: kiem review submit {short(thread.module)}")
    return 0


def _decline(args: argparse.Namespace) -> int:
    with opened(args) as review:
        thread = review.decline(args.suggestion, args.reason)
        done(review, f"declined suggestion {short(thread.id)}")
    return 0


# -- verdicts and the request's life ------------------------------------------------------------
def _finish(args: argparse.Namespace) -> int:
    with opened(args) as review:
        state, request = review.request(args.req)
        held = sum(1 for t in state.threads.values() if t.pending and t.request == request.id)
        after = review.finish(str(request.id), args.verdict, args.note)
        sent = f"; sent {held} held-back thread(s)" if held else ""
        done(review, f"{_FINISHED[args.verdict]} “{after.title}” version {after.version}; "
                     f"it is now {after.state.value.replace('_', ' ')}{sent}")
    return 0


def _withdraw(args: argparse.Namespace) -> int:
    with opened(args) as review:
        request = review.withdraw(args.req, args.note)
        done(review, f"withdrew “{request.title}” version {request.version}; the module is a "
                     "draft again")
    return 0


def _reassign(args: argparse.Namespace) -> int:
    if not args.add and not args.remove:
        raise UsageError("say whom to --add or --remove")
    with opened(args) as review:
        request = review.reassign(args.req, args.add, args.remove)
        who = ", ".join(a.reviewer for a in request.active_reviewers()) or "no one"
        done(review, f"“{request.title}” version {request.version} is now with {who}")
    return 0


def _diff(args: argparse.Namespace) -> int:
    from review.diff import module_diff  # noqa: PLC0415

    with opened(args) as review:
        _state, module = review.module_review(args.id)
        text = args.id.strip().lower()
        named = next((r for r in module.requests if str(r.id).startswith(text)), None)
        versions = {r.version: r for r in module.requests}
        new = args.to_version or (named or module.latest).version
        old = args.from_version or max((v for v in versions if v < new), default=None)
        if old is None:
            raise UsageError(f"version {new} is the first of “{module.title}”; there is no "
                             "earlier version to compare with")
        for number in (old, new):
            if number not in versions:
                raise UsageError(f"“{module.title}” has no version {number}; submitted: "
                                 + ", ".join(map(str, sorted(versions))))
        diff = module_diff(_snap(review, versions[old]), _snap(review, versions[new]))
    if args.json:
        print_json(diff.to_dict())
        return 0
    print(f"“{module.title}”: version {old} → {new}")
    for line in diff.summary_lines() or ["no changes"]:
        print(f"  {line}")
    return 0


def _publish(args: argparse.Namespace) -> int:
    with opened(args) as review:
        request = review.publish(args.id, args.version)
        done(review, f"published “{request.title}” version {request.version}")
    return 0


def _stale(args: argparse.Namespace) -> int:
    with opened(args) as review:
        rows = [{"module": str(m.id), "title": m.title, "author": m.author, "group": s.name,
                 "version": pub.version, "published_at": iso(pub.published_at),
                 "review_by": due.isoformat()}
                for s, m, due in review.stale() if (pub := m.published()) is not None]
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("No published module is past its review-by date.")
    print_table(["ID", "TITLE", "V", "AUTHOR", "GROUP", "REVIEW BY"], [
        [r["module"][:8], cut(r["title"], 40), str(r["version"]), r["author"], r["group"],
         r["review_by"]] for r in rows])
    return 0


def _audit(args: argparse.Namespace) -> int:
    with opened(args) as review:
        _state, module = review.module_review(args.id)
        rows = [{"at": iso(e.at), "actor": e.actor, "kind": e.kind, "version": e.version,
                 "summary": e.summary, "event": str(e.event)} for e in module.audit]
    if args.json:
        print_json(rows)
        return 0
    print(f"“{module.title}” by {module.author}")
    for row in rows:
        version = f"v{row['version']}" if row["version"] is not None else ""
        print(f"  {local_time(row['at'])}  {row['actor']}  {version:>4}  {row['summary']}")
    return 0


# -- exporting the approved version -------------------------------------------------------------
def approved_sources(services: Services, refs: list[str]) -> list[Load]:
    """Find each module's approved version (refusing before any is exported); load it later.

    What `kiem export --approved` writes: the frozen version the group approved (or, once
    published, the published one), never the workspace's draft, which may not even be here.
    """
    from review.service import ReviewService  # noqa: PLC0415

    review = ReviewService(services)
    for ref in refs:
        _state, module = review.module_review(ref)
        if module.approved() is None and module.published() is None:
            review.approved_version(ref)  # raises the service's refusal

    def load(ref: str) -> tuple[ModuleSnap, dict[str, bytes]]:
        _request, snap, blobs = review.approved_version(ref)  # numbered and marked as approved
        return snap, blobs

    return [functools.partial(load, ref) for ref in refs]


# -- small helpers ------------------------------------------------------------------------------
def _snap(review: ReviewService, request: Request) -> ModuleSnap:
    snap, _blobs = review.version(request)
    return snap


def _place(snap: ModuleSnap, anchor: Anchor) -> dict[str, Any]:
    """An anchor as JSON, with the label of its block or page in `snap`."""
    from review.anchors import block_label, find_block, page_label  # noqa: PLC0415

    found = find_block(snap, anchor.block) if anchor.block else None
    page = snap.page(anchor.page_id)
    label = block_label(*found) if found else page_label(page) if page is not None else ""
    return {**anchor.to_dict(), "label": label}


def _where(anchor: dict[str, Any]) -> str:
    """Name an anchored passage: "page 'Steps' · callout · title" (the field when it adds)."""
    label, field = anchor.get("label", ""), anchor.get("field", "")
    if not label:
        return field
    return label if not field or label.endswith(f"· {field}") else f"{label} · {field}"


def _due_state(request: Request, today: dt.date) -> str:
    from review.state import OPEN_STATES  # noqa: PLC0415

    if request.state not in OPEN_STATES:
        return ""
    return ("overdue" if today > request.due else "due today" if today == request.due else
            "due tomorrow" if today + dt.timedelta(days=1) == request.due else "")


def _date(text: str, option: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{option}: “{text}” is not a date (YYYY-MM-DD)") from None


# -- shared with the group commands (cli_groups) ----------------------------------------------
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
