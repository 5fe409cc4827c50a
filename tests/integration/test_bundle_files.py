"""Evidence files a bundle did not carry: marked "not supplied", verify passes and counts them,
and a later bundle carrying a file with the same SHA-256 supplies it. SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ethics_scrutiny.cli import main
from ethics_scrutiny.config import DATABASE_FILENAME, resolve_settings, sqlite_url
from ethics_scrutiny.domain.enums import Technology
from ethics_scrutiny.domain.errors import InvalidInputError, NotFoundError
from ethics_scrutiny.domain.scrutiny import EvidenceInput, NewScrutiny
from ethics_scrutiny.reporting.model import FILE_NOT_SUPPLIED
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.bundles.files import UNSIGNED_NOTE
from ethics_scrutiny.services.reports import ExportFormat
from tests.bundle_forgery import forged

NEW = NewScrutiny("Drones at Port Talbot", "South Wales Police", Technology.DRONES)
DPIA = b"%PDF-1.4 the force's DPIA, version 2\n"


@pytest.fixture
def source(tmp_path: Path) -> Iterator[tuple[Services, int]]:
    """The sending office: a scrutiny with one evidence item whose file it keeps."""
    folder = tmp_path / "source"
    opened = Services.open(resolve_settings(str(folder), sqlite_url(folder / DATABASE_FILENAME)))
    document = tmp_path / "dpia.pdf"
    document.write_bytes(DPIA)
    sid = opened.scrutinies.create(NEW)
    opened.evidence.add(sid, EvidenceInput("DPIA", file_path=str(document)))
    yield opened, sid
    opened.close()


def _export(source: tuple[Services, int], out: Path, *, files: bool) -> Path:
    services, sid = source
    services.reports.export(sid, ExportFormat.JSON, out, include_files=files)
    return out


def test_evidence_sent_without_its_file_is_marked_and_verify_passes(
    source: tuple[Services, int], services: Services, tmp_path: Path
) -> None:
    report = services.bundles.sync_bundle(_export(source, tmp_path / "bare.json", files=False))
    assert report.created and report.files_not_supplied == 1
    assert any("not supplied by the sending office" in n for n in report.notes)
    assert report.scrutiny_id is not None
    [item] = services.scrutinies.get(report.scrutiny_id).evidence
    assert item.file_not_supplied and item.file_sha256
    check = services.maintenance.verify()
    assert check.ok, check.message
    assert "1 file was not supplied by the sending office" in check.message
    assert services.maintenance.check_evidence().not_supplied == 1
    model = services.reports.build_model(report.scrutiny_id)
    assert [e.file_not_supplied for e in model.evidence] == [True]
    with pytest.raises(NotFoundError, match="was not supplied by the office that sent"):
        services.evidence.file_path(item.id)
    html = tmp_path / "report.html"
    services.reports.export(report.scrutiny_id, ExportFormat.HTML, html)
    assert FILE_NOT_SUPPLIED in html.read_text("utf-8")


def test_a_later_bundle_with_the_file_supplies_it(
    source: tuple[Services, int], services: Services, tmp_path: Path
) -> None:
    first = services.bundles.sync_bundle(_export(source, tmp_path / "bare.json", files=False))
    report = services.bundles.sync_bundle(_export(source, tmp_path / "full.json", files=True))
    assert report.scrutiny_id == first.scrutiny_id and report.files_supplied == 1
    assert report.updated and report.files_not_supplied == 0
    assert first.scrutiny_id is not None
    [item] = services.scrutinies.get(first.scrutiny_id).evidence
    assert not item.file_not_supplied
    assert services.evidence.store.read_bytes(item.file_sha256 or "") == DPIA
    check = services.maintenance.verify()
    assert check.ok and "The attached file matches." in check.message
    assert "not supplied" not in check.message


def test_a_file_whose_sha256_differs_is_not_taken(
    source: tuple[Services, int], services: Services, tmp_path: Path
) -> None:
    first = services.bundles.sync_bundle(_export(source, tmp_path / "bare.json", files=False))
    full = _export(source, tmp_path / "full.json", files=True)

    def other_file(data: dict[str, Any]) -> None:
        data["evidence"][0]["file_base64"] = base64.b64encode(b"another file").decode()

    wrong = tmp_path / "wrong.json"
    wrong.write_bytes(forged(full.read_bytes(), other_file))
    with pytest.raises(InvalidInputError, match="does not match its SHA-256"):
        services.bundles.sync_bundle(wrong)
    assert first.scrutiny_id is not None
    [item] = services.scrutinies.get(first.scrutiny_id).evidence
    assert item.file_not_supplied
    assert services.maintenance.verify().ok


def test_a_file_attached_here_and_lost_still_fails_verify(
    source: tuple[Services, int], services: Services, tmp_path: Path, is_postgresql: bool
) -> None:
    """Re-importing the scrutiny without files marks nothing that was kept here."""
    if is_postgresql:
        pytest.skip("the server keeps files in the record itself; none can be lost by hand")
    services.bundles.sync_bundle(_export(source, tmp_path / "full.json", files=True))
    [kept] = [p for p in services.settings.evidence_dir.rglob("*") if p.is_file()]
    kept.chmod(0o600)
    kept.unlink()
    report = services.bundles.sync_bundle(_export(source, tmp_path / "bare.json", files=False))
    assert report.files_not_supplied == 0
    check = services.maintenance.verify()
    assert not check.ok and "missing" in check.message


def test_every_import_says_the_bundle_is_not_signed(
    source: tuple[Services, int],
    services: Services,
    tmp_path: Path,
    data_dir: Path,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bundle = _export(source, tmp_path / "bare.json", files=False)
    assert services.bundles.sync_bundle(bundle).notes[-1] == UNSIGNED_NOTE
    services.close()  # the command opens the record itself
    where = ("--data-dir", str(data_dir), "--db", database_url)
    assert main([*where, "import", str(bundle), "--accept-unsigned"]) == 0
    out = capsys.readouterr().out
    assert "is not signed" in out and "known office" in out
    assert main([*where, "import", str(bundle), "--accept-unsigned", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert UNSIGNED_NOTE in shown["notes"]
    assert main([*where, "verify", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["evidence"]["not_supplied"] == 1
