"""Workflow: evidence register, actions and conditions, rounds and the scrutiny's language.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ethics_scrutiny.storage.models import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("scrutinies") as batch:
        batch.add_column(sa.Column("language", sa.String(5), nullable=False, server_default="en"))
        batch.add_column(
            sa.Column("round_number", sa.Integer(), nullable=False, server_default="1")
        )
        batch.add_column(sa.Column("previous_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_scrutinies_previous_id_scrutinies"), "scrutinies", ["previous_id"], ["id"]
        )
        batch.create_index(op.f("ix_scrutinies_previous_id"), ["previous_id"])
    _create_evidence()
    _create_actions()


def _create_evidence() -> None:
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scrutiny_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("reference", sa.String(200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("document_date", sa.Date(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("file_sha256", sa.String(64), nullable=True),
        sa.Column("file_name", sa.String(255), nullable=False),
        sa.Column("file_size", sa.Integer(), nullable=True),
        sa.Column("sensitive", sa.Boolean(), nullable=False),
        sa.Column("added_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["scrutiny_id"], ["scrutinies.id"], name=op.f("fk_evidence_scrutiny_id_scrutinies")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence")),
    )
    op.create_index(op.f("ix_evidence_scrutiny_id"), "evidence", ["scrutiny_id"])
    op.create_table(
        "evidence_links",
        sa.Column("evidence_id", sa.Integer(), nullable=False),
        sa.Column("question_key", sa.String(16), nullable=False),
        sa.ForeignKeyConstraint(
            ["evidence_id"], ["evidence.id"], name=op.f("fk_evidence_links_evidence_id_evidence")
        ),
        sa.PrimaryKeyConstraint("evidence_id", "question_key", name=op.f("pk_evidence_links")),
    )


def _create_actions() -> None:
    op.create_table(
        "actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scrutiny_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("question_key", sa.String(16), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(200), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("reply", sa.Text(), nullable=False),
        sa.Column("sensitive", sa.Boolean(), nullable=False),
        sa.Column("decision_sequence", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["scrutiny_id"], ["scrutinies.id"], name=op.f("fk_actions_scrutiny_id_scrutinies")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actions")),
    )
    op.create_index(op.f("ix_actions_scrutiny_id"), "actions", ["scrutiny_id"])


def downgrade() -> None:
    raise NotImplementedError("The decision record is never dropped by a downgrade.")
