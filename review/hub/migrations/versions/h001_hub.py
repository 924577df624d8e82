"""The team hub: groups, people, memberships, revoked keys, events, frozen versions and files.

Every table has row-level security; people reach rows only through the member role's grants
and the policies below. Tables and functions belong to the owner role, which nobody logs in
as; functions that must see past the policies (whose groups am I in, may I add people) are
SECURITY DEFINER with a fixed search_path. Events and files are insert-only: no role that
logs in has UPDATE or DELETE on them. See docs/hub.md for the argument.

Revision ID: h001
Revises:
"""

from alembic import context, op

revision = "h001"
down_revision = None
branch_labels = None
depends_on = None


def _sql() -> str:
    roles = context.config.attributes["roles"]
    return _SCHEMA.format(owner=roles.owner, member=roles.member, admin=roles.admin,
                          person=roles.person_prefix)


_SCHEMA = r"""
REVOKE ALL ON SCHEMA kiem FROM PUBLIC;
GRANT USAGE ON SCHEMA kiem TO "{member}";

CREATE TABLE kiem.groups (
    id uuid PRIMARY KEY,
    name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    created_by name NOT NULL DEFAULT session_user,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE kiem.people (
    role_name name PRIMARY KEY,
    email text NOT NULL UNIQUE CHECK (email = lower(email) AND email LIKE '%_@_%'),
    display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    admin boolean NOT NULL DEFAULT false,
    added_at timestamptz NOT NULL DEFAULT now(),
    removed_at timestamptz
);
CREATE TABLE kiem.memberships (
    group_id uuid NOT NULL REFERENCES kiem.groups,
    role_name name NOT NULL REFERENCES kiem.people,
    lead boolean NOT NULL DEFAULT false,
    added_by name NOT NULL DEFAULT session_user,
    added_at timestamptz NOT NULL DEFAULT now(),
    removed_at timestamptz,
    PRIMARY KEY (group_id, role_name)
);
CREATE TABLE kiem.revoked_keys (
    fingerprint text PRIMARY KEY CHECK (length(fingerprint) BETWEEN 8 AND 200),
    group_id uuid REFERENCES kiem.groups,
    reason text NOT NULL DEFAULT '',
    revoked_by name NOT NULL DEFAULT session_user,
    revoked_at timestamptz NOT NULL DEFAULT now()
);
-- xid: the inserting transaction, for a pull cursor that never skips a late commit.
CREATE TABLE kiem.events (
    id uuid PRIMARY KEY,
    group_id uuid NOT NULL REFERENCES kiem.groups,
    actor name NOT NULL DEFAULT session_user,
    body bytea NOT NULL CHECK (length(body) <= 1048576),
    xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX events_group_xid ON kiem.events (group_id, xid);
CREATE TABLE kiem.blobs (
    sha256 text PRIMARY KEY CHECK (sha256 = encode(sha256(data), 'hex')),
    document boolean NOT NULL,
    data bytea NOT NULL
);
CREATE TABLE kiem.blob_groups (
    sha256 text NOT NULL REFERENCES kiem.blobs,
    group_id uuid NOT NULL REFERENCES kiem.groups,
    PRIMARY KEY (sha256, group_id)
);

-- Who am I, and where: these see past the policies (as the owner), so policies may use them.
CREATE FUNCTION kiem.is_admin() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = kiem, pg_temp AS $$
    SELECT pg_has_role(session_user, '{admin}', 'MEMBER')
           AND NOT EXISTS (SELECT 1 FROM kiem.people
                           WHERE role_name = session_user AND removed_at IS NOT NULL) $$;
CREATE FUNCTION kiem.my_groups() RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = kiem, pg_temp AS $$
    SELECT m.group_id FROM kiem.memberships m JOIN kiem.people p USING (role_name)
    WHERE m.role_name = session_user AND m.removed_at IS NULL AND p.removed_at IS NULL $$;
CREATE FUNCTION kiem.leads(g uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = kiem, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM kiem.memberships
                   WHERE group_id = g AND role_name = session_user AND lead
                         AND removed_at IS NULL)
           AND g IN (SELECT kiem.my_groups()) $$;

CREATE FUNCTION kiem.add_person(p_email text, p_name text, p_role name, p_verifier text,
                                p_admin boolean) RETURNS name
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = kiem, pg_temp AS $$
BEGIN
    IF NOT kiem.is_admin() THEN
        RAISE EXCEPTION 'only an admin adds people to the hub' USING ERRCODE = '42501';
    END IF;
    IF p_role !~ '^{person}[a-z0-9_]+$' OR length(p_role) > 63 THEN
        RAISE EXCEPTION 'not a hub person''s role name: %', p_role USING ERRCODE = '22023';
    END IF;
    IF p_verifier !~ '^SCRAM-SHA-256\$' THEN
        RAISE EXCEPTION 'the password must come as a SCRAM verifier' USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT 1 FROM kiem.people WHERE email = lower(p_email)) THEN
        RAISE EXCEPTION '% is already on the hub', lower(p_email) USING ERRCODE = '23505';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN NOINHERIT PASSWORD %L', p_role, p_verifier);
    EXECUTE format('GRANT %I TO %I', '{member}', p_role);
    EXECUTE format('ALTER ROLE %I INHERIT', p_role);
    IF p_admin THEN
        EXECUTE format('GRANT %I TO %I', '{admin}', p_role);
    END IF;
    INSERT INTO kiem.people (role_name, email, display_name, admin)
        VALUES (p_role, lower(p_email), p_name, p_admin);
    RETURN p_role;
END $$;

CREATE FUNCTION kiem.remove_person(p_email text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = kiem, pg_temp AS $$
DECLARE r name;
BEGIN
    IF NOT kiem.is_admin() THEN
        RAISE EXCEPTION 'only an admin removes people from the hub' USING ERRCODE = '42501';
    END IF;
    UPDATE kiem.people SET removed_at = now()
        WHERE email = lower(p_email) AND removed_at IS NULL RETURNING role_name INTO r;
    IF r IS NULL THEN
        RAISE EXCEPTION 'nobody with the email % is on the hub', lower(p_email)
            USING ERRCODE = '02000';
    END IF;
    UPDATE kiem.memberships SET removed_at = now() WHERE role_name = r AND removed_at IS NULL;
    EXECUTE format('ALTER ROLE %I NOLOGIN', r);
END $$;

CREATE FUNCTION kiem.create_group(p_id uuid, p_name text) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = kiem, pg_temp AS $$
BEGIN
    IF NOT kiem.is_admin() THEN
        RAISE EXCEPTION 'only an admin creates groups' USING ERRCODE = '42501';
    END IF;
    INSERT INTO kiem.groups (id, name) VALUES (p_id, p_name);
    RETURN p_id;
END $$;

CREATE FUNCTION kiem.set_member(p_group text, p_email text, p_lead boolean, p_in boolean)
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = kiem, pg_temp AS $$
DECLARE g uuid; r name;
BEGIN
    SELECT id INTO g FROM kiem.groups WHERE name = p_group;
    IF g IS NULL THEN
        RAISE EXCEPTION 'there is no group %', p_group USING ERRCODE = '02000';
    END IF;
    IF NOT (kiem.is_admin() OR kiem.leads(g)) THEN
        RAISE EXCEPTION 'only an admin or a lead of % changes its members', p_group
            USING ERRCODE = '42501';
    END IF;
    SELECT role_name INTO r FROM kiem.people WHERE email = lower(p_email) AND removed_at IS NULL;
    IF r IS NULL THEN
        RAISE EXCEPTION 'nobody with the email % is on the hub; an admin adds them first',
            lower(p_email) USING ERRCODE = '02000';
    END IF;
    IF p_in THEN
        INSERT INTO kiem.memberships (group_id, role_name, lead) VALUES (g, r, p_lead)
            ON CONFLICT (group_id, role_name) DO UPDATE
            SET lead = excluded.lead, removed_at = NULL, added_by = session_user,
                added_at = now();
    ELSE
        UPDATE kiem.memberships SET removed_at = now()
            WHERE group_id = g AND role_name = r AND removed_at IS NULL;
        IF NOT FOUND THEN
            RAISE EXCEPTION '% is not a member of %', lower(p_email), p_group
                USING ERRCODE = '02000';
        END IF;
    END IF;
END $$;

CREATE FUNCTION kiem.revoke_key(p_fingerprint text, p_group text, p_reason text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = kiem, pg_temp AS $$
DECLARE g uuid;
BEGIN
    SELECT id INTO g FROM kiem.groups WHERE name = p_group;
    IF p_group IS NOT NULL AND g IS NULL THEN
        RAISE EXCEPTION 'there is no group %', p_group USING ERRCODE = '02000';
    END IF;
    IF NOT (kiem.is_admin() OR (g IS NOT NULL AND kiem.leads(g))) THEN
        RAISE EXCEPTION 'only an admin, or a lead for their group, revokes a key'
            USING ERRCODE = '42501';
    END IF;
    INSERT INTO kiem.revoked_keys (fingerprint, group_id, reason)
        VALUES (p_fingerprint, g, p_reason) ON CONFLICT (fingerprint) DO NOTHING;
END $$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA kiem FROM PUBLIC;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA kiem TO "{member}";

ALTER TABLE kiem.hub_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE kiem.groups ENABLE ROW LEVEL SECURITY;
ALTER TABLE kiem.people ENABLE ROW LEVEL SECURITY;
ALTER TABLE kiem.memberships ENABLE ROW LEVEL SECURITY;
ALTER TABLE kiem.revoked_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE kiem.events ENABLE ROW LEVEL SECURITY;
ALTER TABLE kiem.blobs ENABLE ROW LEVEL SECURITY;
ALTER TABLE kiem.blob_groups ENABLE ROW LEVEL SECURITY;

CREATE POLICY read_version ON kiem.hub_version FOR SELECT USING (true);
CREATE POLICY read_groups ON kiem.groups FOR SELECT
    USING ((SELECT kiem.is_admin()) OR id IN (SELECT kiem.my_groups()));
CREATE POLICY read_memberships ON kiem.memberships FOR SELECT
    USING ((SELECT kiem.is_admin()) OR group_id IN (SELECT kiem.my_groups()));
CREATE POLICY read_people ON kiem.people FOR SELECT
    USING ((SELECT kiem.is_admin()) OR role_name = session_user
           OR role_name IN (SELECT role_name FROM kiem.memberships));
CREATE POLICY read_revoked ON kiem.revoked_keys FOR SELECT USING (true);
CREATE POLICY read_events ON kiem.events FOR SELECT
    USING ((SELECT kiem.is_admin()) OR group_id IN (SELECT kiem.my_groups()));
CREATE POLICY add_events ON kiem.events FOR INSERT
    WITH CHECK (actor = session_user
                AND (group_id IN (SELECT kiem.my_groups()) OR (SELECT kiem.is_admin())));
CREATE POLICY read_blob_groups ON kiem.blob_groups FOR SELECT
    USING ((SELECT kiem.is_admin()) OR group_id IN (SELECT kiem.my_groups()));
CREATE POLICY add_blob_groups ON kiem.blob_groups FOR INSERT
    WITH CHECK (group_id IN (SELECT kiem.my_groups()) OR (SELECT kiem.is_admin()));
CREATE POLICY read_blobs ON kiem.blobs FOR SELECT
    USING ((SELECT kiem.is_admin()) OR sha256 IN (SELECT sha256 FROM kiem.blob_groups));
CREATE POLICY add_blobs ON kiem.blobs FOR INSERT WITH CHECK (true);

-- Reading is by policy; writing only what a member may add, and only the columns they may set:
-- never the actor, the transaction id or the time (the server sets those).
GRANT SELECT ON kiem.hub_version, kiem.groups, kiem.people, kiem.memberships,
    kiem.revoked_keys, kiem.events, kiem.blobs, kiem.blob_groups TO "{member}";
GRANT INSERT (id, group_id, body) ON kiem.events TO "{member}";
GRANT INSERT ON kiem.blobs, kiem.blob_groups TO "{member}";
"""


def upgrade() -> None:
    op.execute(_sql())
