"""The `kiem hub` commands: make a PostgreSQL database the team's hub, and run its people.

The hub's address is `--hub URL` or the `KIEM_HUB` variable; the password comes as libpq
reads it (the URL, PGPASSWORD, a pgpass or service file). A new person's password is asked
twice, or read from standard input with `--password-stdin` (for scripts).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from app.cli_groups import say_joined
from app.cli_review import UsageError, add_command, opened, print_json, print_table


def register(sub: Any) -> None:
    """Add `hub …` to the subcommands of the `kiem` parser."""
    hub = sub.add_parser("hub", help="The team hub (PostgreSQL): set it up, people, groups.",
                         description="A team that outgrows shared folders keeps its groups on "
                         "a PostgreSQL server: one login per person, isolation by the "
                         "database. See docs/hub.md.")
    hsub = hub.add_subparsers(dest="hub_command", metavar="ACTION", required=True)
    p = add_command(hsub, "init", _init, "Make a PostgreSQL database the hub and add its first "
                    "admin (run once, with an account that may create roles).")
    p.add_argument("url", help="postgresql://USER@HOST:PORT/DATABASE (an empty database)")
    _person_options(p, email=True)
    p = add_command(hsub, "connect", _connect, "Connect this computer to the hub: check the "
                    "login, keep the password (in a file only you can read) and the address.")
    p.add_argument("url", help="postgresql://YOUR-ROLE@HOST:PORT/DATABASE")
    p.add_argument("--password-stdin", action="store_true",
                   help="read the password from standard input instead of asking")
    for action, handler, text in (
            ("join", _join, "Join a group of the hub (an admin or lead added you to it)."),
            ("found", _found, "Found the review group of a hub group an admin made for you; "
                              "you become its lead."),
            ("switch", _switch, "Let one of your folder groups live on the hub its history "
                                "was moved to (kiem hub import-folder)."),
    ):
        p = add_command(hsub, action, handler, text)
        p.add_argument("group", help="the group's name")
        _hub_option(p)
    p = add_command(hsub, "follow", _follow, "Follow every hub group you may read (admins: "
                    "all) without joining each; kiem sync keeps them current.")
    _hub_option(p)
    p = add_command(hsub, "overview", _overview, "Every group this workspace follows: members, "
                    "versions approved and waiting for export, published and stale modules.")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p = add_command(hsub, "catalogue", _catalogue, "Search the published modules of every "
                    "group you follow or belong to, to reuse one instead of writing it again.")
    p.add_argument("text", nargs="?", default="", help="words of the title or group")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p = add_command(hsub, "reuse", _reuse, "Copy a published module into your workspace as a "
                    "new draft of yours.")
    p.add_argument("module", help="the module's id (or its first characters)")
    p = add_command(hsub, "import-folder", _import_folder, "Move a folder group's whole "
                    "history into the hub, signatures kept (admins); the folder is only read.")
    p.add_argument("folder", type=Path)
    _hub_option(p)
    p = add_command(hsub, "groups", _groups, "List the groups you may see, with members.")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    _hub_option(p)

    user = hsub.add_parser("user", help="Add or remove people (admins).",
                           description="Add or remove people (admins).")
    usub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    p = add_command(usub, "add", _user_add, "Add a person who may then log in to the hub.")
    p.add_argument("email")
    _person_options(p)
    p.add_argument("--admin", action="store_true", help="make them an admin")
    _hub_option(p)
    p = add_command(usub, "remove", _user_remove, "Take a person off the hub: they can no "
                    "longer log in; what they wrote stays.")
    p.add_argument("email")
    _hub_option(p)

    group = hsub.add_parser("group", help="Create groups, add and remove members.",
                            description="Create groups (admins), add and remove members "
                            "(admins, and leads for their group).")
    gsub = group.add_subparsers(dest="group_command", metavar="ACTION", required=True)
    p = add_command(gsub, "create", _group_create, "Create a group (admins).")
    p.add_argument("name")
    _hub_option(p)
    for action, handler, text in (("add", _group_add, "Add a person to a group."),
                                  ("remove", _group_remove, "Take a person out of a group.")):
        p = add_command(gsub, action, handler, text)
        p.add_argument("group")
        p.add_argument("email")
        if action == "add":
            p.add_argument("--lead", action="store_true", help="as a lead of the group")
        _hub_option(p)
    p = add_command(hsub, "revoke", _revoke, "Revoke a signing key (a lost laptop): readers no "
                    "longer trust what it signs (admins, and leads for their group).")
    p.add_argument("fingerprint")
    p.add_argument("--group", help="the group whose lead revokes it")
    p.add_argument("--reason", default="")
    _hub_option(p)


def _person_options(p: argparse.ArgumentParser, *, email: bool = False) -> None:
    if email:
        p.add_argument("--email", required=True, help="the first admin's email")
    p.add_argument("--name", required=True, help="the person's name as others see it")
    p.add_argument("--password-stdin", action="store_true",
                   help="read the new password from standard input instead of asking")


def _hub_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--hub", metavar="URL", default=os.environ.get("KIEM_HUB"),
                   help="the hub's address (default: $KIEM_HUB, else the one connected to)")


def _url(args: argparse.Namespace) -> str:
    from review.hub.connection import default_hub  # noqa: PLC0415

    url = args.hub or default_hub()
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


def _init(args: argparse.Namespace) -> int:
    from review.hub.admin import init  # noqa: PLC0415
    from review.hub.connection import where  # noqa: PLC0415

    password = _new_password(args, args.email)
    roles, admin = init(args.url, args.email, args.name, password)
    print(f"hub ready in database {roles.database} at {where(args.url)}")
    print(f"{args.email} is its first admin and logs in as {admin}")
    return 0


def _user_add(args: argparse.Namespace) -> int:
    role = _admin(args).add_person(args.email, args.name, _new_password(args, args.email),
                                   admin=args.admin)
    print(f"added {args.email.lower()}{' (admin)' if args.admin else ''}; logs in as {role}")
    return 0


def _user_remove(args: argparse.Namespace) -> int:
    _admin(args).remove_person(args.email)
    print(f"{args.email.lower()} can no longer log in to the hub; what they wrote stays")
    return 0


def _group_create(args: argparse.Namespace) -> int:
    group_id = _admin(args).create_group(args.name)
    print(f"group “{args.name}” created ({group_id})")
    return 0


def _group_add(args: argparse.Namespace) -> int:
    _admin(args).set_member(args.group, args.email, lead=args.lead)
    print(f"{args.email.lower()} is {'a lead' if args.lead else 'a member'} of “{args.group}”")
    return 0


def _group_remove(args: argparse.Namespace) -> int:
    _admin(args).set_member(args.group, args.email, member=False)
    print(f"{args.email.lower()} is no longer in “{args.group}”")
    return 0


def _revoke(args: argparse.Namespace) -> int:
    _admin(args).revoke_key(args.fingerprint, args.group, args.reason)
    print(f"key {args.fingerprint} revoked")
    return 0


def _groups(args: argparse.Namespace) -> int:
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


def _connect(args: argparse.Namespace) -> int:
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


def _join(args: argparse.Namespace) -> int:
    url, group_id = _hub_group(args)
    with opened(args) as review:
        say_joined(review, review.join_hub_group(url, group_id))
    return 0


def _found(args: argparse.Namespace) -> int:
    url, group_id = _hub_group(args)
    with opened(args) as review:
        group = review.found_hub_group(url, group_id, args.group)
        print(f"founded “{group.name}” on the hub; you are its lead. Members join with: "
              f"kiem hub join \"{group.name}\"")
    return 0


def _switch(args: argparse.Namespace) -> int:
    url = _url(args)
    with opened(args) as review:
        group = review.move_to_hub(url, review.group(args.group).id)
        print(f"“{group.name}” now syncs through the hub; its folder is no longer written")
    return 0


def _import_folder(args: argparse.Namespace) -> int:
    from review.hub.moving import import_folder  # noqa: PLC0415

    report = import_folder(_url(args), args.folder)
    print(f"“{report.group_name}”: {report.events} event(s) and {report.files} file(s) moved "
          "into the hub; members switch with: kiem hub switch "
          f"\"{report.group_name}\"")
    for name, why in report.skipped:
        print(f"  skipped {name}: {why}")
    return 0


def _follow(args: argparse.Namespace) -> int:
    import uuid  # noqa: PLC0415

    url = _url(args)
    ids = [uuid.UUID(g["id"]) for g in _admin(args).groups()]
    with opened(args) as review:
        followed = review.follow_hub(url, ids)
    names = ", ".join(f"“{g.name}”" for g in followed)
    print(f"now following {len(followed)} more group(s){': ' + names if names else ''}")
    return 0


def _overview(args: argparse.Namespace) -> int:
    from review.hub.overview import overview  # noqa: PLC0415

    with opened(args) as review:
        groups = overview(review)
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


def _catalogue(args: argparse.Namespace) -> int:
    from review.hub.overview import catalogue  # noqa: PLC0415

    with opened(args) as review:
        found = catalogue(review, args.text)
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


def _reuse(args: argparse.Namespace) -> int:
    from review.hub.overview import reuse  # noqa: PLC0415

    with opened(args) as review:
        changes = reuse(review, args.module)
        title = review.services.modules.snapshot(changes.id).title
    print(f"copied as a new draft “{title}” ({changes.id})")
    return 0
