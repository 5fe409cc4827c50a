"""Every decision a bundle brings must pass the rules `decide` applies, on the bundle's answers."""

from __future__ import annotations

import json
from typing import Any

from ethics_scrutiny.domain.enums import Rating, Status
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.record import RecordKind, canonical_json
from ethics_scrutiny.domain.scoring import assess
from ethics_scrutiny.domain.scrutiny import DecisionInput, ResponseData
from ethics_scrutiny.domain.templates import Checklist
from ethics_scrutiny.domain.typed_answers import TypedAnswer
from ethics_scrutiny.storage import repositories
from ethics_scrutiny.storage.record_state import replay, text_sha256

from .. import decision_rules
from ..decision_rules import (
    MIN_OVERRIDE_CHARACTERS,
    MIN_OVERRIDE_WORDS,
    SUPPORTING,
    describe_flags,
)
from ..decisions import DECISION_RULES
from .schema import Bundle, BundleDecision, BundleEntry

Answers = dict[str, ResponseData]
# A public bundle withholds notes; a withheld note still said something ("not applicable"
# with a reason stays explained), so it is judged as a note that is there.
WITHHELD_NOTE = "(withheld from the public summary)"
# A note the record knows only by a digest that today's note no longer matches: it said
# something then, which is all the rules ask of a note.
NOTE_SINCE_CHANGED = "(a note since changed)"
_EMPTY_NOTE = text_sha256("")
_RESPONSE = "response."
_DECISION_KINDS = frozenset({RecordKind.DECISION, RecordKind.DECISION_WITHDRAWN})


def require_lawful_decisions(bundle: Bundle, name: str) -> None:
    """Refuse the bundle if any decision could not have been recorded by ``decide``.

    Each is judged on the bundle's own checklist, on the day it was recorded (a review date
    is judged from then), on its answers as they stood at the time (see :func:`answers_at`),
    and by the rules its record entry names (see :func:`rules_of`). Nothing else in the bundle
    is trusted for it (the decision's own list of red flags is the sender's word).
    """
    checklist = bundle_checklist(bundle)
    screened = bundle.scrutiny.screening
    level = screened.level if screened is not None else None
    for n, decision in enumerate(bundle.decisions, start=1):
        answers = answers_at(bundle, decision)
        if answers is None:
            raise InvalidInputError(
                f"{name} was not imported: the answers its decision {n} was based on cannot "
                "be read back from its record; ask the sending office to export it again."
            )
        try:
            _judge(checklist, answers, decision, rules_of(bundle, decision), level)
        except InvalidInputError as exc:
            raise InvalidInputError(
                f"{name} was not imported: its decision {n} ('{decision.outcome.label}', "
                f"{decision.decided_at.date().isoformat()}) could not have been recorded on "
                f"the bundle's own answers, because {_first_sentence(str(exc))}; ask the "
                "sending office about it."
            ) from None


def rules_of(bundle: Bundle, decision: BundleDecision) -> object:
    """The decision rules stamped in the decision's record entry; None when it has no stamp."""
    for entry in bundle.record.entries:
        if entry.entry_hash == decision.entry_hash:
            # An unreadable entry has no stamp; the bundle's own check refuses it anyway.
            return (_payload(entry) or {}).get("rules")
    return None


def bundle_checklist(bundle: Bundle) -> Checklist:
    """The bundle's checklist with the questions its screening (if any) puts in scope."""
    screened = bundle.scrutiny.screening
    answers = {
        **repositories.screening_answers(canonical_json(screened.answers) if screened else None),
        **{
            r.key: TypedAnswer(choices=tuple(r.choice))
            for r in bundle.responses
            if r.choice is not None
        },
    }
    level = screened.level if screened is not None else None
    snapshots = list(bundle.template.snapshots)
    return repositories.scoped(snapshots, level, bundle.scrutiny.stage.value, answers)


def _judge(
    checklist: Checklist,
    answers: Answers,
    decision: BundleDecision,
    rules: object,
    impact_level: int | None = None,
) -> None:
    """Refuse the decision if the rules it names (or, unnamed, the earlier rule) refuse it."""
    given = _as_input(decision)
    if rules is None:
        _earlier_rule(checklist, answers, given)
    elif type(rules) is int and rules == DECISION_RULES:
        decision_rules.decision_fields(
            checklist,
            answers,
            given,
            today=decision.decided_at.date(),
            impact_level=impact_level,
        )
    elif type(rules) is int and rules > DECISION_RULES:
        raise InvalidInputError(
            f"It was recorded under decision rules ({rules}) newer than this version of Ethics "
            "Scrutiny knows. Update Ethics Scrutiny to import it."
        )
    else:
        raise InvalidInputError(f"It names decision rules no version of the app used ({rules!r}).")


def _earlier_rule(checklist: Checklist, answers: Answers, given: DecisionInput) -> None:
    """The rule before decisions were stamped: support over blocking flags needs a reason.

    Then, support (with or without conditions) while a blocking red flag stood needed an
    override reason of a full sentence, and no review date was required. A decision without
    the stamp gains nothing an earlier version of the app could not have recorded.
    """
    flags = assess(checklist, answers).blocking_red_flags
    reason = given.override_reason.strip()
    if given.outcome not in SUPPORTING or not flags:
        if reason:
            raise InvalidInputError("It gives an override reason where nothing needed overriding.")
        return
    listed = describe_flags(flags)
    if not reason:
        raise InvalidInputError(f"Blocking red flags stood ({listed}) with no override reason.")
    if len(reason) < MIN_OVERRIDE_CHARACTERS or len(reason.split()) < MIN_OVERRIDE_WORDS:
        raise InvalidInputError(
            f"Its override reason is too short to explain overriding {listed} (at least "
            f"{MIN_OVERRIDE_WORDS} words and {MIN_OVERRIDE_CHARACTERS} characters)."
        )


def answers_at(bundle: Bundle, decision: BundleDecision) -> Answers | None:
    """The bundle's answers as they stood at the decision's entry, or None if unreadable.

    Replayed from the states its record's entries carry (see ``storage.record_state``) when
    the record holds them from a full baseline; otherwise today's answers with every later
    ``response_changed`` entry undone (which cannot see answers changed by a bundle sync).
    """
    at = next((e.sequence for e in bundle.record.entries if e.entry_hash == decision.entry_hash), 0)
    current = {
        r.key: ResponseData(
            r.key,
            r.status,
            r.rating,
            WITHHELD_NOTE if r.note_withheld and not r.note else r.note,
            r.sensitive,
        )
        for r in bundle.responses
    }
    replayed = _replayed(bundle, at, current)
    if replayed is not None:
        return replayed
    return _undone(bundle, at, current)


def _replayed(bundle: Bundle, at: int, current: Answers) -> Answers | None:
    """The answers the record's states give at entry ``at``, or None without a full baseline.

    A decision taken in from another bundle was judged there; here its answers are those its
    import wrote, which the import's own entry after it carries (decisions carry no state).
    """
    entries = sorted(bundle.record.entries, key=lambda e: e.sequence)
    read = [(e.sequence, e.kind, _payload(e)) for e in entries]
    if any(payload is None for _, _, payload in read):
        return None
    decision = next((p for seq, _, p in read if seq == at), None) or {}
    end = at
    if "origin_entry" in decision or "imported_from_entry" in decision:
        after = (seq for seq, kind, _ in read if seq > at and kind == RecordKind.BUNDLE_IMPORTED)
        end = next(after, at)
    upto = [(kind, payload or {}) for seq, kind, payload in read if seq <= end]
    if not _has_baseline(upto):
        return None
    try:
        return _answers_of(replay(upto), current)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _has_baseline(upto: list[tuple[str, dict[str, Any]]]) -> bool:
    """A state_attested entry, or a first non-decision entry carrying state: a full start."""
    if any(kind == RecordKind.STATE_ATTESTED for kind, _ in upto):
        return True
    others = [p for kind, p in upto if kind not in _DECISION_KINDS]
    return bool(others) and isinstance(others[0].get("state"), dict)


def _answers_of(state: dict[str, dict[str, Any]], current: Answers) -> Answers:
    """Answers from replayed states; a note known only by digest is today's if it matches."""
    answers: Answers = {}
    for item, value in state.items():
        if not item.startswith(_RESPONSE):
            continue
        key = item.removeprefix(_RESPONSE)
        now = current.get(key)
        digest = value["note_sha256"]
        if now is not None and (digest == text_sha256(now.note) or now.note == WITHHELD_NOTE):
            note = now.note if digest != _EMPTY_NOTE else ""
        else:
            note = "" if digest == _EMPTY_NOTE else NOTE_SINCE_CHANGED
        rating = value["rating"]
        answers[key] = ResponseData(
            key, Status(value["status"]), Rating(rating) if rating else None, note,
            bool(value["sensitive"]),
        )  # fmt: skip
    return answers


def _payload(entry: BundleEntry) -> dict[str, Any] | None:
    try:
        payload = json.loads(entry.payload)
    except (ValueError, RecursionError):
        return None
    return payload if isinstance(payload, dict) else None


def _undone(bundle: Bundle, at: int, answers: Answers) -> Answers | None:
    """``answers`` with every ``response_changed`` entry after ``at`` undone, latest first."""
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
