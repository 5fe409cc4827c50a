"""The converted peer questionnaires: regenerated exactly, importable, and the AIA's levels kept."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from ethics_scrutiny.cli import main as cli_main
from ethics_scrutiny.domain.band_scoring import evaluate_scoring
from ethics_scrutiny.domain.enums import Status
from ethics_scrutiny.domain.template_library import TemplateLibrary
from ethics_scrutiny.domain.template_loader import load_template
from ethics_scrutiny.domain.templates import Template
from ethics_scrutiny.domain.typed_answers import TypedAnswer, option_mapping
from ethics_scrutiny.services.templates import TemplateFiles
from tools.peer_questionnaires import aia, altai, deon
from tools.peer_questionnaires.common import EXAMPLES, UPSTREAM, check, render

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "assets" / "templates"
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.yaml"))
SURVEY: dict[str, Any] = json.loads(aia.SOURCE.read_text(encoding="utf-8"))
AIA = load_template(aia.OUT)
BY_NAME = {q.upstream_id: q for q in AIA.questions()}
# Upstream question name -> the choice values given, in the AIA's own terms.
Case = dict[str, list[str]]


def _regenerated(name: str) -> str:
    if name == "canada-aia.yaml":
        return render(aia.convert(SURVEY), aia.HEADER)
    if name == "deon-checklist.yaml":
        checklist = yaml.safe_load(deon.SOURCE.read_text(encoding="utf-8"))
        examples = yaml.safe_load(deon.EXAMPLES_SOURCE.read_text(encoding="utf-8"))
        return render(deon.convert(checklist, examples), deon.HEADER)
    subset = yaml.safe_load(altai.SOURCE.read_text(encoding="utf-8"))
    return render(altai.convert(subset), altai.HEADER)


def test_three_questionnaires_are_converted() -> None:
    assert [p.name for p in EXAMPLE_FILES] == [
        "canada-aia.yaml",
        "deon-checklist.yaml",
        "eu-altai.yaml",
    ]


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_each_example_is_what_its_converter_writes_today(path: Path) -> None:
    """The files are generated: a hand edit or a stale run shows up here."""
    assert path.read_text(encoding="utf-8") == _regenerated(path.name)


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_each_example_checks_and_imports_cleanly(path: Path, tmp_path: Path) -> None:
    library = TemplateLibrary.load(SHIPPED)
    files = TemplateFiles(library, tmp_path / "office", SHIPPED)
    check = files.check_file(path)
    assert check.problems == ()
    assert check.template is not None and check.template.provenance is not None
    assert check.template.provenance.licence
    imported = files.import_file(path)
    assert imported.path.is_file()
    assert library.get(imported.template.slug) == imported.template


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_templates_check_passes_on_the_command_line(
    path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_main(["--data-dir", str(tmp_path), "templates", "check", str(path)]) == 0
    assert "valid module template" in capsys.readouterr().out


def test_upstream_sources_are_kept_with_their_licences() -> None:
    for name in ("aia-LICENSE", "deon-LICENSE"):
        assert "Permission is hereby granted, free of charge" in (UPSTREAM / name).read_text()
    assert "not the ALTAI text" in altai.SOURCE.read_text(encoding="utf-8")


# --- deon and ALTAI: answers read as findings -------------------------------------------------


def test_a_risky_yes_reads_as_not_met_and_red() -> None:
    altai_template = load_template(EXAMPLES / "eu-altai.yaml")
    risk = altai_template.question_map()["ALTAI-2-3-1"]  # could low accuracy do damage?
    assert risk.answer is not None
    status, rating = option_mapping(risk.answer, TypedAnswer(choices=("yes",)))
    assert (status, rating and rating.value) == (Status.NOT_MET, "red")
    measure = altai_template.question_map()["ALTAI-3-2-1"]  # a DPIA carried out?
    assert measure.answer is not None
    assert option_mapping(measure.answer, TypedAnswer(choices=("yes",)))[0] is Status.MET


def test_deon_sections_are_an_office_framework() -> None:
    deon_template = load_template(EXAMPLES / "deon-checklist.yaml")
    framework = deon_template.frameworks[0]
    assert framework.elements == [t.title for t in deon_template.themes]
    keys = [q.key for q in deon_template.questions()]
    assert keys[:2] == ["DEON-A1", "DEON-A2"] and len(keys) == 21


# --- the AIA's impact level ------------------------------------------------------------------


def _elements() -> list[tuple[dict[str, Any], str]]:
    """Every scored question of the survey with RS or MS, read the way the AIA reads it."""
    found = []
    for element in aia.elements(SURVEY):
        choice = element.data.get("type") in ("radiogroup", "dropdown", "checkbox")
        if choice and element.score_type in ("RS", "MS"):
            found.append((element.data, element.score_type))
    return found


SCORED = _elements()


def aia_level(case: Case) -> int:
    """The AIA's own calculateFinalScore (src/store.ts), transcribed, on the upstream survey."""
    raw = raw_max = mitigation = mitigation_max = 0.0
    for data, kind in SCORED:
        weights = [aia.weight(c["value"]) for c in data["choices"]]
        best = sum(weights) if data["type"] == "checkbox" else max(weights)
        got = sum(aia.weight(v) for v in case.get(data["name"], []))
        if kind == "RS":
            raw, raw_max = raw + got, raw_max + best
        else:
            mitigation, mitigation_max = mitigation + got, mitigation_max + best
    total = raw
    if mitigation >= 0.8 * (mitigation_max / 2):
        total = math.floor((1 - 0.15) * raw + 0.5)  # JavaScript's Math.round
    for level, share in ((1, 0.25), (2, 0.5), (3, 0.75)):
        if total <= raw_max * share:
            return level
    return 4


def template_level(case: Case) -> int | None:
    answers = {BY_NAME[name].key: TypedAnswer(choices=tuple(v)) for name, v in case.items()}
    return evaluate_scoring(AIA, answers).band


IMPACT_DROPDOWNS = ["impact6", "impact7", "impact9", "impact24", "impact11", "impact13"]
IMPACT_DROPDOWNS += ["impact15", "impact28"]
ONE_TO_FOUR = [*IMPACT_DROPDOWNS, "aboutSystem11", "aboutDataSource3", "aboutDataSource7"]
ONE_TO_FOUR += ["aboutDataSource8"]
DESIGN = {"projectDetailsPhase": ["item1"]}


def _top(names: list[str]) -> Case:
    """Each named question's highest-weighted option (every weighted one for a checkbox)."""
    case: Case = {}
    for data, _kind in SCORED:
        if data["name"] in names:
            values = [c["value"] for c in data["choices"]]
            if data["type"] == "checkbox":
                case[data["name"]] = [v for v in values if aia.weight(v) > 0]
            else:
                case[data["name"]] = [max(values, key=aia.weight)]
    return case


def _design_mitigation(*prefixes: str) -> Case:
    names = [d["name"] for d, kind in SCORED if kind == "MS" and d["name"].startswith(prefixes)]
    return _top(names)


# The worked cases of docs/peer-questionnaires.md, with the level worked out there by hand.
CASE_1: Case = {name: ["item1-1"] for name in ONE_TO_FOUR}
CASE_2: Case = {
    **DESIGN,
    **{name: ["item4-4"] for name in IMPACT_DROPDOWNS},
    "impact30": ["item1-4"],
    "impact3": ["item1-4"],
    "aboutSystem11": ["item4-4"],
    "aboutDataSource2": ["item5-4"],
    "businessDrivers9": ["item2-1"],
    **_design_mitigation("consultationDesign", "dataQualityDesign", "fairnessDesign"),
    **_design_mitigation("privacyDesign"),
}
CASE_4: Case = {
    **DESIGN,
    **_top([*IMPACT_DROPDOWNS, "impact30", "impact3", "aboutSystem11", "aboutDataSource2"]),
    **_top(["aboutDataSource3", "aboutDataSource7", "aboutDataSource8", "aboutDataSource5"]),
    **_top(["aboutDataSource6", "decisionSector1", "aboutDataSource1", "aboutDataSource14"]),
    "aboutDataSourceType1": ["item1-0"],
    **_top(["aboutDataSourceType2", "riskProfile1", "riskProfile2"]),
}
CASE_3: Case = {
    **CASE_4,
    **_design_mitigation("consultationDesign", "dataQualityDesign", "fairnessDesign"),
}
CASE_5: Case = {
    **DESIGN,
    **_top([d["name"] for d, kind in SCORED if kind == "RS"]),
    **_design_mitigation("consultationDesign", "dataQualityDesign", "fairnessDesign"),
    **_design_mitigation("privacyDesign"),
}
FULL_DESIGN_MITIGATION = {
    **_design_mitigation("consultationDesign", "dataQualityDesign", "fairnessDesign"),
    **_design_mitigation("privacyDesign"),
}
WORKED = [
    ("1: twelve dropdowns at 1 point, no mitigation", CASE_1, 12, 0, 1),
    ("2: raw 49, mitigation 77, 41.65 rounds to 42", CASE_2, 49, 77, 2),
    ("3: raw 98, mitigation 68, 83.3 rounds to 83", CASE_3, 98, 68, 2),
    ("4: raw 98, no mitigation", CASE_4, 98, 0, 3),
    ("5: raw 167, mitigation 77, 141.95 rounds to 142", CASE_5, 167, 77, 4),
]


@pytest.mark.parametrize(("name", "case", "raw", "mitigation", "level"), WORKED, ids=lambda x: x)
def test_worked_cases_give_the_aia_level(
    name: str, case: Case, raw: float, mitigation: float, level: int
) -> None:
    result = evaluate_scoring(AIA, {BY_NAME[n].key: TypedAnswer(tuple(v)) for n, v in case.items()})
    assert result.total("raw-impact").raw_points == raw
    assert result.total("mitigation").points == mitigation
    assert result.band == level
    assert aia_level(case) == level


def test_the_maxima_and_thresholds_are_the_aias() -> None:
    result = evaluate_scoring(AIA, {})
    assert (result.total("raw-impact").maximum, result.total("mitigation").maximum) == (167, 154)
    assert aia.thresholds(167) == [41.5, 83.5, 125.5]


@st.composite
def aia_answers(draw: st.DrawFn) -> Case:
    # Half the sets meet the mitigation rule, so the 15% reduction and its rounding are tried.
    case: Case = dict(FULL_DESIGN_MITIGATION) if draw(st.booleans()) else {}
    for data, kind in SCORED:
        if kind == "MS" and case:
            continue
        values = [c["value"] for c in data["choices"]]
        if data["type"] == "checkbox":
            chosen = draw(st.sets(st.sampled_from(values)))
            if chosen:
                case[data["name"]] = [v for v in values if v in chosen]
        elif draw(st.booleans()):
            case[data["name"]] = [draw(st.sampled_from(values))]
    return case


@settings(max_examples=200, deadline=None, database=None)
@given(aia_answers())
def test_any_answers_give_the_level_the_aia_code_gives(case: Case) -> None:
    assert template_level(case) == aia_level(case)


def test_what_could_not_be_carried_is_reported() -> None:
    report = aia.Report()
    template: Template = check(aia.convert(SURVEY, report), "canada-aia.yaml")
    assert any("departments" in line for line in report.skipped)
    assert any("html" in line for line in report.skipped)
    assert len(list(template.questions())) == len(list(AIA.questions()))
