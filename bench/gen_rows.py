"""Row builders for bench/generate.py: one scrutiny's rows, exactly as the services make them.

Every record payload is built by the service's own helper (``_created_payload``,
``_added_payload``, ``actions._public``, ``responses_digest``) or copied field for field from the
service method named beside it, and every entry by ``record_chain.make_entry``, so the chain
verifies and the rows read back as if an officer had typed them.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from bench import corpus
from ethics_scrutiny.domain import record
from ethics_scrutiny.domain.approval import flags_to_override
from ethics_scrutiny.domain.enums import (
    ActionKind,
    ActionStatus,
    DecisionCapacity,
    EvidenceKind,
    Language,
    Marking,
    Outcome,
    Rating,
    Stage,
    Status,
)
from ethics_scrutiny.domain.record import RecordKind
from ethics_scrutiny.domain.scoring import Assessment, assess
from ethics_scrutiny.domain.scrutiny import DecisionInput, RecordHead, ResponseData
from ethics_scrutiny.domain.templates import Checklist, Template
from ethics_scrutiny.services.actions import _public as action_public
from ethics_scrutiny.services.decision_rules import (
    SUPPORTING,
    decision_fields,
    keys_of_condition,
)
from ethics_scrutiny.services.decisions import DECISION_RULES, responses_digest
from ethics_scrutiny.services.evidence import _added_payload
from ethics_scrutiny.services.scrutinies import _created_payload
from ethics_scrutiny.storage import record_chain
from ethics_scrutiny.storage.evidence_files import StoredFile
from ethics_scrutiny.storage.models import Evidence, Scrutiny

ENTRY_COLUMNS = (
    "sequence",
    "scrutiny_id",
    "kind",
    "created_at",
    "payload",
    "payload_sha256",
    "previous_hash",
    "entry_hash",
)
# How an officer's findings are spread, and the rating each status usually gets.
STATUS_WEIGHTS = {
    Status.MET: 50,
    Status.PARTLY_MET: 20,
    Status.NOT_MET: 10,
    Status.UNKNOWN: 10,
    Status.NOT_APPLICABLE: 10,
}
RATINGS: dict[Status, tuple[Rating | None, ...]] = {
    Status.MET: (Rating.GREEN, Rating.GREEN, Rating.GREEN, None),
    Status.PARTLY_MET: (Rating.AMBER, Rating.AMBER, Rating.GREEN, None),
    Status.NOT_MET: (Rating.RED, Rating.RED, Rating.AMBER),
    Status.UNKNOWN: (Rating.AMBER, None),
    Status.NOT_APPLICABLE: (None,),
}
OUTCOMES = (
    Outcome.SUPPORT,
    Outcome.SUPPORT_WITH_CONDITIONS,
    Outcome.SUPPORT_WITH_CONDITIONS,
    Outcome.DEFER,
    Outcome.DO_NOT_SUPPORT,
)
CHECK_EVERY = 1000  # cross-check one entry in this many against record_chain.make_entry
STAGE_PATH = (Stage.PROPOSAL, Stage.PILOT, Stage.LIVE, Stage.REVIEW)


@dataclass
class Tables:
    """Rows waiting to be inserted, per table, in foreign-key order."""

    scrutinies: list[dict[str, Any]] = field(default_factory=list)
    scrutiny_templates: list[dict[str, Any]] = field(default_factory=list)
    responses: list[dict[str, Any]] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    evidence_links: list[dict[str, Any]] = field(default_factory=list)
    actions: list[dict[str, Any]] = field(default_factory=list)
    record_entries: list[dict[str, Any]] = field(default_factory=list)

    def names(self) -> tuple[str, ...]:
        return tuple(self.__dataclass_fields__)


@dataclass
class Counters:
    """Next IDs, the record head and the clock, carried from one scrutiny to the next."""

    head: RecordHead
    start: datetime
    clock: datetime
    today: date
    slot: timedelta = timedelta(hours=1)  # scrutinies start this far apart, spreading the years
    scrutiny_id: int = 1
    evidence_id: int = 1
    action_id: int = 1
    decisions: int = 0
    welsh: int = 0
    later_rounds: int = 0

    def tick(self, rng: random.Random, low: int = 10, high: int = 40) -> datetime:
        self.clock += timedelta(seconds=rng.randint(low, high))
        return self.clock


@dataclass(frozen=True)
class Plan:
    """One scrutiny to build: its facts, templates and how much goes into it."""

    new_title: str
    force: str
    technology: str
    marking: Marking
    supplier: str
    purpose: str
    language: Language
    templates: tuple[Template, ...]
    checklist: Checklist
    final_stage: Stage
    evidence_items: int
    actions: int
    decisions: int  # 0, 1, or 2 (the first superseded by the second)
    withdraw_last: bool = False
    long_notes: bool = False  # the largest scrutiny: long, multi-paragraph notes
    extra_scripts: bool = False  # mix other scripts into some notes (never in a PDF we export)


@dataclass
class Built:
    """What was built for one scrutiny, for a later round to start from."""

    scrutiny_id: int
    uuid: str
    plan: Plan
    responses: dict[str, ResponseData]
    snapshot_shas: tuple[str, ...]


class Builder:
    """Adds a scrutiny's rows and record entries to ``tables`` as the services would."""

    def __init__(
        self, tables: Tables, counters: Counters, shas: dict[str, str], files: list[StoredFile]
    ) -> None:
        self.tables = tables
        self.counters = counters
        self._shas = shas  # template slug -> snapshot SHA-256 (stored by store_snapshot)
        self._files = files
        self._uuids: dict[int, str] = {}  # scrutiny ID -> UUID, for the entries filed under it

    def entry(self, kind: str, payload: dict[str, Any], scrutiny_id: int | None) -> int:
        """The next record entry, as ``record_chain.make_entry`` builds it.

        Building an ORM object per entry is nearly half the generator's time, so the row is
        made with the same hashing functions directly, and every ``CHECK_EVERY``-th entry
        (and the first) is also made by ``make_entry`` and must be identical.
        """
        if scrutiny_id is not None and "scrutiny_uuid" not in payload:
            # record_chain.append names the scrutiny in every entry filed under it.
            payload = {**payload, "scrutiny_uuid": self._uuids[scrutiny_id]}
        when = self.counters.clock.isoformat(timespec="microseconds")
        head = self.counters.head
        canonical = record.canonical_json(payload)
        payload_sha = record.payload_hash(canonical)
        sequence = head.entries + 1
        entry_hash = record.entry_hash(
            sequence=sequence,
            kind=kind,
            created_at=when,
            payload_sha256=payload_sha,
            previous_hash=head.head_hash,
        )
        row = {
            "sequence": sequence,
            "scrutiny_id": scrutiny_id,
            "kind": kind,
            "created_at": when,
            "payload": canonical,
            "payload_sha256": payload_sha,
            "previous_hash": head.head_hash,
            "entry_hash": entry_hash,
        }
        if sequence % CHECK_EVERY == 1:
            made = record_chain.make_entry(head, kind, payload, scrutiny_id, when)
            if {c: getattr(made, c) for c in ENTRY_COLUMNS} != row:
                raise AssertionError(f"entry {sequence} differs from record_chain.make_entry's")
        self.counters.head = RecordHead(entry_hash, sequence)
        self.tables.record_entries.append(row)
        return sequence

    def scrutiny(self, plan: Plan, rng: random.Random, previous: Built | None = None) -> Built:
        """Create (ScrutinyService.create or RoundService.start_round), then fill it in."""
        c = self.counters
        sid = c.scrutiny_id
        c.scrutiny_id += 1
        c.welsh += plan.language is Language.WELSH
        c.clock = max(c.clock, c.start + c.slot * sid)
        created = c.tick(rng)
        row = Scrutiny(
            uuid=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            title=plan.new_title,
            force=plan.force,
            technology=plan.technology,
            stage=(previous.plan.final_stage if previous else Stage.PROPOSAL).value,
            marking=plan.marking.value,
            supplier=plan.supplier,
            purpose=plan.purpose,
            question_total=plan.checklist.question_count,
            created_at=created,
            updated_at=created,
            language=plan.language.value,
            round_number=2 if previous else 1,
            previous_id=previous.scrutiny_id if previous else None,
            version=1,
        )
        self._uuids[sid] = row.uuid
        shas = tuple(self._shas[t.slug] for t in plan.templates)
        self.tables.scrutinies.append(_scrutiny_row(sid, row))
        self.tables.scrutiny_templates.extend(
            {"scrutiny_id": sid, "position": n, "snapshot_sha256": sha}
            for n, sha in enumerate(shas)
        )
        if previous is None:
            self.entry(
                RecordKind.SCRUTINY_CREATED, _created_payload(row, list(plan.templates)), sid
            )
            responses: dict[str, ResponseData] = {}
        else:
            responses = dict(previous.responses)
            self.entry(
                RecordKind.ROUND_STARTED,
                {
                    "scrutiny_uuid": row.uuid,
                    "round_number": 2,
                    "previous_id": previous.scrutiny_id,
                    "previous_uuid": previous.uuid,
                    "answers_carried": len(responses),
                },
                sid,
            )
        built = Built(sid, row.uuid, plan, responses, shas)
        evidence_titles = self._evidence(built, rng)
        self._answers(built, rng, evidence_titles, changed_only=previous is not None)
        self.tables.responses.extend(_response_row(sid, r) for r in built.responses.values())
        self._stages(built, row.stage, rng)
        self._actions(built, rng)
        self._decisions(built, rng)
        self.tables.scrutinies[-1]["updated_at"] = c.clock
        return built

    def _answers(
        self, built: Built, rng: random.Random, evidence: list[str], *, changed_only: bool
    ) -> None:
        """ScrutinyService.answer for every question (a later round changes about one in ten)."""
        statuses, weights = list(STATUS_WEIGHTS), list(STATUS_WEIGHTS.values())
        for index, question in enumerate(built.plan.checklist.questions()):
            before = built.responses.get(question.key)
            if changed_only and before is not None and rng.random() > 0.1:
                continue
            status = rng.choices(statuses, weights)[0]
            rating = rng.choice(RATINGS[status])
            note = _note(rng, status, evidence, built.plan, index)
            sensitive = rng.random() < 0.05
            when = self.counters.tick(rng)
            # Every ORM UPDATE of an answer bumps its version (version_id_col).
            version = before.version + 1 if before and before.version else 1
            answer = ResponseData(question.key, status, rating, note, sensitive, when, version)
            built.responses[question.key] = answer
            was = (
                (before.status.value, before.rating.value if before.rating else None)
                if before
                else (None, None)
            )
            if before is not None and (before.status, before.rating, before.sensitive) == (
                status,
                rating,
                sensitive,
            ):
                continue  # a note edit alone adds no entry
            self.entry(
                RecordKind.RESPONSE_CHANGED,
                {
                    "scrutiny_uuid": built.uuid,
                    "question_key": question.key,
                    "status": status.value,
                    "rating": rating.value if rating else None,
                    "note_sha256": hashlib.sha256(note.encode("utf-8")).hexdigest(),
                    "sensitive": sensitive,
                    "previous_status": was[0],
                    "previous_rating": was[1],
                },
                built.scrutiny_id,
            )

    def _evidence(self, built: Built, rng: random.Random) -> list[str]:
        """EvidenceService.add for each item: some with a kept file, some sensitive."""
        keys = [q.key for q in built.plan.checklist.questions()]
        titles = []
        for n in range(built.plan.evidence_items):
            title, ref = corpus.EVIDENCE_TITLES[
                (n + rng.randrange(7)) % len(corpus.EVIDENCE_TITLES)
            ]
            reference = ref.format(n=rng.randint(1, 9), m=rng.randint(0, 9))
            stored = rng.choice(self._files) if self._files and rng.random() < 0.4 else None
            document_date = self.counters.clock.date() - timedelta(days=rng.randint(5, 400))
            row = Evidence(
                id=self.counters.evidence_id,
                scrutiny_id=built.scrutiny_id,
                title=title,
                kind=rng.choice(list(EvidenceKind)).value,
                reference=reference,
                description=f"Supplied by the force for {built.plan.new_title[:60]}.",
                document_date=document_date,
                received_on=document_date + timedelta(days=rng.randint(0, 30)),
                file_sha256=stored.sha256 if stored else None,
                file_name=stored.name if stored else "",
                file_size=stored.size if stored else None,
                sensitive=rng.random() < 0.1,
                added_at=self.counters.tick(rng),
                version=1,
            )
            self.counters.evidence_id += 1
            row.updated_at = row.added_at
            linked = sorted(set(rng.sample(keys, k=min(len(keys), rng.randint(1, 3)))))
            self.tables.evidence.append(_evidence_row(row))
            self.tables.evidence_links.extend(
                {"evidence_id": row.id, "question_key": k} for k in linked
            )
            self.entry(RecordKind.EVIDENCE_ADDED, _added_payload(row, linked), built.scrutiny_id)
            titles.append(f"{title} ({reference})")
        return titles

    def _stages(self, built: Built, stage: str, rng: random.Random) -> None:
        """ScrutinyService.set_stage one step at a time to the plan's stage."""
        path = [s.value for s in STAGE_PATH]
        target = built.plan.final_stage.value
        while path.index(stage) < path.index(target):
            after = path[path.index(stage) + 1]
            self.counters.tick(rng)
            payload = {"scrutiny_uuid": built.uuid, "from": stage, "to": after}
            self.entry(RecordKind.STAGE_CHANGED, payload, built.scrutiny_id)
            stage = after
            # set_stage bumps the scrutiny's own version (its details changed).
            self.tables.scrutinies[-1]["version"] += 1
        self.tables.scrutinies[-1]["stage"] = stage

    def _actions(self, built: Built, rng: random.Random) -> None:
        """ActionService.add (open), then for many an update with the force's reply."""
        keys = [q.key for q in built.plan.checklist.questions()]
        for n in range(built.plan.actions):
            created = self.counters.tick(rng)
            condition = n % 3 == 2
            clean: dict[str, Any] = {
                "kind": (ActionKind.CONDITION if condition else ActionKind.QUESTION).value,
                "text": rng.choice(corpus.CONDITION_TEXTS if condition else corpus.ACTION_TEXTS),
                "owner": rng.choice(corpus.OWNERS),
                "due_date": created.date() + timedelta(days=rng.randint(14, 120)),
                "status": ActionStatus.OPEN.value,
                "reply": "",
                "question_key": rng.choice(keys) if rng.random() < 0.8 else None,
                "sensitive": rng.random() < 0.1,
            }
            action_id = self.counters.action_id
            self.counters.action_id += 1
            payload = {"action_id": action_id, "change": "added", **action_public(clean)}
            self.entry(RecordKind.ACTION_RECORDED, payload, built.scrutiny_id)
            row = {**clean, "created_at": created, "updated_at": created, "version": 1}
            # Most actions long past their due date have been answered; some stay overdue.
            old = clean["due_date"] < self.counters.today - timedelta(days=90)
            if rng.random() < (0.85 if old else 0.3):
                diff = {
                    "status": rng.choice((ActionStatus.ANSWERED, ActionStatus.CLOSED)).value,
                    "reply": "Supplied; see the evidence register.",
                }
                row.update(diff, updated_at=self.counters.tick(rng), version=2)
                changed = action_public(diff, sensitive=bool(clean["sensitive"]))
                payload = {"action_id": action_id, "change": "updated", "changed": changed}
                self.entry(RecordKind.ACTION_RECORDED, payload, built.scrutiny_id)
            self.tables.actions.append(
                {
                    "id": action_id,
                    "scrutiny_id": built.scrutiny_id,
                    "decision_sequence": None,
                    **row,
                }
            )

    def _condition_actions(self, built: Built, decision: dict[str, Any], sequence: int) -> None:
        """decisions._add_condition_actions: an open condition for every condition."""
        review = decision["review_date"]
        for text in decision["conditions"]:
            keys = keys_of_condition(text)
            clean: dict[str, Any] = {
                "kind": ActionKind.CONDITION.value,
                "text": text,
                "owner": built.plan.force,
                "due_date": date.fromisoformat(review) if review else None,
                "status": ActionStatus.OPEN.value,
                "reply": "",
                "question_key": keys[0] if keys else None,
                "sensitive": False,
            }
            action_id = self.counters.action_id
            self.counters.action_id += 1
            public = {"action_id": action_id, "change": "added", **action_public(clean)}
            payload = {**public, "decision_sequence": sequence}
            self.entry(RecordKind.ACTION_RECORDED, payload, built.scrutiny_id)
            stamp = {"created_at": self.counters.clock, "updated_at": self.counters.clock}
            self.tables.actions.append(
                {"id": action_id, "scrutiny_id": built.scrutiny_id,
                 "decision_sequence": sequence, **clean, **stamp, "version": 1}
            )  # fmt: skip

    def _decisions(self, built: Built, rng: random.Random) -> None:
        """DecisionService.decide (the second superseding the first), maybe withdraw."""
        if not built.plan.decisions:
            return
        result = assess(built.plan.checklist, built.responses)
        digest = responses_digest(built.responses.values())
        previous: int | None = None
        for number in range(built.plan.decisions):
            last = number == built.plan.decisions - 1
            outcome = rng.choice(OUTCOMES) if last else Outcome.DEFER
            self.counters.tick(rng, 600, 3600)
            payload = _decision_payload(outcome, rng, self.counters.clock, built, result)
            payload["rules"] = DECISION_RULES
            if previous is not None:
                payload["supersedes"] = previous
            payload["responses_sha256"] = digest
            payload["ready_for_panel"] = result.readiness.ready
            payload["red_flags"] = [flag.key for flag in result.red_flags]
            payload["scrutiny_uuid"] = built.uuid
            payload["snapshots"] = list(built.snapshot_shas)
            previous = self.entry(RecordKind.DECISION, payload, built.scrutiny_id)
            self._condition_actions(built, payload, previous)
            self.counters.decisions += 1
        if built.plan.withdraw_last and previous is not None:
            self.counters.tick(rng, 600, 3600)
            payload = {
                "withdraws": previous,
                "reason": "Recorded against the wrong round; the panel has not met on it yet.",
                "scrutiny_uuid": built.uuid,
            }
            self.entry(RecordKind.DECISION_WITHDRAWN, payload, built.scrutiny_id)


def _decision_payload(
    outcome: Outcome, rng: random.Random, now: datetime, built: Built, result: Assessment
) -> dict[str, Any]:
    """decision_rules.decision_fields for a decision the rules accept, made at ``now``.

    An office cannot record support while flags on legal requirements stand, so such a
    scrutiny gets support with conditions naming each of them, as an officer would record it;
    flags on good-practice questions are left to an override reason.
    """
    if outcome is Outcome.SUPPORT and not result.readiness.ready:
        outcome = Outcome.SUPPORT_WITH_CONDITIONS
    conditions: list[str] = []
    if outcome is Outcome.SUPPORT_WITH_CONDITIONS:
        conditions = _naming_conditions(rng, [flag.key for flag in result.must_flags])
        conditions += rng.sample(corpus.CONDITION_TEXTS, k=rng.randint(0 if conditions else 1, 2))
    review = now.date() + timedelta(days=rng.choice((90, 180, 365)))
    supporting = outcome in SUPPORTING
    checklist = built.plan.checklist
    flags = flags_to_override(outcome, result, checklist, conditions) if supporting else ()
    decision = DecisionInput(
        outcome=outcome,
        rationale=corpus.RATIONALES[outcome.value],
        decided_by=rng.choice(corpus.DECIDERS),
        conditions=tuple(conditions),
        review_date=review if supporting else None,
        capacity=rng.choice(list(DecisionCapacity)),
        override_reason=corpus.OVERRIDE_REASON if flags else "",
    )
    return decision_fields(checklist, built.responses, decision, today=now.date(), max_months=24)


def _naming_conditions(rng: random.Random, keys: list[str]) -> list[str]:
    """Conditions that name the given question keys, up to three keys to a condition."""
    groups = [keys[n : n + 3] for n in range(0, len(keys), 3)]
    return [f"{', '.join(group)}: {rng.choice(corpus.NAMING_CONDITIONS)}" for group in groups]


def _note(rng: random.Random, status: Status, evidence: list[str], plan: Plan, index: int) -> str:
    seen = rng.choice(evidence) if evidence else "the force's policy"
    note = rng.choice(corpus.NOTES[status.value]).format(evidence=seen)
    if plan.long_notes and index % 5 == 2:
        paragraphs = [note] + [
            f"Paragraph {n}: {rng.choice(corpus.NOTES[status.value]).format(evidence=seen)}"
            for n in range(2, 7)
        ]
        note = "\n".join(paragraphs)
    if plan.extra_scripts and rng.random() < 0.2:
        note += rng.choice(corpus.EXTRA_SCRIPTS)
    return note


def _scrutiny_row(sid: int, row: Scrutiny) -> dict[str, Any]:
    names = [
        "uuid",
        "title",
        "force",
        "technology",
        "stage",
        "marking",
        "supplier",
        "purpose",
        "question_total",
        "created_at",
        "updated_at",
        "language",
        "round_number",
        "previous_id",
        "version",
    ]
    return {"id": sid, **{name: getattr(row, name) for name in names}}


def _response_row(sid: int, answer: ResponseData) -> dict[str, Any]:
    return {
        "scrutiny_id": sid,
        "question_key": answer.key,
        "status": answer.status.value,
        "rating": answer.rating.value if answer.rating else None,
        "note": answer.note,
        "sensitive": answer.sensitive,
        "updated_at": answer.updated_at,
        "version": answer.version or 1,
    }


def _evidence_row(row: Evidence) -> dict[str, Any]:
    names = [
        "id",
        "scrutiny_id",
        "title",
        "kind",
        "reference",
        "description",
        "document_date",
        "received_on",
        "file_sha256",
        "file_name",
        "file_size",
        "sensitive",
        "added_at",
        "updated_at",
        "version",
    ]
    return {name: getattr(row, name) for name in names}


def utc(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, tzinfo=UTC)
