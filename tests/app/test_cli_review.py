"""`kiem` review commands: three people, three workspace files and one group folder."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from app.cli import main

from .conftest import Team, email

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "phishing"


def fingerprint(whoami_output: str) -> str:
    line = next(x for x in whoami_output.splitlines() if x.startswith("key:"))
    return line.removeprefix("key:").split("(")[0].strip()


@pytest.mark.parametrize("argv", [
    ["whoami"], ["sync"], ["publish"], ["stale"], ["audit"], ["group"],
    *(["group", a] for a in ("create", "join", "list", "confirm", "role", "away", "members",
                              "policy")),
    *(["review", a] for a in ("submit", "list", "show", "comment", "suggest", "reply", "resolve",
                               "reopen", "accept", "decline", "approve", "request-changes",
                               "done", "withdraw", "reassign", "diff")),
], ids=" ".join)
def test_help_of_every_review_command_exits_zero(capsys, argv):
    with pytest.raises(SystemExit) as caught:
        main([*argv, "--help"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.startswith(f"usage: kiem {' '.join(argv)}")


def test_whoami_needs_both_name_and_email_and_shows_a_fingerprint(tmp_path, _template_workspace,
                                                                  capsys):
    ws = tmp_path / "new.kiemdb"
    shutil.copyfile(_template_workspace, ws)
    solo = Team(tmp_path, {"dee": ws}, capsys)

    assert "kiem whoami --name" in solo.refused("dee", "whoami")
    assert "both --name and --email" in solo.refused("dee", "whoami", "--name", "Dee")
    assert "not an email address" in solo.refused("dee", "whoami", "--name", "Dee",
                                                  "--email", "dee")
    out = solo.ok("dee", "whoami", "--name", "Dee", "--email", "Dee@Example.com")
    assert "name:  Dee" in out and "email: dee@example.com" in out
    key = fingerprint(out)
    assert len(key.split()) == 4
    assert fingerprint(solo.ok("dee", "whoami")) == key, "the key is made once and kept"


def test_lead_sees_who_waits_with_their_key_and_confirms_them(people):
    people.ok("ann", "group", "create", "IT creators", "--folder", str(people.folder))
    out = people.ok("ben", "group", "join", str(people.folder))
    assert "kiem group confirm ben@example.com" in out
    ben_key = fingerprint(people.ok("ben", "whoami"))
    assert ben_key in out
    assert people.json("ben", "group", "list")[0]["role"] == "waiting"

    assert "has not asked" in people.refused("ann", "group", "confirm", email("cem"))
    members = people.json("ann", "group", "members")  # the lead's sync brought Ben's request
    waiting = [m for m in members if not m["confirmed"]]
    assert [(m["email"], m["fingerprint"]) for m in waiting] == [(email("ben"), ben_key)]
    out = people.ok("ann", "group", "members")
    assert "waiting to be confirmed" in out and "kiem group confirm EMAIL" in out

    assert "confirmed ben@example.com" in people.ok("ann", "group", "confirm", email("ben"))
    people.ok("ben", "sync")
    (group,) = people.json("ben", "group", "list")
    assert group["name"] == "IT creators" and group["role"] == "member"
    assert (group["members"], group["waiting"]) == (2, 0)
    assert group["folder"] == str(people.folder) and group["synced_at"] and not group["problem"]
    (lead,) = people.json("ann", "group", "list")
    assert lead["role"] == "lead" and lead["id"] == group["id"]
    assert "1 waiting to join" not in people.ok("ann", "group", "list")


def test_policy_is_shown_and_changed_by_a_lead_only(team):
    assert "approvals        1" in team.ok("ben", "group", "policy")
    assert "not a lead" in team.refused("ben", "group", "policy", "--approvals", "2")
    assert "from 1 to 10" in team.refused("ann", "group", "policy", "--reviewers", "11")
    out = team.ok("ann", "group", "policy", "--approvals", "2", "--due-days", "3")
    assert "approvals        2" in out and "due days         3" in out
    team.ok("cem", "sync")
    assert "reviewers        1" in team.ok("cem", "group", "policy")
    assert "due days         3" in team.ok("cem", "group", "policy")


def test_submit_comment_suggest_accept_resubmit_approve_export_publish(team, tmp_path):
    out = team.ok("ann", "import", str(SAMPLE))
    (row,) = team.json("ann", "list")
    module = row["id"]
    out = team.ok("ann", "review", "submit", module[:8], "--reviewer", email("ben"),
                  "--note", "First version")
    assert "version 1 to ben@example.com" in out
    first = out.rsplit("request ", 1)[1].strip()
    (row,) = team.json("ann", "list")
    assert (row["status"], row["version"]) == ("in_review", 1)

    # Ben reviews: one ambiguous quote, then comments and a suggestion held until his verdict.
    assert team.ok("ben", "review", "list", "--to-me").startswith("Nothing waits")
    team.ok("ben", "sync")
    (request,) = team.json("ben", "review", "list", "--to-me")
    assert request["id"].startswith(first) and request["module"] == module
    assert (request["version"], request["state"], request["author"]) == (1, "in_review",
                                                                        email("ann"))
    assert request["reviewers"] == [{"email": email("ben"), "verdict": None, "active": True}]
    assert request["due"] and request["title"] == "Spot and report a phishing email"
    req = request["id"]
    assert first in team.ok("ben", "review", "list", "--to-me")

    line = team.refused("ben", "review", "comment", req[:8], "--quote", "the link", "Which?")
    assert "appears 4 times" in line and "quote more of it" in line
    assert "no passage" in team.refused("ben", "review", "comment", req[:8], "--quote",
                                        "not in the module", "Hm")
    out = team.ok("ben", "review", "comment", req[:8], "--quote", "press and hold",
                  "--blocking", "For how long?")
    assert "blocking comment" in out and "“press and hold”" in out and "held back" in out
    blocking = out.split("comment ", 1)[1].split()[0]
    team.ok("ben", "review", "comment", req[:8], "--quote", "Don't tap it.", "Nice and short.")
    team.ok("ben", "review", "comment", req[:8], "Good module overall.")
    out = team.ok("ben", "review", "suggest", req[:8], "--quote", "Don't tap it.",
                  "--replace", "Do not tap it.", "Plainer for translators")
    suggestion = out.split("suggestion ", 1)[1].split(":")[0]
    team.ok("ann", "sync")
    assert team.json("ann", "review", "show", req[:8])["threads"] == [], "held back"
    out = team.ok("ben", "review", "request-changes", req[:8], "--note", "A few things")
    assert "changes requested" in out and "sent 4 held-back thread(s)" in out

    # Ann answers: accepts the suggestion, replies, resolves, submits version 2.
    team.ok("ann", "sync")
    shown = team.json("ann", "review", "show", req[:8])
    assert shown["state"] == "changes_requested"
    threads = {t["id"][:8]: t for t in shown["threads"]}
    assert threads[blocking]["blocking"] and threads[blocking]["state"] == "open"
    assert threads[blocking]["anchor"]["quote"] == "press and hold"
    assert threads[blocking]["comments"][0]["text"] == "For how long?"
    assert threads[suggestion]["kind"] == "suggestion"
    assert threads[suggestion]["suggestion"] == "pending"
    assert threads[suggestion]["replacement"] == "Do not tap it."
    assert "“press and hold”" in team.ok("ann", "review", "show", req[:8])
    (row,) = team.json("ann", "list")
    assert row["status"] == "changes_requested"
    assert "refuse" not in team.ok("ann", "review", "accept", suggestion)
    team.ok("ann", "review", "reply", blocking, "Two seconds is enough; added.")
    assert "resolved" in team.ok("ann", "review", "resolve", blocking)
    assert "already" in team.refused("ann", "review", "resolve", blocking)
    out = team.ok("ann", "review", "submit", module[:8])
    assert "version 2 to ben@example.com" in out
    second = out.rsplit("request ", 1)[1].strip()

    # Ben sees what changed and where his threads are now.
    team.ok("ben", "sync")
    out = team.ok("ben", "review", "diff", second)
    assert "version 1 → 2" in out and "{+Do not+}" in out.replace("[-Don't-]", "")
    data = team.json("ben", "review", "diff", module)
    assert (data["old_version"], data["new_version"]) == (1, 2) and data["passages"]
    assert "no changes" in team.ok("ben", "review", "diff", module, "--from", "2", "--to", "2")
    assert "no version 7" in team.refused("ben", "review", "diff", module, "--to", "7")
    assert "first" in team.refused("ben", "review", "diff", first)
    shown = team.json("ben", "review", "show", second)
    states = {t["comments"][0]["text"]: t["state"] for t in shown["threads"]}
    whole = next(t for t in shown["threads"] if t["comments"][0]["text"].startswith("Good"))
    assert whole["anchor"] is None and whole["kind"] == "comment"
    assert states == {"For how long?": "resolved", "Nice and short.": "outdated",
                      "Good module overall.": "open", "Plainer for translators": "resolved"}
    moved = next(t for t in shown["threads"] if t["blocking"])
    assert moved["anchor"]["version"] == 2 and moved["anchor"]["quote"] == "press and hold"
    assert "Two seconds" in moved["comments"][1]["text"]

    # Nobody approves their own module.
    assert "own module" in team.refused("ann", "review", "approve", second)
    out = team.ok("ben", "review", "approve", second, "--note", "Thanks")
    assert "now approved" in out
    team.ok("ann", "sync")
    (row,) = team.json("ann", "list")
    assert (row["status"], row["version"]) == ("approved", 2)

    # Cem, made admin, exports exactly the approved version without having the module.
    team.ok("cem", "sync")
    assert "not an admin" in team.refused("cem", "publish", module)
    team.ok("ann", "group", "role", email("cem"), "admin")
    team.ok("cem", "sync")
    assert team.json("cem", "list") == []
    web = tmp_path / "web"
    team.refused("cem", "export", module, "--format", "html", "--out", str(web))
    out = team.ok("cem", "export", module, "--approved", "--format", "html", "--out", str(web))
    assert (web / "index.html").is_file()
    exported = "\n".join(p.read_text(errors="ignore") for p in web.rglob("*.html"))
    exported += "\n".join(p.read_text(errors="ignore") for p in web.rglob("*.js"))
    assert "Do not tap it." in exported and "Don't tap it." not in exported
    assert "published “Spot and report a phishing email” version 2" in team.ok(
        "cem", "publish", module)
    assert "no approved version" in team.refused("cem", "publish", module)
    team.ok("ann", "sync")
    (row,) = team.json("ann", "list")
    assert row["status"] == "published"

    assert team.ok("cem", "stale").startswith("No published module")
    assert team.json("cem", "stale") == []
    audit = team.json("cem", "audit", module[:8])
    kinds = [e["kind"] for e in audit]
    assert kinds[0] == "submitted" and kinds[-1] == "published"
    assert kinds.count("verdict") == 2 and "accepted" in kinds and "resolved" in kinds
    assert all(e["at"] and e["actor"] and e["summary"] for e in audit)
    assert [e["version"] for e in audit][-1] == 2
    assert "published version 2" in team.ok("cem", "audit", module[:8])
    assert team.json("ann", "review", "list", "--mine") == []  # nothing open any more
    states = [(r["version"], r["state"]) for r in team.json("ann", "review", "list")]
    assert states == [(2, "published"), (1, "superseded")]


def test_lead_reassigns_and_author_withdraws(team):
    team.ok("ann", "import", str(SAMPLE))
    (row,) = team.json("ann", "list")
    today = dt.date.today()  # the command reads the real clock, as this test does
    out = team.ok("ann", "review", "submit", row["id"], "--reviewer", email("ben"),
                  "--due", (today + dt.timedelta(days=30)).isoformat())
    req = out.rsplit("request ", 1)[1].strip()
    assert "is in the past" in team.refused("ann", "review", "submit", row["id"], "--due",
                                            (today - dt.timedelta(days=1)).isoformat())
    assert "not a date" in team.refused("ann", "review", "submit", row["id"], "--due", "soon")
    assert "--add or --remove" in team.refused("ann", "review", "reassign", req)
    team.ok("ben", "sync")
    assert "not a lead" in team.refused("ben", "review", "reassign", req, "--add", email("cem"))
    out = team.ok("ann", "review", "reassign", req, "--add", email("cem"),
                  "--remove", email("ben"))
    assert "now with cem@example.com" in out
    team.ok("cem", "sync")
    (mine,) = team.json("cem", "review", "list", "--to-me")
    assert mine["due"] == (today + dt.timedelta(days=30)).isoformat()
    assert {(r["email"], r["active"]) for r in mine["reviewers"]} == {
        (email("ben"), False), (email("cem"), True)}

    # Cem suggests, finishes without a verdict; Ann declines, then reopens the thread.
    out = team.ok("cem", "review", "suggest", req, "Shorter", "--quote", "press and hold",
                  "--replace", "hold")
    suggestion = out.split("suggestion ", 1)[1].split(":")[0]
    assert "it is now in review" in team.ok("cem", "review", "done", req)
    team.ok("ann", "sync")
    assert "say why" in team.refused("ann", "review", "decline", suggestion, "--reason", " ")
    assert "declined" in team.ok("ann", "review", "decline", suggestion, "--reason", "Too short")
    (thread,) = team.json("ann", "review", "show", req)["threads"]
    assert (thread["suggestion"], thread["decline_reason"], thread["state"]) == (
        "declined", "Too short", "resolved")
    assert "is open" in team.ok("ann", "review", "reopen", suggestion)
    assert "declined: Too short" in team.ok("ann", "review", "show", req)

    assert "draft again" in team.ok("ann", "review", "withdraw", req, "--note", "Not yet")
    assert [r["state"] for r in team.json("ann", "review", "list")] == ["withdrawn"]
    (row,) = team.json("ann", "list")
    assert row["status"] == "draft"
    assert "no approved version" in team.refused("ann", "export", row["id"], "--approved",
                                                 "--format", "html", "--out",
                                                 str(team.folder.parent / "never"))


def test_away_members_get_no_reviews(team):
    assert "you are away" in team.ok("ben", "group", "away")
    team.ok("ann", "sync")
    assert team.json("ann", "group", "members")[1]["away"] is True
    team.ok("ann", "import", str(SAMPLE))
    (row,) = team.json("ann", "list")
    assert "to cem@example.com" in team.ok("ann", "review", "submit", row["id"])
    assert "you are back" in team.ok("ben", "group", "away", "--off")


def test_sync_says_when_the_folder_is_unreachable_and_still_exits_zero(team):
    team.folder.rename(team.folder.with_name("elsewhere"))
    out = team.ok("ben", "sync")
    assert "not reachable" in out
    (report,) = team.json("ben", "sync")
    assert report["ok"] is False and report["unreachable"]
    out = team.ok("ben", "group", "away")
    assert "not sent yet" in out
    (group,) = team.json("ben", "group", "list")
    assert "not reachable" in group["problem"]


def test_unknown_ids_and_missing_groups_are_one_line_refusals(people):
    assert "no group" in people.refused("ann", "group", "members")
    assert people.ok("ann", "sync").startswith("You are in no group")
    assert people.json("ann", "sync") == []
    assert people.json("ann", "group", "list") == []
    assert "no single review request" in people.refused("ann", "review", "show", "abcd1234")
    assert "no single thread" in people.refused("ann", "review", "reply", "abcd1234", "Hi")
    assert "no reviewed module" in people.refused("ann", "audit", "abcd1234")
    assert "not reachable" in people.refused("ben", "group", "join",
                                             str(people.folder.parent / "nowhere"))
    people.ok("ann", "group", "create", "IT creators", "--folder", str(people.folder))
    assert "already holds" in people.refused("cem", "group", "create", "Copy", "--folder",
                                             str(people.folder))
    assert "is not a role" in people.refused("ann", "group", "role", email("ann"), "boss")
    assert "no lead left" in people.refused("ann", "group", "role", email("ann"), "member")
