"""A bundle's decision is judged on its answers as they stood then, however they changed since.

The record's entries carry each item's state, so an answer changed by a bundle sync (which
writes no ``response_changed`` entry) is put back as it was at the decision too.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from ethics_scrutiny.config import DATABASE_FILENAME, resolve_settings, sqlite_url
from ethics_scrutiny.domain.enums import Outcome, Rating, Status, Technology
from ethics_scrutiny.domain.scrutiny import DecisionInput, NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.bundles.check import parse_bundle
from ethics_scrutiny.services.bundles.decisions import answers_at
from ethics_scrutiny.services.reports import ExportFormat

NEW = NewScrutiny("ANPR on the M4 corridor", "Gwent Police", Technology.ANPR)


def _open(folder: Path) -> Services:
    return Services.open(resolve_settings(str(folder), sqlite_url(folder / DATABASE_FILENAME)))


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[tuple[Services, Services]]:
    """Two offices sharing a scrutiny by bundles (SQLite; the receiving record is either)."""
    first, second = _open(tmp_path / "first"), _open(tmp_path / "second")
    yield first, second
    first.close()
    second.close()


def _export(services: Services, scrutiny_id: int, out: Path) -> Path:
    services.reports.export(scrutiny_id, ExportFormat.JSON, out)
    return out


def _settle(services: Services, scrutiny_id: int) -> str:
    """Every question met; returns a blocking question's key."""
    checklist = services.scrutinies.get(scrutiny_id).checklist
    for question in checklist.questions():
        services.scrutinies.answer(scrutiny_id, question.key, Status.MET, Rating.GREEN, "Seen.")
    return next(q.key for q in checklist.questions() if q.blocking)


def test_support_stands_after_a_synced_answer_reopened_a_blocking_question(
    offices: tuple[Services, Services], services: Services, tmp_path: Path
) -> None:
    first, second = offices
    sid = first.scrutinies.create(NEW)
    key = _settle(first, sid)
    theirs = second.bundles.import_bundle(_export(first, sid, tmp_path / "shared.json"))
    review = date.today() + timedelta(days=180)
    first.decisions.decide(
        sid, DecisionInput(Outcome.SUPPORT, "Settled.", "PCC", review_date=review)
    )
    second.scrutinies.answer(theirs, key, Status.NOT_MET, Rating.RED, "The force withdrew it.")
    report = first.bundles.sync_bundle(_export(second, theirs, tmp_path / "back.json"))
    assert report.updated and not report.conflicts
    assert first.scrutinies.get(sid).responses[key].status is Status.NOT_MET  # no entry of its own

    out = _export(first, sid, tmp_path / "onward.json")
    bundle = parse_bundle(out.read_bytes(), out.name)
    [support] = bundle.decisions
    then = answers_at(bundle, support)
    # The note then is known by its digest only; it said something, which is what counts.
    assert then is not None and then[key].status is Status.MET and then[key].note
    new_id = services.bundles.import_bundle(out)
    assert [d.outcome for d in services.scrutinies.get(new_id).decisions] == [Outcome.SUPPORT]


def test_a_decision_taken_in_is_judged_on_the_answers_its_import_wrote(
    offices: tuple[Services, Services], services: Services, tmp_path: Path
) -> None:
    """Decisions carry no state: an imported one's answers come with the import's own entry."""
    first, second = offices
    sid = first.scrutinies.create(NEW)
    _settle(first, sid)
    review = date.today() + timedelta(days=180)
    first.decisions.decide(
        sid, DecisionInput(Outcome.SUPPORT, "Settled.", "PCC", review_date=review)
    )
    theirs = second.bundles.import_bundle(_export(first, sid, tmp_path / "shared.json"))
    out = _export(second, theirs, tmp_path / "onward.json")
    bundle = parse_bundle(out.read_bytes(), out.name)
    then = answers_at(bundle, bundle.decisions[0])
    assert then is not None and len(then) == len(bundle.responses)
    assert services.bundles.import_bundle(out)


def _support() -> DecisionInput:
    review = date.today() + timedelta(days=180)
    return DecisionInput(Outcome.SUPPORT, "Settled.", "PCC", review_date=review)
