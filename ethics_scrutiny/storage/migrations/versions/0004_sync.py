"""Bundle sync: stable UUIDs for evidence and actions, and each item's synced revisions.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Items a bundle carries between records need an identity both records share.
_IDENTIFIED = ("evidence", "actions")


def upgrade() -> None:
    bind = op.get_bind()
    for table in _IDENTIFIED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("uuid", sa.String(36), nullable=True))
        rows = sa.table(table, sa.column("id", sa.Integer()), sa.column("uuid", sa.String(36)))
        ids = [row[0] for row in bind.execute(sa.select(rows.c.id))]
        for row_id in ids:
            bind.execute(rows.update().where(rows.c.id == row_id).values(uuid=str(uuid.uuid4())))
        with op.batch_alter_table(table) as batch:
            batch.alter_column("uuid", existing_type=sa.String(36), nullable=False)
            batch.create_unique_constraint(op.f(f"uq_{table}_uuid"), ["uuid"])
    _create_sync_tables()


def _create_sync_tables() -> None:
    op.create_table(
        "sync_heads",
        sa.Column("scrutiny_id", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(80), nullable=False),
        sa.Column("revision", sa.String(64), nullable=False),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(
            ["scrutiny_id"], ["scrutinies.id"], name=op.f("fk_sync_heads_scrutiny_id_scrutinies")
        ),
        sa.PrimaryKeyConstraint("scrutiny_id", "item", name=op.f("pk_sync_heads")),
    )
    op.create_table(
        "sync_known",
        sa.Column("scrutiny_id", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(80), nullable=False),
        sa.Column("revision", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(
            ["scrutiny_id"], ["scrutinies.id"], name=op.f("fk_sync_known_scrutiny_id_scrutinies")
        ),
        sa.PrimaryKeyConstraint("scrutiny_id", "item", "revision", name=op.f("pk_sync_known")),
    )


def downgrade() -> None:
    raise NotImplementedError("The decision record is never dropped by a downgrade.")
