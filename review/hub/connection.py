"""Connecting to the hub with psycopg 3, and one plain line for whatever goes wrong.

The password comes as libpq reads it: in the URL, from PGPASSWORD, or from a pgpass or
service file; TLS as the URL says (`sslmode=verify-full` with the server's CA).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

import platformdirs

from authoring.errors import KiemError
from authoring.passwords import PasswordKeep
from authoring.staging import staging_path

CONNECT_TIMEOUT_S = 10
KNOWN_REVISIONS = frozenset({"h001", "h002"})  # hub schemas this Kiem reads and writes


CURSOR = "hub:cursor"  # the seen-files record that keeps a hub group's pull cursor


def not_shown(url: str, group: object) -> str:
    """Why a sync of a group the hub does not show me stops (not a member any more)."""
    return (f"the hub at {where(url)} shows no group {group} to you (not a member, or taken "
            "out of it)")


def channel(group_id: object) -> str:
    """The LISTEN channel a group's new events are announced on (see migration h002)."""
    return "kiem_" + str(group_id).replace("-", "")


class HubError(KiemError):
    """The hub refused, or cannot be reached; the message says which and what to do."""


def where(url: str) -> str:
    """The hub's address without its password, for messages."""
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    port = f":{parts.port}" if parts.port else ""
    return f"{host}{port}{parts.path or ''}"


def connect(url: str, *, autocommit: bool = False,
            hub: bool = True) -> Any:  # noqa: ANN401 - psycopg.Connection
    """Open a connection to the hub; raise HubError with a plain reason when it fails.

    With `hub`, the database must be a hub whose schema this Kiem knows (not a newer one).

    Without a password in the URL or PGPASSWORD, the one `kiem hub connect` kept is used,
    and libpq's own pgpass or service file otherwise.
    """
    import psycopg  # noqa: PLC0415 - only for the hub (start-up time of every command)

    if not url.startswith(("postgresql://", "postgres://")):
        raise HubError(f"{url!r} is not a PostgreSQL address (postgresql://user@host/database)")
    extra: dict[str, str] = {}
    kept = None if urlsplit(url).password or "PGPASSWORD" in os.environ else kept_password(url)
    if kept is not None:
        extra["password"] = kept
    try:
        conn = psycopg.connect(url, autocommit=autocommit, connect_timeout=CONNECT_TIMEOUT_S,
                               application_name="kiem", **extra)
    except psycopg.Error as exc:
        raise plain_error(exc, url) from exc
    if hub:
        try:
            _check_schema(conn, url)
        except BaseException:
            conn.close()
            raise
    return conn


def _check_schema(conn: Any, url: str) -> None:  # noqa: ANN401 - psycopg.Connection
    """Refuse a database that is not a hub, or a hub a newer Kiem has upgraded."""
    import psycopg  # noqa: PLC0415

    try:
        with conn.transaction():
            rows = conn.execute("SELECT version_num FROM kiem.hub_version").fetchall()
    except psycopg.errors.UndefinedTable:
        raise HubError(f"the database at {where(url)} is not a Kiem hub (an admin sets one up "
                       "with kiem hub init)") from None
    except psycopg.Error as exc:
        raise plain_error(exc, url) from exc
    versions = {r[0] for r in rows}
    if not versions <= KNOWN_REVISIONS:
        raise HubError(f"the hub at {where(url)} was upgraded by a newer Kiem (schema "
                       f"{', '.join(sorted(versions))}); update Kiem to use it. Your work is "
                       "kept here and sent once you have")


def without_password(url: str) -> str:
    """The URL with any password taken out (what is stored and shown)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = parts.netloc.rsplit("@", 1)[0].split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}@{netloc}"))


def with_password(url: str, password: str) -> str:
    """The URL with this password in it (for one connection; never stored)."""
    from urllib.parse import quote  # noqa: PLC0415

    parts = urlsplit(without_password(url))
    user, host = parts.netloc.rsplit("@", 1) if "@" in parts.netloc else ("", parts.netloc)
    return urlunsplit(parts._replace(netloc=f"{user}:{quote(password, safe='')}@{host}"))


def _key(url: str) -> str:
    parts = urlsplit(url)
    return (f"{unquote(parts.username or '')}@{parts.hostname or 'localhost'}:"
            f"{parts.port or 5432}{parts.path}")


_KEEP = PasswordKeep(service="kiem-hub", file_name="hub-passwords.json")


def kept_password(url: str) -> str | None:
    """The password kept for this login on this hub (keyring first, then the file), if any."""
    return _KEEP.get(_key(url))


def keep_password(url: str, password: str) -> str:
    """Keep a hub password safe; return where, in words.

    In the OS keyring where there is one; otherwise in a file only this user can read (600).
    """
    return _KEEP.put(_key(url), password)


def _default_file() -> Path:
    return Path(platformdirs.user_config_dir("kiem", appauthor=False)) / "hub.json"


def default_hub() -> str | None:
    """The hub this user connected to last (`kiem hub connect`), without password."""
    try:
        url = json.loads(_default_file().read_text(encoding="utf-8")).get("url")
    except (OSError, ValueError, AttributeError):
        return None
    return url if isinstance(url, str) else None


def set_default_hub(url: str) -> None:
    """Remember the hub this user connected to (never its password)."""
    path = _default_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = staging_path(path)
    tmp.write_text(json.dumps({"url": without_password(url)}), encoding="utf-8")
    os.replace(tmp, path)


def plain_error(exc: BaseException, url: str) -> KiemError:
    """One line for a hub failure: who refused what, never a SQL dump."""
    import psycopg  # noqa: PLC0415
    from psycopg import errors  # noqa: PLC0415

    if isinstance(exc, KiemError):
        return exc
    orig = getattr(exc, "orig", None)  # SQLAlchemy (the migrations) wraps psycopg's error
    if isinstance(orig, psycopg.Error):
        exc = orig
    place = where(url)
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, errors.InsufficientPrivilege):
        return HubError(f"the hub at {place} refused: {_raised(exc) or 'not allowed'}")
    if isinstance(exc, psycopg.OperationalError):
        lowered = text.lower()
        if "password authentication failed" in lowered or "no password supplied" in lowered:
            return HubError(f"the hub at {place} did not accept the user name or password")
        if "not permitted to log in" in lowered:
            return HubError(f"the hub at {place} no longer lets this person log in (they were "
                            "taken off the hub); ask an admin")
        if "does not exist" in lowered:
            return HubError(f"the hub at {place}: {text}")
        if "certificate" in lowered or "ssl" in lowered:
            return HubError(f"the hub at {place}: the secure connection failed ({text})")
        return HubError(f"the hub at {place} cannot be reached now ({text}); "
                        "your work is kept and sent when it can be")
    if isinstance(exc, psycopg.Error):
        return HubError(f"the hub at {place} refused: {_raised(exc) or text}")
    return HubError(f"the hub at {place}: {type(exc).__name__}: {text}")


def _raised(exc: Any) -> str:  # noqa: ANN401 - a psycopg error
    """The message a hub function raised (without PostgreSQL's context lines)."""
    diag = getattr(exc, "diag", None)
    return (getattr(diag, "message_primary", None) or "").strip()
