"""The demonstration lives in a throwaway record of its own, never in the office's record."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from ethics_scrutiny.config import DATABASE_FILENAME, Settings, sqlite_url
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.office import OfficeProfile, OfficeType

from .demo import DEMO_PANEL

if TYPE_CHECKING:
    from . import Services

DEMO_OFFICE = OfficeProfile(
    name="Example Office of the Police and Crime Commissioner (demonstration)",
    office_type=OfficeType.PCC,
    decision_maker="Police and Crime Commissioner",
    panel=DEMO_PANEL,
    demonstration=True,
)
FOLDER_PREFIX = "ethics-scrutiny-demonstration-"


def demo_settings(folder: Path | None = None) -> Settings:
    """Settings for a new demonstration record in ``folder`` (a new temporary folder if none)."""
    place = folder if folder is not None else Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX))
    return Settings(data_dir=place, database_url=sqlite_url(place / DATABASE_FILENAME))


def fill(services: Services) -> int | None:
    """Give the (empty) demonstration record its office and its part-done scrutiny.

    Returns the demonstration scrutiny's ID, or ``None`` if the record already had it.
    Refuses a record that is not empty or already names a real office: the demonstration
    never goes into an office's own record.
    """
    current = services.office.profile()
    if current is not None:
        if not current.demonstration:
            raise InvalidInputError(
                "This record belongs to an office, so the demonstration was not added to it; "
                "open the demonstration on its own instead."
            )
        return None
    if services.scrutinies.list():
        raise InvalidInputError(
            "This record already holds work, so the demonstration was not added to it; "
            "open the demonstration on its own instead."
        )
    services.office.set(DEMO_OFFICE)
    return services.demo.ensure_demo()


def discard(settings: Settings) -> None:
    """Remove a demonstration record's folder (only one made for the demonstration)."""
    if settings.data_dir.name.startswith(FOLDER_PREFIX):
        shutil.rmtree(settings.data_dir, ignore_errors=True)
