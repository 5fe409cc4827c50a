"""The one rule for output paths: never the record, its journal or lock, or a managed folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.services.output_paths import ManagedPlaces, check_output_path


@pytest.fixture
def places(tmp_path: Path) -> ManagedPlaces:
    data = tmp_path / "data"
    for name in ("backups", "evidence/ab", "logs", "templates"):
        (data / name).mkdir(parents=True)
    (data / "ethics-scrutiny.db").write_bytes(b"record")
    (data / "ethics-scrutiny.db.lock").write_bytes(b"")
    return ManagedPlaces(data / "ethics-scrutiny.db", data)


@pytest.mark.parametrize(
    "relative",
    [
        "ethics-scrutiny.db",
        "ethics-scrutiny.db-journal",
        "ethics-scrutiny.db-wal",
        "ethics-scrutiny.db.lock",
        "backups/daily-2026-01-01.db",
        "evidence/ab/abcdef",
        "logs/ethics-scrutiny.log",
        "templates/office.yaml",
        "incoming/bundle-x1y2/evidence-0",
        "incoming",
        "backups",
        "logs/../ethics-scrutiny.db",
    ],
)
def test_managed_targets_are_refused(places: ManagedPlaces, relative: str) -> None:
    with pytest.raises(InvalidInputError, match="nothing was written"):
        check_output_path(places.data_dir / relative, places)


def test_symlink_and_hard_link_to_the_record_are_refused(
    places: ManagedPlaces, tmp_path: Path
) -> None:
    assert places.record is not None
    link = tmp_path / "report.pdf"
    link.symlink_to(places.record)
    with pytest.raises(InvalidInputError, match="live record"):
        check_output_path(link, places)
    folder_link = tmp_path / "elsewhere"
    folder_link.symlink_to(places.data_dir / "backups")
    with pytest.raises(InvalidInputError, match="backups folder"):
        check_output_path(folder_link / "new.pdf", places)
    hard = tmp_path / "hard.pdf"
    os.link(places.record, hard)
    with pytest.raises(InvalidInputError, match="live record"):
        check_output_path(hard, places)


def test_letter_case_is_ignored_where_the_file_system_ignores_it(places: ManagedPlaces) -> None:
    upper = places.data_dir / "ETHICS-SCRUTINY.DB"
    with pytest.raises(InvalidInputError, match="live record"):
        check_output_path(upper, places, ignore_case=True)
    with pytest.raises(InvalidInputError, match="logs folder"):
        check_output_path(places.data_dir / "LOGS" / "x.pdf", places, ignore_case=True)
    # A case-sensitive file system keeps them apart: a new file, no harm to the record.
    check_output_path(upper, places, ignore_case=False)


def test_ordinary_places_are_allowed(places: ManagedPlaces, tmp_path: Path) -> None:
    check_output_path(tmp_path / "panel.pdf", places)
    check_output_path(places.data_dir / "panel.pdf", places)
    check_output_path(places.data_dir / "backups-of-mine" / "copy.db", places)


def test_a_record_elsewhere_is_protected_as_well(places: ManagedPlaces, tmp_path: Path) -> None:
    other = tmp_path / "shared" / "team.db"
    moved = ManagedPlaces(other, places.data_dir)
    with pytest.raises(InvalidInputError, match="live record"):
        check_output_path(tmp_path / "shared" / "team.db-journal", moved)
    with pytest.raises(InvalidInputError, match="live record"):
        check_output_path(places.data_dir / "ethics-scrutiny.db", moved)
    server = ManagedPlaces(None, places.data_dir)
    with pytest.raises(InvalidInputError, match="evidence folder"):
        check_output_path(places.data_dir / "evidence" / "x", server)
