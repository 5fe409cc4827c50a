"""Nothing leaves a record that fails verification unless the officer asks, and then it says so.

Exports (every format) check the scrutiny's part of the chain and its current state first;
restores check the whole backup before it replaces anything.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from ethics_scrutiny.cli import main
from ethics_scrutiny.domain.enums import Rating, Status, Technology
from ethics_scrutiny.domain.errors import DatabaseError
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.record_checks import RecordFailedVerificationError
from ethics_scrutiny.services.reports import ExportFormat
from tests import record_access

BAND = "RECORD FAILED VERIFICATION"
FORGE = "UPDATE responses SET status = 'met', rating = 'green' WHERE question_key = :key"


def _answered(services: Services) -> tuple[int, str]:
    sid = services.scrutinies.create(NewScrutiny("Drone pilot", "Gwent", Technology.DRONES))
    key = next(iter(services.scrutinies.get(sid).checklist.questions())).key
    services.scrutinies.answer(sid, key, Status.NOT_MET, Rating.RED, "No DPIA")
    return sid, key


def _forge(services: Services, key: str) -> None:
    with record_access.connection(services.settings.database_url) as conn:
        conn.execute(text(FORGE), {"key": key})


def test_a_tampered_scrutiny_is_not_exported_in_any_format(
    services: Services, tmp_path: Path
) -> None:
    sid, key = _answered(services)
    assert services.maintenance.check_scrutiny(sid).ok
    _forge(services, key)
    entries = services.maintenance.head().entries
    for fmt in ExportFormat:
        out = tmp_path / f"report.{fmt.value}"
        with pytest.raises(RecordFailedVerificationError) as refused:
            services.reports.export(sid, fmt, out)
        assert not out.exists()
        message = str(refused.value)
        assert f"Scrutiny {sid}'s record fails verification, so the report was not written" in (
            message
        )
        assert f'question {key}: rating: the record says "red", the table holds "green"' in (
            message
        )
        assert "(and 1 more difference)" in message  # the status
        assert "Run verify for the details." in message
    assert services.maintenance.head().entries == entries  # no export was recorded


def test_despite_failed_verify_marks_every_page_and_the_record(
    services: Services, tmp_path: Path
) -> None:
    sid, key = _answered(services)
    _forge(services, key)
    pdf = tmp_path / "report.pdf"
    result = services.reports.export(sid, ExportFormat.PDF, pdf, despite_failed_verify=True)
    assert result.verification_failed
    pages = PdfReader(pdf).pages
    assert len(pages) > 1
    for page in pages:
        assert page.extract_text().count(BAND) == 2  # the band at top and bottom
    html = tmp_path / "report.html"
    services.reports.export(sid, ExportFormat.HTML, html, despite_failed_verify=True)
    assert html.read_text(encoding="utf-8").count(f"OFFICIAL · {BAND}") == 2
    exported = [e for e in services.maintenance.entries(sid) if e.kind == "report_exported"]
    assert [e.payload.get("verification_failed") for e in exported] == [True, True]


def test_a_report_from_a_verified_record_has_no_warning(services: Services, tmp_path: Path) -> None:
    sid, _key = _answered(services)
    pdf = tmp_path / "report.pdf"
    result = services.reports.export(sid, ExportFormat.PDF, pdf)
    assert not result.verification_failed
    assert all(BAND not in page.extract_text() for page in PdfReader(pdf).pages)
    [entry] = [e for e in services.maintenance.entries(sid) if e.kind == "report_exported"]
    assert "verification_failed" not in entry.payload


def test_the_command_line_refuses_then_writes_when_told(
    services: Services, cli_data: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sid, key = _answered(services)
    _forge(services, key)
    out = tmp_path / "report.pdf"
    export = [*cli_data, "export", str(sid), "--format", "pdf", "--out", str(out)]
    assert main(export) == 1
    shown = capsys.readouterr().err
    assert "record fails verification, so the report was not written" in shown
    assert "add --despite-failed-verify" in shown and not out.exists()
    assert main([*export, "--despite-failed-verify"]) == 0
    assert "the record fails verification; the report says so" in capsys.readouterr().err
    assert BAND in PdfReader(out).pages[0].extract_text()


@pytest.mark.sqlite_only
def test_a_backup_failing_verification_is_not_restored(
    services: Services, cli_data: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sid, key = _answered(services)
    backup = services.maintenance.backup(tmp_path / "backup.db")
    with closing(sqlite3.connect(backup)) as conn, conn:
        conn.execute(FORGE.replace(":key", "?"), (key,))
    services.scrutinies.answer(sid, key, Status.PARTLY_MET, Rating.AMBER, "Draft DPIA seen")
    head = services.maintenance.head()
    with pytest.raises(DatabaseError, match="fails verification, so it was not restored") as no:
        services.maintenance.restore(backup)
    assert f'question {key}: status: the record says "not_met", the table holds "met"' in str(
        no.value
    )
    assert services.maintenance.head() == head
    assert services.scrutinies.get(sid).responses[key].status is Status.PARTLY_MET
    assert list(services.settings.backups_dir.glob("pre-restore-*.db")) == []
    services.close()
    assert main([*cli_data, "restore", str(backup)]) == 1
    assert "fails verification, so it was not restored" in capsys.readouterr().err
