"""Handing the record on: archive, archive check and import-archive, and bad archives refused."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ethics_scrutiny.cli import main
from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.enums import (
    ActionKind,
    DecisionCapacity,
    Outcome,
    Status,
    Technology,
)
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.office import OfficeProfile, OfficeType
from ethics_scrutiny.domain.scrutiny import ActionInput, DecisionInput, EvidenceInput, NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.archive import check_archive

OLD_OFFICE = OfficeProfile(
    name="Office of the Police and Crime Commissioner for Exampleshire",
    office_type=OfficeType.PCC,
    decision_maker="Police and Crime Commissioner",
    panel="Exampleshire Ethics Panel",
)
NEW_OFFICE = OfficeProfile(
    name="Office of the Exampleshire Policing and Crime Board",
    office_type=OfficeType.POLICING_AND_CRIME_BOARD,
    decision_maker="Exampleshire Policing and Crime Board",
    panel="Exampleshire Ethics Panel",
)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x01" * 60


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def successor(
    tmp_path: Path, another_record: Callable[..., str]
) -> Iterator[tuple[Services, list[str]]]:
    """An empty record for the office taking over, with the CLI arguments reaching it."""
    folder = tmp_path / "successor"
    url = another_record("successor")
    opened = Services.open(resolve_settings(str(folder), url))
    yield opened, ["--data-dir", str(folder), "--db", url]
    opened.close()


def fill(services: Services, tmp_path: Path) -> int:
    """An office's record with every kind of item, a kept file, a logo and a decision."""
    logo = tmp_path / "crest.png"
    logo.write_bytes(PNG)
    services.office.set(OLD_OFFICE, logo)
    scrutiny_id = services.scrutinies.create(
        NewScrutiny(title="ANPR in Exampleshire", force="Exampleshire Police",
                    technology=Technology.ANPR)
    )  # fmt: skip
    key = services.scrutinies.get(scrutiny_id).checklist.questions()[0].key
    services.scrutinies.answer(scrutiny_id, key, Status.PARTLY_MET, note="Seen the DPIA.")
    document = tmp_path / "dpia.pdf"
    document.write_bytes(b"%PDF-1.4 the force's DPIA")
    services.evidence.add(
        scrutiny_id, EvidenceInput(title="DPIA", file_path=str(document), question_keys=(key,))
    )
    services.actions.add(
        scrutiny_id, ActionInput(kind=ActionKind.QUESTION, text="Send the EqIA.", question_key=key)
    )
    services.decisions.decide(
        scrutiny_id,
        DecisionInput(outcome=Outcome.DEFER, rationale="More information is needed.",
                      decided_by="The PCC", capacity=DecisionCapacity.OFFICE_DECISION),
    )  # fmt: skip
    services.scrutinies.create(
        NewScrutiny(title="Drones", force="Exampleshire Police", technology=Technology.DRONES)
    )
    return scrutiny_id


def test_archive_check_import_and_the_old_head_still_verifies(
    services: Services,
    successor: tuple[Services, list[str]],
    cli_data: list[str],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    scrutiny_id = fill(services, tmp_path)
    old_head = services.maintenance.head()
    archive = tmp_path / "handover" / "exampleshire.zip"
    code, out, err = run(capsys, *cli_data, "archive", "--out", str(archive), "--json")
    assert code == 0, err
    written = json.loads(out)
    assert (written["head"], written["entries"]) == (old_head.head_hash, old_head.entries)
    assert (written["scrutinies"], written["files"]) == (2, 2)  # the DPIA and the logo
    code, out, err = run(capsys, "archive", "check", str(archive))
    assert code == 0, err
    assert f"{old_head.entries} record entries, head {old_head.head_hash}" in out

    new, new_cli = successor
    code, out, err = run(capsys, *new_cli, "import-archive", str(archive))
    assert code == 0, err
    assert run(capsys, *new_cli, "list", "--json")[1] == run(capsys, *cli_data, "list", "--json")[1]
    show = ("show", str(scrutiny_id), "--json")
    assert run(capsys, *new_cli, *show)[1] == run(capsys, *cli_data, *show)[1]
    code, out, err = run(capsys, *new_cli, "verify", "--head", old_head.head_hash)
    assert code == 0, err
    assert new.office.profile() == services.office.profile()
    assert new.office.logo_bytes() == ("png", PNG)
    [anchor] = [e for e in new.maintenance.entries() if e.kind == "archive_imported"]
    assert anchor.sequence == old_head.entries + 1
    assert anchor.payload["predecessor_head"] == old_head.head_hash
    assert anchor.payload["predecessor_entries"] == old_head.entries
    # The office taking over names itself; the predecessor's work keeps its office's name.
    new.office.set(NEW_OFFICE)
    assert new.reports.build_model(scrutiny_id).office == OLD_OFFICE.name
    later = new.scrutinies.create(
        NewScrutiny(title="Knife detection", force="Exampleshire Police",
                    technology=Technology.KNIFE_DETECTION)
    )  # fmt: skip
    assert later > max(s.id for s in services.scrutinies.list())
    assert new.reports.build_model(later).office == NEW_OFFICE.name
    assert new.maintenance.verify().ok


def test_importing_into_a_record_with_work_merges_it(
    services: Services, successor: tuple[Services, list[str]], tmp_path: Path
) -> None:
    # Once refused; now merged scrutiny by scrutiny (tests/integration/test_archive_merge.py).
    fill(services, tmp_path)
    archive = services.archive.write(tmp_path / "a.zip").path
    new, _ = successor
    new.scrutinies.create(NewScrutiny(title="Own", force="F", technology=Technology.ANPR))
    before = new.maintenance.head()
    assert new.archive.import_archive(archive).scrutinies == 2
    assert new.maintenance.head().entries > before.entries
    assert len(new.scrutinies.list()) == 3


def _rewrite(source: Path, target: Path, change: Callable[[str, bytes], bytes | None]) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            data = change(name, old.read(name))
            if data is not None:
                new.writestr(name, data)


def _newer(name: str, data: bytes) -> bytes:
    if name != "manifest.json":
        return data
    return json.dumps({**json.loads(data), "format_version": 99}).encode()


def _changed_entry(name: str, data: bytes) -> bytes:
    if name != "tables/responses.jsonl":
        return data
    return data.replace(b"partly_met", b"met")


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ("truncated", "is not an Ethics Scrutiny archive, or it is truncated"),
        ("byte", "is damaged"),
        ("missing", "is incomplete: files/"),
        ("newer", "was written by a newer version of Ethics Scrutiny"),
        ("not-an-archive", "is not an Ethics Scrutiny archive"),
        ("rehashed", "does not verify"),
    ],
)
def test_bad_archives_are_refused_and_the_record_is_untouched(
    services: Services,
    successor: tuple[Services, list[str]],
    tmp_path: Path,
    damage: str,
    message: str,
) -> None:
    fill(services, tmp_path)
    good = services.archive.write(tmp_path / "good.zip").path
    bad = tmp_path / "bad.zip"
    data = good.read_bytes()
    if damage == "truncated":
        bad.write_bytes(data[: len(data) // 2])
    elif damage == "byte":
        with zipfile.ZipFile(good) as zipped:
            info = zipped.getinfo("tables/responses.jsonl")
        extra = int.from_bytes(data[info.header_offset + 28 : info.header_offset + 30], "little")
        at = info.header_offset + 30 + len(info.filename) + extra + info.compress_size // 2
        bad.write_bytes(data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1 :])
    elif damage == "missing":
        _rewrite(good, bad, lambda name, d: None if name.startswith("files/") else d)
    elif damage == "newer":
        _rewrite(good, bad, _newer)
    elif damage == "not-an-archive":
        bad.write_text("a spreadsheet, not an archive")
    else:  # an answer changed and its digest in the manifest recomputed to match
        _rewrite(good, bad, _changed_entry)
        _rehash(bad)
    new, _ = successor
    with pytest.raises(InvalidInputError, match=message) as refused:
        new.archive.import_archive(bad)
    assert "\n" not in str(refused.value).split(": ", 1)[0]
    with pytest.raises(InvalidInputError, match=message):
        check_archive(bad)
    assert new.maintenance.head().entries == 0
    assert new.scrutinies.list() == [] and new.office.profile() is None


def _rehash(path: Path) -> None:
    import hashlib

    with zipfile.ZipFile(path) as zipped:
        members = {n: zipped.read(n) for n in zipped.namelist()}
    manifest = json.loads(members["manifest.json"])
    for name, entry in manifest["members"].items():
        entry["sha256"] = hashlib.sha256(members[name]).hexdigest()
        entry["size"] = len(members[name])
    members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w") as zipped:
        for name, data in members.items():
            zipped.writestr(name, data)


def test_a_record_failing_verification_is_not_archived(services: Services, tmp_path: Path) -> None:
    fill(services, tmp_path)
    with services.database.engine.begin() as connection:
        from sqlalchemy import text

        connection.execute(text("UPDATE office_profile SET name = 'Someone else'"))
    with pytest.raises(InvalidInputError, match="fails verification, so no archive was written"):
        services.archive.write(tmp_path / "a.zip")
    assert not (tmp_path / "a.zip").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".a.zip")] == []


def test_archive_refuses_a_managed_output_path(services: Services) -> None:
    out = services.settings.backups_dir / "a.zip"
    with pytest.raises(InvalidInputError, match="nothing was written"):
        services.archive.write(out)
