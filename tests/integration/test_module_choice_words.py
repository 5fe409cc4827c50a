"""A template given as a module that is not one says what it is and how it is given instead."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.enums import Technology
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.services import Services


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    opened = Services.open(resolve_settings(str(tmp_path / "data")))
    try:
        yield opened
    finally:
        opened.close()


def _new(services: Services, module: str) -> str:
    new = NewScrutiny("Watchlist", "Gwent Police", Technology.OTHER, modules=(module,))
    with pytest.raises(InvalidInputError) as refused:
        services.scrutinies.create(new)
    assert services.scrutinies.list() == []  # nothing half made
    return str(refused.value)


def test_the_screening_as_a_module_says_how_screening_is_given(services: Services) -> None:
    said = _new(services, "screening")
    assert said.startswith("'screening' is the screening, not a technology module")
    assert "--screen KEY=VALUE" in said
    assert "'screening list'" in said


def test_the_core_as_a_module_says_how_a_core_is_chosen(services: Services) -> None:
    said = _new(services, "core")
    assert said.startswith("'core' is a core checklist, not a technology module")
    assert "--core core" in said
