"""Dashboard facts for every scrutiny: rating, readiness, red flags, review date, actions.

The answer-derived facts come from the ``scrutiny_facts`` cache (kept current before every
commit by :mod:`ethics_scrutiny.storage.facts`); a scrutiny without a row is worked out here
and, unless the record is open read-only, stored. Action counts depend on today, so they are
counted by the database at listing time.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from ethics_scrutiny.domain.enums import Language, Marking, Outcome, Rating, Stage, Technology
from ethics_scrutiny.domain.lapse import approval_lapsed
from ethics_scrutiny.domain.scoring import Assessment
from ethics_scrutiny.domain.scrutiny import ScrutinySummary
from ethics_scrutiny.storage import dashboard_queries, facts
from ethics_scrutiny.storage.facts import Facts

READ_ONLY = "read_only"
# Set while a deferred start-up integrity check has not passed: nothing may write yet.
WRITES_HELD = "writes_held"
E = TypeVar("E", bound=Enum)


def _by_value(kind: type[E]) -> dict[Any, E]:
    # A dict lookup is several times cheaper than ``Kind(value)``, which counts at 10,000 rows.
    return {member.value: member for member in kind}


_TECHNOLOGY = _by_value(Technology)
_STAGE = _by_value(Stage)
_MARKING = _by_value(Marking)
_LANGUAGE = _by_value(Language)
_RATING = {None: None, **_by_value(Rating)}
_OUTCOME = {None: None, **_by_value(Outcome)}


def summaries(session: Session, today: date) -> list[ScrutinySummary]:
    """One summary per scrutiny, newest first, in a fixed number of queries."""
    rows = dashboard_queries.scrutinies_with_facts(session)
    computed = _fill_missing(session, [int(r[0]) for r in rows if r.answered is None])
    counts = dashboard_queries.action_counts(session, today)
    no_actions = (0, 0)
    result = []
    row: Any
    for row in rows:
        (sid, title, force, tech, stage, marking, created, updated, total, language) = row[:10]
        (round_number, previous_id, version, answered, rating, ready, flags, outcome) = row[10:18]
        review, impact_level = row[18:20]
        known = computed.get(sid)
        if known is not None:
            answered, ready, flags, review, total = (
                known.answered,
                known.ready_for_panel,
                known.red_flag_count,
                known.next_review_date,
                known.total,
            )
            rating = known.overall_rating.value if known.overall_rating else None
            outcome = known.latest_outcome.value if known.latest_outcome else None
        open_actions, overdue = counts.get(sid, no_actions)
        result.append(
            ScrutinySummary(
                id=sid,
                title=title,
                force=force,
                technology=_TECHNOLOGY[tech],
                stage=_STAGE[stage],
                marking=_MARKING[marking],
                created_at=created,
                updated_at=updated,
                answered=answered,
                total=total,
                latest_outcome=_OUTCOME[outcome],
                language=_LANGUAGE.get(language) or Language(language),  # fr, ga ...
                round_number=round_number,
                previous_id=previous_id,
                overall_rating=_RATING[rating],
                ready_for_panel=bool(ready),
                red_flag_count=flags,
                next_review_date=review,
                open_actions=open_actions,
                overdue_actions=overdue,
                version=version,
                approval_lapsed=approval_lapsed(_OUTCOME[outcome], review, today),
                impact_level=impact_level,
            )
        )
    return result


def _fill_missing(session: Session, missing: Sequence[int]) -> dict[int, Facts]:
    """Work out facts never stored (a new record, or rows added by hand) and keep them."""
    if not missing:
        return {}
    computed = facts.compute(session, missing)
    if not (session.info.get(READ_ONLY) or session.info.get(WRITES_HELD)):
        facts.store(session, computed)
        facts.store_totals(session, computed)
    return computed


def has_scrutinies(session: Session) -> bool:
    """Whether the record holds any scrutiny at all (one indexed row read)."""
    return dashboard_queries.any_scrutiny(session)


def overall_rating(assessment: Assessment) -> Rating | None:
    """The worst theme rating: one red theme makes the whole deployment red."""
    return facts.overall_rating(t.rating for t in assessment.themes)
