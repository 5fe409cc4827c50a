"""Dashboard facts for every scrutiny: rating, readiness, red flags, review date, actions."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from ethics_scrutiny.domain.enums import Outcome, Rating
from ethics_scrutiny.domain.scoring import Assessment, assess
from ethics_scrutiny.domain.scrutiny import ScrutinySummary
from ethics_scrutiny.domain.templates import Checklist
from ethics_scrutiny.storage import dashboard_queries
from ethics_scrutiny.storage.models import RecordEntry, Scrutiny
from ethics_scrutiny.storage.repositories import snapshot_template

from . import mapping

_SEVERITY = {Rating.GREEN: 0, Rating.AMBER: 1, Rating.RED: 2}


def summaries(session: Session, today: date) -> list[ScrutinySummary]:
    """One summary per scrutiny, newest first, in a fixed number of queries."""
    rows = dashboard_queries.scrutinies_with_answers(session)
    checklists: dict[tuple[str, ...], Checklist] = {}
    standing = _standing_decisions(dashboard_queries.decision_entries(session))
    open_counts: dict[int, int] = defaultdict(int)
    overdue_counts: dict[int, int] = defaultdict(int)
    for action in dashboard_queries.open_actions(session):
        open_counts[action.scrutiny_id] += 1
        if mapping.action(action).is_overdue(today):
            overdue_counts[action.scrutiny_id] += 1
    result = []
    for row in rows:
        assessment = _assess(row, checklists)
        latest = standing.get(row.id)
        review = latest.get("review_date") if latest else None
        base = mapping.summary(
            row,
            len(row.responses),
            Outcome(str(latest["outcome"])) if latest else None,
        )
        result.append(
            replace(
                base,
                overall_rating=overall_rating(assessment),
                ready_for_panel=assessment.readiness.ready,
                red_flag_count=len(assessment.red_flags),
                next_review_date=date.fromisoformat(str(review)) if review else None,
                open_actions=open_counts[row.id],
                overdue_actions=overdue_counts[row.id],
            )
        )
    return result


def overall_rating(assessment: Assessment) -> Rating | None:
    """The worst theme rating: one red theme makes the whole deployment red."""
    rated = [t.rating for t in assessment.themes if t.rating is not None]
    return max(rated, key=_SEVERITY.__getitem__) if rated else None


def _assess(row: Scrutiny, cache: dict[tuple[str, ...], Checklist]) -> Assessment:
    # Scrutinies share template snapshots, so each distinct set is parsed once per listing.
    shas = tuple(link.snapshot_sha256 for link in row.templates)
    if shas not in cache:
        cache[shas] = Checklist([snapshot_template(link.snapshot) for link in row.templates])
    responses = {r.question_key: mapping.response(r) for r in row.responses}
    return assess(cache[shas], responses)


def _standing_decisions(entries: list[RecordEntry]) -> dict[int, dict[str, object]]:
    """Each scrutiny's newest decision that is neither superseded nor withdrawn (payload)."""
    payloads = [(e, json.loads(e.payload)) for e in entries]
    replaced: set[int] = set()
    for entry, payload in payloads:
        if entry.kind == "decision" and isinstance(payload.get("supersedes"), int):
            replaced.add(payload["supersedes"])
        if entry.kind == "decision_withdrawn":
            withdrawn = payload.get("withdraws")
            if isinstance(withdrawn, int):
                replaced.add(withdrawn)
    standing: dict[int, dict[str, object]] = {}
    for entry, payload in payloads:
        if entry.kind == "decision" and entry.scrutiny_id and entry.sequence not in replaced:
            standing[entry.scrutiny_id] = payload
    return standing
