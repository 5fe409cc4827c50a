"""A first-run demonstration scrutiny, so a newcomer sees a real checklist part-way done."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import cycle
from typing import Protocol

from ethics_scrutiny.domain.consistency import inconsistencies
from ethics_scrutiny.domain.enums import (
    ActionKind,
    DecisionCapacity,
    EvidenceKind,
    Marking,
    Outcome,
    Stage,
    Status,
    Technology,
)
from ethics_scrutiny.domain.scrutiny import (
    ActionData,
    ActionInput,
    DecisionInput,
    EvidenceData,
    EvidenceInput,
    NewScrutiny,
    ResponseData,
)
from ethics_scrutiny.domain.templates import Checklist, Question
from ethics_scrutiny.storage.database import Database
from ethics_scrutiny.storage.unit_of_work import unit_of_work

from . import dashboard
from .decisions import DecisionService
from .scrutinies import ScrutinyService

DEMO_TITLE = "Demonstration: live facial recognition at city-centre events"
DEMO_PANEL = "Example ethics panel (demonstration)"
_PATTERN = (Status.MET, Status.MET, Status.PARTLY_MET, Status.UNKNOWN, Status.MET)


class _AddsEvidence(Protocol):
    def add(self, scrutiny_id: int, new: EvidenceInput, /) -> EvidenceData: ...


class _AddsActions(Protocol):
    def add(self, scrutiny_id: int, new: ActionInput, /) -> ActionData: ...


class DemoService:
    """Creates the demonstration scrutiny when the record is empty."""

    def __init__(
        self,
        scrutinies: ScrutinyService,
        decisions: DecisionService,
        database: Database | None = None,
    ) -> None:
        self._scrutinies = scrutinies
        self._decisions = decisions
        self._database = database
        self._evidence: _AddsEvidence | None = None
        self._actions: _AddsActions | None = None

    def attach(
        self, *, evidence: _AddsEvidence | None = None, actions: _AddsActions | None = None
    ) -> None:
        """Services that, when present, add an evidence item and an action to the demo."""
        self._evidence = evidence
        self._actions = actions

    def ensure_demo(self) -> int | None:
        """Create the demo only in an empty record; return its ID, or None if none was made."""
        if self._has_scrutinies():
            return None
        scrutiny_id = self._scrutinies.create(
            NewScrutiny(
                title=DEMO_TITLE,
                force="Example Constabulary (demonstration data)",
                technology=Technology.LIVE_FACIAL_RECOGNITION,
                marking=Marking.OFFICIAL,
                stage=Stage.PILOT,
                supplier="Example Vision Ltd",
                purpose=(
                    "A three-month pilot of live facial recognition at large city-centre events, "
                    "to locate people wanted on warrant for serious violent offences."
                ),
            )
        )
        flagged = self._answer_some(scrutiny_id)
        self._add_extras(scrutiny_id, flagged)
        return scrutiny_id

    def _has_scrutinies(self) -> bool:
        # One indexed row, not the whole dashboard: this runs at every start of the app.
        if self._database is None:
            return bool(self._scrutinies.list())
        with unit_of_work(self._database) as session:
            return dashboard.has_scrutinies(session)

    def _answer_some(self, scrutiny_id: int) -> Question | None:
        """Answer about two thirds, with one critical question not met (a red flag)."""
        detail = self._scrutinies.get(scrutiny_id)
        questions = detail.checklist.questions()
        answered = questions[: len(questions) * 2 // 3]
        critical = [q for q in answered if q.critical]
        flagged = critical[len(critical) // 2] if critical else None
        planned = {
            q.key: Status.NOT_MET if q is flagged else status
            for q, status in zip(answered, cycle(_PATTERN), strict=False)
        }
        statuses = _consistent(detail.checklist, planned)
        for question in answered:
            status = statuses[question.key]
            note = _demo_note(status, question.evidence[0])
            self._scrutinies.answer(scrutiny_id, question.key, status, note=note)
        return flagged

    def _add_extras(self, scrutiny_id: int, flagged: Question | None) -> None:
        today = date.today()
        key = flagged.key if flagged else None
        if self._evidence is not None:
            self._evidence.add(
                scrutiny_id,
                EvidenceInput(
                    title="Data protection impact assessment (demonstration)",
                    kind=EvidenceKind.DOCUMENT,
                    reference="DPIA v1.2",
                    description="The force's DPIA for the pilot, as sent to the panel.",
                    received_on=today - timedelta(days=10),
                    question_keys=(key,) if key else (),
                ),
            )
        if self._actions is not None and flagged is not None:
            self._actions.add(
                scrutiny_id,
                ActionInput(
                    kind=ActionKind.QUESTION,
                    text=f"Please send the evidence asked for: {flagged.evidence[0]}.",
                    owner="Force project lead",
                    due_date=today + timedelta(days=21),
                    question_key=flagged.key,
                ),
            )
        self._decisions.decide(
            scrutiny_id,
            DecisionInput(
                outcome=Outcome.DEFER,
                rationale=(
                    "The panel cannot advise support while a critical question is not met. "
                    "It asks the force for the missing evidence before the pilot begins."
                ),
                decided_by=DEMO_PANEL,
                review_date=today + timedelta(days=45),
                capacity=DecisionCapacity.PANEL_ADVICE,
            ),
        )


def _consistent(checklist: Checklist, planned: dict[str, Status]) -> dict[str, Status]:
    """The planned answers with every "met" a consistency rule doubts made "partly met".

    An officer would not call an assessment met while the rules it rests on are not, so the
    demonstration's one red flag stays the critical question it deliberately leaves not met.
    """
    statuses = dict(planned)
    while True:
        answers = {key: ResponseData(key, status) for key, status in statuses.items()}
        doubted = {item.key for item in inconsistencies(checklist, answers)}
        if not doubted:
            return statuses
        statuses.update(dict.fromkeys(doubted, Status.PARTLY_MET))


def _demo_note(status: Status, evidence: str) -> str:
    if status is Status.UNKNOWN:
        return f"Requested from the force: {evidence}. Not yet received."
    if status is Status.PARTLY_MET:
        return f"Seen: {evidence}. It covers part of the question; follow-up asked at the meeting."
    if status is Status.NOT_MET:
        return f"Asked for: {evidence}. What the force sent does not answer the question."
    return f"Seen and checked: {evidence}."
