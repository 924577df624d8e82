"""The `kiem hub` commands: make a PostgreSQL database the team's hub, and run its people.

The hub's address is `--hub URL` or the `KIEM_HUB` variable; the password comes as libpq
reads it (the URL, PGPASSWORD, a pgpass or service file). A new person's password is asked
twice, or read from standard input with `--password-stdin` (for scripts). Declared in
`app.cli_commands`.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from app.cli_common import UsageError, opened, print_json, print_table
from app.cli_groups import say_joined


def _url(args: argparse.Namespace) -> str:
    from review.hub.connection import default_hub  # noqa: PLC0415

    url = args.hub or os.environ.get("KIEM_HUB") or default_hub()
    if not url:
        raise UsageError("which hub? run kiem hub connect URL once, give --hub "
                         "postgresql://USER@HOST/DATABASE, or set KIEM_HUB")
    return str(url)


def _new_password(args: argparse.Namespace, who: str) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass(f"password for {who} on the hub: ")
    if getpass.getpass("the same again: ") != first:
        raise UsageError("the two passwords differ; nothing was changed")
    return first


def _admin(args: argparse.Namespace) -> Any:  # noqa: ANN401 - review.hub.admin.HubAdmin
    from review.hub.admin import HubAdmin  # noqa: PLC0415 - psycopg only for hub commands

    return HubAdmin(_url(args))


def init(args: argparse.Namespace) -> int:
    from review.hub.admin import init as init_hub  # noqa: PLC0415
    from review.hub.connection import where  # noqa: PLC0415

    password = _new_password(args, args.email)
    roles, admin = init_hub(args.url, args.email, args.name, password)
    print(f"hub ready in database {roles.database} at {where(args.url)}")
    print(f"{args.email} is its first admin and logs in as {admin}")
    return 0


def user_add(args: argparse.Namespace) -> int:
    role = _admin(args).add_person(args.email, args.name, _new_password(args, args.email),
                                   admin=args.admin)
    print(f"added {args.email.lower()}{' (admin)' if args.admin else ''}; logs in as {role}")
    return 0


def user_remove(args: argparse.Namespace) -> int:
    _admin(args).remove_person(args.email)
    print(f"{args.email.lower()} can no longer log in to the hub; what they wrote stays")
    return 0


def group_create(args: argparse.Namespace) -> int:
    group_id = _admin(args).create_group(args.name)
    print(f"group “{args.name}” created ({group_id})")
    return 0


def group_add(args: argparse.Namespace) -> int:
    _admin(args).set_member(args.group, args.email, lead=args.lead)
    print(f"{args.email.lower()} is {'a lead' if args.lead else 'a member'} of “{args.group}”")
    return 0


def group_remove(args: argparse.Namespace) -> int:
    _admin(args).set_member(args.group, args.email, member=False)
    print(f"{args.email.lower()} is no longer in “{args.group}”")
    return 0


def revoke(args: argparse.Namespace) -> int:
    _admin(args).revoke_key(args.fingerprint, args.group, args.reason)
    print(f"key {args.fingerprint} revoked")
    return 0


def groups(args: argparse.Namespace) -> int:
    groups = _admin(args).groups()
    if args.json:
        print_json(groups)
        return 0
    rows = [[g["name"], str(len(g["members"])),
             ", ".join(m["email"] + (" (lead)" if m["lead"] else "") for m in g["members"])]
            for g in groups]
    print_table(["GROUP", "MEMBERS", "WHO"], rows)
    if not groups:
        print("no groups you may see yet")
    return 0


def connect(args: argparse.Namespace) -> int:
    from review.hub.admin import HubAdmin  # noqa: PLC0415
    from review.hub.connection import (  # noqa: PLC0415
        HubError,
        keep_password,
        set_default_hub,
        where,
        with_password,
        without_password,
    )

    url = without_password(args.url)
    password = None
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        try:
            HubAdmin(args.url).groups()  # the URL, PGPASSWORD or a pgpass file may do
        except HubError:
            password = getpass.getpass(f"password on the hub at {where(url)}: ")
    if password is not None:
        HubAdmin(with_password(url, password)).groups()
        print(f"password kept in {keep_password(url, password)} (only you can read it)")
    groups = HubAdmin(url).groups()
    set_default_hub(url)
    print(f"connected to the hub at {where(url)}; you may see {len(groups)} group(s): "
          + ", ".join(g["name"] for g in groups))
    return 0


def _hub_group(args: argparse.Namespace) -> tuple[str, Any]:
    """The hub's address and the id of the group named on the command line."""
    import uuid  # noqa: PLC0415

    url = _url(args)
    for group in _admin(args).groups():
        if group["name"].lower() == args.group.lower() or group["id"].startswith(args.group):
            return url, uuid.UUID(group["id"])
    raise UsageError(f"the hub shows you no group “{args.group}” (kiem hub groups lists them)")


def join(args: argparse.Namespace) -> int:
    url, group_id = _hub_group(args)
    with opened(args) as review:
        say_joined(review, review.join_hub_group(url, group_id))
    return 0


def found(args: argparse.Namespace) -> int:
    url, group_id = _hub_group(args)
    with opened(args) as review:
        group = review.found_hub_group(url, group_id, args.group)
        print(f"founded “{group.name}” on the hub; you are its lead. Members join with: "
              f"kiem hub join \"{group.name}\"")
    return 0


def switch(args: argparse.Namespace) -> int:
    url = _url(args)
    with opened(args) as review:
        group = review.move_to_hub(url, review.group(args.group).id)
        print(f"“{group.name}” now syncs through the hub; its folder is no longer written")
    return 0


def import_folder(args: argparse.Namespace) -> int:
    from review.hub.moving import import_folder as move_folder  # noqa: PLC0415

    report = move_folder(_url(args), args.folder)
    print(f"“{report.group_name}”: {report.events} event(s) and {report.files} file(s) moved "
          "into the hub; members switch with: kiem hub switch "
          f"\"{report.group_name}\"")
    for name, why in report.skipped:
        print(f"  skipped {name}: {why}")
    return 0


def follow(args: argparse.Namespace) -> int:
    import uuid  # noqa: PLC0415

    url = _url(args)
    ids = [uuid.UUID(g["id"]) for g in _admin(args).groups()]
    with opened(args) as review:
        followed = review.follow_hub(url, ids)
    names = ", ".join(f"“{g.name}”" for g in followed)
    print(f"now following {len(followed)} more group(s){': ' + names if names else ''}")
    return 0


def overview(args: argparse.Namespace) -> int:
    from review.hub.overview import overview as groups_overview  # noqa: PLC0415

    with opened(args) as review:
        groups = groups_overview(review)
    if args.json:
        print_json(groups)
        return 0
    if not groups:
        print("This workspace follows no group yet (kiem hub follow, or join one).")
    for g in groups:
        print(f"{g['name']}: {g['members']} member(s), {len(g['approved'])} approved waiting "
              f"for export, {len(g['published'])} published, {len(g['stale'])} stale")
        for item in g["approved"]:
            print(f"  approved   {item['title']} (version {item['version']}, {item['author']})")
        for item in g["stale"]:
            print(f"  stale      {item['title']} (review by {item['review_by']})")
    return 0


def catalogue(args: argparse.Namespace) -> int:
    from review.hub.overview import catalogue as published  # noqa: PLC0415

    with opened(args) as review:
        found = published(review, args.text)
    if args.json:
        print_json(found)
        return 0
    if not found:
        print("No published module matches." if args.text else "No published module yet.")
        return 0
    print_table(["MODULE", "TITLE", "GROUP", "VERSION", "PUBLISHED"],
                [[f["module"][:8], f["title"], f["group"], str(f["version"]),
                  f["published"] or ""] for f in found])
    return 0


def reuse(args: argparse.Namespace) -> int:
    from review.hub.overview import reuse as copy_module  # noqa: PLC0415

    with opened(args) as review:
        changes = copy_module(review, args.module)
        title = review.services.modules.snapshot(changes.id).title
    print(f"copied as a new draft “{title}” ({changes.id})")
    return 0
