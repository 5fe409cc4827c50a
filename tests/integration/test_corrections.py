"""Corrections are new entries citing the old one; answers that change are recorded."""

from __future__ import annotations

import hashlib
import json

import pytest

from ethics_scrutiny.cli import main
from ethics_scrutiny.domain.enums import Outcome, Rating, Status, Technology
from ethics_scrutiny.domain.errors import InvalidInputError, NotFoundError
from ethics_scrutiny.domain.scrutiny import DecisionInput, NewScrutiny
from ethics_scrutiny.services import Services


def test_a_correction_cites_the_entry_and_leaves_it_in_place(services: Services) -> None:
    scrutiny = services.scrutinies.create(NewScrutiny("LFR", "Gwent", Technology.DRONES))
    decision = services.decisions.decide(
        scrutiny, DecisionInput(Outcome.DEFER, "Await the DPIA.", "Panel chair")
    )
    before = services.maintenance.entries(scrutiny)
    fixed = services.maintenance.correct(decision.sequence, "The chair's name was misspelt.")
    assert fixed.kind == "correction" and fixed.scrutiny_id == scrutiny
    assert fixed.payload["corrects"] == decision.sequence
    assert fixed.payload["corrected_entry_hash"] == decision.entry_hash
    after = services.maintenance.entries(scrutiny)
    assert [e.entry_hash for e in after[: len(before)]] == [e.entry_hash for e in before]
    cited = next(e for e in after if e.sequence == decision.sequence)
    assert cited.corrected_by == (fixed.sequence,)
    assert services.maintenance.verify().ok
    with pytest.raises(NotFoundError, match="no entry 999"):
        services.maintenance.correct(999, "Nothing there")
    with pytest.raises(InvalidInputError, match="cannot be empty"):
        services.maintenance.correct(decision.sequence, "  ")


def test_answers_record_status_and_rating_changes_but_not_each_note_edit(
    services: Services,
) -> None:
    scrutiny = services.scrutinies.create(NewScrutiny("ANPR", "Gwent", Technology.ANPR))
    key = next(iter(services.scrutinies.get(scrutiny).checklist.questions())).key

    def changes() -> list[dict[str, object]]:
        entries = services.maintenance.entries(scrutiny)
        return [e.payload for e in entries if e.kind == "response_changed"]

    services.scrutinies.answer(scrutiny, key, Status.PARTLY_MET, Rating.AMBER, "Draft")
    services.scrutinies.answer(scrutiny, key, Status.PARTLY_MET, Rating.AMBER, "Draft, more")
    assert len(changes()) == 1  # a note edit alone adds no entry
    services.scrutinies.answer(scrutiny, key, Status.MET, Rating.GREEN, "Seen the DPIA")
    services.scrutinies.answer(scrutiny, key, Status.MET, Rating.GREEN, "Seen", sensitive=True)
    first, second, third = changes()
    assert (first["status"], first["previous_status"]) == ("partly_met", None)
    assert (second["status"], second["rating"], second["previous_rating"]) == (
        "met",
        "green",
        "amber",
    )
    assert second["note_sha256"] == hashlib.sha256(b"Seen the DPIA").hexdigest()
    assert third["sensitive"] is True and "Seen" not in json.dumps(third)


def test_correct_and_record_from_the_command_line(
    cli_data: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    data = cli_data
    assert main([*data, "new", "--technology", "drones", "--title", "T", "--force", "F"]) == 0
    assert main([*data, "correct", "1", "--reason", "Wrong force named", "--json"]) == 0
    capsys.readouterr()
    assert main([*data, "correct", "1", "--reason", "Title typo"]) == 0
    assert "Recorded correction 3, citing entry 1." in capsys.readouterr().out
    assert main([*data, "record", "1", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [e["kind"] for e in shown] == ["scrutiny_created", "correction", "correction"]
    assert shown[0]["corrected_by"] == [2, 3] and shown[1]["payload"]["corrects"] == 1
    assert main([*data, "record"]) == 0
    text = capsys.readouterr().out
    assert "corrects 1: Wrong force named" in text and "(corrected by 2, 3)" in text


def test_a_later_change_to_an_answer_shows_against_the_decision(
    services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    scrutiny = services.scrutinies.create(NewScrutiny("Drones", "Gwent", Technology.DRONES))
    first, second = [q.key for q in services.scrutinies.get(scrutiny).checklist.questions()][:2]
    services.scrutinies.answer(scrutiny, first, Status.MET, Rating.GREEN, "DPIA seen")
    decision = services.decisions.decide(
        scrutiny, DecisionInput(Outcome.DEFER, "Await the EIA.", "Panel")
    )
    [drift] = services.maintenance.decision_drift(scrutiny)
    assert (drift.sequence, drift.matches, drift.changed_keys) == (decision.sequence, True, ())
    services.scrutinies.answer(scrutiny, first, Status.MET, Rating.GREEN, "DPIA seen, v5")
    assert services.maintenance.decision_drift(scrutiny)[0].matches is False  # a note edit
    services.scrutinies.answer(scrutiny, second, Status.NOT_MET, Rating.RED)
    [drift] = services.maintenance.decision_drift(scrutiny)
    assert not drift.matches and drift.changed_keys == (second,)
    data_dir = str(services.settings.data_dir)
    assert main(["--data-dir", data_dir, "record", str(scrutiny)]) == 0
    assert f"Answers have changed since decision {decision.sequence} ({second})." in (
        capsys.readouterr().out
    )
