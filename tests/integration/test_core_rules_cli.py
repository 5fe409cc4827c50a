"""The command line gets the app's rules: "needs attention", and a note alone saves Unknown."""

from __future__ import annotations

import json

import pytest

from ethics_scrutiny.cli import main
from ethics_scrutiny.domain.enums import Marking, Stage, Status, Technology
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.services import Services


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _new(capsys: pytest.CaptureFixture[str], cli: list[str]) -> int:
    code, out, err = run(
        capsys, *cli, "new", "--technology", "drones", "--title", "Drone", "--force", "Gwent",
        "--json",
    )  # fmt: skip
    assert code == 0, err
    scrutiny_id: int = json.loads(out)["id"]
    return scrutiny_id


def _critical_key(services: Services, scrutiny_id: int) -> str:
    detail = services.scrutinies.get(scrutiny_id)
    return next(q.key for q in detail.checklist.questions() if q.critical)


def test_list_json_says_what_needs_attention(
    capsys: pytest.CaptureFixture[str], cli_data: list[str], services: Services
) -> None:
    scrutiny_id = _new(capsys, cli_data)
    code, out, _ = run(capsys, *cli_data, "list", "--json")
    assert code == 0 and json.loads(out)[0]["needs_attention"] == []

    key = _critical_key(services, scrutiny_id)
    assert run(capsys, *cli_data, "answer", str(scrutiny_id), key, "--status", "not_met")[0] == 0
    [row] = json.loads(run(capsys, *cli_data, "list", "--json")[1])
    assert row["red_flags"] == 1 and row["needs_attention"] == ["red_flags"]


def test_a_note_alone_on_an_unanswered_question_saves_as_unknown(
    capsys: pytest.CaptureFixture[str], cli_data: list[str], services: Services
) -> None:
    scrutiny_id = _new(capsys, cli_data)
    key = _critical_key(services, scrutiny_id)
    code, out, err = run(
        capsys, *cli_data, "answer", str(scrutiny_id), key, "--note", "Asked for the DPIA"
    )
    assert code == 0, err
    assert "Unknown" in out
    saved = services.scrutinies.get(scrutiny_id).responses[key]
    assert saved.status is Status.UNKNOWN and saved.note == "Asked for the DPIA"


def _create(services: Services) -> int:
    return services.scrutinies.create(
        NewScrutiny("Drone", "Gwent", Technology.DRONES, Marking.OFFICIAL, Stage.PILOT)
    )


def test_a_note_alone_on_an_answered_question_keeps_its_status(services: Services) -> None:
    scrutiny_id = _create(services)
    key = _critical_key(services, scrutiny_id)
    services.scrutinies.answer(scrutiny_id, key, Status.PARTLY_MET, note="first")
    kept = services.scrutinies.answer(scrutiny_id, key, None, note="second")
    assert kept.status is Status.PARTLY_MET and kept.note == "second"


def test_no_status_and_nothing_typed_is_refused_saying_what_to_do(services: Services) -> None:
    scrutiny_id = _create(services)
    key = _critical_key(services, scrutiny_id)
    with pytest.raises(InvalidInputError, match="give it a status, or a note"):
        services.scrutinies.answer(scrutiny_id, key, None)
    assert key not in services.scrutinies.get(scrutiny_id).responses
