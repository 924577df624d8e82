"""Connecting to the hub with psycopg 3, and one plain line for whatever goes wrong.

The password comes as libpq reads it: in the URL, from PGPASSWORD, or from a pgpass or
service file; TLS as the URL says (`sslmode=verify-full` with the server's CA).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from authoring.errors import KiemError

CONNECT_TIMEOUT_S = 10


class HubError(KiemError):
    """The hub refused, or cannot be reached; the message says which and what to do."""


def where(url: str) -> str:
    """The hub's address without its password, for messages."""
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    port = f":{parts.port}" if parts.port else ""
    return f"{host}{port}{parts.path or ''}"


def connect(url: str, *, autocommit: bool = False) -> Any:  # noqa: ANN401 - psycopg.Connection
    """Open a connection to the hub; raise HubError with a plain reason when it fails."""
    import psycopg  # noqa: PLC0415 - only for the hub (start-up time of every command)

    if not url.startswith(("postgresql://", "postgres://")):
        raise HubError(f"{url!r} is not a PostgreSQL address (postgresql://user@host/database)")
    try:
        return psycopg.connect(url, autocommit=autocommit, connect_timeout=CONNECT_TIMEOUT_S,
                               application_name="kiem")
    except psycopg.Error as exc:
        raise plain_error(exc, url) from exc


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
