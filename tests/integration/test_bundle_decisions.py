"""Decisions and checklists in a bundle are judged here, not taken on the sender's word.

A forged "support" with no override while blocking flags stand, or a checklist snapshot that
claims a known template but has its blocking marks removed, refuses the whole bundle. Runs
on SQLite and PostgreSQL; each forgery recomputes the checksum and sync hashes as anyone can.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from ethics_scrutiny.config import DATABASE_FILENAME, resolve_settings, sqlite_url
from ethics_scrutiny.domain import record
from ethics_scrutiny.domain.enums import Obligation, Outcome, Rating, Status, Technology
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.scoring import assess
from ethics_scrutiny.domain.scrutiny import DecisionInput, NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.reports import ExportFormat
from ethics_scrutiny.storage.models import RecordEntry
from ethics_scrutiny.storage.unit_of_work import unit_of_work
from tests.bundle_forgery import forged

NEW = NewScrutiny("ANPR on the M4 corridor", "Gwent Police", Technology.ANPR)


@pytest.fixture
def source(tmp_path: Path) -> Iterator[Services]:
    """The sending office's record (SQLite, whichever engine the importing record uses)."""
    folder = tmp_path / "source"
    opened = Services.open(resolve_settings(str(folder), sqlite_url(folder / DATABASE_FILENAME)))
    yield opened
    opened.close()


def _export(services: Services, scrutiny_id: int, out: Path) -> bytes:
    services.reports.export(scrutiny_id, ExportFormat.JSON, out)
    return out.read_bytes()


def _import(services: Services, tmp_path: Path, raw: bytes) -> int:
    path = tmp_path / "incoming.json"
    path.write_bytes(raw)
    return services.bundles.import_bundle(path)


def _refused(services: Services, tmp_path: Path, raw: bytes, match: str) -> str:
    before = (services.scrutinies.list(), services.maintenance.head())
    with pytest.raises(InvalidInputError, match=match) as caught:
        _import(services, tmp_path, raw)
    assert (services.scrutinies.list(), services.maintenance.head()) == before
    return str(caught.value)


def _append_decision(data: dict[str, Any], stamp: int | None = None, **fields: Any) -> None:
    """A new decision and its record entry, chained and hashed exactly as a record would.

    ``stamp`` is the decision rules its entry names; None leaves the stamp out, as a decision
    recorded by an earlier version of the app.
    """
    last = data["record"]["entries"][-1]
    decision: dict[str, Any] = {
        "outcome": "support",
        "rationale": "The panel supports the deployment.",
        "decided_by": "Panel chair",
        "conditions": [],
        "review_date": None,
        "capacity": "panel_advice",
        "override_reason": "",
        "overridden_flags": [],
        "red_flags": [],
        "ready_for_panel": True,
        "responses_sha256": "",
    }
    decision.update(fields)
    created_at = "2026-11-30T10:00:00+00:00"
    payload = {**decision, "decided_at": created_at, "scrutiny_uuid": data["scrutiny"]["uuid"]}
    if stamp is not None:
        payload["rules"] = stamp
    text = record.canonical_json(payload)
    entry = {
        "sequence": last["sequence"] + 1,
        "kind": "decision",
        "created_at": created_at,
        "payload": text,
        "payload_sha256": record.payload_hash(text),
        "previous_hash": last["entry_hash"],
    }
    entry["entry_hash"] = record.entry_hash(**{k: v for k, v in entry.items() if k != "payload"})
    data["record"]["entries"].append(entry)
    n = len(data["decisions"])
    decision.update(
        decided_at=created_at,
        supersedes=n or None,
        entry_hash=entry["entry_hash"],
        withdrawn_reason=None,
        origin=entry["entry_hash"],
    )
    data["decisions"].append(decision)


def test_a_forged_support_over_blocking_flags_is_refused(
    source: Services, services: Services, tmp_path: Path
) -> None:
    sid = source.scrutinies.create(NEW)
    source.decisions.decide(sid, DecisionInput(Outcome.DEFER, "More to see.", "Panel"))
    raw = _export(source, sid, tmp_path / "genuine.json")
    message = _refused(services, tmp_path, forged(raw, _append_decision), "decision 2 .*'Support'")
    assert "could not have been recorded on the bundle's own answers" in message
    assert "\n" not in message and message.endswith(".")


def _settle_critical(services: Services, scrutiny_id: int) -> list[str]:
    """Every critical question met; returns the blocking ones."""
    checklist = services.scrutinies.get(scrutiny_id).checklist
    for question in checklist.questions():
        if question.critical:
            services.scrutinies.answer(
                scrutiny_id, question.key, Status.MET, Rating.GREEN, "Seen the DPIA."
            )
    return [q.key for q in checklist.questions() if q.blocking]


def _support() -> DecisionInput:
    review = date.today() + timedelta(days=180)
    return DecisionInput(Outcome.SUPPORT, "All settled.", "PCC", review_date=review)


def test_support_is_judged_on_the_answers_as_they_stood_when_it_was_recorded(
    source: Services, services: Services, tmp_path: Path
) -> None:
    """Support recorded when every blocking question was met stands after one is reopened."""
    sid = source.scrutinies.create(NEW)
    keys = _settle_critical(source, sid)
    source.decisions.decide(sid, _support())
    source.scrutinies.answer(sid, keys[0], Status.NOT_MET, Rating.RED, "Withdrawn by the force.")
    new_id = _import(services, tmp_path, _export(source, sid, tmp_path / "genuine.json"))
    assert [d.outcome for d in services.scrutinies.get(new_id).decisions] == [Outcome.SUPPORT]
    raw = _export(source, sid, tmp_path / "again.json")

    def hide_history(data: dict[str, Any]) -> None:
        """Without the entry reopening the answer, the support is judged on today's answers."""
        entries = data["record"]["entries"]
        data["record"]["entries"] = [e for e in entries if e["kind"] != "response_changed"]
        data["scrutiny"]["uuid"] = "0" * 8 + data["scrutiny"]["uuid"][8:]

    message = _refused(services, tmp_path, forged(raw, hide_history), "decision 1 .*'Support'")
    assert keys[0] in message


def _unblock(data: dict[str, Any]) -> None:
    """Take the blocking and critical marks off every question of the core snapshot."""
    core = data["template"]["snapshots"][0]
    for theme in core["themes"]:
        for question in theme["questions"]:
            question["blocking"] = False
            question["critical"] = False


def test_a_shipped_template_with_its_blocking_marks_removed_is_refused(
    source: Services, services: Services, tmp_path: Path
) -> None:
    sid = source.scrutinies.create(NEW)
    raw = _export(source, sid, tmp_path / "genuine.json")
    core = json.loads(raw)["template"]["snapshots"][0]
    message = _refused(services, tmp_path, forged(raw, _unblock), "differs from that template")
    assert f"({core['slug']} {core['version']})" in message and core["title"] in message


def test_a_snapshot_differing_from_one_this_record_holds_is_refused(
    source: Services, services: Services, tmp_path: Path
) -> None:
    """An office template unknown here is taken once; a second, different, "same" one is not."""
    sid = source.scrutinies.create(NEW)
    raw = _export(source, sid, tmp_path / "genuine.json")

    def office(data: dict[str, Any]) -> None:
        data["template"]["snapshots"][0]["slug"] = "office-core"
        data["template"]["snapshots"][0]["version"] = "1.0.0"

    _import(services, tmp_path, forged(raw, office))

    def altered(data: dict[str, Any]) -> None:
        office(data)
        _unblock(data)
        data["scrutiny"]["uuid"] = "0" * 8 + data["scrutiny"]["uuid"][8:]

    _refused(services, tmp_path, forged(raw, altered), r"\(office-core 1\.0\.0\)")


def test_a_public_summary_keeps_support_over_a_question_explained_as_not_applicable(
    source: Services, services: Services, tmp_path: Path
) -> None:
    """A public summary withholds every note, but a withheld reason was still a reason."""
    sid = source.scrutinies.create(NEW)
    keys = _settle_critical(source, sid)
    source.scrutinies.answer(
        sid, keys[0], Status.NOT_APPLICABLE, None, "No cameras are fixed to buildings."
    )
    source.decisions.decide(sid, _support())
    out = tmp_path / "public.json"
    source.reports.export(sid, ExportFormat.JSON, out, public=True)
    assert json.loads(out.read_bytes())["responses"][0]["note"] == ""
    new_id = _import(services, tmp_path, out.read_bytes())
    assert [d.outcome for d in services.scrutinies.get(new_id).decisions] == [Outcome.SUPPORT]


OLD_OVERRIDE = "The PCC accepts the risk for a short pilot while the force finishes its DPIA."


def test_a_decision_from_before_the_rules_stamp_imports_under_the_earlier_rule(
    source: Services, services: Services, tmp_path: Path
) -> None:
    """Support over blocking flags with a full override reason and no review date, unstamped."""
    sid = source.scrutinies.create(NEW)
    source.decisions.decide(sid, DecisionInput(Outcome.DEFER, "More to see.", "Panel"))
    [made] = source.scrutinies.get(sid).decisions
    assert json.loads(_entry_payload(source, made.sequence))["rules"] == 2  # decide stamps
    raw = _export(source, sid, tmp_path / "genuine.json")

    def old_support(data: dict[str, Any]) -> None:
        _append_decision(data, override_reason=OLD_OVERRIDE)

    new_id = _import(services, tmp_path, forged(raw, old_support))
    decisions = services.scrutinies.get(new_id).decisions
    assert [d.outcome for d in decisions] == [Outcome.DEFER, Outcome.SUPPORT]
    assert decisions[1].override_reason == OLD_OVERRIDE and decisions[1].review_date is None
    # Taken in, each keeps the rules it was made under, so exported again it imports again.
    again = _export(services, new_id, tmp_path / "again.json")
    payloads = [json.loads(_entry_payload(services, d.sequence)) for d in decisions]
    assert [p.get("rules") for p in payloads] == [2, None]
    source.close()
    third = _services_in(tmp_path / "third")
    try:
        assert third.bundles.import_bundle(_written(tmp_path / "again.json", again))
    finally:
        third.close()


def test_an_unstamped_support_needs_a_full_override_reason(
    source: Services, services: Services, tmp_path: Path
) -> None:
    sid = source.scrutinies.create(NEW)
    raw = _export(source, sid, tmp_path / "genuine.json")

    def short(data: dict[str, Any]) -> None:
        _append_decision(data, override_reason="Accepted.")

    message = _refused(services, tmp_path, forged(raw, short), "decision 1 .*'Support'")
    assert "override reason is too short" in message


def test_a_stamped_decision_is_judged_by_todays_rules(
    source: Services, services: Services, tmp_path: Path
) -> None:
    """The same old-style support stamped with today's rules is refused: support needs readiness."""
    sid = source.scrutinies.create(NEW)
    raw = _export(source, sid, tmp_path / "genuine.json")

    def stamped(data: dict[str, Any]) -> None:
        review = (date.today() + timedelta(days=90)).isoformat()
        _append_decision(data, stamp=2, override_reason=OLD_OVERRIDE, review_date=review)

    message = _refused(services, tmp_path, forged(raw, stamped), "decision 1 .*'Support'")
    assert "support needs the scrutiny to be ready" in message


def test_stripping_the_stamp_gains_a_forger_nothing(
    source: Services, services: Services, tmp_path: Path
) -> None:
    """Conditional support naming the must flag, no override: lawful today, not unstamped."""
    sid = source.scrutinies.create(NEW)
    checklist = source.scrutinies.get(sid).checklist
    keys = _settle_critical(source, sid)
    must = next(k for k in keys if checklist.question(k).obligation is Obligation.MUST)
    source.scrutinies.answer(sid, must, Status.NOT_MET, Rating.RED, "No published policy.")
    detail = source.scrutinies.get(sid)
    result = assess(detail.checklist, detail.responses)
    flagged = [flag.key for flag in result.must_flags]
    assert must in flagged and len(flagged) == len(result.red_flags)  # no override needed
    raw = _export(source, sid, tmp_path / "genuine.json")
    review = (date.today() + timedelta(days=90)).isoformat()
    conditional = {
        "outcome": "support_with_conditions",
        "conditions": [f"{', '.join(flagged)}: The force publishes its policy before first use."],
        "review_date": review,
    }

    def with_stamp(data: dict[str, Any]) -> None:
        _append_decision(data, stamp=2, **conditional)

    def without_stamp(data: dict[str, Any]) -> None:
        _append_decision(data, **conditional)
        data["scrutiny"]["uuid"] = "0" * 8 + data["scrutiny"]["uuid"][8:]

    message = _refused(services, tmp_path, forged(raw, without_stamp), "decision 1 ")
    assert f"blocking red flags stood ({must}" in message and "no override reason" in message
    assert _import(services, tmp_path, forged(raw, with_stamp))


def test_a_decision_naming_unknown_rules_is_refused(
    source: Services, services: Services, tmp_path: Path
) -> None:
    sid = source.scrutinies.create(NEW)
    raw = _export(source, sid, tmp_path / "genuine.json")
    for stamp, says in ((3, "newer than this version"), (0, "no version of the app used")):

        def stamped(data: dict[str, Any], stamp: int = stamp) -> None:
            _append_decision(data, stamp=stamp, outcome="defer")

        assert says in _refused(services, tmp_path, forged(raw, stamped), "decision 1 ")


def _entry_payload(services: Services, sequence: int) -> str:
    with unit_of_work(services.database) as session:
        entry = session.scalars(select(RecordEntry).where(RecordEntry.sequence == sequence)).one()
        return entry.payload


def _services_in(folder: Path) -> Services:
    return Services.open(resolve_settings(str(folder), sqlite_url(folder / DATABASE_FILENAME)))


def _written(path: Path, raw: bytes) -> Path:
    path.write_bytes(raw)
    return path
