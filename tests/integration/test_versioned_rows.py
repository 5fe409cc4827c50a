"""Rows officers edit carry one ``Versioned`` mixin: a change committed meanwhile is refused."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import inspect, select
from sqlalchemy.orm.exc import StaleDataError

from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.enums import Status, Technology
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.storage.models import (
    Action,
    Evidence,
    OfficeProfileRow,
    Response,
    Scrutiny,
    Versioned,
)
from ethics_scrutiny.storage.unit_of_work import unit_of_work


@pytest.mark.parametrize("model", [Scrutiny, Response, Evidence, Action, OfficeProfileRow])
def test_each_edited_row_takes_its_version_from_the_mixin(model: type[Versioned]) -> None:
    assert issubclass(model, Versioned)
    mapper = inspect(model)
    assert mapper.version_id_col is model.__table__.c.version  # type: ignore[attr-defined]
    # Only the scrutiny's version is bumped by the services rather than on every UPDATE.
    assert (mapper.version_id_generator is False) is (model is Scrutiny)


def test_a_response_changed_meanwhile_is_refused(tmp_path: Path) -> None:
    services = Services.open(resolve_settings(str(tmp_path)))
    try:
        scrutiny_id = services.scrutinies.create(NewScrutiny("Drones", "Gwent", Technology.DRONES))
        services.scrutinies.answer(scrutiny_id, "LB-03", Status.MET)
        first, second = services.database.session(), services.database.session()
        query = select(Response).where(Response.scrutiny_id == scrutiny_id)
        with first.begin():
            mine = first.scalars(query).one()
        with second.begin():
            theirs = second.scalars(query).one()
            theirs.note = "Committed first"
        assert theirs.version == 2
        with pytest.raises(StaleDataError), first.begin():
            mine.note = "Saved over it"
        first.close()
        second.close()
    finally:
        services.close()


def test_touching_a_scrutiny_does_not_bump_its_version(tmp_path: Path) -> None:
    services = Services.open(resolve_settings(str(tmp_path)))
    try:
        scrutiny_id = services.scrutinies.create(NewScrutiny("ANPR", "Gwent", Technology.ANPR))
        with unit_of_work(services.database) as session:
            row = session.get(Scrutiny, scrutiny_id)
            assert row is not None
            row.updated_at = datetime.now(UTC)
        with unit_of_work(services.database) as session:
            row = session.get(Scrutiny, scrutiny_id)
            assert row is not None and row.version == 1
    finally:
        services.close()
