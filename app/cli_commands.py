"""Every `kiem` command: its name, help, arguments, and the dotted path of its handler.

This is the registry `app.cli` makes the parser from. A handler's module is imported only
when its command runs, so a command costs the others nothing at start-up. To add a command,
add one entry (see `app.cli_registry` for the kinds of entry):

    Command("stats", "Count words per module.", "app.cli_stats:stats", JSON_ARRAY),

to `COMMANDS` (or to the `Group` it belongs in); its handler takes the parsed arguments and
returns the exit status. A module that adds its own commands with `register(sub)` (calling
`app.cli_common.add_command`) plugs in with one entry too: `Plugin("app.cli_results")`.
Handlers share `app.cli_common` (opening the workspace, UsageError, printing), never
`app.cli`. A new export format is a new value of `export --format` below.
"""

from __future__ import annotations

from pathlib import Path

from app.cli_registry import Arg, Command, Entry, Group, OneOf

JSON_ARRAY = Arg("--json", action="store_true", help="print a JSON array")
JSON_OBJECT = Arg("--json", action="store_true", help="print a JSON object")
MODULE = Arg("id", help="module id, or the start of it")
MODULE_OR_REQUEST = Arg("id", help="module id or request id (or the start of it)")
NOTE = Arg("--note", default="")
GROUP = Arg("--group", metavar="NAME", help="which group (needed when you are in several)")
HUB = Arg("--hub", metavar="URL",
          help="the hub's address (default: $KIEM_HUB, else the one connected to)")
NEW_PASSWORD = Arg("--password-stdin", action="store_true",
                   help="read the new password from standard input instead of asking")
PERSON_NAME = Arg("--name", required=True, help="the person's name as others see it")
FORMATS = ["scorm12", "scorm2004", "cmi5", "xapi", "html", "pdf"]  # export.exporter.Format's
QUESTION_FORMAT = Arg("--format", choices=["gift", "moodlexml"],
                      help="the file's format (default: by suffix, .xml is Moodle XML, else GIFT)")

WORKSPACE = "app.cli_workspace"
BANK = "app.cli_bank"
REVIEW = "app.cli_review"
GROUPS = "app.cli_groups"
HUB_COMMANDS = "app.cli_hub"
RESULTS = "app.cli_results"

EXPORT = Command(
    "export", "Export modules for an LMS (SCORM), the web (HTML) or paper (PDF). Modules with "
    "errors are refused unless --force.", "app.cli_export:export",
    Arg("ids", nargs="*", metavar="ID", help="module id(s), or the start of them"),
    Arg("--format", required=True, choices=FORMATS),
    Arg("--pdf-variant", choices=["handout", "trainer"], default="handout",
        help="handout: no answers (default); trainer: with answers and feedback"),
    Arg("--out", type=Path, required=True,
        help="file to write (or, for several modules, a folder to write them in)"),
    Arg("--force", action="store_true",
        help="export even when check finds errors, and replace an existing file that is not "
        "an earlier export of the module (never a workspace or bundle)"),
    Arg("--approved", action="store_true",
        help="export the version the review group approved (even when this workspace does "
        "not hold the module), not the current draft"),
    Arg("--all-approved", action="store_true",
        help="export every version approved and waiting for export, in every group this "
        "workspace holds, into the folder --out"))

WORKSPACE_COMMANDS: list[Entry] = [
    Command("gui", "Open the studio (the same as no command).", f"{WORKSPACE}:gui"),
    Command("init", "Create the workspace if it does not exist, and say where it is.",
            f"{WORKSPACE}:init"),
    Command("new", "Make a module, blank or laid out by a template; print its id.",
            f"{WORKSPACE}:new",
            Arg("--title", required=True, help="the module's title, as learners see it"),
            Arg("--template", metavar="KEY",
                help="start from this template (kiem templates lists them); blank without"),
            Arg("--language", default="en",
                help="the language learners read it in: en (default), nl, fr, de…")),
    Command("templates", "List the templates that kiem new --template takes.",
            f"{WORKSPACE}:templates", JSON_ARRAY),
    Command("list", "List the modules: id, title, status, pages, questions.",
            f"{WORKSPACE}:list_modules", JSON_ARRAY),
    Command("show", "Show a module's outline: pages and their blocks.", f"{WORKSPACE}:show",
            MODULE, Arg("--json", action="store_true", help="print the whole module as JSON")),
    Command("check", "Check a module; exit 1 when it has errors.", f"{WORKSPACE}:check",
            MODULE, Arg("--json", action="store_true", help="print the findings as JSON")),
    Command("import", "Import a folder (module.toml, *.md pages, images, *.gift).",
            f"{WORKSPACE}:import_folder", Arg("folder", type=Path)),
    EXPORT,
    Group("bundle", "Export or import a .kiem bundle (module + files).",
          "A .kiem bundle holds a module with its files and question banks, to exchange "
          "without a server or to keep a copy.",
          Command("export", "Write a module to a .kiem file.", f"{WORKSPACE}:bundle_export",
                  MODULE, Arg("file", type=Path)),
          Command("import", "Import a .kiem file (as a copy if it is already here).",
                  f"{WORKSPACE}:bundle_import", Arg("file", type=Path))),
    Group("bank", "Question banks: list, import and export GIFT or Moodle XML.",
          "Question banks that quizzes draw random questions from.",
          Command("import", "Add a GIFT or Moodle XML file's questions to a bank.",
                  f"{BANK}:bank_import", Arg("file", type=Path), QUESTION_FORMAT,
                  Arg("--bank", metavar="TITLE", help="title of the bank to fill"),
                  Arg("--module", metavar="ID", help="put the questions on a new quiz page at "
                      "the end of this module instead of in a bank"),
                  Arg("--page", metavar="TITLE", help="title of that page (default: the "
                      "file's name)"),
                  Arg("--dry-run", action="store_true",
                      help="print what the import would do, write nothing"),
                  description="Add a file's questions to a bank (made if missing; named after "
                  "the file unless --bank says otherwise), or with --module on a new quiz page "
                  "of a module. Categories become tags. Items that cannot be imported are "
                  "listed with their line and reason, and the command then exits 1."),
          Command("export", "Write a bank's (or a module's) questions as GIFT or Moodle XML.",
                  f"{BANK}:bank_export",
                  Arg("bank", nargs="?", metavar="BANK", help="bank title, or the start of its id"),
                  Arg("file", type=Path), QUESTION_FORMAT,
                  Arg("--module", metavar="ID", help="export this module's questions instead"),
                  description="Write the questions of a bank, or those placed in a module "
                  "(--module), to a GIFT or Moodle XML file. What the format cannot carry is "
                  "listed."),
          Command("list", "List the banks.", f"{BANK}:bank_list", JSON_ARRAY,
                  description="List the question banks.")),
]

GROUP_COMMANDS: list[Entry] = [
    Command("whoami", "Show who you are in review groups (name, email, key fingerprint); with "
            "--name and --email, set it.", f"{GROUPS}:whoami", Arg("--name"), Arg("--email")),
    Group("group", "Creator groups: create, join, members, roles, policy.",
          "A creator group reviews its members' modules through a shared folder (any folder "
          "the company already syncs).",
          Command("create", "Found a group in a shared folder; you become its lead.",
                  f"{GROUPS}:group_create", Arg("name"),
                  Arg("--folder", type=Path, required=True, help="the group's shared folder")),
          Command("join", "Ask to join the group of a shared folder; a lead confirms you.",
                  f"{GROUPS}:group_join", Arg("folder", type=Path)),
          Command("list", "List your groups: role, members, last sync.",
                  f"{GROUPS}:group_list", JSON_ARRAY),
          Command("confirm", "Confirm someone who asked to join (leads).",
                  f"{GROUPS}:group_confirm", Arg("email"),
                  Arg("--key", metavar="FINGERPRINT",
                      help="the fingerprint they read out to you (needed when several keys "
                      "asked to join under their email)"), GROUP),
          Command("role", "Make a member lead, member or admin (leads).",
                  f"{GROUPS}:group_role", Arg("email"),
                  Arg("role", help="lead, member or admin"), GROUP),
          Command("away", "Say you are away (no new reviews come to you); --off when you are "
                  "back.", f"{GROUPS}:group_away",
                  Arg("--off", action="store_true", help="you are back"), GROUP),
          Command("members", "List the members, people waiting to be confirmed, and their key "
                  "fingerprints.", f"{GROUPS}:group_members", JSON_ARRAY, GROUP),
          Command("policy", "Show the review policy; with options, change it (leads).",
                  f"{GROUPS}:group_policy",
                  Arg("--approvals", type=int, metavar="N", help="approvals a version needs"),
                  Arg("--reviewers", type=int, metavar="N",
                      help="reviewers picked per request"),
                  Arg("--due-days", type=int, metavar="N", help="days a reviewer has"),
                  Arg("--review-months", type=int, metavar="N",
                      help="months before a published module is due for review again"),
                  GROUP)),
    Command("sync", "Send what waits and read what is new in your groups' folders.",
            f"{GROUPS}:sync",
            Arg("--json", action="store_true", help="print a JSON array, one per group")),
]

VERDICTS = [("approve", "approve", "Approve the version (your held-back comments go with it)."),
            ("request-changes", "request_changes",
             "Ask for changes (your held-back comments go with it)."),
            ("done", "comment", "Finish your review without a verdict either way.")]

REVIEW_COMMANDS: list[Entry] = [
    Group("review", "Review requests: submit, comment, suggest, verdicts.",
          "Submit a module for review, review others' modules, answer comments. REQ and "
          "THREAD are ids or their first characters.",
          Command("submit", "Freeze the module as its next version and send it for review.",
                  f"{REVIEW}:submit", MODULE,
                  Arg("--reviewer", action="append", metavar="EMAIL",
                      help="pick a reviewer (repeat for several); default: the group decides"),
                  Arg("--due", metavar="YYYY-MM-DD", help="when reviews are due"),
                  Arg("--note", default="", help="a note for the reviewers")),
          Command("list", "List review requests (all of your groups').", f"{REVIEW}:review_list",
                  OneOf(Arg("--to-me", action="store_true",
                            help="only those waiting for your verdict"),
                        Arg("--mine", action="store_true",
                            help="only your own open requests")), JSON_ARRAY),
          Command("show", "Show a request with its reviewers and threads.",
                  f"{REVIEW}:review_show", Arg("req"), JSON_OBJECT),
          Command("comment", "Comment on a version, on a quoted passage or as a whole.",
                  f"{REVIEW}:comment", Arg("req"), Arg("message"),
                  Arg("--quote", metavar="TEXT", help="text of the version the comment is "
                      "about (exactly as written, found once)"),
                  Arg("--blocking", action="store_true",
                      help="approval waits until it is resolved")),
          Command("suggest", "Suggest replacement text for a quoted passage.",
                  f"{REVIEW}:suggest", Arg("req"), Arg("message", nargs="?", default=""),
                  Arg("--quote", metavar="OLD", required=True),
                  Arg("--replace", metavar="NEW", required=True)),
          Command("reply", "Answer in a thread.", f"{REVIEW}:reply",
                  Arg("thread"), Arg("message")),
          Command("resolve", "Mark a thread resolved.", f"{REVIEW}:resolve", Arg("thread"),
                  defaults={"reopen": False}),
          Command("reopen", "Open a resolved thread again.", f"{REVIEW}:resolve", Arg("thread"),
                  defaults={"reopen": True}),
          Command("accept", "Accept a suggestion: your draft is edited (authors).",
                  f"{REVIEW}:accept", Arg("suggestion")),
          Command("decline", "Decline a suggestion, saying why (authors).",
                  f"{REVIEW}:decline", Arg("suggestion"), Arg("--reason", required=True)),
          *(Command(name, text, f"{REVIEW}:finish", Arg("req"), NOTE,
                    defaults={"verdict": verdict}) for name, verdict, text in VERDICTS),
          Command("withdraw", "Withdraw your submission (the module is a draft again).",
                  f"{REVIEW}:withdraw", Arg("req"), NOTE),
          Command("reassign", "Change a request's reviewers (leads).", f"{REVIEW}:reassign",
                  Arg("req"), Arg("--add", action="append", default=[], metavar="EMAIL"),
                  Arg("--remove", action="append", default=[], metavar="EMAIL")),
          Command("diff", "What changed between two submitted versions.", f"{REVIEW}:diff",
                  MODULE_OR_REQUEST,
                  Arg("--from", dest="from_version", type=int, metavar="N",
                      help="older version (default: the one before --to)"),
                  Arg("--to", dest="to_version", type=int, metavar="M",
                      help="newer version (default: the request's, else the latest)"),
                  JSON_OBJECT),
          any_order=True),
    Command("publish", "Mark a module's approved version published (admins, after exporting "
            "it with export --approved).", f"{REVIEW}:publish", MODULE_OR_REQUEST,
            Arg("--version", type=int, help="the version you exported (refused when another "
                "is the approved one by now)")),
    Command("stale", "List published modules past their review-by date.", f"{REVIEW}:stale",
            JSON_ARRAY),
    Command("audit", "Every step of a module's reviews: when, who, what.", f"{REVIEW}:audit",
            MODULE_OR_REQUEST, JSON_ARRAY),
]

HUB_GROUP_NAME = Arg("group", help="the group's name")

HUB_GROUP = Group(
    "hub", "The team hub (PostgreSQL): set it up, people, groups.",
    "A team that outgrows shared folders keeps its groups on a PostgreSQL server: one login "
    "per person, isolation by the database. See docs/hub.md.",
    Command("init", "Make a PostgreSQL database the hub and add its first admin (run once, "
            "with an account that may create roles).", f"{HUB_COMMANDS}:init",
            Arg("url", help="postgresql://USER@HOST:PORT/DATABASE (an empty database)"),
            Arg("--email", required=True, help="the first admin's email"),
            PERSON_NAME, NEW_PASSWORD),
    Command("connect", "Connect this computer to the hub: check the login, keep the password "
            "(in a file only you can read) and the address.", f"{HUB_COMMANDS}:connect",
            Arg("url", help="postgresql://YOUR-ROLE@HOST:PORT/DATABASE"),
            Arg("--password-stdin", action="store_true",
                help="read the password from standard input instead of asking")),
    Command("join", "Join a group of the hub (an admin or lead added you to it).",
            f"{HUB_COMMANDS}:join", HUB_GROUP_NAME, HUB),
    Command("found", "Found the review group of a hub group an admin made for you; you become "
            "its lead.", f"{HUB_COMMANDS}:found", HUB_GROUP_NAME, HUB),
    Command("switch", "Let one of your folder groups live on the hub its history was moved to "
            "(kiem hub import-folder).", f"{HUB_COMMANDS}:switch", HUB_GROUP_NAME, HUB),
    Command("follow", "Follow every hub group you may read (admins: all) without joining each; "
            "kiem sync keeps them current.", f"{HUB_COMMANDS}:follow", HUB),
    Command("overview", "Every group this workspace follows: members, versions approved and "
            "waiting for export, published and stale modules.", f"{HUB_COMMANDS}:overview",
            JSON_ARRAY),
    Command("catalogue", "Search the published modules of every group you follow or belong "
            "to, to reuse one instead of writing it again.", f"{HUB_COMMANDS}:catalogue",
            Arg("text", nargs="?", default="", help="words of the title or group"), JSON_ARRAY),
    Command("reuse", "Copy a published module into your workspace as a new draft of yours.",
            f"{HUB_COMMANDS}:reuse",
            Arg("module", help="the module's id (or its first characters)")),
    Command("import-folder", "Move a folder group's whole history into the hub, signatures "
            "kept (admins); the folder is only read.", f"{HUB_COMMANDS}:import_folder",
            Arg("folder", type=Path), HUB),
    Command("groups", "List the groups you may see, with members.", f"{HUB_COMMANDS}:groups",
            JSON_ARRAY, HUB),
    Group("user", "Add or remove people (admins).", "Add or remove people (admins).",
          Command("add", "Add a person who may then log in to the hub.",
                  f"{HUB_COMMANDS}:user_add", Arg("email"), PERSON_NAME, NEW_PASSWORD,
                  Arg("--admin", action="store_true", help="make them an admin"), HUB),
          Command("remove", "Take a person off the hub: they can no longer log in; what they "
                  "wrote stays.", f"{HUB_COMMANDS}:user_remove", Arg("email"), HUB)),
    Group("group", "Create groups, add and remove members.",
          "Create groups (admins), add and remove members (admins, and leads for their group).",
          Command("create", "Create a group (admins).", f"{HUB_COMMANDS}:group_create",
                  Arg("name"), HUB),
          Command("add", "Add a person to a group.", f"{HUB_COMMANDS}:group_add",
                  Arg("group"), Arg("email"),
                  Arg("--lead", action="store_true", help="as a lead of the group"), HUB),
          Command("remove", "Take a person out of a group.", f"{HUB_COMMANDS}:group_remove",
                  Arg("group"), Arg("email"), HUB)),
    Command("revoke", "Revoke a signing key (a lost laptop): readers no longer trust what it "
            "signs (admins, and leads for their group).", f"{HUB_COMMANDS}:revoke",
            Arg("fingerprint"), Arg("--group", help="the group whose lead revokes it"),
            Arg("--reason", default=""), HUB),
)

KEEP_NAMES = Arg("--keep-names", action="store_true",
                 help="store learners' names (or e-mail addresses) as the source gives them; "
                 "without it they are stored as a hash salted for this workspace")
RESULTS_GROUP = Group(
    "results", "Learners' results: import, pull from an LRS, see which questions work.",
    "Learners' results of a module, from an LMS report or an LRS, and Moodle's statistics of "
    "each question.",
    Command("import", "Import Moodle's SCORM interactions report (downloaded as text or CSV) "
            "of a module.", f"{RESULTS}:results_import", MODULE, Arg("file", type=Path),
            Arg("--version", default="", help="the version of the module the LMS ran (the "
                "report does not say)"), KEEP_NAMES),
    Command("pull", "Read the module's statements from an LRS (since the last pull); the "
            "password is asked once and kept.", f"{RESULTS}:results_pull", MODULE,
            Arg("--lrs", required=True, metavar="URL",
                help="the LRS's xAPI endpoint, e.g. https://lrs.example.com/xAPI/"),
            Arg("--user", help="the LRS user (its key); default: the one in the URL"),
            Arg("--password-stdin", action="store_true",
                help="read the password from standard input instead of asking"),
            Arg("--ask-password", action="store_true",
                help="ask for the password even when one is kept"),
            KEEP_NAMES,
            Arg("--max-pages", type=int, default=10_000, help="stop (storing nothing) after "
                "this many pages: an LRS that pages forever (default 10000)"),
            Arg("--timeout", type=float, default=30.0,
                help="seconds to wait for each page (default 30)")),
    Command("show", "Show which questions work: attempts, facility, discrimination, options "
            "chosen, a verdict; and how far learners got.", f"{RESULTS}:results_show", MODULE,
            Arg("--version", help="the version to show (default: the newest with results); "
                "all: every version together"), JSON_OBJECT),
)

COMMANDS: list[Entry] = [*WORKSPACE_COMMANDS, *GROUP_COMMANDS, *REVIEW_COMMANDS, HUB_GROUP,
                         RESULTS_GROUP]
