"""Use cases end to end on a real record: a SQLite file, and a PostgreSQL database."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.enums import Marking, Outcome, Rating, Status, Technology
from ethics_scrutiny.domain.errors import DatabaseError, InvalidInputError, NotFoundError
from ethics_scrutiny.domain.scrutiny import DecisionInput, NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.reports import ExportFormat
from tests import record_access

NEW = NewScrutiny(
    title="LFR at the Cardiff derby",
    force="Heddlu De Cymru / South Wales Police",
    technology=Technology.LIVE_FACIAL_RECOGNITION,
    marking=Marking.OFFICIAL_SENSITIVE,
)


def first_critical_key(services: Services, scrutiny_id: int) -> str:
    detail = services.scrutinies.get(scrutiny_id)
    return next(q.key for q in detail.checklist.questions() if q.critical)


def test_create_uses_core_and_the_technology_modules(services: Services) -> None:
    scrutiny_id = services.scrutinies.create(NEW)
    detail = services.scrutinies.get(scrutiny_id)
    slugs = [slug for slug, _ in detail.template_versions]
    # The core first, then the module common to every kind of facial recognition, then LFR's own.
    assert slugs == ["core", "facial-recognition", "live-facial-recognition"]
    assert detail.summary.total == detail.checklist.question_count
    assert detail.summary.marking is Marking.OFFICIAL_SENSITIVE


def test_answers_persist_in_the_file_across_reopen(services: Services, data_dir: Path) -> None:
    scrutiny_id = services.scrutinies.create(NEW)
    key = first_critical_key(services, scrutiny_id)
    services.scrutinies.answer(scrutiny_id, key, Status.PARTLY_MET, Rating.AMBER, "Dogfennau ŵ ŷ")
    services.scrutinies.answer(scrutiny_id, key, Status.MET, Rating.GREEN, "Revised after reply")
    services.close()
    reopened = Services.open(resolve_settings(str(data_dir)))
    try:
        response = reopened.scrutinies.get(scrutiny_id).responses[key]
        assert (response.status, response.rating, response.note) == (
            Status.MET,
            Rating.GREEN,
            "Revised after reply",
        )
        assert reopened.scrutinies.list()[0].answered == 1
    finally:
        reopened.close()


def test_answering_an_unknown_question_or_scrutiny_is_refused(services: Services) -> None:
    scrutiny_id = services.scrutinies.create(NEW)
    with pytest.raises(NotFoundError, match="no question"):
        services.scrutinies.answer(scrutiny_id, "ZZ-99", Status.MET)
    with pytest.raises(NotFoundError, match="no scrutiny"):
        services.scrutinies.answer(999, "LB-01", Status.MET)


def test_empty_title_and_control_characters_are_refused(services: Services) -> None:
    with pytest.raises(InvalidInputError, match="title cannot be empty"):
        services.scrutinies.create(NewScrutiny("  ", "Force", Technology.DRONES))
    with pytest.raises(InvalidInputError, match="control characters"):
        services.scrutinies.create(NewScrutiny("Bad\x00title", "Force", Technology.DRONES))


def test_unknown_module_is_refused(services: Services) -> None:
    from dataclasses import replace

    with pytest.raises(NotFoundError, match="no template called"):
        services.scrutinies.create(replace(NEW, modules=("jetpacks",)))


def test_decision_with_conditions_is_recorded_and_chained(services: Services) -> None:
    scrutiny_id = services.scrutinies.create(NEW)
    # Nothing is answered yet, so the blocking flags stand: a condition must name each one.
    flags = [f.key for f in services.scrutinies.assessment(scrutiny_id)[1].must_flags]
    decision = services.decisions.decide(
        scrutiny_id,
        DecisionInput(
            Outcome.SUPPORT_WITH_CONDITIONS,
            "Proportionate with limits",
            "Panel chair",
            (", ".join(flags) + ": Settle these before the trial begins",),
            date.today() + timedelta(days=120),
        ),
    )
    detail = services.scrutinies.get(scrutiny_id)
    assert detail.decisions == (decision,)
    assert detail.summary.latest_outcome is Outcome.SUPPORT_WITH_CONDITIONS
    result = services.maintenance.verify()
    # The decision, then the condition it set, as an open action.
    assert result.ok and result.entries == 3 and decision.sequence == 2


def test_support_with_conditions_needs_a_condition(services: Services) -> None:
    scrutiny_id = services.scrutinies.create(NEW)
    with pytest.raises(InvalidInputError, match="at least one condition"):
        services.decisions.decide(
            scrutiny_id, DecisionInput(Outcome.SUPPORT_WITH_CONDITIONS, "Why", "Chair")
        )
    assert services.maintenance.head().entries == 1


def test_verify_detects_an_edited_entry(services: Services, database_url: str) -> None:
    scrutiny_id = services.scrutinies.create(NEW)
    services.decisions.decide(scrutiny_id, DecisionInput(Outcome.DEFER, "Need DPIA", "Chair"))
    services.decisions.decide(
        scrutiny_id, DecisionInput(Outcome.DO_NOT_SUPPORT, "Still no DPIA", "Chair")
    )
    with record_access.as_owner(database_url) as conn:
        # Someone with the file, or owning the table, switches off the guard and rewrites history.
        conn.exec_driver_sql(
            "UPDATE record_entries SET payload = replace(payload, 'defer', 'support') "
            "WHERE sequence = 2"
        )
    result = services.maintenance.verify()
    assert not result.ok
    assert result.first_bad_sequence == 2
    assert "Entry 2 has been altered" in result.message


def test_verify_head_proves_the_record_extends_an_earlier_report(services: Services) -> None:
    scrutiny_id = services.scrutinies.create(NEW)
    earlier = services.maintenance.head().head_hash
    services.decisions.decide(scrutiny_id, DecisionInput(Outcome.DEFER, "More", "Chair"))
    assert services.maintenance.verify(earlier).ok
    assert not services.maintenance.verify("ab" * 32).ok
    with pytest.raises(InvalidInputError, match="64 hexadecimal"):
        services.maintenance.verify("not-a-hash")


def test_pdf_export_is_written_and_recorded_with_its_hash(
    services: Services, tmp_path: Path
) -> None:
    import hashlib

    scrutiny_id = services.scrutinies.create(NEW)
    head_before = services.maintenance.head()
    out = tmp_path / "panel.pdf"
    result = services.reports.export(scrutiny_id, ExportFormat.PDF, out)
    assert result.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "LFR at the Cardiff derby" in text
    assert head_before.head_hash in text.replace("\n", "")
    assert services.maintenance.head().entries == head_before.entries + 1
    assert not list(tmp_path.glob("*.part")), "no temporary file is left behind"


def test_export_into_a_missing_folder_fails_cleanly(services: Services, tmp_path: Path) -> None:
    from ethics_scrutiny.domain.errors import ExportError

    scrutiny_id = services.scrutinies.create(NEW)
    with pytest.raises(ExportError, match="does not exist"):
        services.reports.export(scrutiny_id, ExportFormat.PDF, tmp_path / "nope" / "r.pdf")
    assert services.maintenance.head().entries == 1


def test_bundle_round_trip_into_another_record(
    services: Services, tmp_path: Path, another_record: Callable[..., str]
) -> None:
    scrutiny_id = services.scrutinies.create(NEW)
    key = first_critical_key(services, scrutiny_id)
    services.scrutinies.answer(
        scrutiny_id, key, Status.NOT_MET, note="Sensitive detail", sensitive=True
    )
    services.decisions.decide(scrutiny_id, DecisionInput(Outcome.DO_NOT_SUPPORT, "Unlawful", "PCC"))
    bundle = tmp_path / "bundle.json"
    services.reports.export(scrutiny_id, ExportFormat.JSON, bundle)
    other = Services.open(resolve_settings(str(tmp_path / "other"), another_record("other")))
    try:
        new_id = other.bundles.import_bundle(bundle)
        detail = other.scrutinies.get(new_id)
        assert detail.responses[key].note == "Sensitive detail"
        assert [d.outcome for d in detail.decisions] == [Outcome.DO_NOT_SUPPORT]
        assert other.maintenance.verify().ok
        # The same bundle again is already up to date: the same scrutiny, nothing added.
        head = other.maintenance.head()
        again = other.bundles.sync_bundle(bundle)
        assert again.up_to_date and not again.imported and again.scrutiny_id == new_id
        assert other.bundles.import_bundle(bundle) == new_id
        assert other.maintenance.head() == head
    finally:
        other.close()


def test_public_bundle_omits_sensitive_notes(services: Services, tmp_path: Path) -> None:
    scrutiny_id = services.scrutinies.create(NEW)
    key = first_critical_key(services, scrutiny_id)
    services.scrutinies.answer(scrutiny_id, key, Status.MET, note="Covert detail", sensitive=True)
    out = tmp_path / "public.json"
    services.reports.export(scrutiny_id, ExportFormat.JSON, out, public=True)
    assert "Covert detail" not in out.read_text(encoding="utf-8")
    assert json.loads(out.read_text(encoding="utf-8"))["responses"][0]["note_withheld"] is True


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe not utf8", "not UTF-8"),
        (b"{ broken", "not valid JSON"),
        (b'{"format": "something-else"}', "not an Ethics Scrutiny bundle"),
        (b'{"format": "ethics-scrutiny-bundle", "format_version": 1}', "not a valid bundle"),
    ],
)
def test_malformed_bundles_are_refused_and_nothing_is_added(
    services: Services, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(InvalidInputError, match=message):
        services.bundles.import_bundle(path)
    assert services.scrutinies.list() == []
    assert services.maintenance.head().entries == 0


@pytest.mark.sqlite_only
def test_backup_is_a_verifiable_copy(services: Services, tmp_path: Path) -> None:
    scrutiny_id = services.scrutinies.create(NEW)
    services.decisions.decide(scrutiny_id, DecisionInput(Outcome.DEFER, "More", "Chair"))
    copy = services.maintenance.backup(tmp_path / "copy.db")
    restored = Services.open(resolve_settings(str(tmp_path / "restored"), f"sqlite:///{copy}"))
    try:
        assert restored.maintenance.verify().ok
        assert [s.title for s in restored.scrutinies.list()] == [NEW.title]
    finally:
        restored.close()


@pytest.mark.postgresql_only
def test_backup_and_restore_on_a_server_point_to_pg_dump(
    services: Services, tmp_path: Path
) -> None:
    for attempt in (
        lambda: services.maintenance.backup(tmp_path / "copy.db"),
        lambda: services.maintenance.restore(tmp_path / "copy.db"),
    ):
        with pytest.raises(DatabaseError, match="pg_dump") as caught:
            attempt()
        assert "PostgreSQL server" in str(caught.value)
    assert not (tmp_path / "copy.db").exists()


def test_demo_is_made_once_and_only_in_an_empty_record(services: Services) -> None:
    demo_id = services.demo.ensure_demo()
    assert demo_id is not None
    detail = services.scrutinies.get(demo_id)
    assert 0 < len(detail.responses) < detail.checklist.question_count
    assert services.demo.ensure_demo() is None
    assert len(services.scrutinies.list()) == 1


def test_stored_times_are_utc(services: Services) -> None:
    scrutiny_id = services.scrutinies.create(NEW)
    summary = services.scrutinies.get(scrutiny_id).summary
    assert summary.created_at.utcoffset() is not None
    assert summary.created_at.utcoffset().total_seconds() == 0  # type: ignore[union-attr]


def test_pdf_export_warns_about_text_the_pdf_cannot_show(
    services: Services, tmp_path: Path
) -> None:
    from dataclasses import replace

    welsh = services.scrutinies.create(replace(NEW, title="Adnabod wynebau byw — ŵ ŷ Ŵ Ŷ"))
    clean = services.reports.export(welsh, ExportFormat.PDF, tmp_path / "cy.pdf")
    assert clean.warnings == ()
    # CJK prints in the bundled Noto Sans CJK subset; the drone emoji has no font.
    mixed = services.scrutinies.create(replace(NEW, title="Community panel 社区小组 🚁"))
    key = first_critical_key(services, mixed)
    services.scrutinies.answer(mixed, key, Status.MET, note="ملاحظة من اللجنة")
    result = services.reports.export(mixed, ExportFormat.PDF, tmp_path / "mixed.pdf")
    assert result.path.exists(), "the report is still written"
    [glyphs, direction] = result.warnings
    assert "(🚁), in the title;" in glyphs and "社" not in glyphs and "HTML" in glyphs
    assert "right-to-left" in direction
    html = services.reports.export(mixed, ExportFormat.HTML, tmp_path / "mixed.html")
    assert html.warnings == ()
    assert "社区小组" in html.path.read_text(encoding="utf-8")
