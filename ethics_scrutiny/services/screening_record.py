"""A scrutiny's screening in the record: set on its row, read back, each change an entry."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session, object_session

from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.record import RecordKind, canonical_json
from ethics_scrutiny.domain.scrutiny import ScreeningData
from ethics_scrutiny.domain.template_library import TemplateLibrary
from ethics_scrutiny.domain.templates import Template
from ethics_scrutiny.i18n import N_, _
from ethics_scrutiny.storage import record_chain, repositories
from ethics_scrutiny.storage.models import Scrutiny, ScrutinyTemplate, TemplateSnapshot, utc_now
from ethics_scrutiny.storage.record_state import text_sha256

from .screening_rules import CleanAnswers, ScreeningResult, evaluate
from .validation import clean_text

# A scrutiny never screened asks every question, as level 4 does: going from it to a lower
# level asks fewer questions, so it needs a reason as any lowering does.
LEVEL_OF_UNSCREENED = 4
MAX_DROP_REASON = 2000


@dataclass(frozen=True)
class Change:
    """One screening as given: the template, cleaned answers, what they give, drops, reason."""

    template: Template
    answers: CleanAnswers
    result: ScreeningResult
    # The proposed modules dropped now; None: as they were.
    dropped: Mapping[str, str] | None
    reason: str = ""


def clean_drops(dropped: Mapping[str, str]) -> dict[str, str]:
    """Each dropped module with its reason, refusing a drop given without one."""
    cleaned: dict[str, str] = {}
    for slug, reason in dropped.items():
        text = clean_text(reason, N_("reason"), max_length=MAX_DROP_REASON, required=False)
        if not text:
            raise InvalidInputError(
                _(
                    "Say why the module {slug!r} is dropped: a proposed module is left out "
                    "only with a recorded reason."
                ).format(slug=slug)
            )
        cleaned[slug.strip()] = text
    return cleaned


def require_drops_proposed(dropped: Mapping[str, str], proposed: set[str]) -> None:
    """Refuse to drop a module nobody proposed (a mistyped slug would be silently ignored)."""
    stray = sorted(set(dropped) - proposed)
    if stray:
        raise InvalidInputError(
            _(
                "{slugs} would not be part of this scrutiny, so there is nothing to drop; "
                "these modules would be: {proposed}."
            ).format(slugs=", ".join(stray), proposed=", ".join(sorted(proposed)) or _("none"))
        )


def apply(session: Session, row: Scrutiny, change: Change, library: TemplateLibrary) -> None:
    """Set the screening on the row, add newly proposed modules, and record the change.

    The caller holds the record's append lock. No answer is touched: re-scoping only changes
    which questions are asked.
    """
    before = row.impact_level
    sha = repositories.store_snapshot(session, change.template)
    session.flush()  # the snapshot first: the row names it by a foreign key the ORM cannot see
    drops = _drops_after(stored_drops(row), change)
    added = _add_proposed(session, row, change.result.proposed_modules, drops, library)
    row.impact_level = change.result.level
    row.screening_sha256 = sha
    row.screening_answers = canonical_json(change.answers)
    row.dropped_modules = canonical_json(drops) if drops else None
    if change.reason:
        row.level_reason = change.reason
    row.question_total = repositories.scoped_checklist(session, row).question_count
    row.version += 1
    row.updated_at = utc_now()
    session.flush()
    record_chain.append(
        session, RecordKind.SCREENING_CHANGED, _payload(row, change, before, added), row.id
    )


def _payload(row: Scrutiny, change: Change, before: int | None, added: list[str]) -> dict[str, Any]:
    return {
        "scrutiny_uuid": row.uuid,
        "template": {"slug": change.template.slug, "version": change.template.version},
        "screening_sha256": row.screening_sha256,
        "previous_level": before,
        "level": change.result.level,
        # Option values are the template's own words; free text only by digest.
        "answers_sha256": text_sha256(row.screening_answers or ""),
        "choices": {k: v for k, v in change.answers.items() if isinstance(v, list)},
        "reasons": list(change.result.reasons),
        "proposed_modules": list(change.result.proposed_modules),
        "modules_added": added,
        "dropped_modules": json.loads(row.dropped_modules) if row.dropped_modules else {},
        "level_reason": change.reason,
    }


def _drops_after(stored: Mapping[str, str], change: Change) -> dict[str, str]:
    """Drops of modules proposed now as given; those of modules no longer proposed kept."""
    if change.dropped is None:
        return dict(stored)
    proposed = set(change.result.proposed_modules)
    kept = {slug: why for slug, why in stored.items() if slug not in proposed}
    return {**kept, **change.dropped}


def stored_drops(row: Scrutiny) -> dict[str, str]:
    """The modules the scrutiny's screening dropped, each with its reason (empty if none)."""
    loaded = json.loads(row.dropped_modules) if row.dropped_modules else {}
    return {str(k): str(v) for k, v in loaded.items()} if isinstance(loaded, dict) else {}


def _add_proposed(
    session: Session,
    row: Scrutiny,
    proposed: tuple[str, ...],
    drops: Mapping[str, str],
    library: TemplateLibrary,
) -> list[str]:
    """Link each proposed module not already used nor dropped; the slugs added."""
    have = {link.snapshot.slug for link in row.templates}
    added: list[str] = []
    for slug in proposed:
        if slug in have or slug in drops or not library.has(slug):
            continue
        sha = repositories.store_snapshot(session, library.get(slug))
        position = max((link.position for link in row.templates), default=-1) + 1
        row.templates.append(ScrutinyTemplate(position=position, snapshot_sha256=sha))
        session.flush()
        added.append(slug)
    return added


def screening_of(row: Scrutiny) -> ScreeningData | None:
    """The scrutiny's screening as saved, with the reasons its answers give; None if none."""
    if row.impact_level is None or row.screening_sha256 is None:
        return None
    session = object_session(row)
    snapshot = session.get(TemplateSnapshot, row.screening_sha256) if session else None
    answers: CleanAnswers = json.loads(row.screening_answers or "{}")
    template = repositories.snapshot_template(snapshot) if snapshot is not None else None
    result = evaluate(template, answers, row.language) if template is not None else None
    return ScreeningData(
        level=row.impact_level,
        answers={k: tuple(v) if isinstance(v, list) else v for k, v in answers.items()},
        reasons=result.reasons if result else (),
        proposed_modules=result.proposed_modules if result else (),
        dropped_modules=stored_drops(row),
        level_reason=row.level_reason,
        template=(template.slug, template.version) if template else ("", ""),
    )
