"""Alembic environment run in-process on the connection the application hands in."""

from __future__ import annotations

from alembic import context

from ethics_scrutiny.storage.models import Base

# No fileConfig(): it would switch off the application's own loggers.
connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Migrations run only from ethics_scrutiny.storage.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transactional_ddl=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
