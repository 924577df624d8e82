"""Alembic environment: migrations run on the connection the workspace hands over (no ini file)."""

from alembic import context

from authoring.migrations_filter import not_search_index
from authoring.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    include_name=not_search_index,
)
with context.begin_transaction():
    context.run_migrations()
