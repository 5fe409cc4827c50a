"""One SQLite record migrated per test session, copied for every new record a test makes."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

Build = Callable[[Path], None]
Create = Callable[[Path, Build], None]


class MigratedTemplate:
    """Builds the template with the first real migration asked for, then hands out copies."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "template.db"
        self.enabled = True
        self.copies = 0

    def create_from_copy(self, real_create: Create) -> Create:
        """``new_record.create`` whose build step copies the template into the new file.

        The real create still makes the owner-only temporary file and renames it into place,
        so a record is never half-made; only the migration is replaced by the copy. A copy
        that fails (a full disk) is retried by the real build, which says why as it would.
        """

        def create(path: Path, build: Build) -> None:
            if not self.enabled:
                real_create(path, build)
                return
            real_create(path, lambda temp: self._copy_into(temp, build))

        return create

    def _copy_into(self, temp: Path, build: Build) -> None:
        if not self.path.exists():
            self._make(build)
        try:
            with self.path.open("rb") as source, temp.open("r+b") as target:
                shutil.copyfileobj(source, target)
        except OSError:
            with temp.open("r+b") as target:
                target.truncate(0)
            build(temp)
            return
        self.copies += 1

    def _make(self, build: Build) -> None:
        """Migrate an empty file with the caller's own build step, as its first start would."""
        building = self.path.with_name("building.db")
        building.touch(mode=0o600)
        build(building)
        building.replace(self.path)
