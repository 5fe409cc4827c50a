"""Screening and typed answers: an impact level that shapes the checklist, options as answers.

A scrutiny gains its screening: the impact level (null while not screened, when every question
is asked), the screening template snapshot used, the answers given to it, the modules it
proposed that the officer dropped (with reasons) and the reason the level was last lowered. An
answer gains the options chosen (a JSON list of option values) and a free value (text, number
or date); both null for the answers saved so far, which keep their status and rating.

A scrutiny's language is now any code its templates offer ("fr", "pt-BR"), not only "en" or
"cy": the fixed list's CHECK becomes a length check. Cached dashboard facts are cleared, as for
any change to what is scored; they are worked out again when next listed.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

LANGUAGE_CODE_LENGTH = 16


def upgrade() -> None:
    with op.batch_alter_table("scrutinies") as batch:
        batch.drop_constraint(op.f("ck_scrutinies_language"), type_="check")
        batch.alter_column(
            "language",
            existing_type=sa.String(length=5),
            type_=sa.String(length=LANGUAGE_CODE_LENGTH),
            existing_nullable=False,
            existing_server_default="en",
        )
        batch.create_check_constraint(
            op.f("ck_scrutinies_language"),
            f"length(language) BETWEEN 2 AND {LANGUAGE_CODE_LENGTH}",
        )
        batch.add_column(sa.Column("impact_level", sa.Integer(), nullable=True))
        batch.create_check_constraint(
            op.f("ck_scrutinies_impact_level"), "impact_level BETWEEN 1 AND 4"
        )
        batch.add_column(sa.Column("screening_sha256", sa.String(length=64), nullable=True))
        batch.create_foreign_key(
            op.f("fk_scrutinies_screening_sha256_template_snapshots"),
            "template_snapshots",
            ["screening_sha256"],
            ["sha256"],
        )
        batch.add_column(sa.Column("screening_answers", sa.Text(), nullable=True))
        batch.add_column(sa.Column("dropped_modules", sa.Text(), nullable=True))
        batch.add_column(sa.Column("level_reason", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("responses") as batch:
        batch.add_column(sa.Column("choice", sa.Text(), nullable=True))
        batch.add_column(sa.Column("value", sa.Text(), nullable=True))
    # What is in scope now shapes the facts: they are worked out again when next listed.
    op.execute(sa.text("DELETE FROM scrutiny_facts"))


def downgrade() -> None:
    # A screened scrutiny's facts counted only its questions in scope; the older build asks
    # everything, so they are worked out again there. The others' facts still hold.
    op.execute(
        sa.text(
            "DELETE FROM scrutiny_facts WHERE scrutiny_id IN "
            "(SELECT id FROM scrutinies WHERE impact_level IS NOT NULL)"
        )
    )
    with op.batch_alter_table("responses") as batch:
        batch.drop_column("value")
        batch.drop_column("choice")
    with op.batch_alter_table("scrutinies") as batch:
        batch.drop_column("level_reason")
        batch.drop_column("dropped_modules")
        batch.drop_column("screening_answers")
        batch.drop_constraint(
            op.f("fk_scrutinies_screening_sha256_template_snapshots"), type_="foreignkey"
        )
        batch.drop_column("screening_sha256")
        batch.drop_constraint(op.f("ck_scrutinies_impact_level"), type_="check")
        batch.drop_column("impact_level")
        batch.drop_constraint(op.f("ck_scrutinies_language"), type_="check")
        batch.alter_column(
            "language",
            existing_type=sa.String(length=LANGUAGE_CODE_LENGTH),
            type_=sa.String(length=5),
            existing_nullable=False,
            existing_server_default="en",
        )
        batch.create_check_constraint(op.f("ck_scrutinies_language"), "language IN ('en', 'cy')")
