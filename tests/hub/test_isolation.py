"""Isolation by the database: tested as the people's own PostgreSQL roles, on a real server.

A member reads only their groups' rows; nobody can change or delete an event, nor insert one
under another name or into another group; the roles people log in as have no BYPASSRLS and
own nothing; admins and leads may do only what their role says.
"""

from __future__ import annotations

import hashlib
import uuid

import psycopg
import pytest
from psycopg import errors

from review.hub.admin import HubAdmin, Roles, init
from review.hub.connection import HubError
from tests.hubs import Hub
from tests.pgserver import PgServer


@pytest.fixture
def hub(pg_server: PgServer, hub_db: str) -> Hub:
    """A fresh hub with two groups and four people."""
    return Hub(pg_server, hub_db)


def test_a_member_reads_only_their_groups_rows(hub: Hub) -> None:
    mine = hub.add_event("ben@example.org", hub.helpdesk)
    theirs = hub.add_event("dia@example.org", hub.payroll)
    with hub.connect("ben@example.org") as conn:
        events = [r[0] for r in conn.execute("SELECT id FROM kiem.events")]
        groups = [r[0] for r in conn.execute("SELECT name FROM kiem.groups")]
        people = {r[0] for r in conn.execute("SELECT email FROM kiem.people")}
        payroll = conn.execute("SELECT count(*) FROM kiem.events WHERE group_id = %s",
                               (hub.payroll,)).fetchone()[0]
    assert events == [mine] and theirs not in events
    assert groups == ["Help desk"]
    assert payroll == 0
    assert people == {"ben@example.org", "cem@example.org"}  # not Dia, of another group
    with hub.connect("ann@example.org") as conn:  # the admin sees every group
        assert conn.execute("SELECT count(*) FROM kiem.events").fetchone()[0] == 2
    assert [g["name"] for g in hub.admin.groups()] == ["Help desk", "Payroll"]
    assert [g["name"] for g in hub.as_admin("dia@example.org").groups()] == ["Payroll"]


@pytest.mark.parametrize("statement", [
    "UPDATE kiem.events SET body = 'x'",
    "DELETE FROM kiem.events",
    "UPDATE kiem.blobs SET document = true",
    "DELETE FROM kiem.memberships",
    "TRUNCATE kiem.events",
])
def test_nobody_changes_or_deletes_what_was_written_not_even_an_admin(hub: Hub,
                                                                       statement: str) -> None:
    hub.add_event("ben@example.org", hub.helpdesk)
    for email in ("ben@example.org", "ann@example.org"):
        with hub.connect(email) as conn, pytest.raises(errors.InsufficientPrivilege):
            conn.execute(statement)
    with hub.connect("ann@example.org") as conn:
        assert conn.execute("SELECT count(*) FROM kiem.events").fetchone()[0] == 1


def test_an_event_is_inserted_only_as_oneself_and_into_ones_own_group(hub: Hub) -> None:
    with hub.connect("ben@example.org") as conn:
        with pytest.raises(errors.InsufficientPrivilege):  # not a column a member may set
            conn.execute("INSERT INTO kiem.events (id, group_id, body, actor) "
                         "VALUES (%s, %s, 'x', %s)",
                         (uuid.uuid4(), hub.helpdesk, hub.roles.person("cem@example.org")))
        with pytest.raises(errors.InsufficientPrivilege):  # nor the cursor's transaction id
            conn.execute("INSERT INTO kiem.events (id, group_id, body, xid) "
                         "VALUES (%s, %s, 'x', '1')", (uuid.uuid4(), hub.helpdesk))
        with pytest.raises(errors.InsufficientPrivilege):  # row-level security: not my group
            conn.execute("INSERT INTO kiem.events (id, group_id, body) VALUES (%s, %s, 'x')",
                         (uuid.uuid4(), hub.payroll))
    event = hub.add_event("ben@example.org", hub.helpdesk)
    with hub.connect("cem@example.org") as conn:
        actor = conn.execute("SELECT actor FROM kiem.events WHERE id = %s", (event,)).fetchone()
    assert actor == (hub.roles.person("ben@example.org"),)


def test_the_roles_people_log_in_as_bypass_nothing_and_own_nothing(hub: Hub) -> None:
    with psycopg.connect(hub.server.url(database=hub.database)) as conn:
        rows = conn.execute(
            "SELECT rolname, rolsuper, rolbypassrls, rolcreaterole, rolcanlogin FROM pg_roles "
            "WHERE rolname LIKE %s", (hub.database + "%",)).fetchall()
        owners = {r[0] for r in conn.execute(
            "SELECT tableowner FROM pg_tables WHERE schemaname = 'kiem'")}
        forced = conn.execute("SELECT bool_and(relrowsecurity) FROM pg_class c JOIN "
                              "pg_namespace n ON n.oid = relnamespace WHERE nspname = 'kiem' "
                              "AND relkind = 'r'").fetchone()[0]
    logins = [r for r in rows if r[4]]
    assert len(logins) == 4
    assert not any(r[1] or r[2] or r[3] for r in logins)  # no superuser, BYPASSRLS, CREATEROLE
    assert owners == {hub.roles.owner}
    assert not next(r for r in rows if r[0] == hub.roles.owner)[4]  # nobody logs in as owner
    assert forced  # every table of the hub has row-level security


def test_who_may_add_people_groups_and_members(hub: Hub) -> None:
    ben, cem = hub.as_admin("ben@example.org"), hub.as_admin("cem@example.org")
    with pytest.raises(HubError, match="only an admin adds people"):
        ben.add_person("eve@example.org", "Eve", "eve-secret-5")
    with pytest.raises(HubError, match="only an admin creates groups"):
        cem.create_group("Mine")
    with pytest.raises(HubError, match="only an admin or a lead of Help desk"):
        ben.set_member("Help desk", "dia@example.org")
    cem.set_member("Help desk", "dia@example.org")  # a lead adds to their own group…
    with pytest.raises(HubError, match="only an admin or a lead of Payroll"):
        cem.set_member("Payroll", "ben@example.org")  # …and to no other
    assert {m["email"] for m in hub.admin.groups()[0]["members"]} == {
        "ben@example.org", "cem@example.org", "dia@example.org"}
    cem.set_member("Help desk", "dia@example.org", member=False)
    with hub.connect("dia@example.org") as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM kiem.groups")] == ["Payroll"]


def test_a_removed_person_can_no_longer_log_in_and_their_events_stay(hub: Hub) -> None:
    event = hub.add_event("ben@example.org", hub.helpdesk)
    hub.admin.remove_person("ben@example.org")
    with pytest.raises(HubError, match="no longer lets this person log in"):
        hub.as_admin("ben@example.org").groups()
    with hub.connect("cem@example.org") as conn:
        assert conn.execute("SELECT count(*) FROM kiem.events WHERE id = %s",
                            (event,)).fetchone()[0] == 1


def test_files_are_stored_by_content_and_read_only_through_a_group(hub: Hub) -> None:
    data = b'{"version": 1}'
    sha = hashlib.sha256(data).hexdigest()
    with hub.connect("ben@example.org") as conn:
        with pytest.raises(errors.CheckViolation):  # a name that is not its content's hash
            conn.execute("INSERT INTO kiem.blobs VALUES (%s, true, %s)", ("0" * 64, data))
        conn.execute("INSERT INTO kiem.blobs VALUES (%s, true, %s)", (sha, data))
        conn.execute("INSERT INTO kiem.blob_groups VALUES (%s, %s)", (sha, hub.helpdesk))
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("INSERT INTO kiem.blob_groups VALUES (%s, %s)", (sha, hub.payroll))
    with hub.connect("dia@example.org") as conn:
        assert conn.execute("SELECT count(*) FROM kiem.blobs").fetchone()[0] == 0
    with hub.connect("cem@example.org") as conn:
        assert conn.execute("SELECT data FROM kiem.blobs").fetchone()[0] == data


def test_a_revoked_key_is_listed_for_everyone(hub: Hub) -> None:
    hub.as_admin("cem@example.org").revoke_key("ed25519:abcdef0123456789", "Help desk",
                                               "laptop stolen")
    with pytest.raises(HubError, match="revokes a key"):
        hub.as_admin("ben@example.org").revoke_key("ed25519:0000000000000000", "Help desk", "")
    with hub.connect("dia@example.org") as conn:
        assert conn.execute("SELECT fingerprint, reason FROM kiem.revoked_keys").fetchall() == [
            ("ed25519:abcdef0123456789", "laptop stolen")]


def test_plain_lines_for_a_wrong_password_a_server_that_is_down_and_a_second_init(
        hub: Hub, pg_server: PgServer) -> None:
    wrong = pg_server.url(hub.roles.person("ben@example.org"), "not-it", hub.database)
    with pytest.raises(HubError, match="did not accept the user name or password"):
        HubAdmin(wrong).groups()
    down = f"postgresql://someone:pw@127.0.0.1:1/{hub.database}"
    with pytest.raises(HubError, match="cannot be reached now"):
        HubAdmin(down).groups()
    with pytest.raises(HubError, match="already a Kiem hub"):
        init(pg_server.url(database=hub.database), "x@example.org", "X", "long-enough")
    assert Roles(hub.database).person("Ben@Example.org") == hub.roles.person("ben@example.org")


def test_a_hub_upgraded_by_a_newer_kiem_or_no_hub_at_all_is_said_plainly(
        hub: Hub, pg_server: PgServer) -> None:
    with psycopg.connect(hub.server.url(database=hub.database), autocommit=True) as conn:
        conn.execute("UPDATE kiem.hub_version SET version_num = 'h999'")
    with pytest.raises(HubError, match="upgraded by a newer Kiem.*h999.*update Kiem"):
        hub.admin.groups()
    empty = pg_server.new_database()
    with pytest.raises(HubError, match="is not a Kiem hub"):
        HubAdmin(pg_server.url(database=empty)).groups()
