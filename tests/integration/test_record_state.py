"""Every change the app makes leaves the record proving the current state; nothing else does.

Each use case that changes a scrutiny is run, then ``verify`` must pass: a change that left no
record entry (or one that says too little) would show as a difference. Then a direct edit to
an imported scrutiny's evidence is named too.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from ethics_scrutiny.domain.enums import (
    ActionKind,
    ActionStatus,
    Outcome,
    Rating,
    Stage,
    Status,
    Technology,
)
from ethics_scrutiny.domain.scrutiny import ActionInput, DecisionInput, EvidenceInput, NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.reports import ExportFormat
from tests import record_access


def _assert_verifies(services: Services) -> None:
    result = services.maintenance.verify()
    assert result.ok, result.message
    assert services.maintenance.state_differences() == []


def test_every_change_the_app_makes_is_proven_by_the_record(
    services: Services, tmp_path: Path
) -> None:
    sid = services.scrutinies.create(NewScrutiny("Drones", "Gwent", Technology.DRONES))
    first, second = [q.key for q in services.scrutinies.get(sid).checklist.questions()][:2]
    services.scrutinies.answer(sid, first, Status.MET, Rating.GREEN, "Seen")
    services.scrutinies.answer(sid, first, Status.MET, Rating.GREEN, "Seen, v5")  # note only
    services.scrutinies.answer(sid, second, Status.NOT_MET, Rating.RED, "None", sensitive=True)
    services.scrutinies.clear_answer(sid, second)
    services.scrutinies.set_stage(sid, Stage.LIVE)
    item = services.evidence.add(sid, EvidenceInput("DPIA", question_keys=(first,)))
    services.evidence.update(item.id, EvidenceInput("DPIA v2", reference="v2"))
    services.evidence.link(item.id, (first, second))
    action = services.actions.add(sid, ActionInput(ActionKind.QUESTION, "Send the EIA"))
    services.actions.update(
        action.id,
        ActionInput(
            ActionKind.QUESTION, "Send the EIA", status=ActionStatus.ANSWERED, reply="Sent"
        ),
    )
    _assert_verifies(services)
    later = services.rounds.start_round(sid)
    services.scrutinies.answer(later, first, Status.PARTLY_MET, Rating.AMBER, "Round 2")
    _assert_verifies(services)
    # A changed title would have been caught: the check is not vacuous.
    with record_access.connection(services.settings.database_url) as conn:
        conn.execute(text("UPDATE evidence SET reference = 'v3' WHERE id = :id"), {"id": item.id})
    [difference] = services.maintenance.state_differences()
    assert difference.label == f"evidence item {item.id}" and difference.field == "reference_sha256"


def test_an_imported_scrutiny_has_its_evidence_in_the_record(
    services: Services, tmp_path: Path
) -> None:
    sid = services.scrutinies.create(NewScrutiny("ANPR", "Gwent", Technology.ANPR))
    kept = tmp_path / "DPIA.pdf"
    kept.write_bytes(b"%PDF-1.4 the force's DPIA")
    other = tmp_path / "EIA.pdf"
    other.write_bytes(b"%PDF-1.4 an equality impact assessment")
    services.evidence.add(sid, EvidenceInput("DPIA", file_path=str(kept)))
    elsewhere = services.evidence.add(sid, EvidenceInput("EIA", file_path=str(other)))
    bundle = tmp_path / "bundle.json"
    services.reports.export(sid, ExportFormat.JSON, bundle, include_files=True)
    report = services.bundles.sync_bundle(bundle, as_copy=True)
    copy = report.scrutiny_id
    assert copy is not None and copy != sid
    _assert_verifies(services)
    [imported] = [e for e in services.evidence.list(copy) if e.title == "DPIA"]
    # Swap the imported item's file for another kept file: the record names it.
    with record_access.connection(services.settings.database_url) as conn:
        conn.execute(
            text("UPDATE evidence SET file_sha256 = :sha WHERE id = :id"),
            {"sha": elsewhere.file_sha256, "id": imported.id},
        )
    result = services.maintenance.verify()
    assert not result.ok
    assert f"evidence item {imported.id}: file sha256: the record says" in result.message
    problems = services.maintenance.check_evidence().problems
    assert [p.evidence_id for p in problems] == [imported.id]
    assert "its file hash has been changed since record entry" in problems[0].problem
    # The import's own entry carried the item's state, its file hash included.
    states = [
        state
        for entry in services.maintenance.entries(copy)
        for item, state in entry.payload.get("state", {}).items()
        if item.startswith("evidence.") and state and state["id"] == imported.id
    ]
    assert states and states[0]["file_sha256"] == imported.file_sha256


def test_a_stage_change_is_one_entry_carrying_the_new_stage(services: Services) -> None:
    sid = services.scrutinies.create(NewScrutiny("Drones", "Gwent", Technology.DRONES))
    before = services.maintenance.head().entries
    services.scrutinies.set_stage(sid, Stage.LIVE)
    [entry] = services.maintenance.entries(sid)[before:]
    assert entry.kind == "stage_changed"
    assert entry.payload["state"]["scrutiny"]["stage"] == "live"
    _assert_verifies(services)


def test_a_decision_entry_keeps_only_the_payload_its_use_case_wrote(
    services: Services, tmp_path: Path
) -> None:
    """Public bundles carry decision entries: the state of what changed goes elsewhere."""
    sid = services.scrutinies.create(NewScrutiny("ANPR", "Gwent", Technology.ANPR))
    services.scrutinies.answer(sid, "LB-01", Status.NOT_MET, Rating.RED, "None")
    bundle = tmp_path / "bundle.json"
    services.decisions.decide(sid, DecisionInput(Outcome.DEFER, "More needed.", "Panel"))
    services.reports.export(sid, ExportFormat.JSON, bundle)
    copy = services.bundles.sync_bundle(bundle, as_copy=True).scrutiny_id
    assert copy is not None
    for scrutiny in (sid, copy):
        kinds = {e.kind: e.payload for e in services.maintenance.entries(scrutiny)}
        assert "state" not in kinds["decision"]
    _assert_verifies(services)
