"""Every finding in the traceability table, and in the 2026 review, reaches a shipped question."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from ethics_scrutiny.domain.enums import Obligation
from ethics_scrutiny.domain.template_library import TemplateLibrary
from ethics_scrutiny.domain.templates import Question

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "assets" / "templates"
# The research the table comes from sits beside the repository on the team's machines only.
REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "domain" / "reference.md"

# Part D of the reference, "Traceability: findings -> questions", copied exactly: each source
# finding and the question IDs whose red flag should fire when the finding applies.
TRACEABILITY: tuple[tuple[str, str], ...] = (
    (
        'Bridges Ground 1 — "who" too broad (watchlist catch-all category) [123]-[124]',
        "LB-03, FR-01, FR-02, TE-03",
    ),
    ('Bridges Ground 1 — "where" left to officer discretion [130]', "LB-04, FR-03, DR-03, AN-02"),
    ("Bridges — local policy must be published to count as law [61], [121]", "LB-02, TE-03"),
    (
        "Bridges Ground 3 — DPIA premised on no Art 8 infringement; failed s64(3)(b)-(c)"
        " [152]-[153]",
        "PD-01, PD-02, PD-03, FR-05",
    ),
    ("Bridges Ground 4 — thin appropriate policy document (DC [139]-[141])", "PD-04, LB-07"),
    (
        "Bridges Ground 5 — no bias testing / no independent verification [191], [201]",
        "FE-03, FE-06, FR-06, RR-06",
    ),
    (
        "Bridges Ground 5 — supplier would not reveal training data",
        "FE-04, SP-02, SP-03, AI-05",
    ),
    ("Bridges — human failsafe did not discharge PSED (DC [156] reversed)", "FE-05, AO-03, AO-04"),
    ("Bridges — PSED continuing; trials not exempt", "FE-08, LB-09, RC-06"),
    ("Bridges Ground 2 — proportionality still needs a recorded balance", "LB-05, LB-06"),
    ("Bridges — overt use, so RIPA not engaged [1]", "LB-10, DR-04, AN-07"),
    ("ICO Opinion — applies to trials and deployments", "PD-01, LB-09"),
    ("ICO Opinion — every face is sensitive processing; DPIA + APD", "PD-03, PD-04, FR-05, LB-07"),
    (
        "ICO Opinion — strict necessity; targeted, intelligence-led, time-limited",
        "LB-06, LB-07, LB-08, LB-09",
    ),
    ("ICO Opinion — effectiveness must be measured", "AT-05, FR-15, TE-09"),
    ("ICO Opinion — watchlist compilation, retention and deletion", "FR-02, FR-11, PD-08"),
    ("ICO Opinion — eliminate algorithmic bias", "FE-03, FR-06"),
    ("ALGOCARE A — Advisory", "AI-02, AO-03"),
    ("ALGOCARE L — Lawful", "AI-03, LB-02, PD-11"),
    ("ALGOCARE G — Granularity", "AI-04, FE-07, AT-10"),
    ("ALGOCARE O — Ownership", "AI-05, SP-02"),
    ("ALGOCARE C — Challengeable", "AI-06, TE-08, FT-05"),
    ("ALGOCARE A — Accuracy", "AI-07, AT-01, AT-07"),
    ("ALGOCARE R — Responsible", "AI-08, AO-06"),
    ("ALGOCARE E — Explainable", "AI-09, FT-04, TE-05"),
    ("LPEP conditions 1–5", "LB-05/TE-07; FE-03; FR-04/AO-02; AO-05/FR-10; TE-03"),
    ("NPL 2023 — threshold-dependent demographic effects", "FR-06, FE-10, AT-04, FT-11"),
    ("PND RFR bias (2024–25)", "FR-07, FE-10"),
    (
        "Surveillance Camera Code principles 1–12",
        "1: LB-01; 2: LB-05; 3: TE-02/TE-08; 4: AO-01; 5: LB-02; 6: PD-07/PD-08; 7: PD-09;"
        " 8: AO-05; 9: SP-06; 10: AO-10/TE-09; 11: AT-05; 12: PD-10/AN-05",
    ),
    ("ATRS Tier 1/Tier 2", "TE-04, TE-10, AI-13"),
    ("CPIA / AG Guidelines / computer-evidence presumption", "FT-01 – FT-12"),
    ("RIPA collateral intrusion", "DR-06, DR-05"),
    ("Welsh Language Standards", "TE-11, RC-05"),
)
# Findings from the Bridges judgment and the ICO Opinion: the questions they point to carry a
# legal failure already found by a court or the regulator, so each must be critical.
LEGAL_FINDING_PREFIXES = ("Bridges", "ICO Opinion")

_KEY = r"[A-Z]{2,4}-\d{2,3}"


def question_ids(cell: str) -> list[str]:
    """The question IDs in one table cell, expanding ranges such as "FT-01 – FT-12"."""
    ids: list[str] = []
    for part in re.split(r"[,;/]", cell):
        part = re.sub(r"^\s*\d+:\s*", "", part).strip()  # "3: TE-02" numbers a Code principle
        span = re.fullmatch(rf"({_KEY})\s*[–-]\s*({_KEY})", part)
        if span:
            ids.extend(_expand(span.group(1), span.group(2)))
        else:
            assert re.fullmatch(_KEY, part), f"not a question ID: {part!r} in {cell!r}"
            ids.append(part)
    return ids


def _expand(first: str, last: str) -> list[str]:
    prefix, start = first.split("-")
    end_prefix, end = last.split("-")
    assert prefix == end_prefix, (first, last)
    return [f"{prefix}-{n:0{len(start)}d}" for n in range(int(start), int(end) + 1)]


def _row_id(row: tuple[str, str]) -> str:
    return row[0][:60]


@pytest.fixture(scope="module")
def shipped() -> dict[str, Question]:
    """Every question in the shipped library: the core and all the modules."""
    library = TemplateLibrary.load(TEMPLATES_DIR)
    return {q.key: q for template in library.all() for q in template.questions()}


def test_cells_are_read_as_question_ids() -> None:
    assert question_ids("LB-05/TE-07; FE-03; FR-04/AO-02; AO-05/FR-10; TE-03") == [
        "LB-05",
        "TE-07",
        "FE-03",
        "FR-04",
        "AO-02",
        "AO-05",
        "FR-10",
        "TE-03",
    ]
    assert question_ids("1: LB-01; 3: TE-02/TE-08; 12: PD-10/AN-05") == [
        "LB-01",
        "TE-02",
        "TE-08",
        "PD-10",
        "AN-05",
    ]
    assert question_ids("FT-01 – FT-12") == [f"FT-{n:02d}" for n in range(1, 13)]


@pytest.mark.skipif(not REFERENCE.is_file(), reason="the research reference is not on this machine")
def test_the_table_here_is_the_reference_table() -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    part_d = text[text.index("# Part D") : text.index("# Part E")]
    rows = [
        tuple(cell.strip() for cell in line.strip().strip("|").split(" | "))
        for line in part_d.splitlines()
        if line.startswith("| ") and not line.startswith("| Source finding")
    ]
    assert tuple(rows) == TRACEABILITY


@pytest.mark.parametrize("row", TRACEABILITY, ids=_row_id)
def test_every_traced_question_is_shipped(
    row: tuple[str, str], shipped: dict[str, Question]
) -> None:
    finding, cell = row
    missing = [key for key in question_ids(cell) if key not in shipped]
    assert not missing, f"{finding}: no shipped question {', '.join(missing)}"


@pytest.mark.parametrize(
    "row", [r for r in TRACEABILITY if r[0].startswith(LEGAL_FINDING_PREFIXES)], ids=_row_id
)
def test_questions_for_bridges_and_ico_findings_are_critical(
    row: tuple[str, str], shipped: dict[str, Question]
) -> None:
    finding, cell = row
    keys = question_ids(cell)
    missing = [key for key in keys if key not in shipped]
    not_critical = [key for key in keys if key in shipped and not shipped[key].critical]
    assert not missing, f"{finding}: no shipped question {', '.join(missing)}"
    assert not not_critical, f"{finding}: not critical: {', '.join(not_critical)}"


# --- the December 2026 review of the core bank ------------------------------------------------
# Points from the review of the law as it stood in December 2026, each with the core questions
# that now carry it (the module questions are traced by their own tests).
REVIEW_2026: tuple[tuple[str, str], ...] = (
    (
        "DUAA 2025 s80: ss50A-50D replace DPA 2018 ss49-50 (meaningful human involvement)",
        "PD-13, AO-03",
    ),
    ("DUAA 2025 s82: justification no longer a logged field (good practice only)", "PD-09"),
    ("Bridges [132]: the four-part proportionality test", "LB-05, LB-06"),
    ("Bridges [181], [191], [201]: human failsafe did not discharge the PSED", "FE-05"),
    (
        "Bridges [151]-[153]: DPIA failed on the who/where framework, not mass capture",
        "PD-02, PD-03",
    ),
    (
        "Bridges DC [132]-[133] (CA [49]): every face scanned is sensitive processing",
        "LB-07, PD-03",
    ),
    ("Biometrics and Surveillance Camera Commissioner promotes the Code; no audit", "AO-10"),
    ("Home Office facial recognition guidance and consultation (December 2025)", "LB-12, AO-10"),
    ("Procurement Act 2023: notices, contract term, exit and lock-in", "SP-01, SP-12"),
    ("Community impact assessment and independent advisory group, per deployment", "TE-12"),
    ("Per-right check (Articles 6, 8, 10, 11, 14; Glukhin v Russia)", "LB-13"),
    ("Complaints and redress for people wrongly flagged (IOPC route)", "TE-13"),
    ("Time-limited approval with evaluation criteria fixed beforehand", "AO-13"),
    ("National systems: local decisions, levers and escalation", "AO-14"),
)
CORE_FILE = TEMPLATES_DIR / "core.yaml"
_LEGAL_SOURCE = re.compile(r"Act \d{4}|Measure \d{4}|EWCA|EWHC|Convention|Regulations \d{4}")


@pytest.fixture(scope="module")
def core_questions() -> dict[str, Question]:
    core = TemplateLibrary.load(TEMPLATES_DIR).get("core")
    return {q.key: q for q in core.questions()}


def _text(q: Question) -> str:
    return " ".join([q.prompt, q.guidance, q.red_flag, *q.sources, *q.evidence])


@pytest.mark.parametrize("row", REVIEW_2026, ids=_row_id)
def test_every_reviewed_point_reaches_a_core_question(
    row: tuple[str, str], core_questions: dict[str, Question]
) -> None:
    finding, cell = row
    missing = [key for key in question_ids(cell) if key not in core_questions]
    assert not missing, f"{finding}: no core question {', '.join(missing)}"


def test_no_core_question_cites_sections_49_and_50_as_current_law(
    core_questions: dict[str, Question],
) -> None:
    for q in core_questions.values():
        for source in q.sources:
            assert not re.search(r"ss?\s?49|s50\b|ss49-50", source), f"{q.key}: {source}"
    for key in ("PD-13", "AO-03"):
        q = core_questions[key]
        assert any("50A" in s and "Data (Use and Access) Act 2025" in s for s in q.sources), key
        assert "meaningful human involvement" in q.guidance, key
    assert "section 50C" in core_questions["PD-13"].guidance
    assert "override" in " ".join(core_questions["AO-03"].evidence).lower()


def test_logging_a_reason_is_good_practice_not_a_legal_duty(
    core_questions: dict[str, Question],
) -> None:
    q = core_questions["PD-09"]
    assert any("s62" in s and "s82" in s for s in q.sources)
    assert "good practice" in q.prompt and "reason" not in q.red_flag
    assert "removed the legal requirement" in q.guidance


def test_bridges_pinpoints_are_the_corrected_ones(core_questions: dict[str, Question]) -> None:
    sources = {key: " ".join(q.sources) for key, q in core_questions.items()}
    assert not [k for k, text in sources.items() if re.search(r"1058 \[(138|202)\]", text)]
    for key in ("LB-05", "LB-06"):
        assert "1058 [132] (the four-part test" in sources[key], key
    assert "[181], [191], [201]" in sources["FE-05"]
    assert "[151]" in sources["PD-02"] and "[152]-[153]" in sources["PD-02"]
    for key in ("LB-07", "PD-03"):
        assert "2341 (Admin) [132]-[133], recorded at [2020] EWCA Civ 1058 [49]" in sources[key]


def test_the_ico_opinion_is_cited_as_guidance_for_every_face(
    core_questions: dict[str, Question],
) -> None:
    for q in core_questions.values():
        for source in q.sources:
            if source.startswith("ICO Opinion") and "face" in source:
                assert "regulator guidance" in source, q.key


def test_the_dpia_question_asks_about_who_and_where(core_questions: dict[str, Question]) -> None:
    q = core_questions["PD-02"]
    assert "whose data" in q.prompt and "where and when" in q.prompt
    core = TemplateLibrary.load(TEMPLATES_DIR).get("core")
    rules = {rule.key: set(rule.requires_met) for rule in core.consistency}
    assert rules.get("PD-02") == {"LB-03", "LB-04"}


def test_the_camera_commissioner_is_not_presented_as_an_auditor(
    core_questions: dict[str, Question],
) -> None:
    q = core_questions["AO-10"]
    assert "Biometrics and Surveillance Camera Commissioner is not an auditor" in q.guidance
    assert "Surveillance Camera Commissioner or any successor" not in _text(q)


@pytest.mark.parametrize(
    ("key", "needle"),
    [
        ("LB-12", "Home Office, Police use of facial recognition: guidance (4 December 2025)"),
        ("LB-13", "Glukhin v Russia"),
        ("SP-01", "Procurement Act 2023"),
        ("SP-12", "Procurement Act 2023"),
        ("TE-13", "Police Reform Act 2002"),
        ("TE-12", "College of Policing APP, Public order public safety"),
        # Cited by its initials: a board's papers must not print "Police and Crime Commissioner".
        ("AO-14", "APCC, Statement on the facial recognition evaluation report"),
    ],
)
def test_new_sources_are_cited_where_they_bear(
    key: str, needle: str, core_questions: dict[str, Question]
) -> None:
    assert any(needle in source for source in core_questions[key].sources), key


def test_the_community_impact_question_is_critical(core_questions: dict[str, Question]) -> None:
    assert core_questions["TE-12"].critical


def test_every_core_question_states_its_obligation() -> None:
    raw = yaml.safe_load(CORE_FILE.read_text(encoding="utf-8"))
    missing = [
        q["key"] for theme in raw["themes"] for q in theme["questions"] if "obligation" not in q
    ]
    assert not missing, f"no obligation stated: {', '.join(missing)}"


def test_a_must_rests_on_a_legal_source(core_questions: dict[str, Question]) -> None:
    for q in core_questions.values():
        if q.obligation is Obligation.MUST:
            assert any(_LEGAL_SOURCE.search(s) for s in q.sources), q.key
        if q.blocking:
            assert q.obligation is Obligation.MUST, q.key
