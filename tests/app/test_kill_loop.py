"""kill -9 at any moment: import, bundle import, export and sync leave everything whole.

Each trial starts the real `kiem` command in its own process and kills it with SIGKILL after a
delay drawn from a seeded generator and spread over the part of the run where the command works
(one uninterrupted run is timed first, and `kiem list` for the start-up every command shares).
Then the workspace file must pass `PRAGMA integrity_check`, `kiem list` and `kiem show` must
work, the operation must be all there or not there at all, running it again must succeed and
end exactly as the uninterrupted run did, and no `.kiem-tmp` or `.kiem-old` file may be left
beside the workspace or the outputs.

A few trials per operation keep CI fast. For a longer run by hand, set KIEM_KILL_TRIALS (how
many kills per operation) and, for other delays, KIEM_KILL_SEED:

    KIEM_KILL_TRIALS=50 KIEM_KILL_SEED=7 pytest tests/app/test_kill_loop.py
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any, Protocol

import pytest
from PIL import Image

from authoring.services import Services
from authoring.workspace import Workspace
from review.events import parse_event
from review.store import Store

from .conftest import Team, email

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "samples" / "phishing"
TRIALS = int(os.environ.get("KIEM_KILL_TRIALS", "3"))
SEED = os.environ.get("KIEM_KILL_SEED", "0")
TEMPORARY = (".kiem-tmp", ".kiem-old")
PHOTOS = 3  # noise pictures of PHOTO_SIDE² pixels: about 6 MB that import and sync must carry
PHOTO_SIDE = 800
CALLS = 70_000  # lines of a call log: 2 MB that a package deflates
_IDS = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_TRACKING = re.compile(r'"tracking_id": "[^"]*"')
_PART = re.compile(r"^\..+\.[0-9a-f]{8}\.part$")  # a group folder's file being written


# --- the command in its own process -----------------------------------------------------------


def command(ws: Path, args: list[str]) -> list[str]:
    """The argv of `kiem --workspace ws ARGS…` run from this worktree's sources."""
    return [sys.executable, "-m", "app.cli", "--workspace", str(ws), *args]


def environment() -> dict[str, str]:
    """This test's environment (its own HOME and data folders) with the sources importable."""
    return {**os.environ, "PYTHONPATH": str(REPO)}


def run_kiem(ws: Path, args: list[str]) -> subprocess.CompletedProcess[str]:
    """Run `kiem` to the end in its own process."""
    return subprocess.run(command(ws, args), env=environment(), capture_output=True, text=True,
                          timeout=300, check=False)


def kill_after(ws: Path, args: list[str], delay: float) -> bool:
    """Start `kiem`, SIGKILL it after `delay` seconds; True when it had already finished."""
    proc = subprocess.Popen(command(ws, args), env=environment(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        proc.wait(timeout=delay)
        return True
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()  # reaped: its pid is gone, so the next run may clear what it left
        return False


def timed(ws: Path, args: list[str]) -> tuple[float, str]:
    """Run `kiem` to the end; return how long it took and what it printed."""
    start = time.perf_counter()
    result = run_kiem(ws, args)
    assert result.returncode == 0, result.stderr
    return time.perf_counter() - start, result.stdout


def delays(name: str, start_up: float, duration: float) -> list[float]:
    """One delay per trial, each in its own slice of the run after its start-up.

    Python and the workspace take most of a short run to start; killing there tests nothing,
    so the delays are spread over the rest, where the command does its work.
    """
    rng = random.Random(f"{SEED}:{name}")
    start = min(start_up, duration / 2)
    return [start + (duration - start) * (trial + rng.random()) / TRIALS
            for trial in range(TRIALS)]


# --- what a killed run may leave --------------------------------------------------------------


def integrity(ws: Path) -> str:
    """What SQLite's own check says of the workspace file ("ok" when whole)."""
    conn = sqlite3.connect(ws)
    try:
        return "; ".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()


def leftovers(root: Path) -> list[str]:
    """Kiem's temporary files and folders anywhere under `root`."""
    return sorted(str(p.relative_to(root)) for p in root.rglob("*")
                  if any(mark in p.name for mark in TEMPORARY))


def copy_workspace(source: Path, target: Path) -> Path:
    """Copy a workspace consistently (its WAL included), as a backup would."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def files_of(folder: Path, *, hidden: bool) -> dict[str, str]:
    """Every file under `folder` (`hidden` ones too, or not) with the sha256 of its bytes."""
    found = {}
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder)
        if path.is_file() and (hidden or not any(p.startswith(".") for p in name.parts)):
            found[str(name)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def shape(cli: Team, module_id: str) -> str:
    """`kiem show --json` of a module without what differs between two imports of it."""
    data = cli.json("me", "show", module_id)
    data["title"] = data["title"].removesuffix(" (copy)")
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
    return _TRACKING.sub('"tracking_id": "…"', _IDS.sub("…", text))


def assert_files_whole(ws: Path, module_id: str) -> None:
    """Every file the module uses is in the workspace, byte for byte."""
    with Workspace.open(ws) as workspace:
        services = Services(workspace)
        snap = services.modules.snapshot(services.modules.resolve(module_id))
        for asset in snap.assets:
            data = services.assets.data(asset.sha256)
            assert hashlib.sha256(data).hexdigest() == asset.sha256, asset.name


def solo(capsys: pytest.CaptureFixture[str], ws: Path) -> Team:
    """`kiem` on one workspace file, run in this process."""
    return Team(ws.parent, {"me": ws}, capsys)


# --- the loop ---------------------------------------------------------------------------------


class Operation(Protocol):
    """One command to kill: how to set its scene, and what whole looks like before and after."""

    name: str
    root: Path  # where its workspace and outputs live: no temporary file may stay under it

    def args(self) -> list[str]:
        """The command's arguments (after --workspace)."""

    def prepare(self, trial: int) -> Path:
        """Set the scene for a run (trial -1: the uninterrupted one); return its workspace."""

    def remember(self, ws: Path, out: str) -> None:
        """Note what the uninterrupted run made (`out`: what it printed)."""

    def after_kill(self, ws: Path) -> None:
        """Check that the killed run left all of its work or none of it."""

    def after_rerun(self, ws: Path, out: str) -> None:
        """Check that the run after the killed one ended as the uninterrupted run did."""


def kill_loop(op: Operation) -> None:
    """Time one uninterrupted run, then kill runs at spread delays and check each time."""
    ws = op.prepare(-1)
    start_up, _ = timed(ws, ["list"])  # what any command takes before it does its work
    duration, out = timed(ws, op.args())
    op.remember(ws, out)
    for trial, delay in enumerate(delays(op.name, start_up, duration)):
        ws = op.prepare(trial)
        finished = kill_after(ws, op.args(), delay)
        where = (f"{op.name}, seed {SEED!r}, trial {trial}: killed after {delay:.3f} s of a "
                 f"{duration:.3f} s run{' (it had finished)' if finished else ''}")
        try:
            check_trial(op, ws)
        except Exception as exc:  # a damaged zip or event fails as itself: name the trial
            raise AssertionError(f"{where}: {type(exc).__name__}: {exc}") from exc


def check_trial(op: Operation, ws: Path) -> None:
    """After a kill: whole, all or nothing; after a re-run: as uninterrupted, nothing left."""
    assert integrity(ws) == "ok"
    op.after_kill(ws)
    again = run_kiem(ws, op.args())
    assert again.returncode == 0, f"the re-run failed: {again.stderr}"
    op.after_rerun(ws, again.stdout)
    assert leftovers(op.root) == [], "temporary files left after the re-run"


# --- the module they carry --------------------------------------------------------------------


@pytest.fixture(scope="module")
def heavy_module(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The phishing sample with a page of large photos and a long call log (about 8 MB).

    The photos make importing and syncing take a while; the log, which zips slowly, makes
    writing a package take a while: time in which a kill can land.
    """
    folder = tmp_path_factory.mktemp("source") / "phishing"
    shutil.copytree(SAMPLE, folder)
    rng = random.Random(PHOTO_SIDE)
    lines = ["# Photos from the service desk", ""]
    for number in range(PHOTOS):
        noise = rng.randbytes(PHOTO_SIDE * PHOTO_SIDE * 3)
        out = io.BytesIO()
        Image.frombytes("RGB", (PHOTO_SIDE, PHOTO_SIDE), noise).save(out, "PNG",
                                                                      compress_level=1)
        (folder / "images" / f"photo-{number}.png").write_bytes(out.getvalue())
        lines += [f"![Photo {number} of the service desk's screen.](images/photo-{number}.png)",
                  ""]
    calls = [f"{n},{rng.choice(('phishing', 'spam', 'safe'))},{rng.getrandbits(64):x}"
             for n in range(CALLS)]
    (folder / "calls.csv").write_text("\n".join(["call,verdict,reference", *calls]),
                                      encoding="utf-8")
    lines.append("Every report the service desk had this year is in the [call log](calls.csv).")
    (folder / "07-photos.md").write_text("\n".join(lines), encoding="utf-8")
    return folder


def imported(cli: Team, who: str, folder: Path) -> str:
    """Import `folder` in this process; return the new module's id."""
    out = cli.ok(who, "import", str(folder))
    return out.split(" as ", 1)[1].split(":", 1)[0]


# --- import and bundle import: the whole module or none ---------------------------------------


class Imports:
    """An import into a fresh workspace: each module it makes is the uninterrupted run's, whole."""

    def __init__(self, name: str, args: list[str], template: Path, root: Path,
                 capsys: pytest.CaptureFixture[str]) -> None:
        self.name, self.root = name, root
        self._args, self._template, self._capsys = args, template, capsys
        self._reference = ""
        self._kept = 0  # modules the killed run left

    def args(self) -> list[str]:
        """`import FOLDER` or `bundle import FILE`."""
        return self._args

    def prepare(self, trial: int) -> Path:
        """A new, empty workspace for each run."""
        ws = self.root / f"trial{trial}" / "ws.kiemdb"
        ws.parent.mkdir()
        shutil.copyfile(self._template, ws)
        return ws

    def remember(self, ws: Path, out: str) -> None:
        """The module as the uninterrupted run made it."""
        (module,) = self._modules(ws)
        assert_files_whole(ws, module)
        self._reference = shape(solo(self._capsys, ws), module)

    def after_kill(self, ws: Path) -> None:
        """No module, or the whole module."""
        modules = self._modules(ws)
        assert len(modules) <= 1, modules
        self._check(ws, modules)
        self._kept = len(modules)

    def after_rerun(self, ws: Path, out: str) -> None:
        """One more module, whole."""
        modules = self._modules(ws)
        assert len(modules) == self._kept + 1, modules
        self._check(ws, modules)

    def _modules(self, ws: Path) -> list[str]:
        return [row["id"] for row in solo(self._capsys, ws).json("me", "list")]

    def _check(self, ws: Path, modules: list[str]) -> None:
        for module in modules:
            assert shape(solo(self._capsys, ws), module) == self._reference, "not the whole module"
            assert_files_whole(ws, module)


def test_import_killed_at_any_moment_leaves_the_whole_module_or_none(
        heavy_module, _template_workspace, tmp_path, capsys):
    kill_loop(Imports("import", ["import", str(heavy_module)], _template_workspace, tmp_path,
                      capsys))


def test_bundle_import_killed_at_any_moment_leaves_the_whole_module_or_none(
        heavy_module, _template_workspace, tmp_path, capsys):
    source = solo(capsys, tmp_path / "source" / "ws.kiemdb")
    module = imported(source, "me", heavy_module)
    bundle = tmp_path / "source" / "phishing.kiem"
    source.ok("me", "bundle", "export", module, str(bundle))

    kill_loop(Imports("bundle import", ["bundle", "import", str(bundle)], _template_workspace,
                      tmp_path, capsys))


# --- export: the previous package or the new one, never a part of one --------------------------


class Exports:
    """Exports of one module to one name, each over the last: absent, or the whole package."""

    def __init__(self, fmt: str, ws: Path, module: str, root: Path,
                 capsys: pytest.CaptureFixture[str]) -> None:
        self.name, self.root = f"export {fmt}", root
        self._fmt, self._ws, self._module, self._capsys = fmt, ws, module, capsys
        self._suffix = "" if fmt == "html" else ".zip"  # html: a web folder
        self._out = root / f"reference{self._suffix}"
        self._reference: dict[str, str] | None = None

    def args(self) -> list[str]:
        """`export ID --format FMT --out OUT`."""
        return ["export", self._module, "--format", self._fmt, "--out", str(self._out)]

    def prepare(self, trial: int) -> Path:
        """The same workspace; from the first trial on, the same name (absent at first)."""
        if trial >= 0:
            self._out = self.root / f"course{self._suffix}"
        return self._ws

    def remember(self, ws: Path, out: str) -> None:
        """The package the uninterrupted run wrote (packages are deterministic)."""
        self._reference = self._package()
        assert self._reference is not None
        assert ("index.html" if self._fmt == "html" else "imsmanifest.xml") in self._reference

    def after_kill(self, ws: Path) -> None:
        """Nothing under the name, or a whole package."""
        solo(self._capsys, ws).ok("me", "list")
        solo(self._capsys, ws).ok("me", "show", self._module)
        assert self._package() in (None, self._reference), "a part of a package"

    def after_rerun(self, ws: Path, out: str) -> None:
        """The whole package, as the uninterrupted run wrote it."""
        assert self._package() == self._reference

    def _package(self) -> dict[str, str] | None:
        """Each file of the package (a folder, or the members of a zip) with its sha256."""
        if not self._out.exists():
            return None
        if self._out.is_dir():
            return files_of(self._out, hidden=True)
        with zipfile.ZipFile(self._out) as zf:
            assert zf.testzip() is None
            return {n: hashlib.sha256(zf.read(n)).hexdigest() for n in zf.namelist()}


@pytest.mark.parametrize("fmt", ["scorm2004", "html"])
def test_export_killed_at_any_moment_leaves_the_last_whole_package_or_none(
        fmt, heavy_module, tmp_path, capsys):
    ws = tmp_path / "ws.kiemdb"
    module = imported(solo(capsys, ws), "me", heavy_module)

    kill_loop(Exports(fmt, ws, module, tmp_path, capsys))


# --- sync: every event readable, and in the end the state of an uninterrupted sync -------------


class Syncs:
    """Ben's sync that sends his away note and fetches Ann's submission, from the same start."""

    name = "sync"

    def __init__(self, team: Team, root: Path) -> None:
        self.root, self._team = root, team
        start = root / "before sync"
        self._ws = copy_workspace(team.workspaces["ben"], start / "ben.kiemdb")
        self._folder = shutil.copytree(team.folder, start / "group folder")
        self._state: dict[str, Any] = {}
        self._files: dict[str, str] = {}

    def args(self) -> list[str]:
        """`sync --json`."""
        return ["sync", "--json"]

    def prepare(self, trial: int) -> Path:
        """The group folder and Ben's workspace as they were before his sync."""
        shutil.rmtree(self._team.folder)
        shutil.copytree(self._folder, self._team.folder)
        return copy_workspace(self._ws, self.root / f"trial{trial}" / "ben.kiemdb")

    def remember(self, ws: Path, out: str) -> None:
        """Ben's view and the folder after the uninterrupted sync."""
        (report,) = json.loads(out)
        assert report["ok"] and report["sent"] == 1 and report["received"] > 0, report
        self._files = files_of(self._team.folder, hidden=False)
        self._state = self._view(ws)
        assert len(self._state["held"]) == len(shared_versions(self._team.folder)) > 1

    def after_kill(self, ws: Path) -> None:
        """Ben's workspace works, and every file in the folder is whole."""
        ben = self._ben(ws)
        ben.ok("ben", "list")
        ben.ok("ben", "group", "list")
        for name in files_of(self._team.folder, hidden=False):
            data = (self._team.folder / name).read_bytes()
            if name.startswith("events/"):
                parse_event(data)
            elif name.startswith(("versions/", "files/")):
                assert hashlib.sha256(data).hexdigest() == Path(name).stem, name

    def after_rerun(self, ws: Path, out: str) -> None:
        """No damaged event; the same view and the same folder as after the uninterrupted sync."""
        (report,) = json.loads(out)
        assert report["ok"] and not report["skipped"] and not report["ignored"], report
        assert self._view(ws) == self._state
        assert files_of(self._team.folder, hidden=False) == self._files
        hidden = set(files_of(self._team.folder, hidden=True)) - set(self._files)
        assert all(_PART.match(Path(name).name) for name in hidden), hidden

    def _ben(self, ws: Path) -> Team:
        return Team(self._team.folder, {"ben": ws}, self._team.capsys)

    def _view(self, ws: Path) -> dict[str, Any]:
        held = held_versions(ws, self._team.folder)  # before `review show` fetches what lacks
        ben = self._ben(ws)
        requests = ben.json("ben", "review", "list")
        groups = ben.json("ben", "group", "list")
        for group in groups:
            del group["synced_at"]
        return {"held": held, "requests": requests, "groups": groups,
                "members": ben.json("ben", "group", "members"),
                "shown": [ben.json("ben", "review", "show", r["id"]) for r in requests]}


def shared_versions(folder: Path) -> list[str]:
    """The sha256 of every frozen version document and file in a group folder."""
    return sorted(Path(name).stem for name in files_of(folder, hidden=False)
                  if name.startswith(("versions/", "files/")))


def held_versions(ws: Path, folder: Path) -> list[str]:
    """Those of the folder's versions and files that the workspace holds, byte for byte."""
    with Workspace.open(ws) as workspace:
        store = Store(workspace)
        return [sha for sha in shared_versions(folder)
                if hashlib.sha256(store.blob(sha) or b"").hexdigest() == sha]


def submitted_while_ben_was_offline(team: Team, module_folder: Path) -> None:
    """Ann sends a module to Ben for review; Ben, offline, says he is away (waits to be sent)."""
    module = imported(team, "ann", module_folder)
    team.ok("ann", "review", "submit", module, "--reviewer", email("ben"))
    away = team.folder.with_name("unplugged")
    team.folder.rename(away)
    assert "not sent yet" in team.ok("ben", "group", "away")
    away.rename(team.folder)


def test_sync_killed_at_any_moment_leaves_readable_events_and_syncs_to_the_same_state(
        team, heavy_module, tmp_path):
    submitted_while_ben_was_offline(team, heavy_module)

    kill_loop(Syncs(team, tmp_path))
