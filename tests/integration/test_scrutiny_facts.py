"""The cached dashboard facts always equal a recomputation from scratch, after any change."""

from __future__ import annotations

import contextlib
import copy
import json
import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import delete, select

from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.enums import (
    ActionKind,
    ActionStatus,
    Outcome,
    Rating,
    Stage,
    Status,
    Technology,
)
from ethics_scrutiny.domain.errors import EthicsScrutinyError
from ethics_scrutiny.domain.scoring import assess
from ethics_scrutiny.domain.scrutiny import ActionInput, DecisionInput, NewScrutiny
from ethics_scrutiny.domain.template_library import TemplateLibrary
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.dashboard import overall_rating
from ethics_scrutiny.services.reports import ExportFormat
from ethics_scrutiny.services.scrutinies import ScrutinyService
from ethics_scrutiny.services.templates import TemplateService
from ethics_scrutiny.storage.database import Database
from ethics_scrutiny.storage.models import RecordEntry, ScrutinyFacts
from ethics_scrutiny.storage.unit_of_work import unit_of_work
from tests.factories import template_data

TODAY = date(2027, 3, 1)
OVERRIDE = "The chief constable has accepted this risk in writing for the pilot period only."


def reference(services: Services) -> dict[int, dict[str, Any]]:
    """Every scrutiny's dashboard facts the slow way: full assessment and the whole record."""
    with unit_of_work(services.database) as session:
        entries = list(
            session.scalars(
                select(RecordEntry)
                .where(RecordEntry.kind.in_(("decision", "decision_withdrawn")))
                .order_by(RecordEntry.sequence)
            )
        )
    payloads = [(e, json.loads(e.payload)) for e in entries]
    replaced = {p.get("supersedes") for e, p in payloads if e.kind == "decision"}
    replaced |= {p.get("withdraws") for e, p in payloads if e.kind == "decision_withdrawn"}
    standing = {
        e.scrutiny_id: p for e, p in payloads if e.kind == "decision" and e.sequence not in replaced
    }
    result = {}
    for scrutiny_id in _ids(services):
        detail, assessment = services.scrutinies.assessment(scrutiny_id)
        decision = standing.get(scrutiny_id)
        review = decision.get("review_date") if decision else None
        actions = services.actions.list(scrutiny_id)
        result[scrutiny_id] = {
            "answered": len(detail.responses),
            "overall_rating": overall_rating(assessment),
            "ready_for_panel": assessment.readiness.ready,
            "red_flag_count": len(assessment.red_flags),
            "latest_outcome": Outcome(decision["outcome"]) if decision else None,
            "next_review_date": date.fromisoformat(review) if review else None,
            "open_actions": sum(a.status is ActionStatus.OPEN for a in actions),
            "overdue_actions": sum(a.is_overdue(TODAY) for a in actions),
        }
    return result


def _ids(services: Services) -> list[int]:
    with unit_of_work(services.database) as session:
        return list(session.scalars(select(ScrutinyFacts.scrutiny_id).order_by("scrutiny_id")))


def stored(services: Services) -> dict[int, dict[str, Any]]:
    with unit_of_work(services.database) as session:
        rows = session.scalars(select(ScrutinyFacts)).all()
        return {
            row.scrutiny_id: {
                "answered": row.answered,
                "overall_rating": Rating(row.overall_rating) if row.overall_rating else None,
                "ready_for_panel": row.ready_for_panel,
                "red_flag_count": row.red_flag_count,
                "latest_outcome": Outcome(row.latest_outcome) if row.latest_outcome else None,
                "next_review_date": row.next_review_date,
            }
            for row in rows
        }


def listed(services: Services) -> dict[int, dict[str, Any]]:
    return {
        s.id: {
            "answered": s.answered,
            "overall_rating": s.overall_rating,
            "ready_for_panel": s.ready_for_panel,
            "red_flag_count": s.red_flag_count,
            "latest_outcome": s.latest_outcome,
            "next_review_date": s.next_review_date,
            "open_actions": s.open_actions,
            "overdue_actions": s.overdue_actions,
        }
        for s in services.scrutinies.list(TODAY)
    }


def assert_facts_current(services: Services) -> None:
    """Stored rows exist for every scrutiny and match; the listing matches in full."""
    expected = reference(services)
    kept = stored(services)
    assert kept == {
        sid: {k: v for k, v in facts.items() if not k.endswith("_actions")}
        for sid, facts in expected.items()
    }
    assert listed(services) == expected


class Driver:
    """Random service calls of every kind that can change what the dashboard shows."""

    def __init__(self, services: Services) -> None:
        self.s = services

    def scrutiny(self, rng: random.Random) -> int:
        ids = [row.id for row in self.s.scrutinies.list(TODAY)]
        if not ids:
            return self.create(rng)
        return rng.choice(ids)

    def create(self, rng: random.Random) -> int:
        technology = rng.choice([Technology.DRONES, Technology.ANPR])
        return new_scrutiny(self.s, technology)

    def answer(self, rng: random.Random) -> None:
        sid = self.scrutiny(rng)
        keys = [q.key for q in self.s.scrutinies.get(sid).checklist.questions()]
        key = rng.choice(keys[:6] + keys[-3:])
        status = rng.choice(list(Status))
        rating = rng.choice([None, *Rating])
        self.s.scrutinies.answer(sid, key, status, rating, note="Seen it")

    def clear(self, rng: random.Random) -> None:
        sid = self.scrutiny(rng)
        answered = sorted(self.s.scrutinies.get(sid).responses)
        if answered:
            self.s.scrutinies.clear_answer(sid, rng.choice(answered))

    def decide(self, rng: random.Random) -> None:
        sid = self.scrutiny(rng)
        standing = [d.sequence for d in self.s.scrutinies.get(sid).decisions]
        outcome = rng.choice(list(Outcome))
        supported = outcome in (Outcome.SUPPORT, Outcome.SUPPORT_WITH_CONDITIONS)
        decision = DecisionInput(
            outcome=outcome,
            rationale="Heard the force",
            decided_by="Panel",
            conditions=("Report quarterly",) if outcome is Outcome.SUPPORT_WITH_CONDITIONS else (),
            review_date=rng.choice([None, TODAY + timedelta(days=30)]),
            supersedes=rng.choice([None, *standing]),
            override_reason=OVERRIDE if supported else "",
        )
        self.s.decisions.decide(sid, decision)

    def withdraw(self, rng: random.Random) -> None:
        sid = self.scrutiny(rng)
        decisions = self.s.scrutinies.get(sid).decisions
        if decisions:
            sequence = rng.choice([d.sequence for d in decisions])
            self.s.decisions.withdraw(sid, sequence, "Made on the wrong papers")

    def act(self, rng: random.Random) -> None:
        sid = self.scrutiny(rng)
        due = rng.choice([None, TODAY - timedelta(days=3), TODAY])
        status = rng.choice(list(ActionStatus))
        existing = self.s.actions.list(sid)
        change = ActionInput(ActionKind.QUESTION, "Send the DPIA", due_date=due, status=status)
        if existing and rng.random() < 0.5:
            self.s.actions.update(existing[0].id, change)
        else:
            self.s.actions.add(sid, change)

    def round(self, rng: random.Random) -> None:
        self.s.rounds.start_round(self.scrutiny(rng))

    def stage(self, rng: random.Random) -> None:
        self.s.scrutinies.set_stage(self.scrutiny(rng), rng.choice(list(Stage)))


def new_scrutiny(services: Services, technology: Technology = Technology.DRONES) -> int:
    return services.scrutinies.create(NewScrutiny("Pilot", "Gwent Police", technology))


OPERATIONS = ("create", "answer", "answer", "clear", "decide", "withdraw", "act", "round", "stage")


@pytest.mark.parametrize("seed", range(3))
def test_facts_equal_a_recomputation_after_every_change(services: Services, seed: int) -> None:
    """A random sequence of every kind of change; after each, cached facts equal the truth."""
    rng = random.Random(seed)
    driver = Driver(services)
    for _ in range(14):
        operation = rng.choice(OPERATIONS)
        # A refused call (e.g. a second later round) changes nothing: facts must still hold.
        with contextlib.suppress(EthicsScrutinyError):
            getattr(driver, operation)(rng)
        assert_facts_current(services)


def test_missing_facts_are_worked_out_when_listed_and_kept(services: Services) -> None:
    sid = new_scrutiny(services)
    first = services.scrutinies.get(sid).checklist.questions()[0].key
    services.scrutinies.answer(sid, first, Status.NOT_MET)
    with unit_of_work(services.database) as session:
        session.execute(delete(ScrutinyFacts))
    assert stored(services) == {}
    expected = reference_without_stored_ids(services, [sid])
    assert listed(services)[sid] == expected[sid]
    assert set(stored(services)) == {sid}


def reference_without_stored_ids(services: Services, ids: list[int]) -> dict[int, Any]:
    result = {}
    for sid in ids:
        detail, assessment = services.scrutinies.assessment(sid)
        result[sid] = {
            "answered": len(detail.responses),
            "overall_rating": overall_rating(assessment),
            "ready_for_panel": assessment.readiness.ready,
            "red_flag_count": len(assessment.red_flags),
            "latest_outcome": None,
            "next_review_date": None,
            "open_actions": 0,
            "overdue_actions": 0,
        }
    return result


def test_an_imported_bundle_has_its_facts(services: Services, tmp_path: Path) -> None:
    source = Services.open(resolve_settings(str(tmp_path / "source")))
    try:
        sid = new_scrutiny(source)
        for question in source.scrutinies.get(sid).checklist.questions()[:5]:
            source.scrutinies.answer(sid, question.key, Status.NOT_MET)
        source.decisions.decide(
            sid,
            DecisionInput(Outcome.DEFER, "More to see", "Panel", review_date=TODAY),
        )
        bundle = tmp_path / "bundle.json"
        source.reports.export(sid, ExportFormat.JSON, bundle)
    finally:
        source.close()
    services.bundles.import_bundle(bundle)
    assert_facts_current(services)
    assert any(f["latest_outcome"] is Outcome.DEFER for f in stored(services).values())


def _ship(folder: Path, *templates: dict[str, Any]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    for data in templates:
        (folder / f"{data['slug']}.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")


def test_facts_follow_a_template_upgrade(tmp_path: Path, database_url: str) -> None:
    shipped, office = tmp_path / "shipped", tmp_path / "office"
    _ship(shipped, template_data())
    database = Database.open(database_url, tmp_path / "backups")
    try:
        library = TemplateLibrary.load(shipped, office)
        scrutinies = ScrutinyService(database, library)
        sid = scrutinies.create(NewScrutiny("Drone pilot", "Gwent", Technology.DRONES))
        for key in ("FE-01", "PD-01", "PD-03"):
            scrutinies.answer(sid, key, Status.NOT_MET)
        before = scrutinies.list(TODAY)[0]
        newer = copy.deepcopy(template_data(version="1.1.0"))
        newer["themes"][1]["questions"] = newer["themes"][1]["questions"][:2]  # PD-03 goes
        _ship(shipped, newer)
        library = TemplateLibrary.load(shipped, office)
        scrutinies = ScrutinyService(database, library)
        TemplateService(database, library, office, shipped).upgrade(sid)
        after = scrutinies.list(TODAY)[0]
        detail, assessment = scrutinies.assessment(sid)
        assert after.answered == len(detail.responses) == before.answered - 1 == 2
        assert after.ready_for_panel == assessment.readiness.ready
        assert after.red_flag_count == len(assessment.red_flags) == 2
        assert after.overall_rating == overall_rating(assessment)
        with unit_of_work(database) as session:
            kept = session.get(ScrutinyFacts, sid)
            assert kept is not None and kept.answered == 2
    finally:
        database.close()


def test_scoring_of_a_listing_matches_assess_for_every_status(services: Services) -> None:
    sid = new_scrutiny(services)
    detail = services.scrutinies.get(sid)
    for question, status in zip(detail.checklist.questions(), list(Status) * 40, strict=False):
        services.scrutinies.answer(sid, question.key, status)
    detail, assessment = services.scrutinies.assessment(sid)
    assert assessment == assess(detail.checklist, detail.responses)
    assert_facts_current(services)
