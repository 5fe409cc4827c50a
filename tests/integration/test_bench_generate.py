"""The benchmark generator's record opens, verifies, lists and exports, so it cannot rot unseen."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import func, select

from bench.generate import Manifest, Spec, cached, generate
from ethics_scrutiny.config import Settings, resolve_settings
from ethics_scrutiny.domain.enums import (
    ActionKind,
    ActionStatus,
    Outcome,
    Rating,
    Stage,
    Status,
    Technology,
)
from ethics_scrutiny.domain.scoring import assess
from ethics_scrutiny.domain.scrutiny import ActionInput, DecisionInput, EvidenceInput, NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.decision_rules import decision_fields
from ethics_scrutiny.services.reports import ExportFormat
from ethics_scrutiny.storage.models import (
    Action,
    Evidence,
    RecordEntry,
    Scrutiny,
    ScrutinyFacts,
)
from ethics_scrutiny.storage.unit_of_work import unit_of_work


def test_generated_record_opens_verifies_lists_and_exports(tmp_path: Path) -> None:
    manifest = generate(tmp_path / "data", Spec(20, min_entries=3_000))
    assert manifest.scrutinies >= 20
    assert manifest.entries >= 3_000
    assert manifest.largest_id is not None
    services = Services.open(resolve_settings(str(tmp_path / "data")))
    try:
        result = services.maintenance.verify()
        assert result.ok, result.message
        assert result.entries == manifest.entries
        assert result.head_hash == manifest.head_hash

        # A working office record has its profile, so the app opens without the welcome step.
        assert services.office.profile() is not None
        rows = services.scrutinies.list()
        assert len(rows) == manifest.scrutinies
        assert all(row.answered == row.total for row in rows)  # every question answered
        assert any(row.round_number == 2 for row in rows)
        assert any(row.language.value == "cy" for row in rows)
        assert any(row.latest_outcome is not None for row in rows)
        with unit_of_work(services.database) as session:
            assert session.scalar(select(func.count()).select_from(Evidence))
            assert session.scalar(select(func.count()).select_from(Action))
            technologies = session.scalars(select(Scrutiny.technology).distinct()).all()
            assert len(technologies) > 3

        if manifest.facts == "computed":
            _assert_facts_as_the_app_computes_them(services)
        _assert_decisions_pass_todays_rules(services, [row.id for row in rows])

        largest = services.scrutinies.get(manifest.largest_id)
        assert len(largest.checklist.templates) == 1 + len(services.library.modules())
        assert len(largest.responses) == manifest.largest_questions
        out = tmp_path / "largest.pdf"
        services.reports.export(manifest.largest_id, ExportFormat.PDF, out)
        assert len(PdfReader(out).pages) > 10
        assert services.maintenance.verify().ok  # the export's own entry extends the chain
    finally:
        services.close()


def test_cached_folder_is_reused(tmp_path: Path) -> None:
    spec = Spec(3, largest=False)
    first, was_cached = cached(spec, tmp_path)
    assert not was_cached
    again, was_cached = cached(spec, tmp_path)
    assert was_cached
    assert again == first == Manifest.read(Path(first.data_dir))


def _assert_decisions_pass_todays_rules(services: Services, ids: list[int]) -> None:
    """Every generated decision is one `decide` would have recorded on the day it was made."""
    judged = 0
    for sid in ids:
        detail = services.scrutinies.get(sid)
        for made in detail.decisions:
            given = DecisionInput(
                made.outcome, made.rationale, made.decided_by, made.conditions,
                made.review_date, made.capacity, override_reason=made.override_reason,
            )  # fmt: skip
            today = made.decided_at.date()
            decision_fields(detail.checklist, detail.responses, given, today=today, max_months=24)
            judged += 1
    assert judged


def _assert_facts_as_the_app_computes_them(services: Services) -> None:
    from ethics_scrutiny.storage import facts

    with unit_of_work(services.database) as session:
        stored = {row.scrutiny_id: row for row in session.scalars(select(ScrutinyFacts))}
        fresh = facts.compute(session, list(session.scalars(select(Scrutiny.id))))
    assert stored.keys() == fresh.keys()
    for sid, want in fresh.items():
        got = stored[sid]
        assert (got.answered, got.ready_for_panel, got.red_flag_count) == (
            want.answered,
            want.ready_for_panel,
            want.red_flag_count,
        )
        assert got.overall_rating == (want.overall_rating.value if want.overall_rating else None)
        assert got.latest_outcome == (want.latest_outcome.value if want.latest_outcome else None)
        assert got.next_review_date == want.next_review_date


def test_generated_entries_carry_the_fields_the_services_write(tmp_path: Path) -> None:
    """Each kind of record entry has the same payload fields as when the services write it."""
    manifest = generate(tmp_path / "generated", Spec(40))
    generated = _payload_fields(resolve_settings(manifest.data_dir))
    settings = resolve_settings(str(tmp_path / "by-services"))
    services = Services.open(settings)
    try:
        _act_as_an_officer(services, tmp_path)
    finally:
        services.close()
    by_services = _payload_fields(settings)
    for kind in sorted(by_services.keys() & generated.keys()):
        assert generated[kind] == by_services[kind], kind
    assert generated.keys() >= {"scrutiny_created", "response_changed", "decision"}


def _payload_fields(settings: Settings) -> dict[str, set[str]]:
    services = Services.open(settings)
    try:
        with unit_of_work(services.database) as session:
            payloads = session.execute(select(RecordEntry.kind, RecordEntry.payload)).all()
    finally:
        services.close()
    fields: dict[str, set[str]] = {}
    for kind, payload in payloads:
        data = json.loads(payload)
        # The generator attests each scrutiny's state once (a state_attested entry) instead of
        # carrying each change's new state in its entry as the services' flushes do.
        data.pop("state", None)
        fields.setdefault(kind, set()).update(data)
        if kind == "action_recorded" and "changed" in data:
            fields.setdefault("action_recorded.changed", set()).update(data["changed"])
    return fields


def _act_as_an_officer(services: Services, tmp_path: Path) -> None:
    """Every change the generator imitates, made once (or in each variant) through services."""
    new = NewScrutiny("Drones", "Essex Police", Technology.DRONES)
    sid = services.scrutinies.create(new)
    keys = [q.key for q in services.scrutinies.get(sid).checklist.questions()]
    for index, key in enumerate(keys):
        status = (Status.MET, Status.NOT_MET, Status.NOT_APPLICABLE)[index % 3]
        services.scrutinies.answer(sid, key, status, None, f"Note {index}", index % 7 == 0)
    document = tmp_path / "dpia.txt"
    document.write_text("DPIA v5.4", encoding="utf-8")
    for sensitive, path in ((False, str(document)), (True, None)):
        item = EvidenceInput("DPIA", sensitive=sensitive, question_keys=(keys[0],), file_path=path)
        services.evidence.add(sid, item)
    for sensitive in (False, True):
        action = ActionInput(ActionKind.QUESTION, "Send the DPIA", "Lead", date(2025, 1, 1),
                             question_key=keys[1], sensitive=sensitive)  # fmt: skip
        added = services.actions.add(sid, action)
        answered = replace(action, status=ActionStatus.ANSWERED, reply="Sent.")
        services.actions.update(added.id, answered)
    services.scrutinies.set_stage(sid, Stage.PILOT)
    first = services.decisions.decide(sid, DecisionInput(Outcome.DEFER, "More needed.", "Chair"))
    # Today's rules: conditions name every flag on a legal requirement; an override answers
    # only for the good-practice flags left, and the review date lies ahead.
    detail = services.scrutinies.get(sid)
    must = [flag.key for flag in assess(detail.checklist, detail.responses).must_flags]
    assert must  # so the conditions below really name flagged questions
    override = "The PCC accepts the remaining risk for a short pilot with weekly reports."
    later = DecisionInput(
        Outcome.SUPPORT_WITH_CONDITIONS, "Supported.", "PCC",
        conditions=(f"{', '.join(must)}: the force settles these before going live.",),
        review_date=date.today() + timedelta(days=180),
        supersedes=first.sequence, override_reason=override,
    )  # fmt: skip
    decided = services.decisions.decide(sid, later)
    services.decisions.withdraw(sid, decided.sequence, "Recorded against the wrong round.")
    round_two = services.rounds.start_round(sid)
    services.scrutinies.answer(round_two, keys[0], Status.PARTLY_MET, Rating.AMBER, "Changed")
