"""The office profile, and an index to find record entries by kind.

One row describes the office that holds this record: its name, what kind of body it is, the
decision-maker's title, the panel and the officer. A shared record therefore has one profile.
Changes to it are ``office_changed`` record entries; ``verify`` compares the row with the last.
The index on ``record_entries.kind`` lets lists leave out withdrawn scrutinies (a
``scrutiny_withdrawn`` entry) without reading the whole record.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "office_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("office_type", sa.String(length=40), nullable=False),
        sa.Column("decision_maker", sa.String(length=200), nullable=False),
        sa.Column("panel", sa.String(length=200), nullable=False),
        sa.Column("officer", sa.String(length=200), nullable=False, server_default=""),
        sa.Column("logo_sha256", sa.String(length=64), nullable=True),
        sa.Column("logo_name", sa.String(length=255), nullable=False, server_default=""),
        sa.Column("demonstration", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        # A single row: the record belongs to one office.
        sa.CheckConstraint("id = 1", name="single_row"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_profile")),
    )
    with op.batch_alter_table("record_entries") as batch:
        batch.create_index("ix_record_entries_kind", ["kind"])


def downgrade() -> None:
    with op.batch_alter_table("record_entries") as batch:
        batch.drop_index("ix_record_entries_kind")
    op.drop_table("office_profile")
