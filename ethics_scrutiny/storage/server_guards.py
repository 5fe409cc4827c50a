"""The server's own defences of the record (PostgreSQL): the append function, triggers, grants.

Officers log in as their own roles, members of :data:`OFFICERS_ROLE`; the tables belong to
:data:`OWNER_ROLE`, which cannot log in. Officers may read the record but only append to it
through :data:`APPEND_FUNCTION`, which runs as the owner, takes the append lock and assigns
the sequence, previous hash, server-clock time and the login itself, hashing the entry exactly
as ``domain/record.py`` does.
"""

from __future__ import annotations

from sqlalchemy import Connection

from .record_chain import APPEND_LOCK_KEY

OWNER_ROLE = "ethics_owner"
OFFICERS_ROLE = "ethics_officers"
APPEND_FUNCTION = "record_append"
# Kinds are fixed lower-case words, so the function's JSON header needs no escaping.
KIND_PATTERN = "^[a-z_]{1,40}$"

# The same bytes as domain/record.py: domain prefix, NUL, then the UTF-8 text.
_APPEND_FUNCTION_SQL = f"""
CREATE OR REPLACE FUNCTION {APPEND_FUNCTION}(
    p_kind text, p_scrutiny_id integer, p_payload text, p_request_key text
) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, @SCHEMA@, pg_temp AS $$
DECLARE
    v_sequence integer;
    v_previous text;
    v_at text;
    v_payload_sha text;
    v_header text;
BEGIN
    IF p_kind IS NULL OR p_kind !~ '{KIND_PATTERN}' THEN
        RAISE EXCEPTION 'that kind of record entry is not allowed' USING ERRCODE = '22023';
    END IF;
    IF p_payload IS NULL OR json_typeof(p_payload::json) <> 'object' THEN
        RAISE EXCEPTION 'a record entry payload must be a JSON object' USING ERRCODE = '22023';
    END IF;
    PERFORM pg_advisory_xact_lock({APPEND_LOCK_KEY});
    SELECT sequence, entry_hash INTO v_sequence, v_previous
        FROM record_entries ORDER BY sequence DESC LIMIT 1;
    v_sequence := COALESCE(v_sequence, 0) + 1;
    v_previous := COALESCE(v_previous, repeat('0', 64));
    v_at := to_char(clock_timestamp() AT TIME ZONE 'UTC',
                    'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"');
    v_payload_sha := encode(sha256(convert_to('ethics-scrutiny/record/payload/v1', 'UTF8')
        || '\\x00'::bytea || convert_to(p_payload, 'UTF8')), 'hex');
    v_header := '{{"created_at":"' || v_at || '","kind":"' || p_kind
        || '","payload_sha256":"' || v_payload_sha || '","previous_hash":"' || v_previous
        || '","sequence":' || v_sequence || '}}';
    INSERT INTO record_entries (sequence, scrutiny_id, kind, created_at, payload,
        payload_sha256, previous_hash, entry_hash, recorded_by, request_key)
    VALUES (v_sequence, p_scrutiny_id, p_kind, v_at, p_payload, v_payload_sha, v_previous,
        encode(sha256(convert_to('ethics-scrutiny/record/entry/v1', 'UTF8')
            || '\\x00'::bytea || convert_to(v_header, 'UTF8')), 'hex'),
        session_user, p_request_key);
    RETURN v_sequence;
END $$
"""

# A snapshot is what a scrutiny's checklist was: once stored it never changes, and it is
# stored only under the SHA-256 of its own text.
_SNAPSHOT_GUARDS = [
    """CREATE OR REPLACE FUNCTION template_snapshots_check() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP <> 'INSERT' THEN
            RAISE EXCEPTION 'checklist snapshots are insert-only and cannot be changed';
        END IF;
        IF encode(sha256(convert_to(NEW.body, 'UTF8')), 'hex') <> NEW.sha256 THEN
            RAISE EXCEPTION 'a checklist snapshot must be stored under the SHA-256 of its body';
        END IF;
        RETURN NEW;
    END $$""",
    "DROP TRIGGER IF EXISTS template_snapshots_guard ON template_snapshots",
    """CREATE TRIGGER template_snapshots_guard BEFORE INSERT OR UPDATE OR DELETE
    ON template_snapshots FOR EACH ROW EXECUTE FUNCTION template_snapshots_check()""",
    "DROP TRIGGER IF EXISTS template_snapshots_no_truncate ON template_snapshots",
    """CREATE TRIGGER template_snapshots_no_truncate BEFORE TRUNCATE ON template_snapshots
    FOR EACH STATEMENT EXECUTE FUNCTION template_snapshots_check()""",
]

# What officers may not do at all, whatever a later migration grants on new tables.
_WITHHELD = [
    "REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON record_entries, alembic_version FROM {role}",
    "REVOKE UPDATE, DELETE, TRUNCATE ON template_snapshots FROM {role}",
    # Evidence is withdrawn with a reason, never deleted; scrutinies and actions stay too.
    "REVOKE DELETE, TRUNCATE ON evidence, evidence_blobs, scrutinies, actions FROM {role}",
    "REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA {schema} FROM {role}",
]


def install(connection: Connection) -> None:
    """Create (or replace) the append function and the snapshot triggers."""
    schema = _schema(connection)
    connection.exec_driver_sql(_APPEND_FUNCTION_SQL.replace("@SCHEMA@", _quoted(schema)))
    connection.exec_driver_sql(
        f"REVOKE ALL ON FUNCTION {APPEND_FUNCTION}(text, integer, text, text) FROM PUBLIC"
    )
    for statement in _SNAPSHOT_GUARDS:
        connection.exec_driver_sql(statement)


def grant(connection: Connection, role: str = OFFICERS_ROLE) -> None:
    """Give the officers' group exactly the rights the app needs, and no more."""
    schema, who = _quoted(_schema(connection)), _quoted(role)
    database = connection.exec_driver_sql("SELECT current_database()").scalar_one()
    statements = [
        f"REVOKE ALL ON DATABASE {_quoted(str(database))} FROM PUBLIC",
        f"GRANT CONNECT, TEMPORARY ON DATABASE {_quoted(str(database))} TO {who}",
        f"REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC",
        # Nothing for everyone: only the group's members may read or write the record.
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM PUBLIC",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA {schema} TO {who}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {who}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {who}",
        f"GRANT EXECUTE ON FUNCTION {APPEND_FUNCTION}(text, integer, text, text) TO {who}",
        *(line.format(role=who, schema=schema) for line in _WITHHELD),
    ]
    for statement in statements:
        connection.exec_driver_sql(statement)


def regrant(connection: Connection) -> None:
    """After an upgrade: the officers' rights again, if this server has the officers' group."""
    if role_exists(connection, OFFICERS_ROLE) and has_append_function(connection):
        grant(connection)


def role_exists(connection: Connection, role: str) -> bool:
    found = connection.exec_driver_sql(
        "SELECT 1 FROM pg_roles WHERE rolname = %(role)s", {"role": role}
    ).first()
    return found is not None


def has_append_function(connection: Connection) -> bool:
    found = connection.exec_driver_sql(
        "SELECT 1 FROM pg_proc WHERE proname = %(name)s", {"name": APPEND_FUNCTION}
    ).first()
    return found is not None


def _schema(connection: Connection) -> str:
    return str(connection.exec_driver_sql("SELECT current_schema()").scalar_one())


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
