"""Hostile bundles: odd file names, huge numbers and text typing would refuse import nothing.

Each bundle is resealed after its edit (anyone can recompute the checksum), so only the
import's own checks stand between it and the record. Runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ethics_scrutiny.config import DATABASE_FILENAME, resolve_settings, sqlite_url
from ethics_scrutiny.domain.enums import ActionKind, Outcome, Rating, Status, Technology
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.scrutiny import ActionInput, DecisionInput, EvidenceInput, NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.reports import ExportFormat
from tests.bundle_forgery import Edit, forged

NEW = NewScrutiny("Knife detection arches", "Dyfed-Powys Police", Technology.KNIFE_DETECTION)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[bytes]:
    """A scrutiny with an answer, evidence with its file, an action and a decision."""
    folder = tmp_path_factory.mktemp("hostile-source")
    document = folder / "dpia.pdf"
    document.write_bytes(b"%PDF-1.4 the force's DPIA\n")
    source = Services.open(
        resolve_settings(str(folder / "data"), sqlite_url(folder / DATABASE_FILENAME))
    )
    try:
        sid = source.scrutinies.create(NEW)
        key = source.scrutinies.get(sid).checklist.questions()[0].key
        source.scrutinies.answer(sid, key, Status.PARTLY_MET, Rating.AMBER, "Office note")
        source.evidence.add(sid, EvidenceInput("DPIA", file_path=str(document)))
        source.actions.add(sid, ActionInput(ActionKind.QUESTION, "Publish the logs", "ACC"))
        source.decisions.decide(sid, DecisionInput(Outcome.DEFER, "More to see.", "Panel"))
        out = folder / "bundle.json"
        source.reports.export(sid, ExportFormat.JSON, out, include_files=True)
        yield out.read_bytes()
    finally:
        source.close()


def state(services: Services) -> tuple[Any, ...]:
    return (services.scrutinies.list(), services.maintenance.head())


def refused(services: Services, tmp_path: Path, raw: bytes, match: str) -> str:
    """Import ``raw``; it must be refused in one sentence, and nothing imported."""
    before = state(services)
    path = tmp_path / "hostile.json"
    path.write_bytes(raw)
    with pytest.raises(InvalidInputError, match=match) as caught:
        services.bundles.import_bundle(path)
    assert state(services) == before
    message = str(caught.value)
    assert message.endswith(".") and "\n" not in message
    return message


def _file_name(name: str) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        data["evidence"][0]["file_name"] = name

    return edit


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("..", "not a plain file name"),
        (".", "not a plain file name"),
        ("report\x00.pdf", "not a plain file name"),
        ("../../outside.pdf", "not a plain file name"),
        ("ŵ" * 200 + ".pdf", "too long for a file system"),
    ],
)
def test_an_evidence_file_name_that_is_no_plain_name_is_refused(
    services: Services, bundle: bytes, tmp_path: Path, name: str, why: str
) -> None:
    refused(services, tmp_path, forged(bundle, _file_name(name)), why)


def test_the_file_is_staged_in_the_data_folder_never_the_system_temp_folder(
    services: Services, bundle: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    staged: list[Path] = []
    store = services.bundles._files
    assert store is not None
    original = store.add

    def add(source: Path) -> Any:
        staged.append(source)
        return original(source)

    monkeypatch.setattr(store, "add", add)
    path = tmp_path / "with-files.json"
    path.write_bytes(bundle)
    services.bundles.import_bundle(path)
    data_dir = services.settings.data_dir.resolve()
    assert staged and all(p.resolve().is_relative_to(data_dir) for p in staged)
    assert not list(system_temp.iterdir())
    assert not any(p.exists() for p in staged)  # cleared once kept


def _set(path: tuple[Any, ...], value: Any) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        holder = data
        for step in path[:-1]:
            holder = holder[step]
        holder[path[-1]] = value

    return edit


@pytest.mark.parametrize(
    "path",
    [
        ("evidence", 0, "file_size"),
        ("scrutiny", "round_number"),
        ("actions", 0, "decision"),
        ("decisions", 0, "supersedes"),
        ("record", "entries_total"),
    ],
)
@pytest.mark.parametrize("value", [2**63, 2**64 + 7, 2**31])
def test_integers_too_large_for_the_record_are_refused(
    services: Services, bundle: bytes, tmp_path: Path, path: tuple[Any, ...], value: int
) -> None:
    if path == ("record", "entries_total") and value < 2**63:
        return  # a count never stored: only 64-bit overflow matters
    refused(services, tmp_path, forged(bundle, _set(path, value)), "not a valid bundle")


def test_an_integer_of_thousands_of_digits_is_refused(
    services: Services, bundle: bytes, tmp_path: Path
) -> None:
    text = bundle.decode("utf-8").replace('"round_number": 1', '"round_number": ' + "9" * 5000)
    assert text.encode("utf-8") != bundle
    refused(services, tmp_path, text.encode("utf-8"), "number far too long")


def test_a_record_entry_holding_a_huge_number_is_refused(
    services: Services, bundle: bytes, tmp_path: Path
) -> None:
    from ethics_scrutiny.domain import record

    def edit(data: dict[str, Any]) -> None:
        entry = data["record"]["entries"][-1]
        entry["payload"] = entry["payload"][:-1] + ',"n":' + "7" * 5000 + "}"
        entry["payload_sha256"] = record.payload_hash(entry["payload"])
        entry["entry_hash"] = record.entry_hash(
            sequence=entry["sequence"],
            kind=entry["kind"],
            created_at=entry["created_at"],
            payload_sha256=entry["payload_sha256"],
            previous_hash=entry["previous_hash"],
        )

    refused(services, tmp_path, forged(bundle, edit), "not readable")


@pytest.mark.parametrize(
    ("path", "value", "why"),
    [
        (("responses", 0, "note"), "A note\x00 with NUL", "note on .* control characters"),
        (("scrutiny", "title"), "Title\x07", "title contains control characters"),
        (("evidence", 0, "description"), "x" * 10_001, "description .* too long"),
        (("actions", 0, "text"), "y" * 4_001, "action 1 is too long"),
        (("actions", 0, "reply"), "\x1bReply", "reply to action 1 contains control"),
        (("scrutiny", "supplier"), "Acme\x00", "supplier contains control"),
    ],
)
def test_text_typing_would_refuse_is_refused(
    services: Services, bundle: bytes, tmp_path: Path, path: tuple[Any, ...], value: str, why: str
) -> None:
    refused(services, tmp_path, forged(bundle, _set(path, value)), why)


def test_the_untouched_bundle_imports(services: Services, bundle: bytes, tmp_path: Path) -> None:
    path = tmp_path / "fine.json"
    path.write_bytes(bundle)
    new_id = services.bundles.import_bundle(path)
    assert services.scrutinies.get(new_id).evidence[0].file_name == "dpia.pdf"


def _other_scrutiny(data: dict[str, Any]) -> None:
    data["scrutiny"]["uuid"] = "0" * 8 + data["scrutiny"]["uuid"][8:]


def _new_uuid(items: str) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        for n, item in enumerate(data[items]):
            item["uuid"] = f"{n:08d}" + item["uuid"][8:]

    return edit


@pytest.mark.parametrize(
    ("kept", "named"),
    [("evidence", "evidence item"), ("actions", "action")],
)
def test_a_bundle_holding_another_scrutinys_items_says_which(
    services: Services, bundle: bytes, tmp_path: Path, kept: str | None, named: str
) -> None:
    """Another scrutiny's evidence, action or record entry is named, not "someone changed it"."""
    path = tmp_path / "first.json"
    path.write_bytes(bundle)
    services.bundles.import_bundle(path)

    def edit(data: dict[str, Any]) -> None:
        _other_scrutiny(data)
        for items in ("evidence", "actions"):
            if items != kept:
                _new_uuid(items)(data)

    message = refused(services, tmp_path, forged(bundle, edit), f"its {named} ")
    assert "already held here by another scrutiny, 'Knife detection arches'" in message


def test_a_bundle_claiming_this_records_entries_for_another_scrutiny_says_which(
    services: Services, tmp_path: Path
) -> None:
    """Entries this record made about one scrutiny, carried by a bundle of "another"."""
    sid = services.scrutinies.create(NEW)
    out = tmp_path / "ours.json"
    services.reports.export(sid, ExportFormat.JSON, out)

    def edit(data: dict[str, Any]) -> None:
        _other_scrutiny(data)
        data["scrutiny"]["title"] = "A scrutiny of its own"

    message = refused(services, tmp_path, forged(out.read_bytes(), edit), "its record entry 1 ")
    assert "already held here by another scrutiny, 'Knife detection arches'" in message


def test_what_a_killed_import_left_in_the_data_folder_is_cleared_later(
    services: Services, bundle: bytes, tmp_path: Path
) -> None:
    staging = services.settings.data_dir / "incoming"
    old, recent = staging / "bundle-killed", staging / "bundle-running"
    for folder in (old, recent):
        folder.mkdir(parents=True)
        (folder / "evidence-0").write_bytes(b"a plain copy of a file")
    day_ago = time.time() - 25 * 60 * 60
    os.utime(old, (day_ago, day_ago))
    path = tmp_path / "with-files.json"
    path.write_bytes(bundle)
    services.bundles.import_bundle(path)
    assert not old.exists() and recent.exists()
