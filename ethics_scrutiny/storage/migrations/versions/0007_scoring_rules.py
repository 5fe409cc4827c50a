"""Scoring counts obligations and consistency rules: clear the cached dashboard facts.

The ``scrutiny_facts`` cache holds ratings, readiness and red-flag counts worked out by the
scoring of the build that stored them; emptied, it is worked out again by today's scoring the
next time the dashboard lists each scrutiny. Decisions already in the record keep exactly what
they recorded: the record is append-only and nothing here touches it.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(sa.text("DELETE FROM scrutiny_facts"))


def downgrade() -> None:
    # The older scoring must not read facts worked out by this one either.
    op.execute(sa.text("DELETE FROM scrutiny_facts"))
