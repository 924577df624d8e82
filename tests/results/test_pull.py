"""Pulling from an LRS: `since` for the next pull, versions told apart, and every way an LRS can
fail (down, slow, 401, paging forever, malformed statements) said in one line, nothing stored."""

from __future__ import annotations

import datetime as dt
import http.server
import io
import json
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from authoring.lrs import LrsLogin
from authoring.results_pull import pull
from authoring.services import Services

from .conftest import PASSWORD, USER, Lrs, _free_port
from .quiz import Quiz, learners, statements
from .test_both_paths import kiem
from .test_import_refused import _stored


def _pull(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, workspace: Path,
          quiz: Quiz, endpoint: str, password: str = PASSWORD,
          *extra: str) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    return kiem(capsys, workspace, "results", "pull", str(quiz.module_id), "--lrs", endpoint,
                "--user", USER, "--password-stdin", *extra)


def test_the_next_pull_reads_only_what_came_since_and_versions_are_told_apart(
        services: Services, quiz: Quiz, workspace_path: Path, lrs: Lrs,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    people = learners(60)
    lrs.post(statements(quiz, people[:40], version="1"))
    status, out, err = _pull(capsys, monkeypatch, workspace_path, quiz, lrs.endpoint)
    assert status == 0, err
    assert "40 attempt(s)" in out
    # Ralph's file backend applies `since` to statements' timestamps (xAPI says: to `stored`),
    # so these are made now, as a player sends them, not days ago like the first ones.
    later = statements(quiz, people[40:], version="2", start=dt.datetime.now(dt.UTC))
    lrs.store_later(later)
    # the password was kept: this pull does not ask (stdin is empty, no terminal)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    status, out, err = kiem(capsys, workspace_path, "results", "pull", str(quiz.module_id),
                            "--lrs", lrs.endpoint + "statements", "--user", USER)
    assert status == 0, err
    assert out.startswith(f"read {len(later)} statement(s)")  # only those since the last pull
    assert "20 attempt(s)" in out
    assert _stored(workspace_path)[0] == 60  # statements read twice changed nothing
    versions = {v.version: v.attempts for v in services.results.versions(quiz.module_id)}
    assert versions == {"1": 40, "2": 20}
    assert services.results.report(quiz.module_id).version == "2"
    assert services.results.report(quiz.module_id, "1").stats.learners == 40
    assert services.results.report(quiz.module_id, "all").stats.learners == 60
    status, _out, err = kiem(capsys, workspace_path, "results", "show", str(quiz.module_id),
                             "--version", "7")
    assert status == 1 and "no results of version '7'" in err


def test_a_wrong_password_and_a_server_that_is_down_say_so_in_one_line(
        quiz: Quiz, workspace_path: Path, lrs: Lrs, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    lrs.post(statements(quiz, learners(5)))
    status, out, err = _pull(capsys, monkeypatch, workspace_path, quiz, lrs.endpoint, "wrong")
    assert status == 1 and out == "" and err.count("\n") == 1
    assert "did not accept user 'kiem' and its password (HTTP 401)" in err
    down = f"http://127.0.0.1:{_free_port()}/xAPI/"
    status, out, err = _pull(capsys, monkeypatch, workspace_path, quiz, down)
    assert status == 1 and "cannot be reached" in err and err.count("\n") == 1
    assert _stored(workspace_path) == (0, 0)


class _BadLrs(http.server.BaseHTTPRequestHandler):
    """LRSs that misbehave, by path: slow, endless, looping, malformed, not xAPI at all."""

    module: str = ""

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        kind = self.path.split("/")[1]
        if kind == "slow":
            time.sleep(3)
        body: Any = {"statements": []}
        if kind == "endless":  # always a next page, always new statements
            body = {"statements": [_statement(self.module)], "more": f"/endless/{uuid.uuid4()}"}
        elif kind == "loop":
            body = {"statements": [_statement(self.module)], "more": "/loop/xAPI/statements?p=2"}
        elif kind == "repeat":
            fixed = _statement(self.module, "5b2d7c1e-1111-4111-8111-000000000001")
            body = {"statements": [fixed], "more": f"/repeat/{uuid.uuid4()}"}
        elif kind == "malformed":
            broken = _statement(self.module)
            del broken["verb"]
            body = {"statements": [_statement(self.module), broken]}
        data = b"<html>Login</html>" if kind == "html" else json.dumps(body).encode()
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(data)
        except OSError:
            return  # the client gave up (the slow case)

    def log_message(self, *_args: object) -> None:
        """Keep the test output quiet."""


_AN_HOUR_AGO = (dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)).isoformat()


def _statement(module: str, sid: str | None = None) -> dict[str, Any]:
    return {"id": sid or str(uuid.uuid4()), "actor": {"mbox": "mailto:a@example.com"},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
            "object": {"id": f"urn:kiem:{module}"}, "timestamp": _AN_HOUR_AGO,
            "stored": _AN_HOUR_AGO}


@pytest.fixture
def bad_lrs(quiz: Quiz) -> Iterator[str]:
    handler = type("Handler", (_BadLrs,), {"module": str(quiz.module_id)})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(("kind", "extra", "said"), [
    ("slow", ("--timeout", "0.5"), "did not answer within 0.5 s (page 1)"),
    ("endless", ("--max-pages", "30"), "still had more after 30 pages (30 statements)"),
    ("loop", (), "sends the same page again and again (after page 2)"),
    ("repeat", (), "sends the same statements again and again (page 2)"),
    ("malformed", (), "sent a malformed statement"),
    ("html", (), "sent page 1 that is not JSON"),
])
def test_a_misbehaving_lrs_is_refused_in_one_line_and_nothing_is_stored(
        kind: str, extra: tuple[str, ...], said: str, quiz: Quiz, workspace_path: Path,
        bad_lrs: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    status, out, err = _pull(capsys, monkeypatch, workspace_path, quiz,
                             f"{bad_lrs}/{kind}/xAPI/", PASSWORD, *extra)
    assert status == 1 and out == "", err
    assert err.count("\n") == 1 and said in err and "nothing was stored" in err, err
    assert _stored(workspace_path) == (0, 0)
    assert "password kept" not in out


def test_a_long_pull_reports_its_progress_page_by_page(services: Services, quiz: Quiz,
                                                       lrs: Lrs) -> None:
    lrs.post(statements(quiz, learners(40)))
    seen: list[str] = []
    pulled = pull(LrsLogin(lrs.endpoint, USER, PASSWORD),
                  services.results.questions(quiz.module_id), None,
                  progress=lambda _done, _total, label: seen.append(label))
    assert pulled.statements == pulled.kept > 500
    assert len(seen) >= 2 and seen[-1].endswith(f"{pulled.statements:,} statements")


def test_a_pull_on_a_terminal_shows_pages_and_statements_without_a_percentage() -> None:
    from app.progress import TerminalProgress  # noqa: PLC0415

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    with TerminalProgress(screen, "pulling from lrs") as progress:
        progress(3, 0, "page 3, 1,500 statements")
        assert screen.getvalue() == "\rpulling from lrs: page 3, 1,500 statements"
        progress(1, 4, "rows")
        assert screen.getvalue().endswith("pulling from lrs:  25% rows".ljust(42))


def test_an_lrs_address_is_taken_with_or_without_statements_and_never_keeps_a_password() -> None:
    from authoring.errors import KiemError  # noqa: PLC0415
    from authoring.lrs import endpoint_of  # noqa: PLC0415

    assert endpoint_of("https://kiem:pw@lrs.example.com:8443/xAPI/statements/") == (
        "https://lrs.example.com:8443/xAPI/")
    assert endpoint_of("http://127.0.0.1:8100/xAPI") == "http://127.0.0.1:8100/xAPI/"
    with pytest.raises(KiemError, match="is not an LRS address"):
        endpoint_of("lrs.example.com/xAPI")
