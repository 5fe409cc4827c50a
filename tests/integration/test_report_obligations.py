"""Reports show each question's obligation, doubted answers, met coverage and conditions."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from pypdf import PdfReader

from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.coverage import framework_coverage
from ethics_scrutiny.domain.enums import Language, Marking, Outcome, Stage, Status, Technology
from ethics_scrutiny.domain.scoring import must_flags
from ethics_scrutiny.domain.scrutiny import DecisionInput, NewScrutiny
from ethics_scrutiny.reporting.csv_export import render_csv
from ethics_scrutiny.reporting.html import render_html
from ethics_scrutiny.reporting.model import ReportDecision, ReportModel
from ethics_scrutiny.reporting.pdf import render_pdf
from ethics_scrutiny.services import Services
from tests.factories import question

SLUG = "gwent-body-worn-video"
MESSAGE = "Retention cannot count as met while the deletion schedule is not met."
CONDITION = "BW-01, BW-02: Publish the deletion schedule before any further deployment"
REVIEW = date(2027, 6, 30)


def office_module() -> dict[str, Any]:
    return {
        "slug": SLUG,
        "version": "1.0.0",
        "title": "Body-worn video module",
        "kind": "module",
        "technologies": ["other"],
        "themes": [
            {
                "key": "bwv",
                "title": "Body-worn video",
                "questions": [
                    question("BW-01", critical=True, obligation="must"),
                    question("BW-02", obligation="should"),
                    question("BW-03", obligation="could"),
                ],
            }
        ],
        "consistency": [{"key": "BW-01", "requires_met": ["BW-02", "BW-03"], "message": MESSAGE}],
    }


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    opened = Services.open(resolve_settings(str(tmp_path / "data"), None))
    yield opened
    opened.close()


@pytest.fixture
def scrutiny_id(services: Services, tmp_path: Path) -> int:
    path = tmp_path / f"{SLUG}.yaml"
    path.write_text(yaml.safe_dump(office_module(), sort_keys=False), encoding="utf-8")
    services.templates.import_file(path)
    created = services.scrutinies.create(
        NewScrutiny(
            title="Body-worn video",
            force="Gwent Police",
            technology=Technology.OTHER,
            marking=Marking.OFFICIAL_SENSITIVE,
            stage=Stage.PILOT,
            modules=(SLUG,),
        )
    )
    services.scrutinies.answer(created, "BW-01", Status.MET, note="Retention policy seen.")
    services.scrutinies.answer(created, "BW-02", Status.NOT_MET)
    return created


def with_decision(model: ReportModel) -> ReportModel:
    decision = ReportDecision(
        sequence=1,
        outcome="Support with conditions",
        rationale="Proportionate once the schedule is public.",
        decided_by="PCC",
        decided_at=datetime(2026, 12, 1, 10, tzinfo=UTC),
        conditions=(CONDITION, "Report each deployment to the panel"),
        review_date=REVIEW,
        record_entry=7,
        capacity="PCC decision",
    )
    return replace(model, decisions=(decision,))


def pdf_text(model: ReportModel, path: Path) -> str:
    render_pdf(model, path, invariant=True)
    pages = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", pages)


def question_of(model: ReportModel, key: str) -> Any:
    return next(q for theme in model.themes for q in theme.questions if q.key == key)


def test_the_model_carries_obligations_doubts_and_met_coverage(
    services: Services, scrutiny_id: int
) -> None:
    model = services.reports.build_model(scrutiny_id)
    doubted = question_of(model, "BW-01")
    assert (doubted.obligation, doubted.obligation_text) == ("Must", "Must (legal requirement)")
    assert question_of(model, "BW-03").obligation == "Could"
    assert doubted.status == "Met"  # the officer's answer is reported as given...
    assert doubted.is_red_flag and doubted.rating == "Red"  # ...and counted as not met
    assert (
        doubted.doubted == f"Counts as not met: {MESSAGE[:-1]} (because BW-02, BW-03 are not met)"
    )
    [item] = model.inconsistencies
    assert (item.key, item.because, item.message) == ("BW-01", ("BW-02", "BW-03"), MESSAGE)
    assert item.prompt == "Prompt for BW-01?"

    detail = services.scrutinies.get(scrutiny_id)
    expected = framework_coverage(detail.checklist, detail.responses)
    assert [(f.title, f.met, f.covered) for f in model.frameworks] == [
        (f.title, f.met, f.covered) for f in expected
    ]

    public = services.reports.build_model(scrutiny_id, public=True)
    assert public.inconsistencies == () and question_of(public, "BW-01").doubted == ""


def test_the_pdf_shows_obligations_doubts_coverage_and_conditions(
    services: Services, scrutiny_id: int, tmp_path: Path
) -> None:
    model = with_decision(services.reports.build_model(scrutiny_id))
    text = pdf_text(model, tmp_path / "panel.pdf")
    assert "Obligation: Must (legal requirement)" in text
    # BW-02 (should, not met) is a good-practice finding; BW-03 is not answered, so no finding.
    assert "Obligation: Should (expected good practice)" in text
    assert "Obligation: Could" not in text
    assert f"Counts as not met: {MESSAGE[:-1]} (because BW-02, BW-03 are not met)" in text
    assert "Inconsistent answers" in text
    assert f"BW-01 counts as not met: {MESSAGE[:-1]} (because BW-02, BW-03 are not met)" in text
    framework = model.frameworks[0]
    assert (
        f"{framework.met} of {framework.total} elements met, {framework.not_met} not met, "
        f"{framework.not_answered} not answered"
    ) in text
    assert (
        "Publish the deletion schedule before any further deployment (resolves BW-01: Prompt "
        "for BW-01?; BW-02: Prompt for BW-02?)"
    ) in text
    assert "Review date 30 June 2027" in text


def test_the_public_pdf_names_no_question_codes_in_conditions(
    services: Services, scrutiny_id: int, tmp_path: Path
) -> None:
    model = with_decision(services.reports.build_model(scrutiny_id, public=True))
    text = pdf_text(model, tmp_path / "public.pdf")
    assert "Publish the deletion schedule before any further deployment" in text
    assert "BW-01, BW-02:" not in text and "resolves" not in text
    assert "Inconsistent answers" not in text


def test_the_html_and_csv_carry_the_same(services: Services, scrutiny_id: int) -> None:
    model = with_decision(services.reports.build_model(scrutiny_id))
    html = render_html(model)
    assert "<dt>Obligation</dt><dd>Must (legal requirement)</dd>" in html
    assert f"<strong>Counts as not met:</strong> {MESSAGE[:-1]} (because BW-02" in html
    assert "<h3>Inconsistent answers</h3>" in html
    assert "(resolves BW-01: Prompt for BW-01?; BW-02: Prompt for BW-02?)" in html
    assert "elements met," in html and "not answered" in html

    out = io.StringIO()
    render_csv(model, out)
    rows = {row["key"]: row for row in csv.DictReader(io.StringIO(out.getvalue()))}
    assert rows["BW-01"]["obligation"] == "must" and rows["BW-03"]["obligation"] == "could"
    assert rows["BW-01"]["counts_as_not_met"].startswith("Counts as not met: Retention")
    assert rows["BW-02"]["counts_as_not_met"] == ""


def test_a_welsh_report_gives_the_rule_s_welsh_reason(services: Services, tmp_path: Path) -> None:
    data = office_module()
    data["consistency"][0]["cy"] = {"message": "Ni all BW-01 gyfrif fel wedi'i fodloni."}
    path = tmp_path / f"{SLUG}.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    services.templates.import_file(path)
    welsh = services.scrutinies.create(
        NewScrutiny(
            title="Fideo corff",
            force="Heddlu Gwent",
            technology=Technology.OTHER,
            marking=Marking.OFFICIAL,
            stage=Stage.PILOT,
            modules=(SLUG,),
            language=Language.WELSH,
        )
    )
    services.scrutinies.answer(welsh, "BW-01", Status.MET)
    model = services.reports.build_model(welsh)
    [item] = model.inconsistencies
    assert item.message == "Ni all BW-01 gyfrif fel wedi'i fodloni."
    assert question_of(model, "BW-01").doubted == (
        "Counts as not met: Ni all BW-01 gyfrif fel wedi'i fodloni "
        "(because BW-02, BW-03 are not met)"
    )


def test_an_override_of_a_good_practice_flag_is_not_called_blocking(
    services: Services, scrutiny_id: int, tmp_path: Path
) -> None:
    # A newer module version makes the "should" question BW-02 critical: answered not met, it
    # is a red flag that only an override reason can answer.
    data = office_module()
    data["version"] = "1.1.0"
    data["themes"][0]["questions"][1]["critical"] = True
    path = tmp_path / "newer.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    services.templates.import_file(path)
    services.templates.upgrade(scrutiny_id)
    detail = services.scrutinies.get(scrutiny_id)
    flags = must_flags(detail.checklist, detail.responses)
    keys = ", ".join(flag.key for flag in flags)
    services.decisions.decide(
        scrutiny_id,
        DecisionInput(
            Outcome.SUPPORT_WITH_CONDITIONS,
            "Proportionate for a short pilot.",
            "PCC",
            (f"{keys}: Settle each of these before the pilot goes further",),
            date.today() + timedelta(days=90),
            override_reason="The PCC accepts the missing schedule for a twelve-week pilot.",
        ),
    )
    model = services.reports.build_model(scrutiny_id)
    [decision] = model.decisions
    assert decision.overridden_flags == ("BW-02",) and not decision.overrode_blocking
    text = pdf_text(model, tmp_path / "override.pdf")
    assert "RED FLAGS OVERRIDDEN" in text and "BLOCKING RED FLAGS OVERRIDDEN" not in text
    assert "Decision 1 overrode red flags (BW-02)" in text
    html = render_html(model)
    assert "<strong>Red flags overridden</strong>" in html
