"""A full disk: one sentence saying so and how much room is needed, nothing half-written,
nothing acknowledged lost, no litter. Run on a size-limited tmpfs (root on Linux, as in CI)."""

from __future__ import annotations

import errno
import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ethics_scrutiny.cli import main
from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.enums import Status, Technology
from ethics_scrutiny.domain.errors import DiskFullError
from ethics_scrutiny.domain.scrutiny import EvidenceInput, NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.reports import ExportFormat

SECRET = "Covert source CHIS-17 met at the bus depot"
DISK_SIZE = "6m"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A fresh 6 MB tmpfs, unmounted at the end whatever happened."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("a size-limited tmpfs needs root on Linux (as in CI); not available here")
    point = tmp_path / "small-disk"
    point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={DISK_SIZE},mode=0755", "tmpfs", str(point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"mounting a size-limited tmpfs is not allowed here: {mounted.stderr.strip()}")
    try:
        yield point
    finally:
        if subprocess.run(["umount", str(point)], check=False).returncode != 0:
            subprocess.run(["umount", "-l", str(point)], check=False)


def fill(disk: Path, leave: int = 0) -> Path:
    """Take every free byte of ``disk`` but ``leave`` with one file; deleting it frees them."""
    filler = disk / "filler"
    with filler.open("wb", buffering=0) as out:
        for size in (1024 * 1024, 64 * 1024, 4096, 512, 1):
            try:
                while True:
                    out.write(b"\0" * size)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
    if leave:
        os.truncate(filler, filler.stat().st_size - leave)
    return filler


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _litter(disk: Path) -> list[str]:
    """Temporary and probe files that a failed write must not leave behind."""
    marks = (".part", ".partial", "write-test", ".incoming-", "-journal", ".new-")
    return [str(p) for p in disk.rglob("*") if any(m in p.name for m in marks)]


@pytest.fixture
def record(small_disk: Path, tmp_path: Path) -> Iterator[tuple[Services, int, str]]:
    """An open record on the small disk with one acknowledged answer and a kept file."""
    services = Services.open(resolve_settings(str(small_disk / "data")))
    sid = services.scrutinies.create(NewScrutiny("Drone trial", "Dyfed-Powys", Technology.DRONES))
    key = services.scrutinies.get(sid).checklist.questions()[0].key
    services.scrutinies.answer(sid, key, Status.NOT_MET, note="acknowledged before the disk filled")
    try:
        yield services, sid, key
    finally:
        services.close()


def _one_sentence(text: str) -> None:
    assert "is full" in text and "free at least" in text, text
    assert "read-only" not in text and "Traceback" not in text and SECRET not in text, text


def test_a_save_on_a_full_disk_says_so_and_loses_nothing(
    record: tuple[Services, int, str], small_disk: Path
) -> None:
    services, sid, key = record
    head = services.maintenance.head()
    db = small_disk / "data" / "ethics-scrutiny.db"
    before = _sha(db)
    filler = fill(small_disk)
    with pytest.raises(DiskFullError) as caught:
        services.scrutinies.answer(sid, key, Status.MET, note=SECRET, sensitive=True)
    _one_sentence(str(caught.value))
    assert "nothing was saved" in str(caught.value)
    assert _sha(db) == before and not _litter(small_disk)
    filler.unlink()
    assert services.maintenance.head() == head
    kept = services.scrutinies.get(sid).responses[key]
    assert kept.status is Status.NOT_MET and kept.note == "acknowledged before the disk filled"
    assert services.maintenance.verify().ok
    services.scrutinies.answer(sid, key, Status.MET, note="saved once there is room")  # works again


def test_an_export_on_a_full_disk_writes_nothing_and_records_nothing(
    record: tuple[Services, int, str], small_disk: Path
) -> None:
    services, sid, _key = record
    head = services.maintenance.head()
    filler = fill(small_disk)
    for fmt in ExportFormat:
        out = small_disk / f"panel.{fmt.value}"
        with pytest.raises(DiskFullError) as caught:
            services.reports.export(sid, fmt, out)
        _one_sentence(str(caught.value))
        # The record shares the disk, so whichever write meets the full disk first says so.
        assert "was not saved" in str(caught.value) or "nothing was saved" in str(caught.value)
        assert not out.exists() and not _litter(small_disk)
    filler.unlink()
    assert services.maintenance.head() == head


def test_a_backup_on_a_full_disk_leaves_no_partial_copy(
    record: tuple[Services, int, str], small_disk: Path
) -> None:
    services, _sid, _key = record
    filler = fill(small_disk)
    with pytest.raises(DiskFullError) as caught:
        services.maintenance.backup(small_disk / "copy.db")
    _one_sentence(str(caught.value))
    assert "no backup was written" in str(caught.value)
    assert not (small_disk / "copy.db").exists() and not _litter(small_disk)
    filler.unlink()
    assert services.maintenance.backup(small_disk / "copy.db").is_file()


def test_an_import_on_a_full_disk_imports_nothing(
    record: tuple[Services, int, str],
    small_disk: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    services, sid, _key = record
    attached = tmp_path / "dpia.pdf"
    attached.write_bytes(os.urandom(300 * 1024))  # incompressible, so it needs real room
    services.evidence.add(sid, EvidenceInput("DPIA", file_path=str(attached)))
    bundle = tmp_path / "bundle.json"
    services.reports.export(sid, ExportFormat.JSON, bundle, include_files=True)
    other = ["--data-dir", str(small_disk / "other")]
    for _ in range(2):  # the second start takes the day's backups, before the disk fills
        assert main([*other, "list"]) == 0
    db = small_disk / "other" / "ethics-scrutiny.db"
    before = _sha(db)
    capsys.readouterr()
    # Room to start (and to stage part of the file), not to keep the 300 KB file.
    filler = fill(small_disk, leave=128 * 1024)
    assert main([*other, "import", str(bundle), "--accept-unsigned"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: The disk holding ") and err.count("\n") == 1
    assert "the bundle was not imported and the record is unchanged" in err  # not at start
    _one_sentence(err)
    assert _sha(db) == before and not _litter(small_disk)
    evidence = small_disk / "other" / "evidence"
    assert not evidence.exists() or not [p for p in evidence.rglob("*") if p.is_file()]
    filler.unlink()
    assert main([*other, "list", "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"
    assert (
        main([*other, "import", str(bundle), "--accept-unsigned"]) == 0
    )  # with room again, it imports


def test_an_import_short_of_room_says_how_much_the_bundle_needs(
    small_disk: Path, tmp_path: Path
) -> None:
    """Unpacking a 1.5 MB file then keeping it needs 3 MB; the message says so."""
    source = Services.open(resolve_settings(str(tmp_path / "source")))
    try:
        sid = source.scrutinies.create(NewScrutiny("Drone trial", "Dyfed-Powys", Technology.DRONES))
        attached = tmp_path / "dpia.pdf"
        attached.write_bytes(os.urandom(1536 * 1024))
        source.evidence.add(sid, EvidenceInput("DPIA", file_path=str(attached)))
        bundle = tmp_path / "bundle.json"
        source.reports.export(sid, ExportFormat.JSON, bundle, include_files=True)
    finally:
        source.close()
    target = Services.open(resolve_settings(str(small_disk / "data")))
    try:
        head = target.maintenance.head()
        filler = fill(small_disk, leave=512 * 1024)
        with pytest.raises(DiskFullError) as caught:
            target.bundles.import_bundle(bundle)
        message = str(caught.value)
        _one_sentence(message)
        assert f"The disk holding {small_disk / 'data' / 'incoming'} is full" in message
        assert "free at least 3 MB on it" in message and "was not imported" in message
        assert target.maintenance.head() == head and not _litter(small_disk)
        assert not [p for p in (small_disk / "data" / "incoming").rglob("*") if p.is_file()]
        filler.unlink()
        assert target.bundles.import_bundle(bundle)  # with room again, it imports
    finally:
        target.close()


def test_starting_on_a_full_disk_says_full_not_read_only_and_leaves_no_probe(
    small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(small_disk / "data")]
    assert main([*data, "new", "--technology", "drones", "--title", "T", "--force", "F"]) == 0
    assert main([*data, "list"]) == 0  # the day's backups are taken now, before the disk fills
    capsys.readouterr()
    db = small_disk / "data" / "ethics-scrutiny.db"
    before = _sha(db)
    filler = fill(small_disk)
    for _ in range(3):
        code = main([*data, "answer", "1", "LB-01", "--status", "met", "--note", SECRET])
        err = capsys.readouterr().err
        assert code == 1 and err.startswith("Error: The disk holding ") and err.count("\n") == 1
        _one_sentence(err)
    assert not _litter(small_disk) and _sha(db) == before
    filler.unlink()
    assert main([*data, "verify"]) == 0


def test_the_first_record_on_a_full_disk_is_not_half_made(
    small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (small_disk / "data").mkdir()
    filler = fill(small_disk)
    assert main(["--data-dir", str(small_disk / "data"), "list"]) == 1
    _one_sentence(capsys.readouterr().err)
    assert not (small_disk / "data" / "ethics-scrutiny.db").exists()
    assert not _litter(small_disk)
    filler.unlink()
    assert main(["--data-dir", str(small_disk / "data"), "list"]) == 0
