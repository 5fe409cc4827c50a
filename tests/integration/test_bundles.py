"""JSON bundles: round trip into an empty data folder; bad bundles refused, all or nothing."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from ethics_scrutiny.assets import assets_dir
from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.bundles.check import content_digest
from ethics_scrutiny.services.bundles.schema import FORMAT_VERSION, json_schema
from ethics_scrutiny.services.reports import ExportFormat
from tests.large_scrutiny import SENTINELS, WITHDRAWN, seed_large

_VOLATILE = ("exported_at", "app_version", "record")


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, int, Path]]:
    """A record holding the large scrutiny, and its bundle exported once."""
    folder = tmp_path_factory.mktemp("bundle-source")
    services = Services.open(resolve_settings(str(folder / "data")))
    first, _ = seed_large(services)
    bundle = folder / "first.json"
    services.reports.export(first, ExportFormat.JSON, bundle)
    yield services, first, bundle
    services.close()


@pytest.fixture(scope="module")
def lawful(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The large scrutiny's bundle when its decisions are ones the decision rules allow."""
    folder = tmp_path_factory.mktemp("bundle-lawful")
    services = Services.open(resolve_settings(str(folder / "data")))
    try:
        first, _ = seed_large(services, lawful=True)
        bundle = folder / "first.json"
        services.reports.export(first, ExportFormat.JSON, bundle)
        yield bundle
    finally:
        services.close()


def _content(raw: bytes) -> dict[str, Any]:
    """What must survive a round trip: all but export details and the record's own entries."""
    data: dict[str, Any] = json.loads(raw)
    for key in _VOLATILE:
        data.pop(key)
    for decision in data["decisions"]:
        decision.pop("entry_hash")  # a new entry in the importing record
    return data


def _dump(services: Services) -> list[str]:
    """Every row of the database file, to show a refused import changed nothing."""
    path = services.settings.database_url.removeprefix("sqlite:///")
    with closing(sqlite3.connect(path)) as connection:
        return list(connection.iterdump())


def test_the_bundle_has_the_documented_top_level_keys(source: tuple[Services, int, Path]) -> None:
    data = json.loads(source[2].read_bytes())
    assert data["format_version"] == 3
    expected = {"template", "scrutiny", "responses", "evidence", "actions", "decisions", "record"}
    assert expected | {"sync"} <= set(data)
    assert len(data["evidence"]) == 24
    assert len(data["actions"]) == 8
    # Every synchronised item has one identity in every record, and a revision in the bundle.
    uuids = [e["uuid"] for e in data["evidence"]] + [a["uuid"] for a in data["actions"]]
    assert len(set(uuids)) == 32 and all(len(u) == 36 for u in uuids)
    assert all(d["origin"] == d["entry_hash"] for d in data["decisions"])
    items = data["sync"]["items"]
    assert {f"evidence.{u}" for u in uuids[:24]} <= set(items)
    assert {f"response.{r['key']}" for r in data["responses"]} <= set(items)
    assert {"checklist", "scrutiny.stage", "scrutiny.title"} <= set(items)
    assert [d["supersedes"] for d in data["decisions"]] == [None, 1]
    assert data["decisions"][1]["override_reason"]
    assert data["record"]["entries"]
    assert data["record"]["content_sha256"] == content_digest(data)


def test_the_shipped_json_schema_matches_the_model() -> None:
    shipped = json.loads((assets_dir() / "schema" / "bundle.schema.json").read_text("utf-8"))
    assert shipped == json_schema()


def test_round_trip_into_an_empty_data_folder_gives_the_same_content(
    lawful: Path, tmp_path: Path
) -> None:
    bundle = lawful
    other = Services.open(resolve_settings(str(tmp_path / "empty")))
    try:
        new_id = other.bundles.import_bundle(bundle)
        again = tmp_path / "again.json"
        other.reports.export(new_id, ExportFormat.JSON, again)
        assert _content(again.read_bytes()) == _content(bundle.read_bytes())
        detail = other.scrutinies.get(new_id)
        assert len(detail.evidence) == 24 and len(detail.actions) == 8
        assert detail.decisions[0].superseded_by == detail.decisions[1].sequence
        assert _chain_ok(other)
        kinds = [e.kind for e in _entries(other)]
        assert kinds[-2:] == ["bundle_imported", "report_exported"]
        # The same bundle again: the scrutiny is already here and nothing in it is newer.
        before = _dump(other)
        report = other.bundles.sync_bundle(bundle)
        assert report.up_to_date and not report.imported and report.scrutiny_id == new_id
        assert not report.taken and not report.conflicts and report.decisions_added == 0
        assert other.bundles.import_bundle(bundle) == new_id
        assert _dump(other) == before
    finally:
        other.close()


def _chain_ok(services: Services) -> bool:
    """The hash chain verifies (evidence files are not in a metadata-only bundle)."""
    from ethics_scrutiny.storage import record_chain
    from ethics_scrutiny.storage.unit_of_work import unit_of_work

    with unit_of_work(services.database) as session:
        return record_chain.verify(session).ok


def _entries(services: Services) -> list[Any]:
    from ethics_scrutiny.storage.models import RecordEntry
    from ethics_scrutiny.storage.unit_of_work import unit_of_work

    with unit_of_work(services.database) as session:
        rows = session.query(RecordEntry).order_by(RecordEntry.sequence).all()
        session.expunge_all()
        return rows


def test_a_later_round_links_to_its_earlier_round_on_import(tmp_path: Path) -> None:
    source = Services.open(resolve_settings(str(tmp_path / "source")))
    target = Services.open(resolve_settings(str(tmp_path / "target")))
    try:
        first, second = seed_large(source, lawful=True)
        for scrutiny_id in (first, second):
            out = tmp_path / f"{scrutiny_id}.json"
            source.reports.export(scrutiny_id, ExportFormat.JSON, out)
            imported = target.bundles.import_bundle(out)
        later = target.scrutinies.get(imported).summary
        assert later.round_number == 2
        assert later.previous_id is not None
        earlier = target.scrutinies.get(later.previous_id).summary
        assert earlier.title == later.title and earlier.round_number == 1
        model = target.reports.build_model(imported)
        assert model.changes == source.reports.build_model(second).changes
        [withdrawn] = model.decisions
        assert withdrawn.withdrawn and withdrawn.withdrawn_reason == WITHDRAWN
        assert model.current_decision is None
    finally:
        source.close()
        target.close()


def test_a_public_bundle_holds_nothing_sensitive(
    source: tuple[Services, int, Path], tmp_path: Path
) -> None:
    services, first, _ = source
    out = tmp_path / "public.json"
    services.reports.export(first, ExportFormat.JSON, out, public=True)
    text = out.read_text("utf-8")
    for sentinel in SENTINELS:
        assert sentinel not in text, sentinel
    data = json.loads(text)
    assert data["evidence"] == [] and data["actions"] == []
    assert {e["kind"] for e in data["record"]["entries"]} == {"decision"}


def test_a_decision_written_past_the_decision_rules_refuses_the_bundle(
    source: tuple[Services, int, Path], tmp_path: Path
) -> None:
    """The large scrutiny's support with conditions was written straight into the record."""
    other = Services.open(resolve_settings(str(tmp_path / "empty")))
    try:
        before = _dump(other)
        with pytest.raises(InvalidInputError, match=r"its decision 2 .*could not have been"):
            other.bundles.import_bundle(source[2])
        assert _dump(other) == before
    finally:
        other.close()


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Services]:
    services = Services.open(resolve_settings(str(tmp_path / "target")))
    yield services
    services.close()


def _refused(target: Services, tmp_path: Path, raw: bytes, match: str) -> None:
    before = _dump(target)
    path = tmp_path / "bad.json"
    path.write_bytes(raw)
    with pytest.raises(InvalidInputError, match=match):
        target.bundles.import_bundle(path)
    assert _dump(target) == before


def _edited(raw: bytes, edit: Any, *, reseal: bool = False) -> bytes:
    data = json.loads(raw)
    edit(data)
    if reseal:
        data["record"]["content_sha256"] = content_digest(data)
    return json.dumps(data).encode("utf-8")


def test_a_truncated_bundle_is_refused(
    source: tuple[Services, int, Path], target: Services, tmp_path: Path
) -> None:
    raw = source[2].read_bytes()
    _refused(target, tmp_path, raw[: len(raw) // 2], "not valid JSON")


def test_a_tampered_bundle_is_refused(
    source: tuple[Services, int, Path], target: Services, tmp_path: Path
) -> None:
    raw = source[2].read_bytes()

    def soften(data: dict[str, Any]) -> None:
        data["responses"][2]["note"] += " (softened)"

    _refused(target, tmp_path, _edited(raw, soften), "altered since it was exported")


def test_a_resealed_bundle_with_an_altered_decision_is_refused(
    source: tuple[Services, int, Path], target: Services, tmp_path: Path
) -> None:
    """Recomputing the bundle's checksum does not help: each decision must match its entry."""
    raw = source[2].read_bytes()

    def rewrite(data: dict[str, Any]) -> None:
        data["decisions"][1]["rationale"] = "The panel unanimously supported it."

    _refused(target, tmp_path, _edited(raw, rewrite, reseal=True), "differs from its record")


def test_a_resealed_bundle_with_an_altered_record_entry_is_refused(
    source: tuple[Services, int, Path], target: Services, tmp_path: Path
) -> None:
    raw = source[2].read_bytes()

    def rewrite(data: dict[str, Any]) -> None:
        entry = data["record"]["entries"][0]
        entry["payload"] = entry["payload"].replace("Live", "Dead")

    _refused(target, tmp_path, _edited(raw, rewrite, reseal=True), "has been altered")


def test_a_bundle_from_a_newer_version_is_refused(
    source: tuple[Services, int, Path], target: Services, tmp_path: Path
) -> None:
    raw = source[2].read_bytes()

    def newer(data: dict[str, Any]) -> None:
        data["format_version"] = FORMAT_VERSION + 1

    _refused(target, tmp_path, _edited(raw, newer), "newer version of Ethics Scrutiny")


def test_a_bundle_answering_an_unknown_question_is_refused(
    source: tuple[Services, int, Path], target: Services, tmp_path: Path
) -> None:
    raw = source[2].read_bytes()

    def unknown(data: dict[str, Any]) -> None:
        data["responses"][0]["key"] = "ZZ-99"

    _refused(target, tmp_path, _edited(raw, unknown, reseal=True), "checklist lacks")


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _leaves(v, (*path, k))]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _leaves(v, (*path, i))]
    return [path]


def _same_json(raw: bytes, original: Any) -> bool:
    try:
        return bool(json.loads(raw) == original)
    except ValueError:
        return False


_JSON_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.text(max_size=40),
    st.lists(st.integers(), max_size=3),
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_fuzzed_bundles_are_refused_and_change_nothing(
    source: tuple[Services, int, Path], target: Services, tmp_path: Path, data: st.DataObject
) -> None:
    raw = source[2].read_bytes()
    original = json.loads(raw)
    mode = data.draw(st.sampled_from(["leaf", "truncate", "flip", "drop"]))
    if mode == "truncate":
        bad = raw[: data.draw(st.integers(min_value=0, max_value=len(raw) - 1))]
    elif mode == "flip":
        at = data.draw(st.integers(min_value=0, max_value=len(raw) - 1))
        bad = raw[:at] + bytes([raw[at] ^ data.draw(st.integers(1, 255))]) + raw[at + 1 :]
    else:
        paths = _leaves(original)
        path = data.draw(st.sampled_from(paths))
        mutated = json.loads(raw)
        holder = mutated
        for step in path[:-1]:
            holder = holder[step]
        if mode == "drop":
            del holder[path[-1]]
        else:
            holder[path[-1]] = data.draw(_JSON_VALUES)
        assume(mutated != original)
        bad = json.dumps(mutated).encode("utf-8")
    assume(bad != raw)
    assume(not _same_json(bad, original))  # e.g. a space flipped to a tab changes nothing
    before = _dump(target)
    path_ = tmp_path / "fuzzed.json"
    path_.write_bytes(bad)
    with pytest.raises(InvalidInputError):
        target.bundles.import_bundle(path_)
    assert _dump(target) == before


def test_evidence_files_travel_in_the_bundle_when_asked(tmp_path: Path) -> None:
    from ethics_scrutiny.domain.scrutiny import EvidenceInput
    from ethics_scrutiny.services.bundles import BundleService
    from ethics_scrutiny.services.reports import ReportService
    from ethics_scrutiny.storage.evidence_files import EvidenceStore
    from tests.large_scrutiny import NEW

    document = tmp_path / "dpia ŵ.pdf"
    document.write_bytes(b"%PDF-1.4 the force's DPIA, version 5.4\n")
    source = Services.open(resolve_settings(str(tmp_path / "source")))
    target = Services.open(resolve_settings(str(tmp_path / "target")))
    try:
        scrutiny_id = source.scrutinies.create(NEW)
        item = source.evidence.add(scrutiny_id, EvidenceInput("DPIA", file_path=str(document)))
        out = tmp_path / "with-files.json"
        store = EvidenceStore(source.settings.evidence_dir)
        reports = ReportService(source.database, source.scrutinies, store)
        reports.export(scrutiny_id, ExportFormat.JSON, out, include_files=True)
        assert json.loads(out.read_bytes())["evidence"][0]["file_base64"]
        target_store = EvidenceStore(target.settings.evidence_dir)
        new_id = BundleService(target.database, target_store).import_bundle(out)
        imported = target.scrutinies.get(new_id).evidence[0]
        assert imported.file_sha256 == item.file_sha256
        assert target_store.path_for(item.file_sha256 or "").read_bytes() == document.read_bytes()
        assert target.maintenance.verify().ok
    finally:
        source.close()
        target.close()
