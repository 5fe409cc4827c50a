"""The module templates follow the law as it stood in December 2026.

Each finding below was checked against its primary source before it was written into a module;
the tests make sure the questions that carry it keep doing so.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from ethics_scrutiny.domain.consistency import inconsistencies
from ethics_scrutiny.domain.enums import Obligation, Status, Technology
from ethics_scrutiny.domain.scrutiny import ResponseData
from ethics_scrutiny.domain.template_library import TemplateLibrary
from ethics_scrutiny.domain.templates import Checklist, Question

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "assets" / "templates"
MODULE_FILES = sorted(p for p in TEMPLATES_DIR.glob("*.yaml") if p.name != "core.yaml")

# Finding -> the module questions that carry it.
TRACEABILITY_2026: tuple[tuple[str, str], ...] = (
    ("DUAA 2025 s80: DPA 2018 ss50A-50D, meaningful human involvement", "AI-02, AI-06, RR-01"),
    ("DUAA 2025 s82: the reason for a consultation is good practice, not law", "AN-04, FR-21"),
    ("Bridges [151]-[153]: the DPIA must test the law on who and where", "FR-05"),
    ("Bridges [181], [191], [201]: a human check is not the equality duty", "FR-18"),
    ("Bridges DC [132]-[133] via CA [49]: every face is sensitive processing", "FR-05, FR-11"),
    ("Biometrics and Surveillance Camera Commissioner: promotes, does not audit", "AN-08, DR-07"),
    ("NPL report on Police National Database facial search (December 2025)", "FR-07, FR-29"),
    ("Home Office facial recognition guidance and consultation (December 2025)", "FR-20, FR-29"),
    ("Forensic Science Regulator Code of Practice v2 (in force 2 October 2025)", "FR-30"),
    ("CJPOA 1994 s60: searches without suspicion", "KD-09"),
    ("Drones as first responder", "DR-13, DR-14, DR-15, DR-16, DR-17"),
    (
        "AI fairness: labels, fairness measure and calibration, error trade-off",
        "AI-16, AI-17, AI-18",
    ),
)
# The new questions whose point is a legal requirement the force cannot choose to skip.
MUST = {"AI-02", "RR-01", "DR-16", "KD-09", "FR-05", "FR-07"}
# What a Bridges "every face is sensitive processing" citation now points to.
DIVISIONAL_COURT = "[2019] EWHC 2341 (Admin) [132]-[133]"


@pytest.fixture(scope="module")
def library() -> TemplateLibrary:
    return TemplateLibrary.load(TEMPLATES_DIR)


@pytest.fixture(scope="module")
def modules(library: TemplateLibrary) -> dict[str, Question]:
    return {q.key: q for m in library.modules() for q in m.questions()}


def _text(q: Question) -> str:
    return " ".join([q.prompt, q.guidance, q.red_flag, *q.sources, *q.evidence])


def _keys(cell: str) -> list[str]:
    return [key.strip() for key in cell.split(",")]


@pytest.mark.parametrize("row", TRACEABILITY_2026, ids=lambda row: row[0][:50])
def test_every_finding_reaches_a_shipped_module_question(
    row: tuple[str, str], modules: dict[str, Question]
) -> None:
    missing = [key for key in _keys(row[1]) if key not in modules]
    assert not missing, f"{row[0]}: no module question {', '.join(missing)}"


def test_new_legal_requirements_are_must(modules: dict[str, Question]) -> None:
    assert {key for key in MUST if modules[key].obligation is not Obligation.MUST} == set()


@pytest.mark.parametrize("path", MODULE_FILES, ids=lambda p: p.stem)
def test_every_module_question_states_its_obligation_in_the_file(path: Path) -> None:
    """The loader would default a missing obligation; a shipped module states each one."""
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    if data["kind"] == "screening":
        # Screening answers set the impact level; they are not findings with an obligation.
        pytest.skip("a screening template has no findings")
    for theme in data["themes"]:
        for question in theme["questions"]:
            assert question.get("obligation") in {"must", "should", "could"}, question["key"]
            if question.get("blocking"):
                assert question["obligation"] == "must", question["key"]


@pytest.mark.parametrize("path", MODULE_FILES, ids=lambda p: p.stem)
def test_no_machine_path_or_research_file_is_named(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    # Spelled in two parts so this file names no machine folder itself.
    assert "/" + "work/" not in text and "reference.md" not in text


def test_no_module_cites_the_repealed_automated_decision_sections(
    modules: dict[str, Question],
) -> None:
    repealed = re.compile(r"\bss?\.?\s?49\b|\bss49-50\b|\bs50\b(?![A-D])")
    for q in modules.values():
        assert not repealed.search(" ".join(q.sources)), q.key


def test_automated_decisions_turn_on_meaningful_human_involvement(
    modules: dict[str, Question],
) -> None:
    for key in ("AI-02", "RR-01"):
        q = modules[key]
        assert any("ss50A-50D" in s for s in q.sources), key
        assert "meaningful" in q.guidance and "50B" in q.guidance and "50C" in q.guidance, key
        assert "representations" in q.guidance and "contest" in q.guidance, key
    evidence = " ".join(modules["AI-02"].evidence).lower()
    assert "override rates" in evidence and "time" in evidence and "rely" in evidence
    assert any("50C" in s for s in modules["AI-06"].sources)


def test_the_reason_for_a_search_is_good_practice_not_a_legal_duty(
    modules: dict[str, Question],
) -> None:
    for key in ("AN-04", "FR-21"):
        q = modules[key]
        assert q.obligation is Obligation.SHOULD, key
        assert "good practice" in q.guidance, key
        assert any("s82" in s for s in q.sources if "s62" in s), key
        assert "log who consulted data and why" not in q.guidance, key


def test_the_impact_assessment_question_asks_about_who_and_where(
    modules: dict[str, Question],
) -> None:
    fr05 = modules["FR-05"]
    assert "who may be looked for" in fr05.prompt and "where" in fr05.prompt
    assert any("[151]-[153]" in s for s in fr05.sources)
    assert fr05.critical


def test_the_human_check_cites_the_equality_reasoning_not_the_order(
    modules: dict[str, Question],
) -> None:
    sources = " ".join(modules["FR-18"].sources)
    assert "[181], [191], [201]" in sources
    assert "[202]" not in sources


def test_sensitive_processing_of_every_face_is_cited_to_the_divisional_court(
    modules: dict[str, Question],
) -> None:
    for q in modules.values():
        claims = "every face" in q.guidance.lower() and "sensitive processing" in q.guidance
        ico_says_so = any(
            "ICO Opinion" in s and "sensitive processing" in s and "guidance" not in s
            for s in q.sources
        )
        assert not ico_says_so, f"{q.key} cites the ICO Opinion for sensitive processing"
        if claims:
            assert any(DIVISIONAL_COURT in s for s in q.sources), q.key


def test_the_surveillance_camera_regulator_is_named_rightly(
    modules: dict[str, Question],
) -> None:
    for q in modules.values():
        text = _text(q)
        assert not re.search(r"(?<!Biometrics and )Surveillance Camera Commissioner", text), q.key
    for key in ("AN-08", "DR-07"):
        assert "does not audit" in modules[key].guidance, key


def test_no_unconfirmed_drone_exemption_history(modules: dict[str, Question]) -> None:
    assert "withdrawn" not in _text(modules["DR-01"])


def test_new_sources_are_cited(modules: dict[str, Question]) -> None:
    def cites(key: str, *words: str) -> bool:
        return any(all(w in s for w in words) for s in modules[key].sources)

    assert cites("FR-07", "National Physical Laboratory", "December 2025")
    assert cites("FR-29", "Home Office guidance", "4 December 2025")
    assert cites("FR-30", "Forensic Science Regulator", "version 2", "2 October 2025")
    assert cites("KD-09", "Criminal Justice and Public Order Act 1994, s60")
    assert cites("DR-13", "Drone as First Responder")
    assert modules["DR-16"].critical


def _answers(**statuses: Status) -> dict[str, ResponseData]:
    return {
        key.replace("_", "-"): ResponseData(key.replace("_", "-"), s) for key, s in statuses.items()
    }


@pytest.mark.parametrize("doubted", ["PD-02", "FR-05"])
def test_a_live_impact_assessment_is_not_met_while_who_or_where_is_not(
    library: TemplateLibrary, doubted: str
) -> None:
    checklist = Checklist(
        [library.core(), *library.modules_for(Technology.LIVE_FACIAL_RECOGNITION)]
    )
    met = Status.MET
    answers = _answers(PD_02=met, FR_05=met, FR_01=met, FR_03=Status.NOT_MET)
    found = {item.key: item for item in inconsistencies(checklist, answers)}
    assert found[doubted].because == ("FR-03",)
    assert "Bridges" in found[doubted].message
    settled = _answers(PD_02=met, FR_05=met, FR_01=met, FR_03=met)
    # The core has its own rules on PD-02; only this module's are in question here.
    assert not [
        i for i in inconsistencies(checklist, settled) if {"FR-01", "FR-03"} & set(i.because)
    ]


def test_an_operator_initiated_assessment_needs_a_named_power(library: TemplateLibrary) -> None:
    modules = library.modules_for(Technology.OPERATOR_INITIATED_FACIAL_RECOGNITION)
    checklist = Checklist([library.core(), *modules])
    answers = _answers(FR_05=Status.MET, FR_14=Status.PARTLY_MET)
    assert [(i.key, i.because) for i in inconsistencies(checklist, answers)] == [
        ("FR-05", ("FR-14",))
    ]
