"""Blocking red flags and framework coverage are pure functions of checklist and answers."""

from __future__ import annotations

import pytest

from ethics_scrutiny.domain.coverage import framework_coverage
from ethics_scrutiny.domain.enums import Status
from ethics_scrutiny.domain.frameworks import FRAMEWORKS
from ethics_scrutiny.domain.scoring import assess, blocking_red_flags
from ethics_scrutiny.domain.scrutiny import ResponseData
from ethics_scrutiny.domain.templates import Checklist, Template
from tests.factories import question, template_data


def checklist() -> Checklist:
    data = template_data()
    data["themes"][0]["questions"] = [
        question("LB-03", critical=True, blocking=True, frameworks={"algocare": ["Lawful"]}),
        question("LB-04", critical=True, frameworks={"algocare": ["Lawful", "Accuracy"]}),
        question("FE-01", critical=True, blocking=True, frameworks={"atrs": ["Tier 1 overview"]}),
    ]
    return Checklist([Template.model_validate(data)])


def answer(key: str, status: Status, note: str = "") -> dict[str, ResponseData]:
    return {key: ResponseData(key, status, note=note)}


def test_every_blocking_question_stands_until_answered() -> None:
    flags = blocking_red_flags(checklist(), {})
    assert [(f.key, f.why) for f in flags] == [
        ("LB-03", "not answered yet"),
        ("FE-01", "not answered yet"),
    ]


@pytest.mark.parametrize(
    ("status", "note", "why"),
    [
        (Status.NOT_MET, "", "not met"),
        (Status.PARTLY_MET, "", "only partly met"),
        (Status.UNKNOWN, "Asked for the DPIA", "unknown: the evidence has not been provided"),
        (Status.NOT_APPLICABLE, "  ", "marked not applicable without a reason"),
    ],
)
def test_a_blocking_flag_stands_for_anything_short_of_met(
    status: Status, note: str, why: str
) -> None:
    flags = blocking_red_flags(checklist(), answer("LB-03", status, note))
    assert (flags[0].key, flags[0].why) == ("LB-03", why)


@pytest.mark.parametrize(
    ("status", "note"), [(Status.MET, ""), (Status.NOT_APPLICABLE, "No watchlist is used")]
)
def test_met_or_a_reasoned_not_applicable_clears_a_blocking_flag(status: Status, note: str) -> None:
    flags = blocking_red_flags(checklist(), answer("LB-03", status, note))
    assert [f.key for f in flags] == ["FE-01"]


def test_a_critical_question_that_is_not_blocking_never_blocks() -> None:
    responses = answer("LB-04", Status.NOT_MET)
    result = assess(checklist(), responses)
    assert [f.key for f in result.red_flags] == ["LB-04"]
    assert "LB-04" not in [f.key for f in result.blocking_red_flags]


def test_the_assessment_carries_the_blocking_flags_with_their_red_flag_text() -> None:
    result = assess(checklist(), answer("FE-01", Status.NOT_MET))
    flag = next(f for f in result.blocking_red_flags if f.key == "FE-01")
    assert flag.red_flag == "FE-01 has no evidence." and flag.why == "not met"
    # Not met on a critical question is an ordinary red flag as well as a blocking one.
    assert [f.key for f in result.red_flags] == ["FE-01"]


def test_coverage_lists_the_frameworks_asked_about_with_every_element_in_order() -> None:
    coverage = framework_coverage(checklist(), {})
    # Frameworks no question is tagged with are left out.
    assert [c.id for c in coverage] == ["algocare", "atrs"]
    algocare = coverage[0]
    assert [e.name for e in algocare.elements] == list(FRAMEWORKS[0].elements)
    lawful = algocare.elements[1]
    assert (lawful.name, lawful.questions, lawful.answered) == ("Lawful", ("LB-03", "LB-04"), False)
    assert algocare.covered == 0 and algocare.total == 8
    assert algocare.unanswered == FRAMEWORKS[0].elements


def test_an_element_is_covered_by_any_answer_except_unknown() -> None:
    unknown = framework_coverage(checklist(), answer("LB-04", Status.UNKNOWN))[0]
    assert unknown.covered == 0
    not_met = framework_coverage(checklist(), answer("LB-04", Status.NOT_MET))[0]
    assert not_met.covered == 2
    assert "Lawful" not in not_met.unanswered and "Accuracy" not in not_met.unanswered
    assert "Advisory" in not_met.unanswered


def test_an_element_no_question_asks_about_is_never_covered() -> None:
    atrs = framework_coverage(checklist(), answer("FE-01", Status.MET))[1]
    # FE-01 touches one ATRS section but is not the record itself, so nothing is covered.
    assert atrs.id == "atrs" and atrs.covered == 0 and atrs.total == 6
    owner = next(e for e in atrs.elements if e.name == "Owner and responsibility")
    assert owner.questions == () and not owner.asked and not owner.answered
