"""Moving a scrutiny to a newer template version carries answers across by key."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from ethics_scrutiny.cli import main
from ethics_scrutiny.domain.enums import Rating, Status, Technology
from ethics_scrutiny.domain.record import RecordKind
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.domain.template_library import TemplateLibrary
from ethics_scrutiny.services.maintenance import MaintenanceService
from ethics_scrutiny.services.scrutinies import ScrutinyService
from ethics_scrutiny.services.templates import TemplateService
from ethics_scrutiny.storage import record_chain
from ethics_scrutiny.storage.database import Database
from ethics_scrutiny.storage.unit_of_work import unit_of_work
from tests.factories import question, template_data


def drone_module(version: str = "1.0.0", **extra: Any) -> dict[str, Any]:
    data = {
        "slug": "drones",
        "version": version,
        "title": "Drones",
        "kind": "module",
        "technologies": ["drones"],
        "themes": [{"key": "flight", "title": "Flight", "questions": [question("DR-01")]}],
    }
    data.update(extra)
    return data


def core_v2() -> dict[str, Any]:
    data = copy.deepcopy(template_data())
    data["version"] = "1.1.0"
    fairness = data["themes"][0]["questions"]
    fairness[1]["prompt"] = "Has the force tested FE-02 in the way the panel asked?"
    fairness.append(question("FE-03", critical=True))
    privacy = data["themes"][1]["questions"]
    data["themes"][1]["questions"] = [q for q in privacy if q["key"] != "PD-03"]
    return data


def ship(folder: Path, *templates: dict[str, Any]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    for data in templates:
        (folder / f"{data['slug']}.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    return folder


class Office:
    """The record plus services over whatever templates are 'shipped' at the moment."""

    def __init__(self, tmp_path: Path, database_url: str) -> None:
        self.shipped = tmp_path / "shipped"
        self.office = tmp_path / "office"
        self.database = Database.open(database_url, tmp_path / "backups")
        self.reload()

    def reload(self) -> None:
        library = TemplateLibrary.load(self.shipped, self.office)
        self.scrutinies = ScrutinyService(self.database, library)
        self.templates = TemplateService(self.database, library, self.office, self.shipped)


@pytest.fixture
def office(tmp_path: Path, database_url: str) -> Iterator[Office]:
    ship(tmp_path / "shipped", template_data(), drone_module())
    opened = Office(tmp_path, database_url)
    yield opened
    opened.database.close()


def answered_v1_scrutiny(office: Office) -> int:
    scrutiny_id = office.scrutinies.create(NewScrutiny("Drone pilot", "Gwent", Technology.DRONES))
    answers = {
        "FE-01": (Status.MET, "Seen the equality impact assessment"),
        "FE-02": (Status.PARTLY_MET, "Only one site tested"),
        "PD-03": (Status.NOT_MET, "No retention schedule yet"),
        "DR-01": (Status.UNKNOWN, "Asked for the flight log"),
    }
    for key, (status, note) in answers.items():
        office.scrutinies.answer(scrutiny_id, key, status, Rating.AMBER, note, sensitive=True)
    return scrutiny_id


def test_nothing_newer_means_nothing_to_move(office: Office) -> None:
    scrutiny_id = answered_v1_scrutiny(office)
    assert not office.templates.upgrade_plan(scrutiny_id).has_changes
    result = office.templates.upgrade(scrutiny_id)
    assert result.sequence is None and result.question_total == 6


def test_upgrade_carries_answers_by_key_and_keeps_removed_ones_in_the_record(
    office: Office,
) -> None:
    scrutiny_id = answered_v1_scrutiny(office)
    common = drone_module(slug="aerial-common", title="Aerial common")
    common["themes"][0]["questions"] = [question("AE-01")]
    ship(office.shipped, core_v2(), drone_module(), common)
    office.reload()

    plan = office.templates.upgrade_plan(scrutiny_id)
    assert [(m.slug, m.from_version, m.to_version) for m in plan.templates] == [
        ("core", "1.0.0", "1.1.0"),
        ("aerial-common", None, "1.0.0"),
    ]
    assert [c.key for c in plan.added] == ["FE-03", "AE-01"]
    assert [(c.key, c.fields) for c in plan.changed] == [("FE-02", ("prompt",))]
    assert [(c.key, c.answered) for c in plan.removed] == [("PD-03", True)]
    assert set(plan.carried) == {"FE-01", "FE-02", "DR-01"}

    result = office.templates.upgrade(scrutiny_id)
    assert result.sequence is not None

    detail = office.scrutinies.get(scrutiny_id)
    assert detail.template_versions == (
        ("core", "1.1.0"),
        ("drones", "1.0.0"),
        ("aerial-common", "1.0.0"),
    )
    assert detail.summary.total == detail.checklist.question_count == 7
    assert {k: (r.status, r.note) for k, r in detail.responses.items()} == {
        "FE-01": (Status.MET, "Seen the equality impact assessment"),
        "FE-02": (Status.PARTLY_MET, "Only one site tested"),
        "DR-01": (Status.UNKNOWN, "Asked for the flight log"),
    }
    assert detail.checklist.question("FE-02").prompt.startswith("Has the force tested")

    [retired] = office.templates.retired_answers(scrutiny_id)
    assert (retired.key, retired.status, retired.note, retired.sensitive) == (
        "PD-03",
        Status.NOT_MET,
        "No retention schedule yet",
        True,
    )
    assert retired.prompt == "Prompt for PD-03?" and retired.sequence == result.sequence
    with unit_of_work(office.database) as session:
        [entry] = record_chain.entries_for(session, scrutiny_id, RecordKind.TEMPLATE_UPGRADED)
        payload = json.loads(entry.payload)
    assert payload["from"][0] == {"slug": "core", "version": "1.0.0"}
    assert payload["to"][0] == {"slug": "core", "version": "1.1.0"}
    assert payload["removed"] == ["PD-03"] and payload["added"] == ["FE-03", "AE-01"]
    assert MaintenanceService(office.database).verify().ok


def test_the_old_snapshot_still_reads_back_for_another_scrutiny(office: Office) -> None:
    first = answered_v1_scrutiny(office)
    second = answered_v1_scrutiny(office)
    ship(office.shipped, core_v2(), drone_module())
    office.reload()
    office.templates.upgrade(first)
    assert office.scrutinies.get(second).template_versions[0] == ("core", "1.0.0")
    assert office.scrutinies.get(second).responses["PD-03"].status is Status.NOT_MET


def test_evidence_and_actions_on_a_removed_question_survive_the_upgrade_and_export(
    tmp_path: Path, cli_data: list[str], data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ethics_scrutiny.config import resolve_settings
    from ethics_scrutiny.domain.enums import ActionKind
    from ethics_scrutiny.domain.scrutiny import ActionInput, EvidenceInput
    from ethics_scrutiny.services import Services
    from ethics_scrutiny.services.reports import ExportFormat

    def office(version: str, keys: tuple[str, ...]) -> dict[str, Any]:
        module = drone_module(version, slug="gwent-bwv", title="Body-worn video")
        module["technologies"] = ["other"]
        module["themes"][0]["questions"] = [question(key) for key in keys]
        return module

    services = Services.open(resolve_settings(str(data_dir)))
    try:
        v1 = ship(tmp_path / "v1", office("1.0.0", ("BW-01", "BW-02")))
        services.templates.import_file(v1 / "gwent-bwv.yaml")
        scrutiny_id = services.scrutinies.create(NewScrutiny("BWV", "Gwent", Technology.OTHER))
        services.scrutinies.answer(scrutiny_id, "BW-02", Status.NOT_MET, note="No audit")
        services.evidence.add(scrutiny_id, EvidenceInput("Audit plan", question_keys=("BW-02",)))
        services.actions.add(
            scrutiny_id,
            ActionInput(ActionKind.QUESTION, "Send the audit plan", question_key="BW-02"),
        )
        v2 = ship(tmp_path / "v2", office("2.0.0", ("BW-01", "BW-03")))
        services.templates.import_file(v2 / "gwent-bwv.yaml")
        assert services.templates.upgrade(scrutiny_id).sequence is not None
        detail = services.scrutinies.get(scrutiny_id)
        assert detail.evidence[0].question_keys == ("BW-02",)
        assert detail.actions[0].question_key == "BW-02"
        for fmt in (ExportFormat.HTML, ExportFormat.PDF):
            out = tmp_path / f"report.{fmt.value}"
            services.reports.export(scrutiny_id, fmt, out)
            assert out.stat().st_size > 0
        assert services.maintenance.verify().ok
    finally:
        services.close()
    code = main([*cli_data, "show", str(scrutiny_id), "--json"])
    assert code == 0
    [kept] = json.loads(capsys.readouterr().out)["retired_answers"]
    assert (kept["key"], kept["status"], kept["note"]) == ("BW-02", "not_met", "No audit")
