"""Scoring is a pure function of checklist and responses."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ethics_scrutiny.domain.enums import Rating, Status
from ethics_scrutiny.domain.scoring import assess, question_rating, readiness, score_theme
from ethics_scrutiny.domain.scrutiny import ResponseData
from ethics_scrutiny.domain.templates import Checklist
from tests.factories import make_template

CHECKLIST = Checklist([make_template()])


def answers(**statuses: Status) -> dict[str, ResponseData]:
    return {
        key.replace("_", "-"): ResponseData(key.replace("_", "-"), s) for key, s in statuses.items()
    }


def test_nothing_answered_is_not_rated_and_not_ready() -> None:
    result = assess(CHECKLIST, {})
    assert [t.rating for t in result.themes] == [None, None]
    assert result.readiness.ready is False
    assert result.readiness.missing_critical == ("FE-01", "PD-01")
    assert result.answered == 0 and result.total == 5


def test_critical_question_not_met_is_a_red_flag_and_blocks_readiness() -> None:
    responses = answers(FE_01=Status.NOT_MET, PD_01=Status.MET)
    result = assess(CHECKLIST, responses)
    assert [f.key for f in result.red_flags] == ["FE-01"]
    assert result.readiness.ready is False
    assert result.readiness.red_flag_keys == ("FE-01",)
    assert result.themes[0].rating is Rating.RED
    assert result.themes[0].red_flags == 1


def test_non_critical_not_met_is_not_a_red_flag() -> None:
    result = assess(CHECKLIST, answers(FE_02=Status.NOT_MET))
    assert result.red_flags == ()


def test_unknown_never_counts_as_met_for_readiness() -> None:
    responses = answers(FE_01=Status.UNKNOWN, PD_01=Status.MET)
    ready = readiness(CHECKLIST, responses)
    assert ready.ready is False
    assert ready.missing_critical == ("FE-01",)


def test_ready_when_every_critical_question_is_settled_without_red_flags() -> None:
    responses = answers(FE_01=Status.PARTLY_MET, PD_01=Status.NOT_APPLICABLE)
    assert readiness(CHECKLIST, responses).ready is True


def test_theme_all_met_is_green_but_partial_answers_cap_it_at_amber() -> None:
    theme = CHECKLIST.themes[0]
    assert score_theme(theme, answers(FE_01=Status.MET, FE_02=Status.MET)).rating is Rating.GREEN
    assert score_theme(theme, answers(FE_01=Status.MET)).rating is Rating.AMBER


def test_officer_rating_overrides_the_implied_rating_except_for_red_flags() -> None:
    question = CHECKLIST.question("FE-02")
    assert question_rating(question, ResponseData("FE-02", Status.MET, Rating.RED)) is Rating.RED
    critical = CHECKLIST.question("FE-01")
    flagged = ResponseData("FE-01", Status.NOT_MET, Rating.GREEN)
    assert question_rating(critical, flagged) is Rating.RED


def test_not_applicable_gives_no_rating() -> None:
    question = CHECKLIST.question("FE-02")
    assert question_rating(question, ResponseData("FE-02", Status.NOT_APPLICABLE)) is None


statuses = st.sampled_from(list(Status))


@given(st.dictionaries(st.sampled_from(["FE-01", "FE-02", "PD-01", "PD-02", "PD-03"]), statuses))
def test_scoring_invariants(chosen: dict[str, Status]) -> None:
    responses = {k: ResponseData(k, s) for k, s in chosen.items()}
    result = assess(CHECKLIST, responses)
    assert result.answered == len(responses)
    assert sum(t.answered for t in result.themes) == result.answered
    assert sum(t.red_flags for t in result.themes) == len(result.red_flags)
    # Readiness is exactly "every critical question settled and none failed".
    critical = {"FE-01", "PD-01"}
    expected = all(
        k in chosen and chosen[k] not in (Status.UNKNOWN, Status.NOT_MET) for k in critical
    )
    assert result.readiness.ready is expected
    if result.red_flags:
        assert any(t.rating is Rating.RED for t in result.themes)
