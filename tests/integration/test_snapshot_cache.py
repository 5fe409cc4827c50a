"""Each open record owns the templates parsed from its snapshots; the module keeps none."""

from __future__ import annotations

import threading
from pathlib import Path

from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.enums import Technology
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.storage import repositories
from ethics_scrutiny.storage.models import TemplateSnapshot
from ethics_scrutiny.storage.unit_of_work import unit_of_work


def test_the_open_record_owns_its_parsed_templates(tmp_path: Path) -> None:
    first = Services.open(resolve_settings(str(tmp_path / "one")))
    second = Services.open(resolve_settings(str(tmp_path / "two")))
    try:
        scrutiny = first.scrutinies.create(NewScrutiny("Drone pilot", "Gwent", Technology.DRONES))
        detail = first.scrutinies.get(scrutiny)
        cache = first.database.snapshots
        assert len(cache.templates) == len(detail.checklist.templates)
        with unit_of_work(first.database) as session:
            shas = repositories.snapshot_shas(session, scrutiny)
        assert set(cache.templates) == set(shas)
        # The cache keeps the templates as stored; what a reader gets has the office's words
        # filled in ({decision_maker}), so it is compared by identity of slug and version.
        cached = cache.checklists[shas].templates
        assert [(t.slug, t.version) for t in cached] == [
            (t.slug, t.version) for t in detail.checklist.templates
        ]
        # The other record parsed nothing of the first one's.
        assert second.database.snapshots is not cache
        assert not set(second.database.snapshots.templates) & set(cache.templates)
        # A second reading of the scrutiny reuses the very same parsed templates.
        first.scrutinies.get(scrutiny)
        for template, kept in zip(cache.checklists[shas].templates, cached, strict=True):
            assert template is kept
    finally:
        first.close()
        second.close()


def test_no_module_level_cache_remains() -> None:
    shared = [
        name
        for name, value in vars(repositories).items()
        if not name.startswith("__")
        if isinstance(value, dict | set | list | type(threading.Lock()))
    ]
    assert shared == []


def test_a_session_not_made_by_a_database_still_reads_snapshots(tmp_path: Path) -> None:
    services = Services.open(resolve_settings(str(tmp_path)))
    try:
        services.scrutinies.create(NewScrutiny("ANPR review", "Dyfed-Powys", Technology.ANPR))
        with unit_of_work(services.database) as session:
            snapshot = session.query(TemplateSnapshot).first()
            assert snapshot is not None
            session.info.pop(repositories.SNAPSHOTS)
            parsed = repositories.snapshot_template(snapshot)
        assert parsed.slug == snapshot.slug
    finally:
        services.close()
