"""Shared record and speed: edit versions, cached dashboard facts, evidence blobs, no TRUNCATE.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ethics_scrutiny.storage.models import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Rows two officers may edit at once carry a version, checked on every update.
_VERSIONED = ("scrutinies", "responses", "evidence", "actions")

# Row triggers do not fire on TRUNCATE, so PostgreSQL needs a statement trigger as well.
_POSTGRES_GUARDS = [
    """CREATE TRIGGER record_entries_no_truncate BEFORE TRUNCATE ON record_entries
    FOR EACH STATEMENT EXECUTE FUNCTION record_entries_refuse()""",
    "REVOKE UPDATE, DELETE, TRUNCATE ON record_entries FROM PUBLIC",
]


def upgrade() -> None:
    for table in _VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    _create_scrutiny_facts()
    _create_evidence_blobs()
    if op.get_bind().dialect.name == "postgresql":
        for statement in _POSTGRES_GUARDS:
            op.execute(statement)


def _create_scrutiny_facts() -> None:
    # Derived from answers, decisions and templates; a missing row means "recompute".
    op.create_table(
        "scrutiny_facts",
        sa.Column("scrutiny_id", sa.Integer(), nullable=False),
        sa.Column("answered", sa.Integer(), nullable=False),
        sa.Column("overall_rating", sa.String(10), nullable=True),
        sa.Column("ready_for_panel", sa.Boolean(), nullable=False),
        sa.Column("red_flag_count", sa.Integer(), nullable=False),
        sa.Column("latest_outcome", sa.String(40), nullable=True),
        sa.Column("next_review_date", sa.Date(), nullable=True),
        sa.Column("computed_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["scrutiny_id"],
            ["scrutinies.id"],
            name=op.f("fk_scrutiny_facts_scrutiny_id_scrutinies"),
        ),
        sa.PrimaryKeyConstraint("scrutiny_id", name=op.f("pk_scrutiny_facts")),
    )


def _create_evidence_blobs() -> None:
    # On a shared server every officer must reach the files, so they live in the database.
    op.create_table(
        "evidence_blobs",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("stored_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_evidence_blobs")),
    )


def downgrade() -> None:
    raise NotImplementedError("The decision record is never dropped by a downgrade.")
