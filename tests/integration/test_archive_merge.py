"""An archive imported into a record that already holds work is merged, scrutiny by scrutiny."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ethics_scrutiny.cli import main
from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.enums import Status, Technology
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.reporting.formats import ExportFormat
from ethics_scrutiny.services import Services
from tests.integration.test_archive import OLD_OFFICE, fill


@pytest.fixture
def busy(tmp_path: Path, another_record: Callable[..., str]) -> Iterator[Services]:
    """The successor's record, already holding a scrutiny of its own."""
    url = another_record("busy")
    opened = Services.open(resolve_settings(str(tmp_path / "busy"), url))
    opened.scrutinies.create(
        NewScrutiny(title="Own work", force="Exampleshire Police", technology=Technology.ANPR)
    )
    yield opened
    opened.close()


def _titles(services: Services) -> list[str]:
    return sorted(s.title for s in services.scrutinies.list())


def test_an_archive_merges_into_a_record_with_other_scrutinies(
    services: Services, busy: Services, tmp_path: Path
) -> None:
    scrutiny_id = fill(services, tmp_path)
    old_head = services.maintenance.head()
    archive = services.archive.write(tmp_path / "a.zip").path
    original = services.scrutinies.get(scrutiny_id)

    summary = busy.archive.import_archive(archive)

    assert (summary.head, summary.entries, summary.scrutinies) == (
        old_head.head_hash, old_head.entries, 2,
    )  # fmt: skip
    assert _titles(busy) == ["ANPR in Exampleshire", "Drones", "Own work"]
    [merged] = [s for s in busy.scrutinies.list() if s.title == "ANPR in Exampleshire"]
    detail = busy.scrutinies.get(merged.id)
    assert detail.responses.keys() == original.responses.keys()
    [key] = detail.responses
    assert detail.responses[key].note == "Seen the DPIA."
    assert [d.outcome for d in detail.decisions] == [d.outcome for d in original.decisions]
    assert [e.title for e in detail.evidence] == ["DPIA"]
    assert busy.evidence.file_path(detail.evidence[0].id).read_bytes() == (
        b"%PDF-1.4 the force's DPIA"
    )
    # The predecessor's work keeps its office's name; this record's own work does not.
    assert busy.reports.build_model(merged.id).office == OLD_OFFICE.name
    [anchor] = [e for e in busy.maintenance.entries() if e.kind == "archive_imported"]
    assert anchor.payload["mode"] == "merged"
    assert anchor.payload["predecessor_head"] == old_head.head_hash
    assert sorted(anchor.payload["scrutiny_ids"]) == sorted(
        s.id for s in busy.scrutinies.list() if s.title != "Own work"
    )
    assert busy.maintenance.verify().ok
    # The predecessor's head is proven by the anchoring entry; a made-up head is not.
    anchored = busy.maintenance.verify(old_head.head_hash)
    assert anchored.ok and f"entry {anchor.sequence} merged" in anchored.message
    assert not busy.maintenance.verify("ab" * 32).ok


def test_a_conflicting_scrutiny_refuses_the_whole_archive(
    services: Services, busy: Services, tmp_path: Path
) -> None:
    scrutiny_id = fill(services, tmp_path)
    # The successor received this scrutiny by bundle earlier; both offices then answered the
    # same question differently, which no merge can settle.
    bundle = tmp_path / "shared.json"
    services.reports.export(scrutiny_id, ExportFormat.JSON, bundle)
    theirs = busy.bundles.import_bundle(bundle)
    key = next(iter(services.scrutinies.get(scrutiny_id).responses))
    services.scrutinies.answer(scrutiny_id, key, Status.MET, note="Met after all.")
    busy.scrutinies.answer(theirs, key, Status.NOT_MET, note="Not met, we found.")
    archive = services.archive.write(tmp_path / "a.zip").path
    before, titles = busy.maintenance.head(), _titles(busy)

    with pytest.raises(InvalidInputError) as refused:
        busy.archive.import_archive(archive)

    message = str(refused.value)
    assert "'ANPR in Exampleshire'" in message and key in message
    assert "nothing from a.zip was imported" in message
    assert busy.maintenance.head() == before and _titles(busy) == titles
    assert busy.scrutinies.get(theirs).responses[key].note == "Not met, we found."
    assert busy.maintenance.verify().ok


def test_a_scrutiny_changed_only_in_the_archive_takes_the_change(
    services: Services, busy: Services, tmp_path: Path
) -> None:
    scrutiny_id = fill(services, tmp_path)
    bundle = tmp_path / "shared.json"
    services.reports.export(scrutiny_id, ExportFormat.JSON, bundle)
    theirs = busy.bundles.import_bundle(bundle)
    key = next(iter(services.scrutinies.get(scrutiny_id).responses))
    services.scrutinies.answer(scrutiny_id, key, Status.MET, note="Met after all.")
    archive = services.archive.write(tmp_path / "a.zip").path

    busy.archive.import_archive(archive)

    assert busy.scrutinies.get(theirs).responses[key].note == "Met after all."
    assert _titles(busy) == ["ANPR in Exampleshire", "Drones", "Own work"]
    [anchor] = [e for e in busy.maintenance.entries() if e.kind == "archive_imported"]
    assert anchor.payload["updated_scrutiny_ids"] == [theirs]
    # The record's own profile stays its own: a merge brings in work, not an office.
    assert busy.office.profile() is None
    assert busy.maintenance.verify().ok


def test_once_the_item_is_settled_the_archive_merges(
    services: Services, busy: Services, tmp_path: Path
) -> None:
    scrutiny_id = fill(services, tmp_path)
    bundle = tmp_path / "shared.json"
    services.reports.export(scrutiny_id, ExportFormat.JSON, bundle)
    theirs = busy.bundles.import_bundle(bundle)
    key = next(iter(services.scrutinies.get(scrutiny_id).responses))
    services.scrutinies.answer(scrutiny_id, key, Status.MET, note="Met after all.")
    busy.scrutinies.answer(theirs, key, Status.NOT_MET, note="Not met, we found.")
    archive = services.archive.write(tmp_path / "a.zip").path
    with pytest.raises(InvalidInputError):
        busy.archive.import_archive(archive)
    # Made the same here as in the archive, the item is no longer in conflict.
    busy.scrutinies.answer(theirs, key, Status.MET, note="Met after all.")
    assert busy.archive.import_archive(archive).scrutinies == 1  # "Drones" is new here
    assert _titles(busy) == ["ANPR in Exampleshire", "Drones", "Own work"]
    assert busy.maintenance.verify().ok


def test_the_command_line_says_it_merged_and_verify_accepts_the_old_head(
    services: Services, busy: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(services, tmp_path)
    old_head = services.maintenance.head()
    archive = services.archive.write(tmp_path / "a.zip").path
    target = ["--data-dir", str(busy.settings.data_dir), "--db", busy.settings.database_url]
    capsys.readouterr()
    assert main([*target, "import-archive", str(archive), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["merged"], shown["scrutinies"], shown["head"]) == (True, 2, old_head.head_hash)
    assert main([*target, "verify", "--head", old_head.head_hash]) == 0
    assert "merged into this record" in capsys.readouterr().out
