"""What marks a record file as ours, current and backed up today, known without SQLAlchemy.

The command line's quick list (:mod:`ethics_scrutiny.storage.quick_list`) reads these with the
standard library alone; the engine, the migrations and the backups import them from here, so
there is one definition of each.
"""

from __future__ import annotations

from datetime import date

# "ESCR" in ASCII: marks a SQLite file as ours, so a foreign file is refused.
APPLICATION_ID = 0x45534352
# The newest migration in migrations/versions; tests/integration/test_startup_path.py keeps it
# equal to Alembic's own head, so adding a migration means raising this too.
HEAD_REVISION = "0011"


def daily_name(day: date) -> str:
    return f"daily-{day.isoformat()}.db"


def weekly_name(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"weekly-{year}-W{week:02d}.db"
