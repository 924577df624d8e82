"""Alembic environment of the hub: its own history and version table, in the `kiem` schema.

The hub shares no table with a workspace (it holds events and files, not drafts), so it has
a migration history of its own; `hub init` runs it as the owner role (SET ROLE), so that
every table and function belongs to a role nobody logs in as.
"""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None, version_table="hub_version",
                  version_table_schema="kiem")
with context.begin_transaction():
    context.run_migrations()
