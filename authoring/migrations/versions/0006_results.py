"""Learners' results: attempts, their answers and the pages they reached, from an LMS report or
an LRS; the workspace's salt for learner hashes; where each LRS pull got to.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('results_salt',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('salt', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('result_attempts',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('module_id', sa.Uuid(), nullable=False),
    sa.Column('key', sa.String(length=300), nullable=False),
    sa.Column('source', sa.String(length=300), nullable=False),
    sa.Column('version', sa.String(length=100), nullable=False),
    sa.Column('learner', sa.String(length=300), nullable=False),
    sa.Column('learner_named', sa.Boolean(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('passed', sa.Boolean(), nullable=True),
    sa.ForeignKeyConstraint(['module_id'], ['modules.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('module_id', 'key', name='uq_result_attempts_key')
    )
    op.create_index('ix_result_attempts_module_version', 'result_attempts',
                    ['module_id', 'version'], unique=False)
    op.create_table('result_responses',
    sa.Column('attempt_id', sa.Uuid(), nullable=False),
    sa.Column('question_key', sa.String(length=64), nullable=False),
    sa.Column('question_id', sa.Uuid(), nullable=True),
    sa.Column('response', sa.Text(), nullable=False),
    sa.Column('options', sa.JSON(), nullable=False),
    sa.Column('correct', sa.Boolean(), nullable=True),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('answered_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['attempt_id'], ['result_attempts.id'], ),
    sa.PrimaryKeyConstraint('attempt_id', 'question_key')
    )
    op.create_table('result_page_visits',
    sa.Column('attempt_id', sa.Uuid(), nullable=False),
    sa.Column('page_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['attempt_id'], ['result_attempts.id'], ),
    sa.PrimaryKeyConstraint('attempt_id', 'page_id')
    )
    op.create_table('result_pulls',
    sa.Column('module_id', sa.Uuid(), nullable=False),
    sa.Column('lrs', sa.String(length=500), nullable=False),
    sa.Column('since', sa.String(length=64), nullable=False),
    sa.Column('pulled_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['module_id'], ['modules.id'], ),
    sa.PrimaryKeyConstraint('module_id', 'lrs')
    )


def downgrade() -> None:
    op.drop_table('result_pulls')
    op.drop_table('result_page_visits')
    op.drop_table('result_responses')
    op.drop_index('ix_result_attempts_module_version', table_name='result_attempts')
    op.drop_table('result_attempts')
    op.drop_table('results_salt')
