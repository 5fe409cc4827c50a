"""The office in a report: its name, its decision-maker's title, and the demonstration mark."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Protocol

from sqlalchemy.orm import Session

from ethics_scrutiny.domain.enums import DecisionCapacity
from ethics_scrutiny.domain.errors import NotFoundError
from ethics_scrutiny.domain.office import OfficeProfile
from ethics_scrutiny.domain.placeholders import fill_checklist
from ethics_scrutiny.domain.scrutiny import ScrutinyDetail
from ethics_scrutiny.reporting.model import ReportModel
from ethics_scrutiny.storage import office as office_rows


def office_for(session: Session, scrutiny_id: int) -> OfficeProfile | None:
    """The office a scrutiny's reports name: the one that did the work.

    A scrutiny brought in from another office's archive keeps that office's name and titles;
    whether the record is the demonstration comes from the record's own profile.
    """
    own = office_rows.profile(session)
    before: dict[str, Any] | None = office_rows.predecessor_of(session, scrutiny_id)
    if before is None:
        return own
    predecessor = OfficeProfile.from_state(before)
    return replace(predecessor, demonstration=own.demonstration if own else False)


def as_shown(session: Session, detail: ScrutinyDetail) -> ScrutinyDetail:
    """``detail`` with its question text filled for the office that did the work."""
    office = office_for(session, detail.summary.id)
    decision_maker = office.decision_maker if office else ""
    return replace(detail, checklist=fill_checklist(detail.checklist, decision_maker))


class _Files(Protocol):
    def read_bytes(self, sha256: str) -> bytes | None: ...


def logo_of(office: OfficeProfile | None, files: _Files | None) -> tuple[str, bytes] | None:
    """The office's logo as ("png" or "svg", bytes), or ``None`` if it has none (or it is lost)."""
    if office is None or office.logo_sha256 is None or files is None:
        return None
    data = files.read_bytes(office.logo_sha256)
    # The kind was checked when the logo was set; the stored name says which it is.
    return None if data is None else (office.logo_name.rsplit(".", 1)[-1], data)


def with_office(
    model: ReportModel, office: OfficeProfile | None, logo: tuple[str, bytes] | None = None
) -> ReportModel:
    """``model`` naming ``office`` (and showing its logo) on its cover and in its decisions."""
    if office is None:
        return model
    labels = {c.label: office.capacity_label(c.value) for c in DecisionCapacity}
    decisions = tuple(
        replace(d, capacity=labels.get(d.capacity, d.capacity)) for d in model.decisions
    )
    return replace(
        model,
        office=model.office or office.name,
        decision_maker=office.decision_maker,
        demonstration=office.demonstration,
        decisions=decisions,
        logo=logo,
    )


def refuse_withdrawn(session: Session, scrutiny_id: int) -> None:
    """Refuse a report of a scrutiny withdrawn from lists and reports (the old demonstration)."""
    if scrutiny_id in office_rows.withdrawn_ids(session):
        raise NotFoundError(
            f"Scrutiny {scrutiny_id} was withdrawn from lists and reports (it was the "
            "demonstration), so no report was written; its record entries remain."
        )
