"""The LMS's part of a cmi5 (or TinCan) launch, for the browser tests: a small HTTP server that
serves the packages, hands out one-time auth tokens at the `fetch` URL, keeps the State API
itself (LMS.LaunchData, the AU's resume document) and forwards statements to a real LRS
(Ralph, whose file backend has no State API). It records every request the AU made."""

from __future__ import annotations

import base64
import functools
import http.server
import json
import secrets
import threading
import urllib.parse
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lrs import Ralph

CMI5 = "https://w3id.org/xapi/cmi5/context/"
LAUNCHED = "http://adlnet.gov/expapi/verbs/launched"


@dataclass
class Launch:
    """One AU session as the LMS set it up."""

    url: str
    registration: str
    session: str
    activity_id: str
    publisher_id: str
    actor: dict[str, Any]
    mastery: float | None


@dataclass
class LMSState:
    """What the test LMS holds: tokens, State API documents, and what the AU asked of it."""

    lrs: Ralph
    tokens: dict[str, str | None] = field(default_factory=dict)  # fetch key -> token (None: used)
    valid: set[str] = field(default_factory=set)                  # tokens the AU may use
    documents: dict[tuple[str, str, str, str], bytes] = field(default_factory=dict)
    requests: list[tuple[str, str]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def _key(query: dict[str, list[str]]) -> tuple[str, str, str, str]:
    agent = json.dumps(json.loads(query["agent"][0]), sort_keys=True)
    return (query["activityId"][0], agent, query.get("registration", [""])[0],
            query["stateId"][0])


class _Handler(http.server.SimpleHTTPRequestHandler):
    lms: LMSState

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base's name
        """Say nothing: one line per request would bury the test output."""

    def _reply(self, status: int, body: bytes = b"", kind: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _xapi(self, method: str) -> None:
        url = urllib.parse.urlsplit(self.path)
        resource = url.path.removeprefix("/xapi/")
        with self.lms.lock:
            self.lms.requests.append((method, resource))
        auth = self.headers.get("Authorization", "")
        if auth.removeprefix("Basic ") not in self.lms.valid:
            self._reply(401, b'{"error": "unknown token"}')
            return
        if self.headers.get("X-Experience-API-Version") != "1.0.3":
            self._reply(400, b'{"error": "X-Experience-API-Version 1.0.3 expected"}')
            return
        if resource == "activities/state":
            self._state(method, urllib.parse.parse_qs(url.query))
        elif resource == "agents/profile" and method == "GET":
            self._reply(404)
        elif resource == "statements" and method in ("POST", "PUT"):
            status, body = self.lms.lrs.request(method, f"statements?{url.query}", self._body())
            self._reply(status, body)
        else:
            self._reply(405)

    def _state(self, method: str, query: dict[str, list[str]]) -> None:
        key = _key(query)
        with self.lms.lock:
            if method == "GET":
                found = self.lms.documents.get(key)
                self._reply(200, found) if found is not None else self._reply(404)
                return
            body = self._body()
            json.loads(body)  # the AU's documents are JSON: fail loudly on anything else
            if key[3] == "LMS.LaunchData":
                self._reply(403, b'{"error": "the AU must not change LMS.LaunchData"}')
                return
            self.lms.documents[key] = body
        self._reply(204)

    def do_GET(self) -> None:  # noqa: N802 - the base's name
        if self.path.startswith("/xapi/"):
            self._xapi("GET")
        else:
            super().do_GET()

    def do_PUT(self) -> None:  # noqa: N802
        self._xapi("PUT")

    def do_POST(self) -> None:  # noqa: N802
        if self.path.startswith("/fetch/"):
            key = self.path.removeprefix("/fetch/")
            with self.lms.lock:
                self.lms.requests.append(("POST", "fetch"))
                token = self.lms.tokens.get(key)
                self.lms.tokens[key] = None
            if token is None:
                body = {"error-code": "1", "error-text": "The token was already handed out."}
            else:
                body = {"auth-token": token}
            self._reply(200, json.dumps(body).encode())
        else:
            self._xapi("POST")


class LaunchingLMS:
    """The server and the LMS's actions: register a learner, launch an AU (cmi5 or TinCan)."""

    def __init__(self, root: Path, lrs: Ralph) -> None:
        self.root = root
        self.state = LMSState(lrs)
        handler = type("Handler", (_Handler,), {"lms": self.state})
        self.server = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(handler, directory=str(root)))
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        (root / "return.html").write_text("<!DOCTYPE html><title>Back in the LMS</title>",
                                          encoding="utf-8")

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _token(self) -> tuple[str, str]:
        token = base64.b64encode(secrets.token_bytes(12)).decode()
        key = secrets.token_hex(8)
        with self.state.lock:
            self.state.tokens[key] = token
            self.state.valid.add(token)
        return key, token

    def launch_cmi5(self, package: str, publisher_id: str, *, registration: str | None = None,
                    mode: str = "Normal", mastery: float | None = 0.8,
                    move_on: str = "CompletedAndPassed", return_url: bool = False) -> Launch:
        """Do what an LMS does before a cmi5 launch; return the launch (its URL first)."""
        registration = registration or str(uuid.uuid4())
        session = str(uuid.uuid4())
        actor = {"objectType": "Agent", "name": "Learner",
                 "account": {"homePage": "https://lms.example.com", "name": "learner-1"}}
        activity_id = f"https://lms.example.com/au/{publisher_id.rsplit(':', 1)[-1]}"
        template = {"contextActivities": {"grouping": [{"id": publisher_id}]},
                    "extensions": {CMI5 + "extensions/sessionid": session}}
        launch_data: dict[str, Any] = {"contextTemplate": template, "launchMode": mode,
                                       "launchMethod": "AnyWindow", "moveOn": move_on}
        if mastery is not None:
            launch_data["masteryScore"] = mastery
        if return_url:
            launch_data["returnURL"] = f"{self.url}/return.html"
        key = (activity_id, json.dumps(actor, sort_keys=True), registration, "LMS.LaunchData")
        with self.state.lock:
            self.state.documents[key] = json.dumps(launch_data).encode()
        self._launched(actor, activity_id, registration, template, mode, move_on, mastery)
        fetch, _token = self._token()
        query = urllib.parse.urlencode({
            "endpoint": f"{self.url}/xapi/", "fetch": f"{self.url}/fetch/{fetch}",
            "actor": json.dumps(actor), "registration": registration, "activityId": activity_id})
        return Launch(f"{self.url}{package}?{query}", registration, session, activity_id,
                      publisher_id, actor, mastery)

    def _launched(self, actor: dict[str, Any], activity_id: str, registration: str,
                  template: dict[str, Any], mode: str, move_on: str,
                  mastery: float | None) -> None:
        """The LMS's own Launched statement, recorded before the AU starts."""
        context = json.loads(json.dumps(template))
        context["registration"] = registration
        context["contextActivities"]["category"] = [{"id": CMI5 + "categories/cmi5"}]
        context["extensions"].update({CMI5 + "extensions/launchmode": mode,
                                      CMI5 + "extensions/moveon": move_on,
                                      CMI5 + "extensions/launchurl": f"{self.url}/au"})
        if mastery is not None:
            context["extensions"][CMI5 + "extensions/masteryscore"] = mastery
        statement = {"id": str(uuid.uuid4()), "actor": actor,
                     "verb": {"id": LAUNCHED, "display": {"en-US": "launched"}},
                     "object": {"id": activity_id}, "context": context}
        status, body = self.state.lrs.request("POST", "statements", [statement])
        assert status == 200, body

    def launch_tincan(self, package: str, activity_id: str) -> Launch:
        """A TinCan launch: endpoint, auth and a 0.95-style actor in the query string."""
        _fetch, token = self._token()
        registration = str(uuid.uuid4())
        actor = {"name": ["Learner"], "mbox": ["mailto:learner@example.com"]}
        query = urllib.parse.urlencode({
            "endpoint": f"{self.url}/xapi", "auth": f"Basic {token}", "actor": json.dumps(actor),
            "registration": registration, "activity_id": activity_id})
        normal = {"objectType": "Agent", "name": "Learner", "mbox": "mailto:learner@example.com"}
        return Launch(f"{self.url}{package}?{query}", registration, "", activity_id, "",
                      normal, None)

    def document(self, launch: Launch, state_id: str) -> Any:
        key = (launch.activity_id, json.dumps(launch.actor, sort_keys=True), launch.registration,
               state_id)
        with self.state.lock:
            found = self.state.documents.get(key)
        return None if found is None else json.loads(found)
