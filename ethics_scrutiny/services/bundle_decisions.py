"""Every decision a bundle brings must pass the rules `decide` applies, on the bundle's answers."""

from __future__ import annotations

import json

from ethics_scrutiny.domain.enums import Rating, Status
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.record import RecordKind
from ethics_scrutiny.domain.scrutiny import DecisionInput, ResponseData
from ethics_scrutiny.domain.templates import Checklist

from . import decision_rules
from .bundle_schema import Bundle, BundleDecision, BundleEntry

Answers = dict[str, ResponseData]
# A public bundle withholds notes; a withheld note still said something ("not applicable"
# with a reason stays explained), so it is judged as a note that is there.
WITHHELD_NOTE = "(withheld from the public summary)"


def require_lawful_decisions(bundle: Bundle, name: str) -> None:
    """Refuse the bundle if any decision could not have been recorded by ``decide``.

    Each is judged on the bundle's own checklist, on the day it was recorded (a review date
    is judged from then), and on its answers as they stood at the time: today's answers with
    every later ``response_changed`` entry of the bundle's record undone. Nothing else in the
    bundle is trusted for it (the decision's own list of red flags is the sender's word).
    """
    checklist = Checklist(list(bundle.template.snapshots))
    for n, decision in enumerate(bundle.decisions, start=1):
        answers = answers_at(bundle, decision)
        if answers is None:
            raise InvalidInputError(
                f"{name} was not imported: the answers its decision {n} was based on cannot "
                "be read back from its record; ask the sending office to export it again."
            )
        try:
            decision_rules.decision_fields(
                checklist, answers, _as_input(decision), today=decision.decided_at.date()
            )
        except InvalidInputError as exc:
            raise InvalidInputError(
                f"{name} was not imported: its decision {n} ('{decision.outcome.label}', "
                f"{decision.decided_at.date().isoformat()}) could not have been recorded on "
                f"the bundle's own answers, because {_first_sentence(str(exc))}; ask the "
                "sending office about it."
            ) from None


def answers_at(bundle: Bundle, decision: BundleDecision) -> Answers | None:
    """The bundle's answers as they stood at the decision's entry, or None if unreadable."""
    answers = {
        r.key: ResponseData(
            r.key,
            r.status,
            r.rating,
            WITHHELD_NOTE if r.note_withheld and not r.note else r.note,
            r.sensitive,
        )
        for r in bundle.responses
    }
    at = next((e.sequence for e in bundle.record.entries if e.entry_hash == decision.entry_hash), 0)
    later = [
        e
        for e in bundle.record.entries
        if e.kind == RecordKind.RESPONSE_CHANGED and e.sequence > at
    ]
    for entry in sorted(later, key=lambda e: e.sequence, reverse=True):
        if not _undo(answers, entry):
            return None
    return answers


def _undo(answers: Answers, entry: BundleEntry) -> bool:
    """Put one answer back as it was before ``entry``; False if the entry cannot be read."""
    try:
        payload = json.loads(entry.payload)
        key = str(payload["question_key"])
        before = payload.get("previous_status")
        rating = payload.get("previous_rating")
        if before is None:
            answers.pop(key, None)
            return True
        current = answers.get(key)
        # Notes are not in the record (only their digest); the note kept is the best known.
        note = current.note if current is not None else ""
        sensitive = current.sensitive if current is not None else False
        answers[key] = ResponseData(
            key, Status(before), Rating(rating) if rating else None, note, sensitive
        )
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return False
    return True


def _as_input(decision: BundleDecision) -> DecisionInput:
    return DecisionInput(
        outcome=decision.outcome,
        rationale=decision.rationale,
        decided_by=decision.decided_by,
        conditions=tuple(decision.conditions),
        review_date=decision.review_date,
        capacity=decision.capacity,
        override_reason=decision.override_reason,
    )


def _first_sentence(message: str) -> str:
    sentence = message.split(". ")[0].rstrip(".")
    return sentence[:1].lower() + sentence[1:]
