"""Attest each scrutiny's current state in the record, so verify proves it from here on.

Entries made before this revision did not carry the state of every item (a note, an evidence
item's details, an action's reply), so replaying them cannot prove what the tables hold. Each
existing scrutiny gets one ``state_attested`` entry carrying its whole state as it stands at
the upgrade; from that entry on, verify compares the tables with the record.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""

from __future__ import annotations

from typing import cast

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

from ethics_scrutiny.domain.record import GENESIS_HASH, RecordKind
from ethics_scrutiny.domain.scrutiny import RecordHead
from ethics_scrutiny.storage import record_chain, record_state
from ethics_scrutiny.storage.models import RecordEntry

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_ENTRY_COLUMNS = (
    "sequence", "scrutiny_id", "kind", "created_at", "payload", "payload_sha256",
    "previous_hash", "entry_hash",
)  # fmt: skip


def upgrade() -> None:
    bind = op.get_bind()
    table = cast(sa.Table, RecordEntry.__table__)
    last = bind.execute(
        sa.select(table.c.sequence, table.c.entry_hash).order_by(table.c.sequence.desc()).limit(1)
    ).first()
    current = RecordHead(last.entry_hash, last.sequence) if last else RecordHead(GENESIS_HASH, 0)
    with Session(bind=bind) as session:
        states = record_state.current_states(session, withdrawals=False)
    rows = bind.execute(sa.text("SELECT id, uuid FROM scrutinies"))
    uuids: dict[int, str] = {int(row[0]): str(row[1]) for row in rows}
    for scrutiny_id in sorted(uuids):
        payload = {
            "scrutiny_uuid": uuids[scrutiny_id],
            "state": states.get(scrutiny_id, {}),
        }
        entry = record_chain.make_entry(current, RecordKind.STATE_ATTESTED, payload, scrutiny_id)
        bind.execute(
            sa.insert(table).values({name: getattr(entry, name) for name in _ENTRY_COLUMNS})
        )
        current = RecordHead(entry.entry_hash, entry.sequence)


def downgrade() -> None:
    # The record is append-only: attestations stay, and an older build simply ignores them.
    pass
