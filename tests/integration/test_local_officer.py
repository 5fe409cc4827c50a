"""The officer is this computer's: two laptops on one shared record keep their own names."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest

from ethics_scrutiny.cli import main
from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.enums import Technology
from ethics_scrutiny.domain.office import OfficeProfile, OfficeType
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.local_officer import officer_path

PROFILE = OfficeProfile(
    name="Office of the Police and Crime Commissioner for Gwent",
    office_type=OfficeType.PCC,
    decision_maker="Police and Crime Commissioner",
    panel="Gwent Ethics Panel",
    officer="Rhian Officer",
)


def test_two_data_folders_on_one_record_keep_different_officers(
    services: Services, database_url: str, tmp_path: Path
) -> None:
    services.office.set(PROFILE)
    other = Services.open(resolve_settings(str(tmp_path / "laptop-2"), database_url))
    try:
        # The second laptop shares the profile but has no officer until it sets its own.
        shared = other.office.profile()
        assert shared is not None and shared.name == PROFILE.name and shared.officer == ""
        other.office.set(OfficeProfile(**{**PROFILE.__dict__, "officer": "Siân Jones"}))
        assert services.office.officer() == "Rhian Officer"
        assert other.office.officer() == "Siân Jones"
        scrutiny_id = services.scrutinies.create(
            NewScrutiny(title="Drones", force="Gwent Police", technology=Technology.DRONES)
        )
        # "Prepared by" defaults to the officer of the computer writing the report.
        assert services.reports.build_model(scrutiny_id).prepared_by == "Rhian Officer"
        assert other.reports.build_model(scrutiny_id).prepared_by == "Siân Jones"
        # Only the laptop's own settings changed: the second set added no record entry.
        kinds = [e.kind for e in services.maintenance.entries()]
        assert kinds.count("office_changed") == 1
        assert services.maintenance.verify().ok
    finally:
        other.close()


@pytest.mark.sqlite_only
def test_cli_office_set_keeps_the_officer_on_this_computer(
    cli_data: list[str], data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    setting = ["office", "set", "--name", PROFILE.name, "--type", "pcc",
               "--decision-maker", PROFILE.decision_maker, "--panel", PROFILE.panel]  # fmt: skip
    assert main([*cli_data, *setting, "--officer", "Rhian Officer"]) == 0
    # Set again without --officer: the officer stays.
    assert main([*cli_data, *setting, "--panel", "Renamed Panel"]) == 0
    capsys.readouterr()
    assert main([*cli_data, "office", "show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["officer"], shown["panel"]) == ("Rhian Officer", "Renamed Panel")
    saved = json.loads(officer_path(data_dir).read_text(encoding="utf-8"))
    assert saved == {"officer": "Rhian Officer"}
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(officer_path(data_dir)).st_mode) == 0o600


@pytest.mark.sqlite_only
def test_a_damaged_officer_file_reads_as_unset_and_is_rewritten(
    services: Services, data_dir: Path
) -> None:
    services.office.set(PROFILE)
    officer_path(data_dir).write_bytes(b"\xff{not json")
    current = services.office.profile()
    assert current is not None and current.officer == "" and current.name == PROFILE.name
    services.office.set(PROFILE)
    assert services.office.officer() == "Rhian Officer"
