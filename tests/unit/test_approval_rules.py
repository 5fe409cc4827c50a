"""What a supporting decision needs, judged without a database."""

from __future__ import annotations

from datetime import date

import pytest

from ethics_scrutiny.domain.approval import (
    add_months,
    flags_to_override,
    keys_of_condition,
    review_date_problem,
)
from ethics_scrutiny.domain.enums import Outcome, Status
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.lapse import approval_lapsed
from ethics_scrutiny.domain.scoring import assess
from ethics_scrutiny.domain.scrutiny import ResponseData
from ethics_scrutiny.domain.templates import Checklist, Template
from tests.factories import question, template_data

TODAY = date(2026, 12, 7)


def checklist() -> Checklist:
    data = template_data(
        consistency=[{"key": "PD-02", "requires_met": ["LB-03"], "message": "Not yet."}]
    )
    data["themes"] = [
        {
            "key": "legal",
            "title": "Legal",
            "questions": [
                question("LB-03", critical=True, blocking=True),
                question("LB-04", critical=True, obligation="must"),
                question("PD-02", critical=True, obligation="must"),
                question("FE-05", critical=True, obligation="should"),
                question("AT-01", critical=True, obligation="could"),
                question("TE-01"),
            ],
        }
    ]
    return Checklist([Template.model_validate(data)])


def answers(**statuses: Status) -> dict[str, ResponseData]:
    return {k.replace("_", "-"): ResponseData(k.replace("_", "-"), s) for k, s in statuses.items()}


ALL_MET = {"LB_03": Status.MET, "LB_04": Status.MET, "PD_02": Status.MET}
ALL_MET |= {"FE_05": Status.MET, "AT_01": Status.MET}


def judge(outcome: Outcome, given: dict[str, ResponseData], *conditions: str) -> list[str]:
    result = assess(checklist(), given)
    return [f.key for f in flags_to_override(outcome, result, checklist(), conditions)]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("LB-03, LB-04: Publish watchlist and deployment criteria", ("LB-03", "LB-04")),
        ("  lb-03,LB-04 : Publish", ("LB-03", "LB-04")),
        ("LB-03: first, LB-03 again: no", ("LB-03",)),
        ("Report quarterly on every deployment", ()),
        ("Report by 10:30 each Monday", ()),
        ("LB-03 and LB-04: not a list", ()),
    ],
)
def test_a_condition_names_questions_by_a_key_prefix(text: str, keys: tuple[str, ...]) -> None:
    assert keys_of_condition(text) == keys


def test_support_is_recorded_when_ready_with_nothing_to_override() -> None:
    assert judge(Outcome.SUPPORT, answers(**ALL_MET)) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"LB_04": Status.UNKNOWN}, "critical questions not answered or unknown: LB-04"),
        ({"LB_04": Status.NOT_MET}, "flags on legal requirements stand: LB-04 (not met)"),
        ({"LB_03": Status.PARTLY_MET}, "LB-03 (only partly met)"),
    ],
)
def test_support_needs_readiness(change: dict[str, Status], expected: str) -> None:
    with pytest.raises(InvalidInputError, match="no override reason changes that") as refused:
        judge(Outcome.SUPPORT, answers(**{**ALL_MET, **change}))
    assert expected in str(refused.value)


def test_an_unanswered_critical_question_stops_support() -> None:
    given = answers(**{k: s for k, s in ALL_MET.items() if k != "AT_01"})
    with pytest.raises(InvalidInputError, match="not answered or unknown: AT-01"):
        judge(Outcome.SUPPORT, given)


def test_a_doubted_met_on_a_must_question_stops_support() -> None:
    given = answers(**{**ALL_MET, "LB_03": Status.NOT_APPLICABLE})
    # Not applicable without a note is a blocking flag on LB-03 and doubts nothing.
    with pytest.raises(InvalidInputError, match="LB-03"):
        judge(Outcome.SUPPORT, given)
    given = answers(**{**ALL_MET, "LB_03": Status.NOT_MET})
    with pytest.raises(InvalidInputError) as refused:
        judge(Outcome.SUPPORT, given)
    assert "PD-02 (answered met, but counted as not met while LB-03 is not met)" in str(
        refused.value
    )


def test_flags_on_should_and_could_questions_are_left_to_an_override() -> None:
    given = answers(**{**ALL_MET, "FE_05": Status.NOT_MET, "AT_01": Status.NOT_MET})
    assert judge(Outcome.SUPPORT, given) == ["FE-05", "AT-01"]


def test_conditional_support_needs_a_condition_naming_every_must_flag() -> None:
    given = answers(**{**ALL_MET, "LB_03": Status.NOT_MET, "LB_04": Status.NOT_MET})
    with pytest.raises(InvalidInputError) as refused:
        judge(Outcome.SUPPORT_WITH_CONDITIONS, given, "LB-03: Publish who", "Report monthly")
    assert (
        "none names LB-04 (not met); PD-02 (answered met, but counted as not met while LB-03 "
        "is not met). Start a condition with the keys it resolves, for example 'LB-04, PD-02: "
    ) in str(refused.value)
    named = judge(
        Outcome.SUPPORT_WITH_CONDITIONS, given, "LB-03, PD-02: Publish who", "LB-04: Say where"
    )
    assert named == []


def test_a_condition_cures_a_should_flag_too_and_the_rest_need_an_override() -> None:
    given = answers(**{**ALL_MET, "FE_05": Status.NOT_MET, "AT_01": Status.NOT_MET})
    assert judge(Outcome.SUPPORT_WITH_CONDITIONS, given, "FE-05: Test it") == ["AT-01"]


def test_a_condition_naming_a_question_outside_the_checklist_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="Condition 2 names ZZ-01"):
        judge(Outcome.SUPPORT_WITH_CONDITIONS, answers(**ALL_MET), "Report", "ZZ-01: Do it")


def test_other_outcomes_need_nothing() -> None:
    assert judge(Outcome.DEFER, {}) == [] and judge(Outcome.DO_NOT_SUPPORT, {}) == []


@pytest.mark.parametrize("outcome", [Outcome.SUPPORT, Outcome.SUPPORT_WITH_CONDITIONS])
def test_an_approval_needs_a_review_date_within_the_limit(outcome: Outcome) -> None:
    assert "needs a review date" in str(review_date_problem(outcome, None, TODAY, 24))
    assert "not in the future" in str(review_date_problem(outcome, TODAY, TODAY, 24))
    assert review_date_problem(outcome, date(2028, 12, 7), TODAY, 24) is None
    late = review_date_problem(outcome, date(2028, 12, 8), TODAY, 24)
    assert late is not None and "more than 24 months ahead" in late and "2028-12-07" in late
    assert review_date_problem(outcome, date(2027, 12, 8), TODAY, 12) is not None


def test_other_outcomes_need_no_review_date() -> None:
    assert review_date_problem(Outcome.DEFER, None, TODAY, 24) is None


def test_months_are_added_to_the_last_day_a_month_has() -> None:
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2028, 2, 29), 24) == date(2030, 2, 28)
    assert add_months(date(2026, 12, 7), 24) == date(2028, 12, 7)


def test_an_approval_lapses_after_its_review_date() -> None:
    assert approval_lapsed(Outcome.SUPPORT, date(2026, 12, 6), TODAY)
    assert approval_lapsed(Outcome.SUPPORT_WITH_CONDITIONS, date(2026, 1, 1), TODAY)
    assert not approval_lapsed(Outcome.SUPPORT, TODAY, TODAY)
    assert not approval_lapsed(Outcome.DEFER, date(2026, 1, 1), TODAY)
    assert not approval_lapsed(None, None, TODAY)
