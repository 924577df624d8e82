"""Library: a full-text index of module text (FTS5 on SQLite, a plain table elsewhere) and the
cached counts and minutes the library list shows.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('module_stats',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('module_id', sa.Uuid(), nullable=False),
    sa.Column('estimated_minutes', sa.Integer(), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('questions', sa.Integer(), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['module_id'], ['modules.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('module_id')
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE module_search USING fts5(module_id UNINDEXED, title, body, "
            "tokenize = 'unicode61 remove_diacritics 2')"
        )
    else:
        op.create_table('module_search',
        sa.Column('module_id', sa.Uuid(), nullable=False),
        sa.Column('title', sa.Text(), nullable=False),
        sa.Column('body', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('module_id')
        )
    # Derived data, built by today's indexer. It reads only columns that exist at 0003; should
    # it ever need a later one, freeze a copy of it here.
    from authoring.services.library import rebuild_index

    rebuild_index(op.get_bind())


def downgrade() -> None:
    op.drop_table('module_search')
    op.drop_table('module_stats')
