"""Wake connected studios: every new event notifies its group's channel.

The channel is `kiem_` and the group's id without dashes: LISTEN needs the name, and only a
group's members can read its id. Within one transaction PostgreSQL folds repeated
notifications into one, so a sync sending a thousand events wakes each listener once.

Revision ID: h002
Revises: h001
"""

from alembic import op

revision = "h002"
down_revision = "h001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(r"""
CREATE FUNCTION kiem.notify_event() RETURNS trigger LANGUAGE plpgsql
    SET search_path = kiem, pg_temp AS $$
BEGIN
    PERFORM pg_notify('kiem_' || replace(NEW.group_id::text, '-', ''), '');
    RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION kiem.notify_event() FROM PUBLIC;
CREATE TRIGGER events_notify AFTER INSERT ON kiem.events
    FOR EACH ROW EXECUTE FUNCTION kiem.notify_event();
""")
