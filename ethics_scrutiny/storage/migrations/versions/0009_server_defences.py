"""The shared record defends itself: who wrote each entry, retry keys, server-side appends.

Every record gets two nullable columns on ``record_entries``: ``recorded_by`` (the database
login that appended the entry, set by the server) and ``request_key`` (one user action's key,
so a retry after a lost connection cannot append it twice). Evidence gains
``withdrawn_reason`` and ``withdrawn_at``: an item is withdrawn with a reason, never deleted.
On PostgreSQL the append function and the checklist snapshot triggers are put in place;
SQLite needs nothing more (one local user, and its own triggers already guard the record).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ethics_scrutiny.storage import server_guards
from ethics_scrutiny.storage.models import UTCDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN and CREATE INDEX: no batch copy, so the record's triggers stay put.
    op.add_column("record_entries", sa.Column("recorded_by", sa.String(63), nullable=True))
    op.add_column("record_entries", sa.Column("request_key", sa.String(64), nullable=True))
    op.create_index(
        op.f("ix_record_entries_request_key"), "record_entries", ["request_key"], unique=True
    )
    # Evidence is withdrawn with a reason, never deleted.
    op.add_column(
        "evidence",
        sa.Column("withdrawn_reason", sa.Text(), nullable=False, server_default=""),
    )
    op.add_column("evidence", sa.Column("withdrawn_at", UTCDateTime(), nullable=True))
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    # The officers' grants follow every upgrade (migrate.upgrade_to_head).
    server_guards.install(connection)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS template_snapshots_guard ON template_snapshots")
        op.execute("DROP TRIGGER IF EXISTS template_snapshots_no_truncate ON template_snapshots")
        op.execute("DROP FUNCTION IF EXISTS template_snapshots_check()")
        append = server_guards.APPEND_FUNCTION
        op.execute(f"DROP FUNCTION IF EXISTS {append}(text, integer, text, text)")
    op.drop_index(op.f("ix_record_entries_request_key"), table_name="record_entries")
    # Plain DROP COLUMN (SQLite 3.35 and later): a batch copy would lose the record's triggers.
    op.execute("ALTER TABLE record_entries DROP COLUMN request_key")
    op.execute("ALTER TABLE record_entries DROP COLUMN recorded_by")
    op.execute("ALTER TABLE evidence DROP COLUMN withdrawn_at")
    op.execute("ALTER TABLE evidence DROP COLUMN withdrawn_reason")
