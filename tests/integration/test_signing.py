"""Signed papers: the office's key, signed PDFs, bundles and archives, check-file and trust."""

from __future__ import annotations

import io
import json
import os
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes

from ethics_scrutiny.cli import main
from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.enums import Status, Technology
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.record import RecordKind
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.reporting.formats import ExportFormat
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.output_paths import ManagedPlaces, check_output_path
from ethics_scrutiny.services.signing import keys
from ethics_scrutiny.services.signing.keys import OfficeKey, SigningKeyError

PASSPHRASE = "a long enough passphrase"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def scrutiny(services: Services) -> int:
    scrutiny_id = services.scrutinies.create(
        NewScrutiny(title="ANPR", force="Exampleshire Police", technology=Technology.ANPR)
    )
    key = services.scrutinies.get(scrutiny_id).checklist.questions()[0].key
    services.scrutinies.answer(scrutiny_id, key, Status.MET, note="Seen the DPIA.")
    return scrutiny_id


@pytest.fixture
def signed(services: Services, tmp_path: Path) -> tuple[Services, int, OfficeKey]:
    key = services.signing.create(PASSPHRASE)
    return services, scrutiny(services), key


@pytest.fixture
def other(
    tmp_path: Path, another_record: Callable[..., str]
) -> Iterator[tuple[Services, list[str]]]:
    folder = tmp_path / "other"
    url = another_record("other")
    opened = Services.open(resolve_settings(str(folder), url))
    yield opened, ["--data-dir", str(folder), "--db", url]
    opened.close()


def export(services: Services, scrutiny_id: int, out: Path, fmt: ExportFormat, key: OfficeKey,
           *, public: bool = False) -> Path:  # fmt: skip
    services.reports.export(scrutiny_id, fmt, out, public=public, sign=key)
    return out


def test_each_kind_of_file_signs_and_checks(
    signed: tuple[Services, int, OfficeKey], tmp_path: Path
) -> None:
    services, scrutiny_id, key = signed
    paper = export(services, scrutiny_id, tmp_path / "paper.pdf", ExportFormat.PDF, key)
    public = export(services, scrutiny_id, tmp_path / "public.pdf", ExportFormat.PDF, key,
                    public=True)  # fmt: skip
    bundle = export(services, scrutiny_id, tmp_path / "b.json", ExportFormat.JSON, key)
    archive = services.archive.write(tmp_path / "a.zip", sign=key).path
    for path in (paper, public, bundle, archive):
        check = services.signing.check(path)
        assert check.ok, check.sentences
        assert check.known == "own" and check.fingerprint == key.fingerprint
        assert "It is unaltered since it was signed." in check.sentences
    assert services.signing.check(paper).head_in_record is True
    assert services.maintenance.verify().ok


def test_pyhanko_reads_the_pdf_signature_back_intact(
    signed: tuple[Services, int, OfficeKey], tmp_path: Path
) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext
    from pypdf import PdfReader

    services, scrutiny_id, key = signed
    paper = export(services, scrutiny_id, tmp_path / "paper.pdf", ExportFormat.PDF, key)
    embedded = PdfFileReader(io.BytesIO(paper.read_bytes())).embedded_signatures
    assert len(embedded) == 1
    context = ValidationContext(trust_roots=[embedded[0].signer_cert], allow_fetching=False)
    status = validate_pdf_signature(embedded[0], signer_validation_context=context)
    assert status.intact and status.valid and status.trusted
    assert status.coverage.name == "ENTIRE_FILE"
    assert "/PAdES" in str(embedded[0].sig_object["/SubFilter"]) or "ETSI" in str(
        embedded[0].sig_object["/SubFilter"]
    )
    # The marking bands are still on every page.
    pages = PdfReader(paper).pages
    assert all("OFFICIAL" in (page.extract_text() or "") for page in pages)


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def test_one_altered_byte_is_named(signed: tuple[Services, int, OfficeKey], tmp_path: Path) -> None:
    services, scrutiny_id, key = signed
    body = export(services, scrutiny_id, tmp_path / "body.pdf", ExportFormat.PDF, key)
    data = body.read_bytes()
    _flip(body, data.index(b"stream") + 20)
    seal = export(services, scrutiny_id, tmp_path / "seal.pdf", ExportFormat.PDF, key)
    data = seal.read_bytes()
    start = data.index(b"/Contents <") + len(b"/Contents <")
    hex_digits = data[start : data.index(b">", start)]
    # The signature value is the last part of the CMS, just before the zero padding.
    _flip(seal, start + len(hex_digits.rstrip(b"0")) - 4)
    bundle = export(services, scrutiny_id, tmp_path / "b.json", ExportFormat.JSON, key)
    text = bundle.read_text("utf-8")
    bundle.write_text(text.replace('"ANPR"', '"ANPS"', 1), "utf-8")
    archive = services.archive.write(tmp_path / "a.zip", sign=key).path
    with zipfile.ZipFile(archive) as zipped, zipfile.ZipFile(tmp_path / "b.zip", "w") as copy:
        for item in zipped.infolist():
            member = zipped.read(item)
            if item.filename.startswith("tables/record_entries"):
                member = member.replace(b"report_exported", b"report_exportes", 1)
            copy.writestr(item, member)
    for path in (body, seal, bundle, tmp_path / "b.zip"):
        check = services.signing.check(path)
        assert not check.ok and not check.intact, path
        assert any("altered" in s or "damaged" in s for s in check.sentences), check.sentences


def test_a_file_signed_by_another_key_is_someone_unknown(
    signed: tuple[Services, int, OfficeKey],
    other: tuple[Services, list[str]],
    tmp_path: Path,
) -> None:
    services, _, _ = signed
    theirs, _ = other
    their_key = theirs.signing.create("their own passphrase")
    paper = export(theirs, scrutiny(theirs), tmp_path / "theirs.pdf", ExportFormat.PDF, their_key)
    check = services.signing.check(paper)
    assert check.intact and not check.ok and check.known is None
    assert any("signed by someone this record does not know" in s for s in check.sentences)
    assert check.head_in_record is False


def test_papers_signed_with_an_earlier_key_still_check(
    signed: tuple[Services, int, OfficeKey], tmp_path: Path
) -> None:
    services, scrutiny_id, old = signed
    paper = export(services, scrutiny_id, tmp_path / "old.pdf", ExportFormat.PDF, old)
    new = services.signing.create("a new passphrase after loss")
    assert new.fingerprint != old.fingerprint
    assert services.signing.check(paper).known == "own"


def test_the_key_is_encrypted_owner_only_and_its_folder_protected(
    signed: tuple[Services, int, OfficeKey], data_dir: Path
) -> None:
    services, _, _ = signed
    key_file = services.signing.key_file
    assert key_file.parent == data_dir / "keys"
    if os.name == "posix":
        assert key_file.stat().st_mode & 0o777 == 0o600
    assert b"PRIVATE KEY" not in key_file.read_bytes()
    for log in (data_dir / "logs").glob("*"):
        assert PASSPHRASE not in log.read_text("utf-8", "replace")
    with pytest.raises(InvalidInputError, match="keys folder"):
        check_output_path(data_dir / "keys" / "paper.pdf", ManagedPlaces(None, data_dir))


def _expired(key: OfficeKey) -> OfficeKey:
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder().subject_name(key.certificate.subject)
        .issuer_name(key.certificate.subject).public_key(key.private_key.public_key())
        .serial_number(1).not_valid_before(now - timedelta(days=400))
        .not_valid_after(now - timedelta(days=1)).sign(key.private_key, hashes.SHA256())
    )  # fmt: skip
    return OfficeKey(key.private_key, cert)


def test_key_failures_are_one_sentence_and_nothing_is_exported(
    services: Services, tmp_path: Path
) -> None:
    scrutiny_id = scrutiny(services)
    with pytest.raises(SigningKeyError, match="no signing key yet"):
        services.signing.unlock(PASSPHRASE)
    key = services.signing.create(PASSPHRASE)
    services.signing._unlocked = None  # a new session: the passphrase is asked again
    with pytest.raises(SigningKeyError, match="passphrase does not unlock"):
        services.signing.unlock("the wrong passphrase")
    with pytest.raises(SigningKeyError, match="is locked"):
        services.signing.unlock(None)
    keys.write(services.signing.key_file, _expired(key), PASSPHRASE)
    with pytest.raises(SigningKeyError, match="valid only until"):
        services.signing.unlock(PASSPHRASE)
    out = tmp_path / "paper.pdf"
    with pytest.raises(SigningKeyError, match="valid only until"):
        services.reports.export(scrutiny_id, ExportFormat.PDF, out, sign=_expired(key))
    assert not out.exists() and list(tmp_path.glob(".paper.pdf*")) == []
    services.signing.key_file.write_bytes(b"\x30\x82 not a key file")
    with pytest.raises(SigningKeyError, match="damaged or not a PKCS#12"):
        services.signing.unlock(PASSPHRASE)
    with pytest.raises(InvalidInputError, match="cannot carry a signature"):
        services.reports.export(scrutiny_id, ExportFormat.HTML, tmp_path / "p.html", sign=key)
    assert not (tmp_path / "p.html").exists()


def test_passphrase_is_asked_once_per_session(signed: tuple[Services, int, OfficeKey]) -> None:
    services, _, key = signed
    services.signing._unlocked = None
    assert services.signing.unlock(PASSPHRASE).fingerprint == key.fingerprint
    assert services.signing.unlock(None).fingerprint == key.fingerprint


def test_cli_keys_sign_check_and_import_trust(
    services: Services,
    cli_data: list[str],
    other: tuple[Services, list[str]],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", "utf-8")
    scrutiny_id = scrutiny(services)
    code, out, _ = run(capsys, *cli_data, "office", "keys", "create", "--passphrase-file",
                       str(secret), "--json")  # fmt: skip
    assert code == 0
    fingerprint = json.loads(out)["fingerprint"]
    bundle, paper = tmp_path / "b.json", tmp_path / "p.pdf"
    for fmt, path in (("json", bundle), ("pdf", paper)):
        sign = ("--sign", "--passphrase-file", str(secret))
        code, _, err = run(capsys, *cli_data, "export", str(scrutiny_id), "--format", fmt,
                           "--out", str(path), *sign)  # fmt: skip
        assert code == 0, err
    code, out, _ = run(capsys, *cli_data, "check-file", str(paper), "--json")
    assert code == 0 and json.loads(out)["known"] == "own"
    _, theirs = other
    code, out, _ = run(capsys, *theirs, "check-file", str(bundle))
    assert code == 1 and "does not know" in out
    code, _, err = run(capsys, *theirs, "import", str(bundle))
    assert code == 1 and "--trust-signer" in err
    code, out, err = run(capsys, *theirs, "import", str(bundle), "--trust-signer", fingerprint)
    assert code == 0, err
    assert "not signed" not in out and "Signed by" in out
    code, out, _ = run(capsys, *theirs, "check-file", str(bundle), "--json")
    assert code == 0 and json.loads(out)["known"] == "trusted"
    assert _kinds(other[0]).count(RecordKind.SIGNER_TRUSTED) == 1


def test_cli_import_refuses_unsigned_unless_accepted_and_records_it(
    services: Services,
    cli_data: list[str],
    other: tuple[Services, list[str]],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    bundle = tmp_path / "unsigned.json"
    services.reports.export(scrutiny(services), ExportFormat.JSON, bundle)
    theirs, their_cli = other
    code, _, err = run(capsys, *their_cli, "import", str(bundle))
    assert code == 1 and "is not signed" in err and "--accept-unsigned" in err
    code, out, err = run(capsys, *their_cli, "import", str(bundle), "--accept-unsigned")
    assert code == 0, err
    assert "This bundle is not signed" in out
    assert _kinds(theirs).count(RecordKind.UNSIGNED_ACCEPTED) == 1
    # Altered after signing: refused even when unsigned bundles are accepted.
    key = services.signing.create(PASSPHRASE)
    signed_bundle = tmp_path / "signed.json"
    services.reports.export(scrutiny(services), ExportFormat.JSON, signed_bundle, sign=key)
    signed_bundle.write_text(signed_bundle.read_text("utf-8").replace("ANPR", "ANPS", 1))
    code, _, err = run(capsys, *their_cli, "import", str(signed_bundle), "--accept-unsigned")
    assert code == 1 and "altered since it was signed" in err


def _kinds(services: Services) -> list[str]:
    from sqlalchemy import select

    from ethics_scrutiny.storage.models import RecordEntry
    from ethics_scrutiny.storage.unit_of_work import unit_of_work

    with unit_of_work(services.database) as session:
        return list(session.scalars(select(RecordEntry.kind)))


def test_an_office_imports_a_key_it_was_given(
    services: Services, cli_data: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

    given = keys.create("Exampleshire Police Certification Service")
    p12 = tmp_path / "office.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"office",
            given.private_key,
            given.certificate,
            None,
            BestAvailableEncryption(PASSPHRASE.encode()),
        )
    )
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE, "utf-8")
    code, out, err = run(capsys, *cli_data, "office", "keys", "import", str(p12),
                         "--passphrase-file", str(secret), "--json")  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["fingerprint"] == given.fingerprint
    assert services.signing.known()[given.fingerprint] == "own"
    code, _, err = run(capsys, *cli_data, "office", "keys", "import", str(tmp_path / "none.p12"),
                       "--passphrase-file", str(secret))  # fmt: skip
    assert code == 1 and err.count("\n") == 1 and "There is no file" in err


def test_a_signed_archive_still_checks_and_imports(
    signed: tuple[Services, int, OfficeKey],
    other: tuple[Services, list[str]],
    tmp_path: Path,
) -> None:
    from ethics_scrutiny.services.archive import check_archive

    services, _, key = signed
    archive = services.archive.write(tmp_path / "handover.zip", sign=key).path
    assert check_archive(archive).scrutinies == 1
    theirs, _ = other
    assert theirs.archive.import_archive(archive).scrutinies == 1
    # The record taken over holds the office's certificate history, so its papers check.
    assert theirs.signing.check(archive).known == "own"
