"""Set up a PostgreSQL database as a team hub, and manage its people and groups.

`init` runs once, with a PostgreSQL account that may create roles (the DBA's): it makes three
roles that nobody logs in as (owner of everything, member, admin), runs the hub's own
migrations as the owner, and adds the first admin. From then on people log in as themselves;
adding people, groups and members goes through the hub's SECURITY DEFINER functions, which
check in the database who may do what. Passwords never reach the server in clear: the client
sends a SCRAM verifier.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from review.hub.connection import HubError, connect, plain_error

_MIGRATIONS = Path(__file__).with_name("migrations")


@dataclass(frozen=True)
class Roles:
    """The roles of one hub database; names start with the database's, as roles are global."""

    database: str

    @property
    def owner(self) -> str:
        """Owns the schema, tables and functions; NOLOGIN."""
        return f"{self.database}_owner"

    @property
    def member(self) -> str:
        """Granted to every person: what a member may read and add."""
        return f"{self.database}_member"

    @property
    def admin(self) -> str:
        """Granted to admins: every group, adding people and groups."""
        return f"{self.database}_admin"

    @property
    def person_prefix(self) -> str:
        """What every person's login role name starts with."""
        return f"{self.database}_p_"

    def person(self, email: str) -> str:
        """The login role of the person with this email (the same on every laptop)."""
        local = re.sub(r"[^a-z0-9]", "", email.lower().split("@")[0])[:20] or "x"
        tag = hashlib.sha256(email.lower().encode()).hexdigest()[:6]
        return f"{self.person_prefix}{local}_{tag}"


def _check_database_name(name: str) -> None:
    if not re.fullmatch(r"[a-z][a-z0-9_]{0,39}", name):
        raise HubError(f"database “{name}”: a hub's database name must be lower-case letters, "
                       "digits and _ (at most 40), starting with a letter")


def init(url: str, email: str, name: str, password: str) -> tuple[Roles, str]:
    """Make the database at `url` a hub with a first admin; return its roles and the admin's."""
    with connect(url, autocommit=True, hub=False) as conn:
        database = conn.execute("SELECT current_database()").fetchone()[0]
        _check_database_name(database)
        roles = Roles(database)
        if conn.execute("SELECT 1 FROM pg_namespace WHERE nspname = 'kiem'").fetchone():
            raise HubError(f"{database} is already a Kiem hub; connect to it instead "
                           "(kiem hub connect)")
        try:
            _make_roles(conn, roles)
            _migrate(url, roles)
            admin = add_person_on(conn, roles, email, name, password, admin=True)
        except Exception as exc:
            raise plain_error(exc, url) from exc
    return roles, admin


def _make_roles(conn: Any, roles: Roles) -> None:  # noqa: ANN401 - a psycopg connection
    from psycopg import sql  # noqa: PLC0415 - only for the hub

    existing = {r[0] for r in conn.execute(
        "SELECT rolname FROM pg_roles WHERE rolname = ANY(%s)",
        ([roles.owner, roles.member, roles.admin],))}
    ident = sql.Identifier
    with conn.transaction():
        for role, extra in ((roles.member, ""), (roles.admin, ""),
                            (roles.owner, " CREATEROLE")):
            if role not in existing:
                conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN" + extra).format(ident(role)))
        conn.execute(sql.SQL("GRANT {} TO {}").format(ident(roles.member), ident(roles.admin)))
        conn.execute(sql.SQL("GRANT {}, {} TO {} WITH ADMIN OPTION").format(
            ident(roles.member), ident(roles.admin), ident(roles.owner)))
        db = ident(roles.database)
        conn.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(db))
        conn.execute(sql.SQL("GRANT CONNECT, TEMPORARY ON DATABASE {} TO {}").format(
            db, ident(roles.member)))
        conn.execute(sql.SQL("GRANT CREATE ON DATABASE {} TO {}").format(
            db, ident(roles.owner)))
        conn.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")


def _migrate(url: str, roles: Roles) -> None:
    """Create the schema and run the hub's migrations as the owner role."""
    from alembic import command  # noqa: PLC0415 - only for the hub
    from alembic.config import Config  # noqa: PLC0415
    from sqlalchemy import create_engine, text  # noqa: PLC0415

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.begin() as conn:
            conn.execute(text(f'SET ROLE "{roles.owner}"'))
            conn.execute(text("CREATE SCHEMA kiem"))
            cfg = Config()
            cfg.set_main_option("script_location", str(_MIGRATIONS))
            cfg.attributes["connection"] = conn
            cfg.attributes["roles"] = roles
            command.upgrade(cfg, "head")
    finally:
        engine.dispose()


def _verifier(conn: Any, role: str, password: str) -> str:  # noqa: ANN401 - psycopg
    if len(password) < 8:
        raise HubError("the password must have at least 8 characters")
    raw = conn.pgconn.encrypt_password(password.encode(), role.encode(), b"scram-sha-256")
    return bytes(raw).decode()


def add_person_on(conn: Any, roles: Roles, email: str, name: str,  # noqa: ANN401 - psycopg
                  password: str, *, admin: bool) -> str:
    """Add a person (their login role and row) through the hub's function; return the role."""
    role = roles.person(email)
    conn.execute("SELECT kiem.add_person(%s, %s, %s, %s, %s)",
                 (email, name, role, _verifier(conn, role, password), admin))
    return role


class HubAdmin:
    """What an admin (or a group's lead) does on the hub, logged in as themselves."""

    def __init__(self, url: str) -> None:
        self.url = url

    def _run(self, query: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        try:
            with connect(self.url, autocommit=True) as conn:
                cur = conn.execute(query, params)
                return cur.fetchall() if cur.description else []
        except HubError:
            raise
        except Exception as exc:
            raise plain_error(exc, self.url) from exc

    def roles(self) -> Roles:
        """The hub's roles (from the database's name)."""
        return Roles(self._run("SELECT current_database()", ())[0][0])

    def add_person(self, email: str, name: str, password: str, *, admin: bool = False) -> str:
        """Add a person who may then log in; return their login role."""
        try:
            with connect(self.url, autocommit=True) as conn:
                database = conn.execute("SELECT current_database()").fetchone()[0]
                return add_person_on(conn, Roles(database), email, name, password, admin=admin)
        except HubError:
            raise
        except Exception as exc:
            raise plain_error(exc, self.url) from exc

    def remove_person(self, email: str) -> None:
        """Take a person off the hub: they can no longer log in; their events stay."""
        self._run("SELECT kiem.remove_person(%s)", (email,))

    def create_group(self, name: str) -> uuid.UUID:
        """Create a group; return its id."""
        group_id = uuid.uuid4()
        self._run("SELECT kiem.create_group(%s, %s)", (group_id, name))
        return group_id

    def set_member(self, group: str, email: str, *, lead: bool = False,
                   member: bool = True) -> None:
        """Add a person to a group (as a lead, or not), or take them out of it."""
        self._run("SELECT kiem.set_member(%s, %s, %s, %s)", (group, email, lead, member))

    def revoke_key(self, fingerprint: str, group: str | None, reason: str) -> None:
        """Revoke a signing key: events it signs are no longer trusted by any reader."""
        from review.hub.transport import key_fingerprint  # noqa: PLC0415

        self._run("SELECT kiem.revoke_key(%s, %s, %s)",
                  (key_fingerprint(fingerprint), group, reason))

    def groups(self) -> list[dict[str, Any]]:
        """The groups this person may see (all of them for an admin), with their members."""
        rows = self._run(
            "SELECT g.id, g.name, p.email, p.display_name, m.lead FROM kiem.groups g "
            "LEFT JOIN kiem.memberships m ON m.group_id = g.id AND m.removed_at IS NULL "
            "LEFT JOIN kiem.people p ON p.role_name = m.role_name "
            "ORDER BY g.name, p.email", ())
        groups: dict[uuid.UUID, dict[str, Any]] = {}
        for gid, gname, email, person, lead in rows:
            entry = groups.setdefault(gid, {"id": str(gid), "name": gname, "members": []})
            if email is not None:
                entry["members"].append({"email": email, "name": person, "lead": lead})
        return list(groups.values())
