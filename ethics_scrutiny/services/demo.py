"""A first-run demonstration scrutiny, so a newcomer sees a real checklist part-way done."""

from __future__ import annotations

from itertools import cycle

from ethics_scrutiny.domain.enums import Marking, Stage, Status, Technology
from ethics_scrutiny.domain.scrutiny import NewScrutiny

from .decisions import DecisionService
from .scrutinies import ScrutinyService

DEMO_TITLE = "Demonstration: live facial recognition at city-centre events"
_PATTERN = (Status.MET, Status.MET, Status.PARTLY_MET, Status.UNKNOWN, Status.MET)


class DemoService:
    """Creates the demonstration scrutiny when the record is empty."""

    def __init__(self, scrutinies: ScrutinyService, decisions: DecisionService) -> None:
        self._scrutinies = scrutinies
        self._decisions = decisions

    def ensure_demo(self) -> int | None:
        """Create the demo only in an empty record; return its ID, or None if none was made."""
        if self._scrutinies.list():
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
        self._answer_some(scrutiny_id)
        return scrutiny_id

    def _answer_some(self, scrutiny_id: int) -> None:
        detail = self._scrutinies.get(scrutiny_id)
        questions = detail.checklist.questions()
        # About two thirds answered, so the demo shows progress, gaps and an "unknown".
        for question, status in zip(
            questions[: len(questions) * 2 // 3], cycle(_PATTERN), strict=False
        ):
            note = _demo_note(status, question.evidence[0])
            self._scrutinies.answer(scrutiny_id, question.key, status, note=note)


def _demo_note(status: Status, evidence: str) -> str:
    if status is Status.UNKNOWN:
        return f"Requested from the force: {evidence}. Not yet received."
    if status is Status.PARTLY_MET:
        return f"Seen: {evidence}. It covers part of the question; follow-up asked at the meeting."
    return f"Seen and checked: {evidence}."
