"""Bundle sync: a laptop (SQLite) and the shared record (SQLite or PostgreSQL) meet by bundles.

Changes made on one side only are taken; the same item changed on both sides is a conflict that
imports nothing until the officer chooses; decisions made offline are appended to the other
record's chain once; re-importing a bundle changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ethics_scrutiny.cli import main
from ethics_scrutiny.config import DATABASE_FILENAME, resolve_settings, sqlite_url
from ethics_scrutiny.domain.enums import (
    ActionKind,
    ActionStatus,
    Outcome,
    Rating,
    Stage,
    Status,
    Technology,
)
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.scrutiny import ActionInput, DecisionInput, EvidenceInput, NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.bundles.check import content_digest
from ethics_scrutiny.services.bundles.report import BundleConflictError, ImportReport
from ethics_scrutiny.services.reports import ExportFormat

NEW = NewScrutiny("Drones over the A55", "Heddlu Gogledd Cymru", Technology.DRONES)


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Services]:
    """An officer's laptop: its own SQLite record, whichever engine the shared record uses."""
    folder = tmp_path / "laptop"
    opened = Services.open(resolve_settings(str(folder), sqlite_url(folder / DATABASE_FILENAME)))
    yield opened
    opened.close()


@pytest.fixture
def shared(services: Services) -> Services:
    """The office's shared record (parametrised: SQLite, then PostgreSQL)."""
    return services


class Trip:
    """Moves bundles between two records, numbering the files."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.count = 0

    def export(self, source: Services, scrutiny_id: int) -> Path:
        self.count += 1
        out = self.folder / f"bundle-{self.count}.json"
        source.reports.export(scrutiny_id, ExportFormat.JSON, out)
        return out

    def send(self, source: Services, scrutiny_id: int, target: Services, **kw: Any) -> Any:
        return target.bundles.sync_bundle(self.export(source, scrutiny_id), **kw)


@pytest.fixture
def trip(tmp_path: Path) -> Trip:
    return Trip(tmp_path)


def _keys(services: Services, scrutiny_id: int) -> list[str]:
    return [q.key for q in services.scrutinies.get(scrutiny_id).checklist.questions()]


def _seed(shared: Services) -> tuple[int, list[str]]:
    """A scrutiny with answers, evidence, an action and a decision, as the office holds it."""
    sid = shared.scrutinies.create(NEW)
    keys = _keys(shared, sid)
    statuses = (Status.MET, Status.PARTLY_MET, Status.NOT_MET, Status.MET)
    for key, status in zip(keys[:4], statuses, strict=True):
        shared.scrutinies.answer(sid, key, status, Rating.AMBER, f"Office note on {key}")
    shared.evidence.add(sid, EvidenceInput("DPIA v5.4", question_keys=(keys[0],)))
    shared.actions.add(sid, ActionInput(ActionKind.QUESTION, "Publish the flight logs", "ACC"))
    shared.decisions.decide(sid, _decision("Defer until the DPIA is revised."))
    return sid, keys


def _decision(rationale: str) -> DecisionInput:
    return DecisionInput(Outcome.DEFER, rationale, "Ethics panel")


def _state(services: Services, scrutiny_id: int) -> tuple[Any, ...]:
    """Everything an import could change, on either engine."""
    detail = services.scrutinies.get(scrutiny_id)
    check = services.maintenance.verify()
    return (
        detail.summary,
        detail.responses,
        detail.evidence,
        detail.actions,
        detail.decisions,
        check.entries,
        check.head_hash,
    )


def _items(found: tuple[Any, ...]) -> set[str]:
    return {item.item for item in found}


def _entries(services: Services, kind: str) -> list[dict[str, Any]]:
    from ethics_scrutiny.storage import record_chain
    from ethics_scrutiny.storage.unit_of_work import unit_of_work

    with unit_of_work(services.database) as session:
        return [json.loads(e.payload) for e in record_chain.all_entries(session) if e.kind == kind]


def _to_laptop(shared: Services, laptop: Services, trip: Trip) -> tuple[int, int, list[str]]:
    sid, keys = _seed(shared)
    report = trip.send(shared, sid, laptop)
    assert report.created and report.scrutiny_id is not None
    return sid, report.scrutiny_id, keys


def test_round_trip_takes_the_laptops_offline_work(
    shared: Services, laptop: Services, trip: Trip
) -> None:
    sid, lid, keys = _to_laptop(shared, laptop, trip)
    # In the meeting, offline: an answer, new evidence, an action's reply, the stage, a decision.
    laptop.scrutinies.answer(lid, keys[1], Status.MET, Rating.GREEN, "Confirmed in the meeting")
    laptop.scrutinies.answer(lid, keys[5], Status.NOT_MET, Rating.RED, "No retention policy")
    added = laptop.evidence.add(lid, EvidenceInput("Flight log sample", question_keys=(keys[5],)))
    [action] = laptop.scrutinies.get(lid).actions
    laptop.actions.update(
        action.id,
        ActionInput(ActionKind.QUESTION, action.text, "ACC", None, ActionStatus.ANSWERED, "Yes"),
    )
    laptop.scrutinies.set_stage(lid, Stage.PILOT)
    [office_decision] = laptop.scrutinies.get(lid).decisions
    replacing = DecisionInput(
        Outcome.DEFER,
        "Support a pilot once the retention policy exists.",
        "Ethics panel",
        supersedes=office_decision.sequence,
    )
    laptop.decisions.decide(lid, replacing)
    before = shared.scrutinies.get(sid)

    report = trip.send(laptop, lid, shared)

    assert report.updated and not report.conflicts and report.scrutiny_id == sid
    assert {i.key for i in report.taken} >= {keys[1], keys[5], "scrutiny.stage"}
    assert any(i.label == "Evidence 'Flight log sample'" for i in report.taken)
    assert report.decisions_added == 1 and not report.decided_on_both_sides
    after = shared.scrutinies.get(sid)
    assert after.summary.stage is Stage.PILOT
    assert after.responses[keys[1]].note == "Confirmed in the meeting"
    assert after.responses[keys[1]].version == (before.responses[keys[1]].version or 0) + 1
    assert after.responses[keys[5]].status is Status.NOT_MET
    assert [e.title for e in after.evidence] == ["DPIA v5.4", "Flight log sample"]
    assert after.actions[0].reply == "Yes" and after.actions[0].status is ActionStatus.ANSWERED
    assert after.actions[0].version == (before.actions[0].version or 0) + 1
    assert after.summary.version == (before.summary.version or 0) + 1
    assert [d.rationale for d in after.decisions][-1].startswith("Support a pilot")
    # The laptop's decision replaces the office's own, found by origin, not by number.
    assert after.decisions[0].superseded_by == after.decisions[-1].sequence
    assert added.title in {e.title for e in after.evidence}
    [entry] = [e for e in _entries(shared, "bundle_imported") if e.get("mode") == "update"]
    assert f"response.{keys[1]}" in entry["taken"] and "scrutiny.stage" in entry["taken"]
    assert entry["decisions_added"] == 1
    assert shared.maintenance.verify().ok and laptop.maintenance.verify().ok


def test_reimporting_the_same_bundle_is_already_up_to_date(
    shared: Services, laptop: Services, trip: Trip
) -> None:
    sid, lid, keys = _to_laptop(shared, laptop, trip)
    laptop.scrutinies.answer(lid, keys[2], Status.MET, None, "Fixed")
    laptop.decisions.decide(lid, _decision("Decided offline."))
    bundle = trip.export(laptop, lid)
    first = shared.bundles.sync_bundle(bundle)
    assert first.updated and first.decisions_added == 1
    state = _state(shared, sid)
    again = shared.bundles.sync_bundle(bundle)
    assert again.up_to_date and not again.imported and again.decisions_added == 0
    assert "already up to date" in again.summary()
    assert _state(shared, sid) == state
    # And back: the shared record's bundle brings the laptop nothing new either.
    back = trip.send(shared, sid, laptop)
    assert back.up_to_date and back.decisions_added == 0


def test_changes_to_different_items_on_both_sides_are_merged(
    shared: Services, laptop: Services, trip: Trip
) -> None:
    sid, lid, keys = _to_laptop(shared, laptop, trip)
    shared.scrutinies.answer(sid, keys[0], Status.NOT_MET, Rating.RED, "The office found a gap")
    laptop.scrutinies.answer(lid, keys[1], Status.MET, Rating.GREEN, "The meeting settled it")

    report = trip.send(laptop, lid, shared)

    assert report.updated and not report.conflicts
    assert _items(report.taken) == {f"response.{keys[1]}"}
    assert _items(report.kept) == {f"response.{keys[0]}"}  # newer here: kept
    merged = shared.scrutinies.get(sid).responses
    assert merged[keys[0]].note == "The office found a gap"
    assert merged[keys[1]].note == "The meeting settled it"
    # The reverse direction: the laptop takes the office's change and keeps its own.
    back = trip.send(shared, sid, laptop)
    assert _items(back.taken) == {f"response.{keys[0]}"} and not back.kept
    laptop_answers = laptop.scrutinies.get(lid).responses
    assert {k: (r.status, r.note) for k, r in laptop_answers.items()} == {
        k: (r.status, r.note) for k, r in merged.items()
    }


def _conflicting(shared: Services, laptop: Services, trip: Trip) -> tuple[int, int, list[str]]:
    sid, lid, keys = _to_laptop(shared, laptop, trip)
    shared.scrutinies.answer(sid, keys[0], Status.NOT_MET, Rating.RED, "Office: not met")
    laptop.scrutinies.answer(lid, keys[0], Status.MET, Rating.GREEN, "Meeting: met")
    laptop.scrutinies.answer(lid, keys[1], Status.MET, Rating.GREEN, "Meeting only")
    laptop.decisions.decide(lid, _decision("Decided in the meeting."))
    return sid, lid, keys


def test_the_same_item_changed_on_both_sides_is_a_conflict_and_nothing_is_imported(
    shared: Services, laptop: Services, trip: Trip
) -> None:
    sid, lid, keys = _conflicting(shared, laptop, trip)
    bundle = trip.export(laptop, lid)
    before = _state(shared, sid)

    report = shared.bundles.sync_bundle(bundle)

    assert not report.imported and not report.updated
    [conflict] = report.conflicts
    assert conflict.key == keys[0] and conflict.label == f"Answer to {keys[0]}"
    assert "not met" in conflict.ours and "Office: not met" in conflict.ours
    assert "Meeting: met" in conflict.theirs
    assert conflict.ours_changed_at is not None and conflict.theirs_changed_at is not None
    assert _state(shared, sid) == before  # not even the answer changed only there
    with pytest.raises(BundleConflictError, match=keys[0]) as refused:
        shared.bundles.import_bundle(bundle)
    assert refused.value.report.conflicts == report.conflicts
    assert _state(shared, sid) == before


def test_taking_theirs_for_a_conflict_imports_the_rest_too(
    shared: Services, laptop: Services, trip: Trip
) -> None:
    sid, lid, keys = _conflicting(shared, laptop, trip)
    bundle = trip.export(laptop, lid)
    with pytest.raises(InvalidInputError, match="Not in conflict"):
        shared.bundles.sync_bundle(bundle, take_theirs=[keys[0], keys[3]])

    report = shared.bundles.sync_bundle(bundle, take_theirs=[keys[0]])

    assert report.updated and not report.conflicts
    assert _items(report.taken_by_choice) == {f"response.{keys[0]}"}
    assert _items(report.taken) == {f"response.{keys[1]}"}
    answers = shared.scrutinies.get(sid).responses
    assert answers[keys[0]].note == "Meeting: met" and answers[keys[1]].note == "Meeting only"
    [entry] = [e for e in _entries(shared, "bundle_imported") if e.get("mode") == "update"]
    assert entry["taken_by_choice"] == [f"response.{keys[0]}"]
    # The laptop, meeting the shared record again, has nothing in conflict.
    back = trip.send(shared, sid, laptop)
    assert not back.conflicts


def test_keeping_ours_for_a_conflict_wins_on_the_laptop_too(
    shared: Services, laptop: Services, trip: Trip
) -> None:
    sid, lid, keys = _conflicting(shared, laptop, trip)
    report = trip.send(laptop, lid, shared, keep_ours=[keys[0]])
    assert report.updated and _items(report.kept_by_choice) == {f"response.{keys[0]}"}
    assert shared.scrutinies.get(sid).responses[keys[0]].note == "Office: not met"
    # The officer's choice travels: the laptop takes the office's answer without a conflict.
    back = trip.send(shared, sid, laptop)
    assert not back.conflicts and f"response.{keys[0]}" in _items(back.taken)
    assert laptop.scrutinies.get(lid).responses[keys[0]].note == "Office: not met"


def test_as_copy_keeps_both_versions(shared: Services, laptop: Services, trip: Trip) -> None:
    sid, lid, keys = _conflicting(shared, laptop, trip)
    before = _state(shared, sid)
    report = trip.send(laptop, lid, shared, as_copy=True)
    assert report.created and report.as_copy and report.scrutiny_id not in (None, sid)
    assert report.scrutiny_id is not None
    copy = shared.scrutinies.get(report.scrutiny_id)
    assert copy.summary.title == f"{NEW.title} (imported copy)"
    assert copy.responses[keys[0]].note == "Meeting: met"
    original = shared.scrutinies.get(sid)
    assert original.responses[keys[0]].note == "Office: not met"
    assert original.summary == before[0] and original.decisions == before[4]
    assert {e.id for e in copy.evidence}.isdisjoint({e.id for e in original.evidence})
    assert shared.maintenance.verify().ok


def test_decisions_made_on_both_sides_all_stand_once(
    shared: Services, laptop: Services, trip: Trip
) -> None:
    sid, lid, _keys = _to_laptop(shared, laptop, trip)
    [first] = laptop.scrutinies.get(lid).decisions
    laptop.decisions.decide(lid, _decision("Laptop: defer again."))
    laptop.decisions.withdraw(lid, first.sequence, "Recorded against the wrong round.")
    shared.decisions.decide(sid, _decision("Office: defer for the force's reply."))

    report = trip.send(laptop, lid, shared)

    assert report.decisions_added == 1 and report.withdrawals_added == 1
    assert report.decided_on_both_sides
    assert any("both sides" in note for note in report.notes)
    rationales = [d.rationale for d in shared.scrutinies.get(sid).decisions]
    assert rationales == [
        "Defer until the DPIA is revised.",
        "Office: defer for the force's reply.",
        "Laptop: defer again.",
    ]
    assert shared.decisions.withdrawn(sid) == {
        shared.scrutinies.get(sid).decisions[0].sequence: "Recorded against the wrong round."
    }
    again = trip.send(laptop, lid, shared)
    assert again.up_to_date and again.decisions_added == again.withdrawals_added == 0
    back = trip.send(shared, sid, laptop)
    assert back.decisions_added == 1 and back.withdrawals_added == 0
    laptop_rationales = {d.rationale for d in laptop.scrutinies.get(lid).decisions}
    assert laptop_rationales == set(rationales)
    assert shared.maintenance.verify().ok and laptop.maintenance.verify().ok


def test_a_scrutiny_started_on_the_laptop_goes_to_the_office_and_back(
    shared: Services, laptop: Services, trip: Trip
) -> None:
    lid, keys = _seed(laptop)
    created = trip.send(laptop, lid, shared)
    assert created.created and created.scrutiny_id is not None
    sid = created.scrutiny_id
    shared.scrutinies.answer(sid, keys[4], Status.UNKNOWN, None, "Asked the force")
    shared.scrutinies.clear_answer(sid, keys[3])
    laptop.evidence.add(lid, EvidenceInput("Noise survey"))

    back = trip.send(shared, sid, laptop)

    assert {f"response.{keys[4]}", f"response.{keys[3]}"} == _items(back.taken)
    answers = laptop.scrutinies.get(lid).responses
    assert answers[keys[4]].note == "Asked the force" and keys[3] not in answers
    assert [e.title for e in laptop.scrutinies.get(lid).evidence][-1] == "Noise survey"
    forth = trip.send(laptop, lid, shared)
    assert [i.label for i in forth.taken] == ["Evidence 'Noise survey'"]
    assert keys[3] not in shared.scrutinies.get(sid).responses


def _reseal(path: Path, edit: Any) -> Path:
    data = json.loads(path.read_bytes())
    edit(data)
    data["record"]["content_sha256"] = content_digest(data)
    out = path.with_name("edited-" + path.name)
    out.write_text(json.dumps(data), encoding="utf-8")
    return out


def test_an_altered_sync_section_is_refused_and_imports_nothing(
    shared: Services, laptop: Services, trip: Trip
) -> None:
    sid, lid, keys = _to_laptop(shared, laptop, trip)
    laptop.scrutinies.answer(lid, keys[0], Status.NOT_MET, None, "Changed offline")
    bundle = trip.export(laptop, lid)
    before = _state(shared, sid)

    def pretend_unchanged(data: dict[str, Any]) -> None:
        for response in data["responses"]:
            if response["key"] == keys[0]:
                response["note"] = "Quietly different"

    def drop_uuid(data: dict[str, Any]) -> None:
        data["evidence"][0]["uuid"] = None

    for edit, match in (
        (pretend_unchanged, "sync section does not match"),
        (drop_uuid, "has no UUID"),
    ):
        with pytest.raises(InvalidInputError, match=match):
            shared.bundles.sync_bundle(_reseal(bundle, edit))
    assert _state(shared, sid) == before


def test_bundles_that_cannot_be_compared_are_refused_with_the_way_forward(
    shared: Services, laptop: Services, trip: Trip
) -> None:
    sid, lid, _keys = _to_laptop(shared, laptop, trip)
    public = trip.folder / "public.json"
    laptop.reports.export(lid, ExportFormat.JSON, public, public=True)
    before = _state(shared, sid)
    with pytest.raises(InvalidInputError, match="public summary"):
        shared.bundles.sync_bundle(public)

    def format_2(data: dict[str, Any]) -> None:
        data["format_version"] = 2
        data.pop("sync")
        for item in data["evidence"]:
            item.pop("uuid"), item.pop("updated_at")
        for item in data["actions"]:
            item.pop("uuid")
        for item in data["decisions"]:
            item.pop("origin")

    old = _reseal(trip.export(laptop, lid), format_2)
    with pytest.raises(InvalidInputError, match=r"older version .* as a copy"):
        shared.bundles.sync_bundle(old)
    assert _state(shared, sid) == before
    copied = shared.bundles.sync_bundle(old, as_copy=True)
    assert copied.created and copied.as_copy


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_import_command_reports_conflicts_and_exits_1(
    database_url: str,
    data_dir: Path,
    laptop: Services,
    trip: Trip,
    capsys: pytest.CaptureFixture[str],
) -> None:
    shared = Services.open(resolve_settings(str(data_dir), database_url))
    try:
        sid, lid, keys = _conflicting(shared, laptop, trip)
    finally:
        shared.close()  # the command opens the shared record itself
    bundle = trip.export(laptop, lid)
    where = ("--data-dir", str(data_dir), "--db", database_url)

    code, out, err = _cli(capsys, *where, "import", str(bundle), "--accept-unsigned")
    assert code == 1 and out == ""
    assert f"{keys[0]}: Answer to {keys[0]}" in err and "--take-theirs" in err
    assert "this record: status: not met" in err

    code, out, _ = _cli(capsys, *where, "import", str(bundle), "--accept-unsigned", "--json")
    shown = json.loads(out)
    assert code == 1 and shown["imported"] is False and shown["updated"] is False
    assert [c["key"] for c in shown["conflicts"]] == [keys[0]]
    assert shown["conflicts"][0]["theirs"].startswith("status: met")

    code, out, _ = _cli(
        capsys, *where, "import", str(bundle), "--accept-unsigned", "--keep-ours", keys[0], "--json"
    )
    shown = json.loads(out)
    assert code == 0 and shown["updated"] is True and shown["id"] == sid
    assert [t["key"] for t in shown["taken"]] == [keys[1]]
    assert [t["key"] for t in shown["kept_by_choice"]] == [keys[0]]
    assert shown["decisions_added"] == 1 and shown["conflicts"] == []

    code, out, _ = _cli(capsys, *where, "import", str(bundle), "--accept-unsigned")
    assert code == 0 and "already up to date" in out
    code, out, _ = _cli(capsys, *where, "import", str(bundle), "--accept-unsigned", "--as-copy")
    assert code == 0 and out.startswith("Imported as a separate copy as scrutiny")


def test_the_import_report_for_a_new_scrutiny_keeps_its_old_wording(
    shared: Services, tmp_path: Path
) -> None:
    report = ImportReport("b.json", "u", "t", scrutiny_id=7, created=True)
    assert report.summary() == "Imported as scrutiny 7."
    assert report.imported and not report.updated


def _fill_revision_0003(url: str) -> None:
    """One scrutiny with two evidence items and an action, as a build before sync left them."""
    import hashlib

    from sqlalchemy import text

    from ethics_scrutiny.assets import templates_dir
    from ethics_scrutiny.domain.record import canonical_json
    from ethics_scrutiny.domain.template_library import TemplateLibrary
    from tests import record_access

    when = "2026-06-01 09:30:00.000000" + ("" if "sqlite" in url else "+00:00")
    core = TemplateLibrary.load(templates_dir()).core()
    body = canonical_json(core.model_dump(mode="json"))
    sha = hashlib.sha256(body.encode("utf-8")).hexdigest()
    total = sum(1 for _ in core.questions())
    statements = [
        ("INSERT INTO template_snapshots VALUES (:sha, :slug, :version, :body, :when)",
         {"slug": core.slug, "version": core.version, "body": body}),
        ("INSERT INTO scrutinies (id, uuid, title, force, technology, stage, marking, supplier, "
         "purpose, question_total, created_at, updated_at) VALUES (1, "
         "'6f1c3a52-8d2e-4c8b-9a55-0a1b2c3d4e5f', 'Drones', 'Gwent', 'drones', 'pilot', "
         "'OFFICIAL', '', '', :total, :when, :when)", {"total": total}),
        ("INSERT INTO scrutiny_templates VALUES (1, 0, :sha)", {}),
    ]  # fmt: skip
    for n, title in enumerate(("DPIA v5.4", "EIA v2"), start=1):
        statements.append(
            ("INSERT INTO evidence (id, scrutiny_id, title, kind, reference, description, "
             "file_name, sensitive, added_at, updated_at) VALUES (:id, 1, :title, 'document', "
             "'', '', '', false, :when, :when)", {"id": n, "title": title})
        )  # fmt: skip
    statements.append(
        ("INSERT INTO actions (id, scrutiny_id, kind, text, owner, status, reply, sensitive, "
         "created_at, updated_at) VALUES (1, 1, 'question', 'Publish the flight logs', '', "
         "'open', '', false, :when, :when)", {})
    )  # fmt: skip
    with record_access.connection(url) as conn:
        for statement, values in statements:
            conn.execute(text(statement), {"sha": sha, "when": when, **values})


def test_migration_0004_gives_existing_evidence_and_actions_their_own_uuids(
    tmp_path: Path, another_record: Any, laptop: Services, trip: Trip
) -> None:
    """A record made before bundle sync: every item gets an identity, and then it syncs."""
    from alembic import command

    from ethics_scrutiny.storage import migrate
    from ethics_scrutiny.storage.engine import make_engine

    url = another_record("before-sync", migrated=False)
    settings = resolve_settings(str(tmp_path / "before-sync"), url)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url, foreign_keys=False)
    with engine.begin() as connection:
        config = migrate.alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
    engine.dispose()
    _fill_revision_0003(url)
    old = Services.open(settings)  # migrates to head
    try:
        bundle = trip.export(old, 1)
        data = json.loads(bundle.read_bytes())
        uuids = [e["uuid"] for e in data["evidence"]] + [a["uuid"] for a in data["actions"]]
        assert len(set(uuids)) == 3 and all(len(u) == 36 for u in uuids)
        lid = laptop.bundles.import_bundle(bundle)
        laptop.evidence.add(lid, EvidenceInput("Flight log sample"))
        back = trip.send(laptop, lid, old)
        assert [i.label for i in back.taken] == ["Evidence 'Flight log sample'"]
        assert old.maintenance.verify().ok
    finally:
        old.close()


def test_evidence_files_added_offline_reach_the_shared_record(
    shared: Services, laptop: Services, trip: Trip, tmp_path: Path
) -> None:
    sid, lid, _keys = _to_laptop(shared, laptop, trip)
    document = tmp_path / "flight log ŵ.pdf"
    document.write_bytes(b"%PDF-1.4 flight log, 4 December\n")
    added = laptop.evidence.add(lid, EvidenceInput("Flight log", file_path=str(document)))
    out = tmp_path / "with-files.json"
    laptop.reports.export(lid, ExportFormat.JSON, out, include_files=True)

    report = shared.bundles.sync_bundle(out)

    assert [i.label for i in report.taken] == ["Evidence 'Flight log'"]
    [item] = [e for e in shared.scrutinies.get(sid).evidence if e.title == "Flight log"]
    assert item.file_sha256 == added.file_sha256
    assert shared.maintenance.verify().ok  # the chain, and every evidence file it names
