"""A bundle's screening and typed answers written into the record's rows."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.record import canonical_json
from ethics_scrutiny.storage import repositories
from ethics_scrutiny.storage.models import Response, Scrutiny

from ..screening_rules import evaluate
from .schema import Bundle, BundleResponse, BundleScreening


def require_consistent_screening(bundle: Bundle, name: str) -> None:
    """Refuse a screening whose level is not what its own answers give.

    The level decides how many questions are asked, so a bundle claiming a lower level than
    its answers give would have a scrutiny asked too little.
    """
    given = bundle.scrutiny.screening
    if given is None:
        return
    level = evaluate(given.template, given.answers).level
    if level != given.level:
        raise InvalidInputError(
            f"{name} was not imported: its screening says impact level {given.level}, but its "
            f"own answers give level {level}. Ask the sending office to export it again."
        )


def set_screening(session: Session, row: Scrutiny, given: BundleScreening | None) -> None:
    """Make the row's screening the bundle's (the template kept as a snapshot by digest)."""
    if given is None:
        return
    sha = repositories.store_snapshot(session, given.template)
    session.flush()  # the snapshot first: the row names it by a foreign key the ORM cannot see
    row.impact_level = given.level
    row.screening_sha256 = sha
    row.screening_answers = canonical_json(given.answers)
    row.dropped_modules = canonical_json(given.dropped_modules) if given.dropped_modules else None
    row.level_reason = given.level_reason


def set_typed(row: Response, given: BundleResponse) -> None:
    """The answer's options chosen and value, as the bundle gives them."""
    row.choice = canonical_json(list(given.choice)) if given.choice is not None else None
    row.value = given.value
