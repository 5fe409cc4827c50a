"""Evidence files on both engines: a folder for SQLite, ``evidence_blobs`` on a shared server."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from ethics_scrutiny.config import DATABASE_FILENAME, resolve_settings, sqlite_url
from ethics_scrutiny.domain.enums import Technology
from ethics_scrutiny.domain.errors import InvalidInputError, NotFoundError
from ethics_scrutiny.domain.scrutiny import EvidenceInput, NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.evidence import EvidenceService
from ethics_scrutiny.services.reports import ExportFormat
from ethics_scrutiny.storage.evidence_blobs import DatabaseEvidenceStore
from ethics_scrutiny.storage.evidence_files import EvidenceFileStore, EvidenceStore
from tests import pg

NAME = "Asesiad effaith – ŵŷ 警察.pdf"
CONTENT = b"%PDF-1.4 equality impact assessment, signed\n" + bytes(range(256)) * 40


def on_server(services: Services) -> bool:
    return services.database.engine.dialect.name == "postgresql"


def attach(services: Services, folder: Path, content: bytes = CONTENT) -> tuple[int, int, str]:
    """A new scrutiny with one attached file; (scrutiny ID, evidence ID, SHA-256)."""
    scrutiny = services.scrutinies.create(NewScrutiny("Drone pilot", "Gwent", Technology.DRONES))
    source = folder / NAME
    source.write_bytes(content)
    item = services.evidence.add(scrutiny, EvidenceInput("EIA", file_path=str(source)))
    source.unlink()  # the record never points at the original
    assert item.file_sha256 == hashlib.sha256(content).hexdigest()
    return scrutiny, item.id, item.file_sha256


def tamper(services: Services, sha: str, content: bytes | None) -> None:
    """Change (or with None remove) the kept file behind the app's back."""
    if not on_server(services):
        kept = services.settings.evidence_dir / sha[:2] / sha
        if content is None:
            kept.unlink()
        else:
            kept.chmod(0o644)
            kept.write_bytes(content)
        return
    with services.database.engine.begin() as connection:
        if content is None:
            connection.execute(text("DELETE FROM evidence_blobs WHERE sha256 = :s"), {"s": sha})
        else:
            connection.execute(
                text("UPDATE evidence_blobs SET content = :c WHERE sha256 = :s"),
                {"c": content, "s": sha},
            )


def blob_count(services: Services) -> int:
    with services.database.engine.connect() as connection:
        return int(connection.execute(text("SELECT count(*) FROM evidence_blobs")).scalar_one())


def store_with_limit(services: Services, max_bytes: int) -> EvidenceFileStore:
    """The store this engine uses, with a smaller size limit."""
    if on_server(services):
        opened = services.settings.data_dir / "evidence-opened"
        return DatabaseEvidenceStore(services.database, opened, max_bytes=max_bytes)
    return EvidenceStore(services.settings.evidence_dir, max_bytes=max_bytes)


def test_the_store_follows_the_engine(services: Services) -> None:
    expected = DatabaseEvidenceStore if on_server(services) else EvidenceStore
    assert isinstance(services.evidence.store, expected)


def test_an_attached_file_reads_back_as_a_read_only_copy(
    services: Services, tmp_path: Path
) -> None:
    _scrutiny, item_id, sha = attach(services, tmp_path)
    opened = services.evidence.file_path(item_id)
    assert opened.name == NAME and opened.read_bytes() == CONTENT
    assert opened.is_relative_to(services.settings.data_dir / "evidence-opened")
    assert not os.access(opened, os.W_OK) or os.geteuid() == 0  # root ignores the mode
    assert services.evidence.kept_file(item_id).read_bytes() == CONTENT
    assert services.evidence.store.read_bytes(sha) == CONTENT
    if on_server(services):
        assert blob_count(services) == 1
        assert not services.settings.evidence_dir.exists()  # nothing kept on this laptop
    result = services.maintenance.verify()
    assert result.ok and "The attached file matches" in result.message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"%PDF-1.4 a different assessment", "has been changed since it was attached"),
        (None, "missing"),
    ],
    ids=["tampered", "missing"],
)
def test_verify_and_opening_catch_a_changed_or_missing_file(
    services: Services, tmp_path: Path, content: bytes | None, expected: str
) -> None:
    _scrutiny, item_id, sha = attach(services, tmp_path)
    services.evidence.file_path(item_id)  # a copy already on this computer hides nothing
    tamper(services, sha, content)
    check = services.maintenance.check_evidence()
    assert not check.ok and check.checked == 1
    [problem] = check.problems
    assert problem.evidence_id == item_id and expected in problem.message
    result = services.maintenance.verify()
    assert not result.ok and expected in result.message
    with pytest.raises(NotFoundError, match=expected) as caught:
        services.evidence.file_path(item_id)
    assert str(services.evidence.store.repair_hint) in str(caught.value)
    with pytest.raises(NotFoundError, match=expected):
        services.evidence.kept_file(item_id)
    assert services.evidence.store.read_bytes(sha) is None


def test_attaching_the_same_file_again_repairs_a_damaged_copy(
    services: Services, tmp_path: Path
) -> None:
    scrutiny, item_id, sha = attach(services, tmp_path)
    tamper(services, sha, b"scrambled")
    assert not services.maintenance.verify().ok
    again = tmp_path / "copy.pdf"
    again.write_bytes(CONTENT)
    services.evidence.add(scrutiny, EvidenceInput("EIA again", file_path=str(again)))
    assert services.maintenance.verify().ok
    assert services.evidence.file_path(item_id).read_bytes() == CONTENT


def test_on_a_server_a_changed_stored_size_is_caught(services: Services, tmp_path: Path) -> None:
    if not on_server(services):
        pytest.skip("the stored size column is kept only on a server")
    _scrutiny, _item_id, sha = attach(services, tmp_path)
    with services.database.engine.begin() as connection:
        connection.execute(text("UPDATE evidence_blobs SET size = 3 WHERE sha256 = :s"), {"s": sha})
    [problem] = services.maintenance.check_evidence().problems
    assert f"stored size (3 bytes) does not match the kept file ({len(CONTENT)} bytes)" in (
        problem.message
    )


def test_a_changed_size_on_the_evidence_row_is_caught(services: Services, tmp_path: Path) -> None:
    _scrutiny, item_id, _sha = attach(services, tmp_path)
    with services.database.engine.begin() as connection:
        connection.execute(text("UPDATE evidence SET file_size = 1 WHERE id = :i"), {"i": item_id})
    [problem] = services.maintenance.check_evidence().problems
    assert "file size has been changed since record entry" in problem.message


def test_a_file_over_the_limit_is_refused_and_nothing_is_kept(
    services: Services, tmp_path: Path
) -> None:
    scrutiny = services.scrutinies.create(NewScrutiny("Video", "Gwent", Technology.DRONES))
    evidence = EvidenceService(services.database, store_with_limit(services, 1024 * 1024))
    big = tmp_path / "bodycam.mp4"
    big.write_bytes(b"\0" * (1024 * 1024 + 1))
    with pytest.raises(InvalidInputError, match=r"is 1 MB; files over 1 MB cannot be kept"):
        evidence.add(scrutiny, EvidenceInput("Footage", file_path=str(big)))
    assert services.evidence.list(scrutiny) == []
    assert blob_count(services) == 0
    assert not services.settings.evidence_dir.exists() or not any(
        p.is_file() for p in services.settings.evidence_dir.rglob("*")
    )


@pytest.mark.parametrize(
    "source", [Path("/proc/self/mem"), Path("/nonexistent/dpia.pdf")], ids=["unreadable", "gone"]
)
def test_an_unreadable_or_missing_source_is_refused_plainly(
    services: Services, source: Path
) -> None:
    scrutiny = services.scrutinies.create(NewScrutiny("Drone pilot", "Gwent", Technology.DRONES))
    with pytest.raises(
        InvalidInputError, match=r"cannot be read|could not be copied|There is no file at"
    ):
        services.evidence.add(scrutiny, EvidenceInput("DPIA", file_path=str(source)))
    assert services.evidence.list(scrutiny) == [] and blob_count(services) == 0


def test_a_failed_save_leaves_no_row_and_a_harmless_file(
    services: Services, tmp_path: Path
) -> None:
    scrutiny = services.scrutinies.create(NewScrutiny("Drone pilot", "Gwent", Technology.DRONES))
    source = tmp_path / NAME
    source.write_bytes(CONTENT)
    with pytest.raises(NotFoundError, match="no question ZZ-99"):
        services.evidence.add(
            scrutiny, EvidenceInput("EIA", file_path=str(source), question_keys=("ZZ-99",))
        )
    assert services.evidence.list(scrutiny) == []
    check = services.maintenance.check_evidence()
    assert check.ok and check.checked == 0
    # The retry reuses what the failed save kept.
    item = services.evidence.add(scrutiny, EvidenceInput("EIA", file_path=str(source)))
    assert services.evidence.file_path(item.id).read_bytes() == CONTENT


@pytest.fixture
def other_record(
    request: pytest.FixtureRequest, services: Services, tmp_path: Path
) -> Iterator[Services]:
    """A second, separate record on the same engine (a laptop's, or another office's)."""
    folder = tmp_path / "other-data"
    if not on_server(services):
        opened = Services.open(
            resolve_settings(str(folder), sqlite_url(folder / DATABASE_FILENAME))
        )
        yield opened
        opened.close()
        return
    server: pg.PgServer = request.getfixturevalue("pg_server")
    with server.fresh_database() as url:
        opened = Services.open(resolve_settings(str(folder), url))
        yield opened
        opened.close()


def test_a_bundle_with_files_round_trips_the_bytes(
    services: Services, other_record: Services, tmp_path: Path
) -> None:
    scrutiny, _item_id, sha = attach(services, tmp_path)
    out = tmp_path / "with-files.json"
    services.reports.export(scrutiny, ExportFormat.JSON, out, include_files=True)
    [carried] = json.loads(out.read_bytes())["evidence"]
    assert carried["file_sha256"] == sha and carried["file_base64"]
    new_id = other_record.bundles.import_bundle(out)
    [imported] = other_record.evidence.list(new_id)
    assert imported.file_sha256 == sha
    assert other_record.evidence.file_path(imported.id).read_bytes() == CONTENT
    assert other_record.maintenance.verify().ok
    if on_server(other_record):
        assert blob_count(other_record) == 1
        assert not other_record.settings.evidence_dir.exists()


def test_a_second_officer_opens_the_file_the_first_attached(
    pg_server: pg.PgServer, tmp_path: Path
) -> None:
    with pg_server.fresh_database() as url:
        first = Services.open(resolve_settings(str(tmp_path / "laptop-a"), url))
        second = Services.open(resolve_settings(str(tmp_path / "laptop-b"), url))
        try:
            _scrutiny, item_id, sha = attach(first, tmp_path)
            opened = second.evidence.file_path(item_id)
            assert opened.name == NAME and opened.read_bytes() == CONTENT
            assert opened.is_relative_to(tmp_path / "laptop-b" / "evidence-opened")
            assert not (tmp_path / "laptop-a" / "evidence").exists()
            assert second.maintenance.verify().ok
            # Tampering on the server is seen from every laptop.
            tamper(first, sha, b"not the assessment")
            with pytest.raises(NotFoundError, match="changed since it was attached"):
                second.evidence.file_path(item_id)
        finally:
            first.close()
            second.close()
