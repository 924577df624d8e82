"""An index for the events waiting to be sent (or held back): every sync asks for them.

Without it, "what waits in my outbox?" reads the whole review history (50 ms at 26,000
events), on every `kiem sync` and every round of the studio's background sync.

And a hub group no longer keeps a record of every event read well: the hub lists each event
once, after the cursor, so only what went wrong is remembered (to read again, or to skip).
The records kept until now are dropped; the cursor stays.

Revision ID: 0007
Revises: 0006
"""

from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_review_events_group_state', 'review_events', ['group_id', 'state'])
    op.execute("DELETE FROM review_seen WHERE name LIKE 'hub/%' AND outcome = ''")


def downgrade() -> None:
    op.drop_index('ix_review_events_group_state', table_name='review_events')
