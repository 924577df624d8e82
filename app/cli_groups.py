"""The `kiem` commands about people: who I am, creator groups and syncing with their folders.

Declared in `app.cli_commands`; they share the review commands' plumbing (`app.cli_common`).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from app.cli_common import (
    UsageError,
    done,
    iso,
    local_time,
    opened,
    print_json,
    print_table,
    say_waiting,
    short,
)

if TYPE_CHECKING:
    from review.state import GroupState, Member


def whoami(args: argparse.Namespace) -> int:
    if (args.name is None) != (args.email is None):
        raise UsageError("to say who you are, give both --name and --email")
    with opened(args) as review:
        me = review.set_me(args.name, args.email) if args.name is not None else review.me()
        print(f"name:  {me.name}")
        print(f"email: {me.email}")
        print(f"key:   {_fingerprint(_public(me.key))}  (a lead compares it before confirming "
              "you)")
    return 0


def group_create(args: argparse.Namespace) -> int:
    with opened(args) as review:
        group = review.create_group(args.name, args.folder)
        print(f"created group “{group.name}” ({short(group.id)}) in {group.folder}; "
              "you are its lead")
        print(f"others join with: kiem group join '{group.folder}'")
    return 0


def group_join(args: argparse.Namespace) -> int:
    with opened(args) as review:
        say_joined(review, review.join_group(args.folder))
    return 0


def say_joined(review: Any, group: Any) -> None:  # noqa: ANN401 - ReviewService, Group
    """Say whether I am a member of the group I just joined, or what the lead must do."""
    me = review.me()
    member = review.state(group.id).members.get(me.email)
    key = _public(me.key)
    if member is not None and member.confirmed and key in member.keys:
        print(f"you are a member of “{group.name}”")
    else:
        print(f"asked to join “{group.name}”; a lead confirms you with: kiem group confirm "
              f"{me.email}")
        print(f"tell them your key fingerprint: {_fingerprint(key)}")
    say_waiting(review)


def group_list(args: argparse.Namespace) -> int:
    with opened(args) as review:
        me = review.store.me()
        rows = []
        for group in review.groups():
            state = review.state(group.id)
            member = state.members.get(me.email) if me else None
            role = "" if member is None else member.role.value if member.confirmed else "waiting"
            rows.append({
                "name": group.name, "id": str(group.id), "folder": group.folder, "role": role,
                "members": sum(m.confirmed for m in state.members.values()),
                "waiting": sum(not m.confirmed for m in state.members.values()),
                "synced_at": iso(group.synced_at), "problem": group.sync_problem or "",
            })
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("You are in no group yet. Create one: kiem group create NAME --folder DIR; "
              "or join one: kiem group join DIR")
    for row in rows:
        synced = local_time(row["synced_at"]) if row["synced_at"] else "never synced"
        print(f"{row['name']}  ({row['id'][:8]})  {row['folder']}")
        print(f"  you: {row['role'] or 'not a member'} · {row['members']} member(s), "
              f"{row['waiting']} waiting to join · last sync {synced}"
              + (f" · problem: {row['problem']}" if row["problem"] else ""))
    return 0


def group_confirm(args: argparse.Namespace) -> int:
    with opened(args) as review:
        gid = review.group(args.group).id
        review.sync(gid)  # their join request may have arrived since the last sync
        review.confirm(args.email, gid, args.key)
        done(review, f"confirmed {args.email.strip().lower()} in “{review.state(gid).name}”")
    return 0


def group_role(args: argparse.Namespace) -> int:
    with opened(args) as review:
        gid = review.group(args.group).id
        review.set_role(args.email, args.role, gid)
        done(review, f"{args.email.strip().lower()} is now {args.role.strip().lower()} in "
                     f"“{review.state(gid).name}”")
    return 0


def group_away(args: argparse.Namespace) -> int:
    with opened(args) as review:
        gid = review.group(args.group).id
        review.set_away(not args.off, group=gid)
        name = review.state(gid).name
        done(review, f"you are back in “{name}”" if args.off else
             f"you are away in “{name}”: no new reviews come to you (kiem group away --off "
             "when you are back)")
    return 0


def group_members(args: argparse.Namespace) -> int:
    with opened(args) as review:
        gid = review.group(args.group).id
        (report,) = review.sync(gid)  # people who asked to join since the last sync show up
        state = review.state(gid)
        rows = [_member_row(state, m) for m in sorted(
            state.members.values(), key=lambda m: (m.confirmed, m.email))]
    if args.json:
        print_json(rows)
        return 0
    if not report.ok:
        print(f"as of the last sync ({report.unreachable})")
    print_table(["EMAIL", "NAME", "ROLE", "STATE", "KEY", "REVIEWS"], [
        [r["email"], r["name"], r["role"], _member_state(r), r["fingerprint"],
         str(r["open_reviews"]) if r["confirmed"] else ""] for r in rows])
    if any(not r["confirmed"] or r["new_key"] for r in rows):
        print("compare the key with what they see in `kiem whoami`, then: "
              "kiem group confirm EMAIL")
    return 0


def _member_state(row: dict[str, Any]) -> str:
    if not row["confirmed"]:
        return "waiting to be confirmed"
    return " · ".join(["confirmed"] + ["away"] * row["away"]
                      + ["another key claims this email (a new laptop, or not them): compare "
                         "its fingerprint"] * row["new_key"])


def _member_row(state: GroupState, m: Member) -> dict[str, Any]:
    return {"email": m.email, "name": m.name, "role": m.role.value, "confirmed": m.confirmed,
            "away": m.away, "fingerprint": _fingerprint(m.key),
            "confirmed_keys": sorted(_fingerprint(k) for k in m.keys),
            "new_key": m.confirmed and bool(m.waiting_keys()), "joined_at": iso(m.joined_at),
            "claims": [_fingerprint(k) for k in m.waiting_keys()],
            "open_reviews": state.open_assignments(m.email)}


def group_policy(args: argparse.Namespace) -> int:
    from review.state import Policy  # noqa: PLC0415

    given = {name: value for name in ("approvals", "reviewers", "due_days", "review_months")
             if (value := getattr(args, name)) is not None}
    with opened(args) as review:
        gid = review.group(args.group).id
        policy = review.state(gid).policy
        if given:
            try:
                policy = Policy.from_dict({**policy.to_dict(), **given})
            except ValueError as exc:
                raise UsageError(str(exc)) from None
            review.set_policy(policy, gid)
            done(review, f"changed the policy of “{review.state(gid).name}”")
    print(f"approvals      {policy.approvals:3}  approvals a version needs")
    print(f"reviewers      {policy.reviewers:3}  reviewers picked per request")
    print(f"due days       {policy.due_days:3}  days a reviewer has")
    print(f"review months  {policy.review_months:3}  months until a published module is "
          "reviewed again")
    return 0


def sync(args: argparse.Namespace) -> int:
    from review.hub.quick import quick_sync  # noqa: PLC0415

    # In no group, or on hubs with nothing to send nor receive: no database layer needed.
    reports = quick_sync(args.workspace)
    if reports is None:
        with opened(args) as review:
            reports = review.sync()
    if args.json:
        print_json([r.to_dict() for r in reports])
        return 0
    if not reports:
        print("You are in no group yet; nothing to sync.")
    for report in reports:
        print("\n".join(report.lines()))
    return 0  # an unreachable folder is said in the report, not a failure


def _public(key: Any) -> str:
    from review.events import encode_key  # noqa: PLC0415

    return encode_key(key.public_key())


def _fingerprint(key: str) -> str:
    from review.events import fingerprint  # noqa: PLC0415

    return fingerprint(key)
