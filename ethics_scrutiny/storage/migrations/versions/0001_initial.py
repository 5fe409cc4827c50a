"""Initial schema: scrutinies, template snapshots, responses and the append-only record.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ethics_scrutiny.storage.models import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_SQLITE_GUARDS = [
    """CREATE TRIGGER record_entries_no_update BEFORE UPDATE ON record_entries
    BEGIN SELECT RAISE(ABORT, 'record entries are append-only and cannot be changed'); END""",
    """CREATE TRIGGER record_entries_no_delete BEFORE DELETE ON record_entries
    BEGIN SELECT RAISE(ABORT, 'record entries are append-only and cannot be deleted'); END""",
]

_POSTGRES_GUARDS = [
    """CREATE FUNCTION record_entries_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'record entries are append-only'; END $$""",
    """CREATE TRIGGER record_entries_no_change BEFORE UPDATE OR DELETE ON record_entries
    FOR EACH ROW EXECUTE FUNCTION record_entries_refuse()""",
]


def upgrade() -> None:
    op.create_table(
        "template_snapshots",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("slug", sa.String(80), nullable=False),
        sa.Column("version", sa.String(32), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("stored_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_template_snapshots")),
    )
    op.create_table(
        "scrutinies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("force", sa.String(200), nullable=False),
        sa.Column("technology", sa.String(60), nullable=False),
        sa.Column("stage", sa.String(20), nullable=False),
        sa.Column("marking", sa.String(30), nullable=False),
        sa.Column("supplier", sa.String(200), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("question_total", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scrutinies")),
        sa.UniqueConstraint("uuid", name=op.f("uq_scrutinies_uuid")),
    )
    op.create_table(
        "scrutiny_templates",
        sa.Column("scrutiny_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("snapshot_sha256", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(
            ["scrutiny_id"],
            ["scrutinies.id"],
            name=op.f("fk_scrutiny_templates_scrutiny_id_scrutinies"),
        ),
        sa.ForeignKeyConstraint(
            ["snapshot_sha256"],
            ["template_snapshots.sha256"],
            name=op.f("fk_scrutiny_templates_snapshot_sha256_template_snapshots"),
        ),
        sa.PrimaryKeyConstraint("scrutiny_id", "position", name=op.f("pk_scrutiny_templates")),
    )
    op.create_table(
        "responses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scrutiny_id", sa.Integer(), nullable=False),
        sa.Column("question_key", sa.String(16), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("rating", sa.String(10), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("sensitive", sa.Boolean(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["scrutiny_id"], ["scrutinies.id"], name=op.f("fk_responses_scrutiny_id_scrutinies")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_responses")),
        sa.UniqueConstraint("scrutiny_id", "question_key", name=op.f("uq_responses_scrutiny_id")),
    )
    op.create_index(op.f("ix_responses_scrutiny_id"), "responses", ["scrutiny_id"])
    op.create_table(
        "record_entries",
        sa.Column("sequence", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("scrutiny_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("payload_sha256", sa.String(64), nullable=False),
        sa.Column("previous_hash", sa.String(64), nullable=False),
        sa.Column("entry_hash", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(
            ["scrutiny_id"],
            ["scrutinies.id"],
            name=op.f("fk_record_entries_scrutiny_id_scrutinies"),
        ),
        sa.PrimaryKeyConstraint("sequence", name=op.f("pk_record_entries")),
        sa.UniqueConstraint("entry_hash", name=op.f("uq_record_entries_entry_hash")),
    )
    op.create_index(op.f("ix_record_entries_scrutiny_id"), "record_entries", ["scrutiny_id"])
    guards = {"sqlite": _SQLITE_GUARDS, "postgresql": _POSTGRES_GUARDS}
    for statement in guards.get(op.get_bind().dialect.name, []):
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("The decision record is never dropped by a downgrade.")
