"""A hub on the test server, with people and groups, for the tests that need one."""

from __future__ import annotations

import uuid

import psycopg

from review.hub.admin import HubAdmin, init
from tests.pgserver import PgServer

PASSWORDS = {"ann@example.org": "ann-secret-1", "ben@example.org": "ben-secret-2",
             "cem@example.org": "cem-secret-3", "dia@example.org": "dia-secret-4"}


class Hub:
    """A hub on the test server with groups Help desk (Ben, lead Cem) and Payroll (Dia)."""

    def __init__(self, server: PgServer, database: str) -> None:
        self.server, self.database = server, database
        self.roles, _ = init(server.url(database=database), "ann@example.org", "Ann Admin",
                             PASSWORDS["ann@example.org"])
        self.admin = self.as_admin("ann@example.org")
        for email, name in (("ben@example.org", "Ben"), ("cem@example.org", "Cem"),
                            ("dia@example.org", "Dia")):
            self.admin.add_person(email, name, PASSWORDS[email])
        self.helpdesk = self.admin.create_group("Help desk")
        self.payroll = self.admin.create_group("Payroll")
        self.admin.set_member("Help desk", "ben@example.org")
        self.admin.set_member("Help desk", "cem@example.org", lead=True)
        self.admin.set_member("Payroll", "dia@example.org")

    def url(self, email: str) -> str:
        """The person's own connection URL (their login role, their password)."""
        return self.server.url(self.roles.person(email), PASSWORDS[email], self.database)

    def as_admin(self, email: str) -> HubAdmin:
        """The admin tools, logged in as `email`."""
        return HubAdmin(self.url(email))

    def connect(self, email: str) -> psycopg.Connection:
        """A raw connection as the person (what a hostile client could do with it)."""
        return psycopg.connect(self.url(email), autocommit=True)

    def add_event(self, email: str, group: uuid.UUID, body: bytes = b"{}") -> uuid.UUID:
        """Insert an event as the person; return its id."""
        event_id = uuid.uuid4()
        with self.connect(email) as conn:
            conn.execute("INSERT INTO kiem.events (id, group_id, body) VALUES (%s, %s, %s)",
                         (event_id, group, body))
        return event_id
