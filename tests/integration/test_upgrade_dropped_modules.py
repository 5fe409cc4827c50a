"""Upgrade keeps a scrutiny's dropped modules dropped and its office core (SQLite, PostgreSQL)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from ethics_scrutiny.cli import main
from ethics_scrutiny.domain.enums import Technology
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.services import Services
from tests.factories import question, template_data

WHY = "The force's drones carry no camera"


def _office_file(folder: Path, data: dict[str, Any]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{data['slug']}.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def _office_core(version: str) -> dict[str, Any]:
    data = template_data("office-core", version=version, title="Gwent core")
    if version != "1.0.0":
        data["themes"][0]["questions"].append(question("FE-03"))
    return data


def _office_drones() -> dict[str, Any]:
    return {
        "slug": "office-drones",
        "version": "1.0.0",
        "title": "Gwent drone questions",
        "kind": "module",
        "technologies": ["drones"],
        "themes": [{"key": "flight", "title": "Flight", "questions": [question("GD-01")]}],
    }


def _least(services: Services) -> dict[str, list[str]]:
    return {
        q.key: [q.answer.options[0].value]
        for q in services.screening.screening_questions()
        if q.answer is not None
    }


def _slugs(services: Services, scrutiny_id: int) -> list[str]:
    return [slug for slug, _v in services.scrutinies.get(scrutiny_id).template_versions]


def _started(services: Services, tmp_path: Path, dropped: dict[str, str]) -> int:
    """A drone scrutiny on the office's core, screened, its technology's modules as dropped."""
    for data in (_office_core("1.0.0"), _office_drones()):
        services.templates.import_file(_office_file(tmp_path / "v1", data))
    new = NewScrutiny(
        "Drones",
        "Gwent",
        Technology.DRONES,
        core="office-core",
        screening=_least(services),
        dropped_modules=dropped,
    )
    return services.scrutinies.create(new)


def test_nothing_newer_adds_no_dropped_module(services: Services, tmp_path: Path) -> None:
    scrutiny_id = _started(services, tmp_path, {"office-drones": WHY, "drones": WHY})
    assert not {"office-drones", "drones"} & set(_slugs(services, scrutiny_id))
    assert not services.templates.upgrade_plan(scrutiny_id).has_changes
    assert services.templates.upgrade(scrutiny_id).sequence is None
    assert not {"office-drones", "drones"} & set(_slugs(services, scrutiny_id))


def test_a_newer_office_core_moves_and_the_drop_stays(services: Services, tmp_path: Path) -> None:
    scrutiny_id = _started(services, tmp_path, {"office-drones": WHY})
    services.templates.import_file(_office_file(tmp_path / "v2", _office_core("1.1.0")))
    plan = services.templates.upgrade_plan(scrutiny_id)
    assert [(m.slug, m.from_version, m.to_version) for m in plan.templates] == [
        ("office-core", "1.0.0", "1.1.0")
    ]
    assert services.templates.upgrade(scrutiny_id).sequence is not None
    detail = services.scrutinies.get(scrutiny_id)
    slugs = [slug for slug, _v in detail.template_versions]
    assert slugs[0] == "office-core" and "core" not in slugs
    assert "office-drones" not in slugs and "drones" in slugs
    assert detail.template_versions[0] == ("office-core", "1.1.0")
    assert detail.screening is not None
    assert detail.screening.dropped_modules == {"office-drones": WHY}
    assert services.maintenance.verify().ok


def test_cli_upgrade_keeps_the_drop(
    services: Services, tmp_path: Path, cli_data: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    scrutiny_id = _started(services, tmp_path, {"office-drones": WHY})
    services.templates.import_file(_office_file(tmp_path / "v2", _office_core("1.1.0")))
    capsys.readouterr()
    assert main([*cli_data, "upgrade", str(scrutiny_id), "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["applied"] is False
    assert main([*cli_data, "upgrade", str(scrutiny_id), "--yes", "--json"]) == 0
    done = json.loads(capsys.readouterr().out)
    assert done["applied"] is True
    for found in (plan, done):
        assert "office-drones" not in json.dumps(found)
        assert "GD-01" not in json.dumps(found)
    assert _slugs(services, scrutiny_id)[0] == "office-core"
    assert "office-drones" not in _slugs(services, scrutiny_id)
