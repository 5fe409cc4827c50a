"""Evidence whose file the sending office did not include in a bundle is marked as such.

Such an item names its file by SHA-256 but this record never had the file, so verify must not
call it missing (and fail for good); a later bundle that carries the file clears the mark.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("evidence") as batch:
        batch.add_column(
            sa.Column("file_not_supplied", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("evidence") as batch:
        batch.drop_column("file_not_supplied")
