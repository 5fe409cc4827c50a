"""What an everyday start does and does not do: cheap revision check, heavy imports deferred."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.services import Services
from ethics_scrutiny.storage import migrate


def test_the_head_constant_is_alembics_head() -> None:
    # Adding a migration? Raise migrate.HEAD_REVISION to its revision as well.
    assert migrate.scripts_head_revision() == migrate.HEAD_REVISION


def test_current_revision_reads_the_version_table(services: Services) -> None:
    with services.database.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.HEAD_REVISION
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert version == migrate.HEAD_REVISION


def test_an_unknown_revision_is_still_refused_as_newer(tmp_path: Path) -> None:
    import pytest

    from ethics_scrutiny.domain.errors import DatabaseError

    with pytest.raises(DatabaseError, match="newer version"):
        migrate.check_not_newer("9999")
    migrate.check_not_newer(migrate.HEAD_REVISION)
    migrate.check_not_newer(None)


_PROBE = """
import sys
from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.services import Services
services = Services.open(resolve_settings(sys.argv[1]))
services.scrutinies.list()
services.close()
heavy = sorted(m for m in ("alembic", "reportlab") if m in sys.modules)
print(",".join(heavy) or "none")
"""


def test_opening_a_current_record_imports_neither_alembic_nor_reportlab(tmp_path: Path) -> None:
    data = tmp_path / "data"
    Services.open(resolve_settings(str(data))).close()  # creates and migrates the record
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(data)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert done.stdout.strip() == "none", done.stderr
