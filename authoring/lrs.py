"""Read statements from a Learning Record Store (xAPI 1.0.3 `GET statements`), page by page.

Plain `urllib` with HTTP Basic, a timeout on every request, and `more` links followed until
the LRS says there are no more, up to a page limit, refusing a loop. Filters by activity are
not asked of the LRS: some (Ralph's file backend) ignore them, and a module's statements have
several activities. The caller keeps the module's statements from what comes back.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urljoin, urlsplit, urlunsplit

from authoring.errors import KiemError
from authoring.passwords import PasswordKeep

TIMEOUT_S = 30.0
PAGE_SIZE = 500
MAX_PAGES = 10_000
OVERLAP = dt.timedelta(minutes=1)  # read again what was stored just before the last pull ended
VERSION_HEADER = {"X-Experience-API-Version": "1.0.3"}
_KEEP = PasswordKeep(service="kiem-lrs", file_name="lrs-passwords.json")

Progress = Callable[[int, int, str], None]


class LrsError(KiemError):
    """The LRS cannot be reached, refused, or sent what is not xAPI; nothing was stored."""


@dataclass(frozen=True)
class LrsLogin:
    """An LRS's xAPI endpoint (ending in "/") and who reads from it."""

    endpoint: str
    user: str
    password: str

    @property
    def where(self) -> str:
        """The endpoint without any password, for messages and for `since`."""
        return where(self.endpoint)


def endpoint_of(url: str) -> str:
    """The xAPI endpoint of a URL given with or without `/statements` at its end.

    A user or password in the URL is left out: Kiem sends them as HTTP Basic itself.
    """
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise LrsError(f"{url!r} is not an LRS address (http(s)://host/xAPI/)")
    path = parts.path.rstrip("/")
    if path.endswith("/statements"):
        path = path[: -len("/statements")]
    return where(urlunsplit(parts._replace(path=path + "/", query="", fragment="")))


def where(url: str) -> str:
    """A URL without user or password."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return urlunsplit(parts._replace(netloc=f"{host}{port}"))


def kept_password(endpoint: str, user: str) -> str | None:
    """The password kept for this user of this LRS, if any."""
    return _KEEP.get(f"{user}@{where(endpoint)}")


def keep_password(endpoint: str, user: str, password: str) -> str:
    """Keep this user's password of this LRS; return where, in words."""
    return _KEEP.put(f"{user}@{where(endpoint)}", password)


def since_param(stored: str | None) -> str | None:
    """The `since` to ask for after a pull that ended at `stored` (a little before it)."""
    if not stored:
        return None
    at = dt.datetime.fromisoformat(stored.replace("Z", "+00:00"))
    return (at - OVERLAP).isoformat()


def statement_pages(login: LrsLogin, since: str | None, *, page_size: int = PAGE_SIZE,
                    max_pages: int = MAX_PAGES, timeout: float = TIMEOUT_S,
                    progress: Progress | None = None) -> Iterator[list[Any]]:
    """Yield the statements stored since `since`, oldest first, one page at a time."""
    query: dict[str, str] = {"limit": str(page_size), "ascending": "true"}
    if since:
        query["since"] = since
    url = urljoin(login.endpoint, "statements") + "?" + urlencode(query)
    seen_links: set[str] = set()
    count = 0
    for page in range(1, max_pages + 1):
        body = _get(login, url, timeout, page)
        statements, more = _page(body, login, page)
        count += len(statements)
        if progress is not None:
            progress(page, 0, f"page {page}, {count:,} statements")
        yield statements
        if not more:
            return
        url = urljoin(login.endpoint, more)
        if url in seen_links:
            raise LrsError(f"the LRS at {login.where} sends the same page again and again "
                           f"(after page {page}); nothing was stored")
        seen_links.add(url)
    raise LrsError(f"the LRS at {login.where} still had more after {max_pages:,} pages "
                   f"({count:,} statements); nothing was stored. If it really holds that "
                   "many, pull again with a higher --max-pages")


def _get(login: LrsLogin, url: str, timeout: float, page: int) -> bytes:
    token = base64.b64encode(f"{login.user}:{login.password}".encode()).decode("ascii")
    request = urllib.request.Request(url, headers={  # noqa: S310 - http(s) checked above
        **VERSION_HEADER, "Authorization": f"Basic {token}", "Accept": "application/json"})
    place = login.where
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return response.read()
    except urllib.error.HTTPError as exc:
        if exc.code in (401, 403):
            raise LrsError(f"the LRS at {place} did not accept user {login.user!r} and its "
                           f"password (HTTP {exc.code}); give them again") from None
        raise LrsError(f"the LRS at {place} answered HTTP {exc.code} ({exc.reason}) for page "
                       f"{page}; nothing was stored") from None
    except TimeoutError:
        raise LrsError(f"the LRS at {place} did not answer within {timeout:g} s (page {page}); "
                       "nothing was stored; try again later") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise LrsError(f"the LRS at {place} did not answer within {timeout:g} s (page "
                           f"{page}); nothing was stored; try again later") from None
        raise LrsError(f"the LRS at {place} cannot be reached ({exc.reason}); nothing was "
                       "stored") from None
    except OSError as exc:
        raise LrsError(f"the LRS at {place} broke off (page {page}: {exc}); nothing was "
                       "stored") from None


def _page(body: bytes, login: LrsLogin, page: int) -> tuple[list[Any], str]:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise LrsError(f"the LRS at {login.where} sent page {page} that is not JSON; "
                       "nothing was stored") from None
    if not isinstance(data, dict) or not isinstance(data.get("statements"), list):
        raise LrsError(f"the LRS at {login.where} sent page {page} without a list of "
                       "statements (is this the xAPI endpoint?); nothing was stored")
    more = data.get("more") or ""
    if not isinstance(more, str):
        raise LrsError(f"the LRS at {login.where} sent page {page} whose “more” is not a "
                       "link; nothing was stored")
    return data["statements"], more
