"""Screening and typed answers on a real record (SQLite and PostgreSQL): scope, record, bundles."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from ethics_scrutiny.config import Settings, resolve_settings
from ethics_scrutiny.domain.enums import Outcome, Rating, Stage, Status, Technology
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.record import RecordKind
from ethics_scrutiny.domain.scrutiny import DecisionInput, NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.reports import ExportFormat
from ethics_scrutiny.storage import record_chain, state_check
from ethics_scrutiny.storage.engine import make_engine
from ethics_scrutiny.storage.unit_of_work import unit_of_work
from tests.bundle_forgery import forged
from tests.factories import question, template_data

TYPED_MODULE = "typed-drones"


def _typed_module() -> dict[str, Any]:
    """An office module for drones with one single-choice and one number question."""
    options = [
        {"value": "no", "label": "No", "status": "met", "rating": "green"},
        {"value": "yes", "label": "Yes", "status": "not_met", "rating": "red"},
        {"value": "unsure", "label": "Not sure"},
    ]
    return {
        "slug": TYPED_MODULE,
        "version": "1.0.0",
        "title": "Typed drone questions",
        "kind": "module",
        "technologies": ["drones"],
        "themes": [
            {
                "key": "typed",
                "title": "Typed",
                "questions": [
                    question("TT-01", answer={"type": "single", "options": options}),
                    question("TT-02", answer={"type": "number", "minimum": 0, "maximum": 100}),
                ],
            }
        ],
    }


def _answers(services: Services, which: str) -> dict[str, list[str]]:
    """Every screening question answered with its first (least) or last (most) option."""
    index = 0 if which == "least" else -1
    return {
        q.key: [q.answer.options[index].value]
        for q in services.screening.screening_questions()
        if q.answer is not None
    }


@pytest.fixture
def settings(data_dir: Path, database_url: str) -> Settings:
    found = resolve_settings(str(data_dir), database_url)
    found.templates_dir.mkdir(parents=True, exist_ok=True)
    (found.templates_dir / f"{TYPED_MODULE}.json").write_text(
        json.dumps(_typed_module()), encoding="utf-8"
    )
    return found


@pytest.fixture
def services(settings: Settings) -> Iterator[Services]:
    opened = Services.open(settings)
    try:
        yield opened
    finally:
        opened.close()


def _entries(services: Services, scrutiny_id: int, kind: str) -> list[dict[str, Any]]:
    with unit_of_work(services.database) as session:
        return [json.loads(e.payload) for e in record_chain.entries_for(session, scrutiny_id, kind)]


def test_process_automation_screened_least_intrusive_asks_at_most_45(
    services: Services,
) -> None:
    new = NewScrutiny(
        "Crime report re-keying",
        "Gwent",
        Technology.PROCESS_AUTOMATION,
        screening=_answers(services, "least"),
    )
    scrutiny_id = services.scrutinies.create(new)
    detail, result = services.scrutinies.assessment(scrutiny_id)
    assert detail.screening is not None and detail.screening.level in (1, 2)
    assert detail.summary.impact_level == detail.screening.level
    assert 0 < result.total <= 45
    [row] = services.scrutinies.list()
    assert row.total == result.total
    assert services.maintenance.verify().ok


def test_live_facial_recognition_screened_most_intrusive_asks_every_module_question(
    services: Services,
) -> None:
    new = NewScrutiny(
        "Live facial recognition at events",
        "South Wales",
        Technology.LIVE_FACIAL_RECOGNITION,
        stage=Stage.LIVE,
        screening=_answers(services, "most"),
    )
    scrutiny_id = services.scrutinies.create(new)
    detail = services.scrutinies.get(scrutiny_id)
    assert detail.screening is not None and detail.screening.level == 4
    assert detail.screening.reasons  # the trigger and answers that set it
    modules = [t for t in detail.checklist.templates if t.kind.value == "module"]
    assert {"facial-recognition", "live-facial-recognition"} <= {t.slug for t in modules}
    for module in modules:
        assert all(detail.checklist.asks(q.key) for q in module.questions()), module.slug
    # Level 4 also asks the independent review the core keeps for it.
    assert any(q.from_level == 4 for q in detail.checklist.questions())


def test_not_screened_asks_everything_and_show_json_says_null(services: Services) -> None:
    scrutiny_id = services.scrutinies.create(NewScrutiny("Drones", "Gwent", Technology.DRONES))
    detail, result = services.scrutinies.assessment(scrutiny_id)
    assert detail.screening is None and detail.summary.impact_level is None
    assert result.total == len(detail.checklist.questions())
    assert not [k for k, why in detail.checklist.out_of_scope().items() if why.value == "level"]


def test_lowering_the_level_needs_a_reason_and_each_change_is_recorded(
    services: Services,
) -> None:
    most, least = _answers(services, "most"), _answers(services, "least")
    new = NewScrutiny("Drones", "Gwent", Technology.DRONES, screening=most)
    scrutiny_id = services.scrutinies.create(new)
    with pytest.raises(InvalidInputError, match="reason"):
        services.screening.rescreen(scrutiny_id, least)
    assert services.scrutinies.get(scrutiny_id).summary.impact_level == 4  # nothing saved
    result = services.screening.rescreen(scrutiny_id, least, reason="The supplier confirmed it")
    assert result.level < 4
    raised = services.screening.rescreen(scrutiny_id, most)  # raising needs no reason
    assert raised.level == 4
    changes = _entries(services, scrutiny_id, RecordKind.SCREENING_CHANGED)
    assert [c["level"] for c in changes] == [4, result.level, 4]
    assert changes[1]["level_reason"] == "The supplier confirmed it"
    assert changes[1]["previous_level"] == 4
    assert services.maintenance.verify().ok


def test_rescoping_keeps_out_of_scope_answers_and_counts_them_again(
    services: Services,
) -> None:
    most, least = _answers(services, "most"), _answers(services, "least")
    new = NewScrutiny("Drones", "Gwent", Technology.DRONES, screening=most)
    scrutiny_id = services.scrutinies.create(new)
    keys = [q.key for q in services.scrutinies.get(scrutiny_id).checklist.questions()]
    for key in keys:
        services.scrutinies.answer(scrutiny_id, key, Status.MET, Rating.GREEN)
    services.screening.rescreen(scrutiny_id, least, reason="Only office records are used")
    narrow, result = services.scrutinies.assessment(scrutiny_id)
    assert result.total < len(keys)
    assert set(narrow.responses) == set(keys)  # every answer is kept
    assert result.answered == result.total  # only those in scope are counted
    services.screening.rescreen(scrutiny_id, most)
    wide, result = services.scrutinies.assessment(scrutiny_id)
    assert set(wide.responses) == set(keys)
    assert result.answered == result.total == len(keys)
    assert services.maintenance.verify().ok


def test_a_dropped_module_needs_a_reason_and_is_recorded(services: Services) -> None:
    most = _answers(services, "most")
    proposed = services.screening.preview(most).proposed_modules
    assert "facial-recognition" in proposed
    with pytest.raises(InvalidInputError, match="why"):
        services.scrutinies.create(
            NewScrutiny(
                "Drones",
                "Gwent",
                Technology.DRONES,
                screening=most,
                dropped_modules={"facial-recognition": " "},
            )
        )
    new = NewScrutiny(
        "Drones",
        "Gwent",
        Technology.DRONES,
        screening=most,
        dropped_modules={"facial-recognition": "The drone carries no camera"},
    )
    scrutiny_id = services.scrutinies.create(new)
    detail = services.scrutinies.get(scrutiny_id)
    assert "facial-recognition" not in {slug for slug, _v in detail.template_versions}
    assert detail.screening is not None
    assert detail.screening.dropped_modules == {"facial-recognition": "The drone carries no camera"}
    [change] = _entries(services, scrutiny_id, RecordKind.SCREENING_CHANGED)
    assert change["dropped_modules"] == {"facial-recognition": "The drone carries no camera"}


def test_a_typed_answer_sets_status_and_rating_and_is_recorded(services: Services) -> None:
    scrutiny_id = services.scrutinies.create(NewScrutiny("Drones", "Gwent", Technology.DRONES))
    saved = services.screening.answer(scrutiny_id, "TT-01", choices=["yes"])
    assert saved.choice == ("yes",)
    assert (saved.status, saved.rating) == (Status.NOT_MET, Rating.RED)
    # An option without a mapping keeps the finding as it was.
    kept = services.screening.answer(scrutiny_id, "TT-01", choices=["unsure"])
    assert (kept.status, kept.rating, kept.choice) == (Status.NOT_MET, Rating.RED, ("unsure",))
    number = services.screening.answer(scrutiny_id, "TT-02", value="12")
    assert number.value == "12" and number.status is Status.UNKNOWN
    with pytest.raises(InvalidInputError, match="not one of the options"):
        services.screening.answer(scrutiny_id, "TT-01", choices=["maybe"])
    with pytest.raises(InvalidInputError, match="out of range: give a number from 0 to 100"):
        services.screening.answer(scrutiny_id, "TT-02", value="101")
    with pytest.raises(InvalidInputError, match="no typed answer"):
        services.screening.answer(scrutiny_id, "LB-03", choices=["yes"])
    detail = services.scrutinies.get(scrutiny_id)
    assert detail.responses["TT-01"].choice == ("unsure",)
    changes = _entries(services, scrutiny_id, RecordKind.RESPONSE_CHANGED)
    assert changes[0]["choice"] == ["yes"]
    assert "value" not in changes[-1] and changes[-1]["value_sha256"]
    cleared = services.screening.answer(scrutiny_id, "TT-01", choices=[])
    assert cleared.choice is None and cleared.status is Status.NOT_MET  # the finding stays
    other = services.scrutinies.create(NewScrutiny("Other", "Gwent", Technology.DRONES))
    with pytest.raises(InvalidInputError, match="Nothing to save"):
        services.screening.answer(other, "TT-02", value=" ")
    assert services.maintenance.verify().ok


def test_a_level_4_approval_is_reviewed_within_a_year(services: Services) -> None:
    new = NewScrutiny(
        "LFR", "Met", Technology.LIVE_FACIAL_RECOGNITION, screening=_answers(services, "most")
    )
    scrutiny_id = services.scrutinies.create(new)
    decision = DecisionInput(
        Outcome.DEFER,
        "More information needed",
        "Panel",
        review_date=date.today() + timedelta(days=500),
    )
    services.decisions.decide(scrutiny_id, decision)  # only an approval is time-limited
    support = DecisionInput(
        Outcome.SUPPORT_WITH_CONDITIONS,
        "Acceptable with conditions",
        "Panel",
        conditions=("Publish the watchlist criteria",),
        review_date=date.today() + timedelta(days=500),
    )
    with pytest.raises(InvalidInputError, match="within a year"):
        services.decisions.decide(scrutiny_id, support)


def test_a_bundle_keeps_typed_answers_and_the_screening(
    services: Services, settings: Settings, tmp_path: Path
) -> None:
    new = NewScrutiny("Drones", "Gwent", Technology.DRONES, screening=_answers(services, "least"))
    scrutiny_id = services.scrutinies.create(new)
    services.screening.answer(scrutiny_id, "TT-01", choices=["yes"])
    services.screening.answer(scrutiny_id, "TT-02", value="40")
    out = tmp_path / "bundle.json"
    services.reports.export(scrutiny_id, ExportFormat.JSON, out)
    sent = services.scrutinies.get(scrutiny_id)
    other_settings = resolve_settings(str(tmp_path / "other"))
    other_settings.templates_dir.mkdir(parents=True)
    (other_settings.templates_dir / f"{TYPED_MODULE}.json").write_text(
        json.dumps(_typed_module()), encoding="utf-8"
    )
    other = Services.open(other_settings)
    try:
        got = other.scrutinies.get(other.bundles.import_bundle(out))
        assert got.screening == sent.screening
        assert got.responses["TT-01"].choice == ("yes",)
        assert got.responses["TT-02"].value == "40"
        assert got.summary.impact_level == sent.summary.impact_level
        assert len(got.checklist.questions()) == len(sent.checklist.questions())
        assert other.maintenance.verify().ok
    finally:
        other.close()


def test_upgrade_keeps_a_typed_answer_whose_option_remains(
    services: Services, settings: Settings
) -> None:
    kept_id = services.scrutinies.create(NewScrutiny("Kept", "Gwent", Technology.DRONES))
    lost_id = services.scrutinies.create(NewScrutiny("Lost", "Gwent", Technology.DRONES))
    services.screening.answer(kept_id, "TT-01", choices=["yes"])
    services.screening.answer(lost_id, "TT-01", choices=["unsure"])
    newer = _typed_module()
    newer["version"] = "1.1.0"
    newer["themes"][0]["questions"][0]["answer"]["options"].pop()  # "unsure" is withdrawn
    (settings.templates_dir / f"{TYPED_MODULE}.json").write_text(
        json.dumps(newer), encoding="utf-8"
    )
    upgraded = Services.open(settings)
    try:
        upgraded.templates.upgrade(kept_id)
        upgraded.templates.upgrade(lost_id)
        assert upgraded.scrutinies.get(kept_id).responses["TT-01"].choice == ("yes",)
        lost = upgraded.scrutinies.get(lost_id).responses["TT-01"]
        assert lost.choice is None and lost.status is Status.UNKNOWN  # the finding stays
        [entry] = _entries(upgraded, lost_id, RecordKind.TEMPLATE_UPGRADED)
        assert entry["typed_answers_dropped"] == [{"key": "TT-01", "choice": ["unsure"]}]
        assert upgraded.maintenance.verify().ok
    finally:
        upgraded.close()


def test_a_screening_changed_outside_the_app_fails_verify(
    services: Services, database_url: str
) -> None:
    new = NewScrutiny("LFR", "Met", Technology.DRONES, screening=_answers(services, "most"))
    scrutiny_id = services.scrutinies.create(new)
    services.screening.answer(scrutiny_id, "TT-01", choices=["no"])
    assert services.maintenance.verify().ok
    engine = make_engine(database_url)
    try:
        with engine.begin() as conn:  # as someone lowering the level by hand would
            conn.execute(text("UPDATE scrutinies SET impact_level = 1"))
            conn.execute(text("UPDATE responses SET choice = '[\"yes\"]'"))
    finally:
        engine.dispose()
    with unit_of_work(services.database) as session:
        found = {(d.item, d.field) for d in state_check.differences(session, [scrutiny_id])}
    assert ("scrutiny", "impact_level") in found
    assert ("response.TT-01", "choice_sha256") in found


def test_an_office_core_replaces_the_shipped_core(services: Services, settings: Settings) -> None:
    core = template_data("office-core")
    (settings.templates_dir / "office-core.json").write_text(json.dumps(core), encoding="utf-8")
    reopened = Services.open(settings)
    try:
        scrutiny_id = reopened.scrutinies.create(
            NewScrutiny("Drones", "Gwent", Technology.DRONES, core="office-core")
        )
        slugs = [slug for slug, _v in reopened.scrutinies.get(scrutiny_id).template_versions]
        assert slugs[0] == "office-core" and "core" not in slugs
        with pytest.raises(InvalidInputError, match="not a core checklist"):
            reopened.scrutinies.create(
                NewScrutiny("Drones", "Gwent", Technology.DRONES, core=TYPED_MODULE)
            )
    finally:
        reopened.close()


def test_a_later_round_keeps_the_screening_and_typed_answers(services: Services) -> None:
    new = NewScrutiny("Drones", "Gwent", Technology.DRONES, screening=_answers(services, "least"))
    first = services.scrutinies.create(new)
    services.screening.answer(first, "TT-01", choices=["yes"])
    second = services.rounds.start_round(first)
    before, after = services.scrutinies.get(first), services.scrutinies.get(second)
    assert after.screening == before.screening
    assert after.responses["TT-01"].choice == ("yes",)
    assert after.summary.total == before.summary.total
    assert services.maintenance.verify().ok


def test_preview_gives_the_reasons_in_the_language_asked(services: Services) -> None:
    most = _answers(services, "most")
    english = services.screening.preview(most)
    welsh = services.screening.preview(most, language="cy")
    assert english.level == welsh.level == 4
    assert english.reasons[0] != welsh.reasons[0]  # the trigger's own Welsh text
    assert "Biometric" in english.reasons[0]


def test_a_bundle_claiming_a_lower_level_than_its_answers_is_refused(
    services: Services, tmp_path: Path
) -> None:
    new = NewScrutiny("LFR", "Met", Technology.DRONES, screening=_answers(services, "most"))
    scrutiny_id = services.scrutinies.create(new)
    out = tmp_path / "bundle.json"
    services.reports.export(scrutiny_id, ExportFormat.JSON, out)

    def lower(data: dict[str, Any]) -> None:
        data["scrutiny"]["screening"]["level"] = 1

    forged_path = tmp_path / "forged.json"
    forged_path.write_bytes(forged(out.read_bytes(), lower))
    other = Services.open(resolve_settings(str(tmp_path / "other")))
    try:
        with pytest.raises(InvalidInputError, match="own answers give level 4"):
            other.bundles.import_bundle(forged_path)
    finally:
        other.close()


def test_a_drop_taken_back_adds_the_module_and_none_keeps_drops(services: Services) -> None:
    most = _answers(services, "most")
    why = {"facial-recognition": "The drone carries no camera"}
    new = NewScrutiny("Drones", "Gwent", Technology.DRONES, screening=most, dropped_modules=why)
    scrutiny_id = services.scrutinies.create(new)
    services.screening.rescreen(scrutiny_id, most)  # drops left as they were
    detail = services.scrutinies.get(scrutiny_id)
    assert detail.screening is not None and detail.screening.dropped_modules == why
    assert "facial-recognition" not in {slug for slug, _v in detail.template_versions}
    with pytest.raises(InvalidInputError, match="nothing to drop"):
        services.screening.rescreen(scrutiny_id, most, dropped_modules={"anpr": "Not used"})
    services.screening.rescreen(scrutiny_id, most, dropped_modules={})  # taken back
    detail = services.scrutinies.get(scrutiny_id)
    assert detail.screening is not None and detail.screening.dropped_modules == {}
    assert "facial-recognition" in {slug for slug, _v in detail.template_versions}
    changes = _entries(services, scrutiny_id, RecordKind.SCREENING_CHANGED)
    assert changes[-1]["modules_added"] == ["facial-recognition"]
    assert services.maintenance.verify().ok


def test_an_archive_carries_the_screening_and_typed_answers(
    services: Services, settings: Settings, tmp_path: Path
) -> None:
    new = NewScrutiny("Drones", "Gwent", Technology.DRONES, screening=_answers(services, "least"))
    scrutiny_id = services.scrutinies.create(new)
    services.screening.answer(scrutiny_id, "TT-02", value="7")
    archive = services.archive.write(tmp_path / "record.zip").path
    sent = services.scrutinies.get(scrutiny_id)
    other = Services.open(resolve_settings(str(tmp_path / "other")))
    try:
        other.archive.import_archive(archive)
        got = other.scrutinies.get(scrutiny_id)
        assert got.screening == sent.screening
        assert got.responses["TT-02"].value == "7"
        assert other.maintenance.verify().ok
    finally:
        other.close()


def test_a_later_bundle_brings_a_new_screening_and_typed_answer(
    services: Services, tmp_path: Path
) -> None:
    least, most = _answers(services, "least"), _answers(services, "most")
    new = NewScrutiny("Drones", "Gwent", Technology.DRONES, screening=least)
    scrutiny_id = services.scrutinies.create(new)
    services.screening.answer(scrutiny_id, "TT-01", choices=["no"])
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    services.reports.export(scrutiny_id, ExportFormat.JSON, first)
    other_settings = resolve_settings(str(tmp_path / "other"))
    other_settings.templates_dir.mkdir(parents=True)
    (other_settings.templates_dir / f"{TYPED_MODULE}.json").write_text(
        json.dumps(_typed_module()), encoding="utf-8"
    )
    other = Services.open(other_settings)
    try:
        there = other.bundles.import_bundle(first)
        services.screening.rescreen(scrutiny_id, most, dropped_modules={})
        services.screening.answer(scrutiny_id, "TT-01", choices=["yes"])
        services.reports.export(scrutiny_id, ExportFormat.JSON, second)
        assert other.bundles.import_bundle(second) == there
        got, sent = other.scrutinies.get(there), services.scrutinies.get(scrutiny_id)
        assert got.screening == sent.screening and got.summary.impact_level == 4
        assert got.responses["TT-01"].choice == ("yes",)
        assert got.template_versions == sent.template_versions
        assert len(got.checklist.questions()) == len(sent.checklist.questions())
        assert other.maintenance.verify().ok
    finally:
        other.close()
