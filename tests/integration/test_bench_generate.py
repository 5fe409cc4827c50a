"""The benchmark generator's record opens, verifies, lists and exports, so it cannot rot unseen."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import func, select

from bench.generate import Manifest, Spec, cached, generate
from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.reports import ExportFormat
from ethics_scrutiny.storage.models import Action, Evidence, Scrutiny, ScrutinyFacts
from ethics_scrutiny.storage.unit_of_work import unit_of_work


def test_generated_record_opens_verifies_lists_and_exports(tmp_path: Path) -> None:
    manifest = generate(tmp_path / "data", Spec(20, min_entries=3_000))
    assert manifest.scrutinies >= 20
    assert manifest.entries >= 3_000
    assert manifest.largest_id is not None
    services = Services.open(resolve_settings(str(tmp_path / "data")))
    try:
        result = services.maintenance.verify()
        assert result.ok, result.message
        assert result.entries == manifest.entries
        assert result.head_hash == manifest.head_hash

        rows = services.scrutinies.list()
        assert len(rows) == manifest.scrutinies
        assert all(row.answered == row.total for row in rows)  # every question answered
        assert any(row.round_number == 2 for row in rows)
        assert any(row.language.value == "cy" for row in rows)
        assert any(row.latest_outcome is not None for row in rows)
        with unit_of_work(services.database) as session:
            assert session.scalar(select(func.count()).select_from(Evidence))
            assert session.scalar(select(func.count()).select_from(Action))
            technologies = session.scalars(select(Scrutiny.technology).distinct()).all()
            assert len(technologies) > 3

        if manifest.facts == "computed":
            _assert_facts_as_the_app_computes_them(services)

        largest = services.scrutinies.get(manifest.largest_id)
        assert len(largest.checklist.templates) == 1 + len(services.library.modules())
        assert len(largest.responses) == manifest.largest_questions
        out = tmp_path / "largest.pdf"
        services.reports.export(manifest.largest_id, ExportFormat.PDF, out)
        assert len(PdfReader(out).pages) > 10
        assert services.maintenance.verify().ok  # the export's own entry extends the chain
    finally:
        services.close()


def test_cached_folder_is_reused(tmp_path: Path) -> None:
    spec = Spec(3, largest=False)
    first, was_cached = cached(spec, tmp_path)
    assert not was_cached
    again, was_cached = cached(spec, tmp_path)
    assert was_cached
    assert again == first == Manifest.read(Path(first.data_dir))


def _assert_facts_as_the_app_computes_them(services: Services) -> None:
    from ethics_scrutiny.storage import facts

    with unit_of_work(services.database) as session:
        stored = {row.scrutiny_id: row for row in session.scalars(select(ScrutinyFacts))}
        fresh = facts.compute(session, list(session.scalars(select(Scrutiny.id))))
    assert stored.keys() == fresh.keys()
    for sid, want in fresh.items():
        got = stored[sid]
        assert (got.answered, got.ready_for_panel, got.red_flag_count) == (
            want.answered,
            want.ready_for_panel,
            want.red_flag_count,
        )
        assert got.overall_rating == (want.overall_rating.value if want.overall_rating else None)
        assert got.latest_outcome == (want.latest_outcome.value if want.latest_outcome else None)
        assert got.next_review_date == want.next_review_date
