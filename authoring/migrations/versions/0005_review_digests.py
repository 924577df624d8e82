"""Review digests: what the overview across groups reads of each group's state.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('review_digests',
    sa.Column('group_id', sa.Uuid(), nullable=False),
    sa.Column('mark_rowid', sa.Integer(), nullable=False),
    sa.Column('mark_count', sa.Integer(), nullable=False),
    sa.Column('pending', sa.Text(), nullable=False),
    sa.Column('data', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('group_id')
    )


def downgrade() -> None:
    op.drop_table('review_digests')
