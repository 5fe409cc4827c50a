"""Columns holding a vocabulary refuse any other value (CHECK constraints).

The technology, stage, marking and language of a scrutiny, an answer's status and rating,
evidence and action kinds, an action's status and the cached facts' rating and outcome get a
CHECK constraint listing their values, frozen here as they stand in this version (adding a
value later takes a migration that widens the constraint). The app has only ever written these
values, so a row holding anything else was changed outside it: the upgrade then stops before
changing anything and names each such row, so nothing saved is altered or lost, and the
previous version still opens the record. Cached dashboard facts are worked out again when
missing, so an odd one is simply cleared. The record's entries are not touched (their kinds are
part of the hash chain, and rebuilding that table would drop the triggers that guard it).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from ethics_scrutiny.domain.errors import DatabaseError

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TECHNOLOGY = (
    "live-facial-recognition",
    "retrospective-facial-recognition",
    "operator-initiated-facial-recognition",
    "ai-decision-support",
    "drones",
    "anpr",
    "process-automation",
    "knife-detection",
    "other",
)
STATUS = ("met", "partly_met", "not_met", "unknown", "not_applicable")
RATING = ("green", "amber", "red")
OUTCOME = ("support", "support_with_conditions", "defer", "do_not_support")

# table -> its key column and each checked column with its values.
CHECKS: dict[str, tuple[str, dict[str, tuple[str, ...]]]] = {
    "scrutinies": (
        "id",
        {
            "technology": TECHNOLOGY,
            "stage": ("proposal", "pilot", "live", "review"),
            "marking": ("OFFICIAL", "OFFICIAL-SENSITIVE"),
            "language": ("en", "cy"),
        },
    ),
    "responses": ("id", {"status": STATUS, "rating": RATING}),
    "evidence": ("id", {"kind": ("document", "statement", "data", "other")}),
    "actions": (
        "id",
        {"kind": ("question", "condition"), "status": ("open", "answered", "closed")},
    ),
    "scrutiny_facts": ("scrutiny_id", {"overall_rating": RATING, "latest_outcome": OUTCOME}),
}
# Derived and rebuilt on demand: a row with an unknown value is dropped, not reported.
CACHES = frozenset({"scrutiny_facts"})
SHOWN_KEYS = 5


def _outside(table: str, key: str, column: str, values: tuple[str, ...]) -> sa.Select[Any]:
    t = sa.table(table, sa.column(key), sa.column(column))
    return (
        sa.select(t.c[column], t.c[key])
        .where(t.c[column].is_not(None), t.c[column].not_in(values))
        .order_by(t.c[column], t.c[key])
    )


def _unknown_values(connection: sa.Connection) -> list[str]:
    """Each column's values outside its vocabulary, with the rows holding them."""
    found: list[str] = []
    for table, (key, columns) in CHECKS.items():
        for column, values in columns.items():
            rows: dict[str, list[str]] = {}
            for value, row_key in connection.execute(_outside(table, key, column, values)):
                rows.setdefault(str(value), []).append(str(row_key))
            if table in CACHES:
                if rows:
                    t = sa.table(table, sa.column(column))
                    connection.execute(sa.delete(t).where(t.c[column].not_in(values)))
                continue
            for value, keys in rows.items():
                shown = ", ".join(keys[:SHOWN_KEYS]) + (", …" if len(keys) > SHOWN_KEYS else "")
                plural = "row" if len(keys) == 1 else "rows"
                found.append(f"{table}.{column} {value!r} ({len(keys)} {plural}, {key} {shown})")
    return found


def _name(table: str, column: str) -> str:
    return f"ck_{table}_{column}"


def upgrade() -> None:
    unknown = _unknown_values(op.get_bind())
    if unknown:
        raise DatabaseError(
            "The record cannot be updated to this version because some rows hold values it "
            f"does not know: {'; '.join(unknown)}. Nothing was changed and the previous "
            "version still opens the record: correct these rows there (on a shared record, "
            "with the server's tools) and open it here again."
        )
    for table, (_key, columns) in CHECKS.items():
        with op.batch_alter_table(table) as batch:
            for column, values in columns.items():
                allowed = ", ".join(f"'{value}'" for value in values)
                batch.create_check_constraint(
                    op.f(_name(table, column)), f"{column} IN ({allowed})"
                )


def downgrade() -> None:
    for table, (_key, columns) in CHECKS.items():
        with op.batch_alter_table(table) as batch:
            for column in columns:
                batch.drop_constraint(op.f(_name(table, column)), type_="check")
