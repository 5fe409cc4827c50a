"""Evidence files are kept by SHA-256: in the data folder, or on a server in the record itself."""

from __future__ import annotations

import hashlib
import json
import os
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from ethics_scrutiny.cli import main
from ethics_scrutiny.domain.enums import EvidenceKind, Technology
from ethics_scrutiny.domain.errors import InvalidInputError, NotFoundError
from ethics_scrutiny.domain.scrutiny import EvidenceInput, NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.storage.evidence_files import EvidenceStore

DPIA = "DPIA fersiwn 5 – ŵŷ 警察.pdf"


@pytest.fixture
def scrutiny(services: Services) -> int:
    return services.scrutinies.create(NewScrutiny("Drone pilot", "Gwent", Technology.DRONES))


def kept_count(services: Services) -> int:
    """How many files are kept: in the evidence folder, or on a server in ``evidence_blobs``."""
    if services.database.engine.dialect.name == "sqlite":
        return len([p for p in services.settings.evidence_dir.rglob("*") if p.is_file()])
    with services.database.engine.connect() as connection:
        return int(connection.execute(text("SELECT count(*) FROM evidence_blobs")).scalar_one())


def keys(services: Services, scrutiny_id: int) -> list[str]:
    return [q.key for q in services.scrutinies.get(scrutiny_id).checklist.questions()]


def attach_dpia(services: Services, scrutiny: int, tmp_path: Path) -> tuple[int, bytes]:
    original = tmp_path / DPIA
    content = b"%PDF-1.4 DPIA version 5 signed by the DPO"
    original.write_bytes(content)
    first, second = keys(services, scrutiny)[:2]
    item = services.evidence.add(
        scrutiny,
        EvidenceInput(
            "DPIA v5",
            kind=EvidenceKind.DOCUMENT,
            reference="DPIA v5.4",
            document_date=date(2026, 3, 1),
            received_on=date(2026, 3, 8),
            question_keys=(second, first),
            file_path=str(original),
        ),
    )
    sha = hashlib.sha256(content).hexdigest()
    assert (item.file_sha256, item.file_size, item.file_name) == (sha, len(content), DPIA)
    assert item.question_keys == tuple(sorted((first, second)))
    # The original may now move or go: the record never points at it.
    original.unlink()
    return item.id, content


def test_add_keeps_the_file_under_its_hash_and_records_it(
    services: Services, scrutiny: int, tmp_path: Path
) -> None:
    item_id, content = attach_dpia(services, scrutiny, tmp_path)
    sha = hashlib.sha256(content).hexdigest()
    opened = services.evidence.file_path(item_id)
    assert opened.name == DPIA and opened.read_bytes() == content
    assert opened.is_relative_to(services.settings.data_dir / "evidence-opened")
    assert not os.access(opened, os.W_OK) or os.geteuid() == 0  # read-only (root ignores it)
    opened.chmod(0o644)
    opened.write_bytes(b"edited in a viewer")  # changes nothing kept
    assert services.maintenance.verify().ok
    assert services.evidence.file_path(item_id).read_bytes() == content  # a fresh copy
    assert services.evidence.kept_file(item_id).read_bytes() == content
    [entry] = [e for e in services.maintenance.entries(scrutiny) if e.kind == "evidence_added"]
    assert entry.payload["file_sha256"] == sha and entry.payload["evidence_id"] == item_id
    assert entry.payload["title"] == "DPIA v5"
    result = services.maintenance.verify()
    assert result.ok and "The attached file matches" in result.message


@pytest.mark.sqlite_only
def test_on_sqlite_the_file_is_kept_in_the_evidence_folder(
    services: Services, scrutiny: int, tmp_path: Path
) -> None:
    item_id, content = attach_dpia(services, scrutiny, tmp_path)
    sha = hashlib.sha256(content).hexdigest()
    kept = services.settings.evidence_dir / sha[:2] / sha
    assert kept.read_bytes() == content and services.evidence.kept_file(item_id) == kept
    assert services.evidence.file_path(item_id) != kept
    assert not list(services.settings.evidence_dir.rglob(".incoming-*"))


def test_the_same_file_twice_is_kept_once(
    services: Services, scrutiny: int, tmp_path: Path
) -> None:
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    a.write_bytes(b"same")
    b.write_bytes(b"same")
    one = services.evidence.add(scrutiny, EvidenceInput("One", file_path=str(a)))
    two = services.evidence.add(scrutiny, EvidenceInput("Two", file_path=str(b)))
    assert one.file_sha256 == two.file_sha256
    assert kept_count(services) == 1
    assert [e.title for e in services.evidence.list(scrutiny)] == ["One", "Two"]


def test_a_statement_needs_no_file(services: Services, scrutiny: int) -> None:
    item = services.evidence.add(
        scrutiny, EvidenceInput("Chief constable's letter", kind=EvidenceKind.STATEMENT)
    )
    assert item.file_sha256 is None
    with pytest.raises(NotFoundError, match="has no file attached"):
        services.evidence.file_path(item.id)


def test_update_and_link_change_details_never_the_file(
    services: Services, scrutiny: int, tmp_path: Path
) -> None:
    source = tmp_path / "eia.pdf"
    source.write_bytes(b"EIA")
    item = services.evidence.add(scrutiny, EvidenceInput("EIA", file_path=str(source)))
    first, second = keys(services, scrutiny)[:2]
    changed = services.evidence.update(
        item.id, EvidenceInput("EIA (final)", reference="EIA v2", question_keys=(first,))
    )
    assert (changed.title, changed.reference, changed.question_keys) == ("EIA (final)", "EIA v2",
                                                                         (first,))  # fmt: skip
    assert changed.file_sha256 == item.file_sha256
    linked = services.evidence.link(item.id, [second, first])
    assert linked.question_keys == tuple(sorted((first, second)))
    with pytest.raises(NotFoundError, match="no question ZZ-99"):
        services.evidence.link(item.id, ["ZZ-99"])


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda p: None, "There is no file at"),
        (lambda p: p.mkdir(), "There is no file at"),
    ],
)
def test_a_missing_source_is_refused_plainly(
    services: Services, scrutiny: int, tmp_path: Path, make: object, expected: str
) -> None:
    source = tmp_path / "gone.pdf"
    make(source)  # type: ignore[operator]
    with pytest.raises(InvalidInputError, match=expected):
        services.evidence.add(scrutiny, EvidenceInput("Gone", file_path=str(source)))
    assert services.evidence.list(scrutiny) == []


def test_an_unreadable_source_is_refused_plainly(tmp_path: Path) -> None:
    # The database store's refusals: tests/integration/test_evidence_blobs.py.
    store = EvidenceStore(tmp_path / "evidence")
    with pytest.raises(InvalidInputError, match=r"cannot be read|could not be copied"):
        store.add(Path("/proc/self/mem"))  # exists, but reading it from the start fails


def test_a_file_over_the_limit_is_refused(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "evidence", max_bytes=1024 * 1024)
    big = tmp_path / "video.mp4"
    big.write_bytes(b"\0" * (1024 * 1024 + 1))
    with pytest.raises(InvalidInputError, match="cannot be kept in the record"):
        store.add(big)
    assert not (tmp_path / "evidence").exists() or not any((tmp_path / "evidence").rglob("*"))


def test_a_sensitive_item_is_in_the_record_only_by_digest(
    services: Services, scrutiny: int, tmp_path: Path
) -> None:
    source = tmp_path / "informant.pdf"
    source.write_bytes(b"x")
    services.evidence.add(
        scrutiny, EvidenceInput("Covert source report", sensitive=True, file_path=str(source))
    )
    [entry] = [e for e in services.maintenance.entries(scrutiny) if e.kind == "evidence_added"]
    assert "Covert" not in json.dumps(entry.payload) and "details_sha256" in entry.payload


def test_verify_json_lists_the_evidence_checked(
    services: Services, scrutiny: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.pdf"
    source.write_bytes(b"a")
    services.evidence.add(scrutiny, EvidenceInput("A", file_path=str(source)))
    data_dir = str(services.settings.data_dir)
    services.close()
    assert main(["--data-dir", data_dir, "verify", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["evidence"] == {"ok": True, "checked": 1, "not_supplied": 0, "problems": []}
