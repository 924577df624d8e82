"""The `kiem` commands of peer review: requests, threads, verdicts, publishing and audit.

Declared in `app.cli_commands`; each handler opens the workspace with a review service
(`app.cli_common.opened`), makes ReviewService calls and prints what happened, or JSON.
Refusals are KiemErrors, which `main` prints as one line.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

from app.cli_common import (
    UsageError,
    cut,
    done,
    iso,
    local_time,
    opened,
    print_json,
    print_table,
    short,
)

if TYPE_CHECKING:
    from authoring.snapshot import ModuleSnap
    from review.anchors import Anchor
    from review.service import ReviewService
    from review.state import GroupState, Request, Thread

_VERDICT_WORDS = {"approve": "approved", "request_changes": "changes requested",
                  "comment": "done, no verdict"}
_FINISHED = {"approve": "you approved", "request_changes": "you asked for changes to",
             "comment": "you finished reviewing"}


# -- requests -----------------------------------------------------------------------------------
def submit(args: argparse.Namespace) -> int:
    due = _date(args.due, "--due") if args.due else None
    with opened(args) as review:
        module_id = review.services.modules.resolve(args.id)
        request = review.submit(module_id, reviewers=args.reviewer, due=due, note=args.note)
        who = ", ".join(a.reviewer for a in request.active_reviewers())
        done(review, f"submitted “{request.title}” version {request.version} to {who}, due "
                     f"{request.due}; request {short(request.id)}")
    return 0


def review_list(args: argparse.Namespace) -> int:
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


def review_show(args: argparse.Namespace) -> int:
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
def comment(args: argparse.Namespace) -> int:
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


def suggest(args: argparse.Namespace) -> int:
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


def reply(args: argparse.Namespace) -> int:
    with opened(args) as review:
        thread = review.reply(args.thread, args.message)
        done(review, f"replied in thread {short(thread.id)}")
    return 0


def resolve(args: argparse.Namespace) -> int:
    with opened(args) as review:
        thread = review.resolve(args.thread, reopen=args.reopen)
        done(review, f"thread {short(thread.id)} is {'open' if args.reopen else 'resolved'}")
    return 0


def accept(args: argparse.Namespace) -> int:
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


def decline(args: argparse.Namespace) -> int:
    with opened(args) as review:
        thread = review.decline(args.suggestion, args.reason)
        done(review, f"declined suggestion {short(thread.id)}")
    return 0


# -- verdicts and the request's life ------------------------------------------------------------
def finish(args: argparse.Namespace) -> int:
    with opened(args) as review:
        state, request = review.request(args.req)
        held = sum(1 for t in state.threads.values() if t.pending and t.request == request.id)
        after = review.finish(str(request.id), args.verdict, args.note)
        sent = f"; sent {held} held-back thread(s)" if held else ""
        done(review, f"{_FINISHED[args.verdict]} “{after.title}” version {after.version}; "
                     f"it is now {after.state.value.replace('_', ' ')}{sent}")
    return 0


def withdraw(args: argparse.Namespace) -> int:
    with opened(args) as review:
        request = review.withdraw(args.req, args.note)
        done(review, f"withdrew “{request.title}” version {request.version}; the module is a "
                     "draft again")
    return 0


def reassign(args: argparse.Namespace) -> int:
    if not args.add and not args.remove:
        raise UsageError("say whom to --add or --remove")
    with opened(args) as review:
        request = review.reassign(args.req, args.add, args.remove)
        who = ", ".join(a.reviewer for a in request.active_reviewers()) or "no one"
        done(review, f"“{request.title}” version {request.version} is now with {who}")
    return 0


def diff(args: argparse.Namespace) -> int:
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


def publish(args: argparse.Namespace) -> int:
    with opened(args) as review:
        request = review.publish(args.id, args.version)
        done(review, f"published “{request.title}” version {request.version}")
    return 0


def stale(args: argparse.Namespace) -> int:
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


def audit(args: argparse.Namespace) -> int:
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
