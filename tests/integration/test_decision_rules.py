"""Decisions: readiness, conditions and overrides, capacity, supersession and withdrawal."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from ethics_scrutiny.cli import main
from ethics_scrutiny.domain.enums import DecisionCapacity, Outcome, Status, Technology
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.scrutiny import DecisionInput, NewScrutiny
from ethics_scrutiny.services import Services

REASON = "The chief constable accepts the risk for a four-week pilot under close review."
REVIEW = date.today() + timedelta(days=180)


def new_scrutiny(services: Services) -> int:
    return services.scrutinies.create(
        NewScrutiny("LFR at the derby", "South Wales Police", Technology.LIVE_FACIAL_RECOGNITION)
    )


def blocking_keys(services: Services, scrutiny_id: int) -> list[str]:
    _detail, result = services.scrutinies.assessment(scrutiny_id)
    return [flag.key for flag in result.blocking_red_flags]


def support(reason: str = "", supersedes: int | None = None) -> DecisionInput:
    return DecisionInput(
        Outcome.SUPPORT,
        "Proportionate for the pilot.",
        "PCC",
        review_date=REVIEW,
        capacity=DecisionCapacity.PCC_DECISION,
        supersedes=supersedes,
        override_reason=reason,
    )


def defer(supersedes: int | None = None) -> DecisionInput:
    return DecisionInput(Outcome.DEFER, "Need the DPIA.", "Panel", supersedes=supersedes)


def make_ready(services: Services, scrutiny_id: int, *, not_met: tuple[str, ...] = ()) -> None:
    """Answer every critical question met, except ``not_met``."""
    detail = services.scrutinies.get(scrutiny_id)
    for question in detail.checklist.questions():
        if question.critical:
            status = Status.NOT_MET if question.key in not_met else Status.MET
            services.scrutinies.answer(scrutiny_id, question.key, status)


def test_the_shipped_checklist_has_blocking_questions(services: Services) -> None:
    assert blocking_keys(services, new_scrutiny(services))


@pytest.mark.parametrize("outcome", [Outcome.SUPPORT, Outcome.SUPPORT_WITH_CONDITIONS])
def test_no_override_reason_lets_support_stand_over_blocking_flags(
    services: Services, outcome: Outcome
) -> None:
    scrutiny_id = new_scrutiny(services)
    flags = blocking_keys(services, scrutiny_id)
    conditions = ("Monthly report",) if outcome is Outcome.SUPPORT_WITH_CONDITIONS else ()
    decision = DecisionInput(outcome, "Fine", "Panel", conditions, REVIEW, override_reason=REASON)
    with pytest.raises(InvalidInputError) as refused:
        services.decisions.decide(scrutiny_id, decision)
    assert all(key in str(refused.value) for key in flags)
    assert "override reason" in str(refused.value)
    assert services.maintenance.head().entries == 1  # nothing recorded


def test_an_override_is_recorded_with_the_good_practice_flags_it_overrides(
    services: Services,
) -> None:
    scrutiny_id = new_scrutiny(services)
    make_ready(services, scrutiny_id, not_met=("LB-08",))  # critical, a "should" question
    with pytest.raises(InvalidInputError, match="Red flags on good-practice questions stand"):
        services.decisions.decide(scrutiny_id, support())
    with pytest.raises(InvalidInputError, match="too short"):
        services.decisions.decide(scrutiny_id, support("Accepted."))
    decision = services.decisions.decide(scrutiny_id, support(REASON))
    assert decision.override_reason == REASON
    assert list(decision.overridden_flags) == ["LB-08"]
    assert decision.capacity is DecisionCapacity.PCC_DECISION
    [stored] = services.scrutinies.get(scrutiny_id).decisions
    assert stored.overridden_flags == decision.overridden_flags
    assert stored.ready_for_panel is False and stored.responses_sha256


def test_no_override_is_needed_once_critical_questions_are_met(services: Services) -> None:
    scrutiny_id = new_scrutiny(services)
    make_ready(services, scrutiny_id)
    with pytest.raises(InvalidInputError, match="nothing to override"):
        services.decisions.decide(scrutiny_id, support(REASON))
    decision = services.decisions.decide(scrutiny_id, support())
    assert decision.override_reason == "" and decision.overridden_flags == ()


def test_unknown_never_clears_a_blocking_flag(services: Services) -> None:
    scrutiny_id = new_scrutiny(services)
    keys = blocking_keys(services, scrutiny_id)
    for key in keys:
        services.scrutinies.answer(scrutiny_id, key, Status.UNKNOWN, note="Asked for it")
    assert blocking_keys(services, scrutiny_id) == keys


def test_an_override_reason_with_another_outcome_is_refused(services: Services) -> None:
    scrutiny_id = new_scrutiny(services)
    with pytest.raises(InvalidInputError, match="belongs only with a supporting outcome"):
        services.decisions.decide(
            scrutiny_id,
            DecisionInput(Outcome.DEFER, "Need the DPIA", "Panel", override_reason=REASON),
        )


def test_a_decision_supersedes_only_a_standing_decision_of_the_same_scrutiny(
    services: Services,
) -> None:
    scrutiny_id = new_scrutiny(services)
    other_id = new_scrutiny(services)
    first = services.decisions.decide(scrutiny_id, DecisionInput(Outcome.DEFER, "DPIA", "Panel"))
    elsewhere = services.decisions.decide(other_id, DecisionInput(Outcome.DEFER, "DPIA", "Panel"))
    with pytest.raises(InvalidInputError, match="not a decision of this scrutiny"):
        services.decisions.decide(scrutiny_id, defer(supersedes=elsewhere.sequence))
    second = services.decisions.decide(scrutiny_id, defer(supersedes=first.sequence))
    assert second.supersedes == first.sequence
    with pytest.raises(InvalidInputError, match=f"already replaced by decision {second.sequence}"):
        services.decisions.decide(scrutiny_id, defer(supersedes=first.sequence))
    decisions = services.scrutinies.get(scrutiny_id).decisions
    assert decisions[0].superseded_by == second.sequence


def test_a_withdrawn_decision_is_cited_and_cannot_be_withdrawn_or_replaced_again(
    services: Services,
) -> None:
    scrutiny_id = new_scrutiny(services)
    decision = services.decisions.decide(
        scrutiny_id, DecisionInput(Outcome.DO_NOT_SUPPORT, "Unlawful", "PCC")
    )
    with pytest.raises(InvalidInputError, match="cannot be empty"):
        services.decisions.withdraw(scrutiny_id, decision.sequence, "  ")
    sequence = services.decisions.withdraw(scrutiny_id, decision.sequence, "Made in error")
    assert sequence == decision.sequence + 1
    assert services.decisions.withdrawn(scrutiny_id) == {decision.sequence: "Made in error"}
    with pytest.raises(InvalidInputError, match="has been withdrawn"):
        services.decisions.withdraw(scrutiny_id, decision.sequence, "Again")
    with pytest.raises(InvalidInputError, match="has been withdrawn"):
        services.decisions.decide(scrutiny_id, defer(supersedes=decision.sequence))
    assert services.maintenance.verify().ok


def test_command_line_override_and_frameworks(
    cli_data: list[str], data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = cli_data
    new = [*data, "new", "--technology", "live-facial-recognition", "--title", "T", "--force", "F"]
    assert main([*new, "--language", "cy"]) == 0
    decide = [*data, "decide", "1", "--outcome", "support", "--rationale", "R", "--by", "PCC"]
    decide += ["--review-date", REVIEW.isoformat()]
    assert main(decide) == 1
    assert "Support needs the scrutiny to be ready" in capsys.readouterr().err
    assert main([*decide, "--override-reason", REASON]) == 1
    assert "no override reason changes that" in capsys.readouterr().err
    assert main([*data, "show", "1", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["decisions"] == []
    assert {"key", "prompt", "why"} == set(shown["blocking_red_flags"][0])
    ids = [f["id"] for f in shown["frameworks"]]
    assert ids == ["algocare", "surveillance-camera-code", "npcc-ai-covenant", "atrs"]
    algocare = shown["frameworks"][0]
    assert set(algocare) == {"id", "title", "covered", "met", "total", "elements", "unanswered"}
    assert algocare["covered"] == 0 and algocare["total"] == len(algocare["elements"]) == 8
    assert set(algocare["elements"][0]) == {"name", "questions", "answered", "met"}
    tagged = next(e for e in algocare["elements"] if e["questions"])
    assert main([*data, "answer", "1", tagged["questions"][0], "--status", "met"]) == 0
    capsys.readouterr()
    assert main([*data, "show", "1", "--json"]) == 0
    algocare = json.loads(capsys.readouterr().out)["frameworks"][0]
    assert algocare["covered"] >= 1 and tagged["name"] not in algocare["unanswered"]
    from ethics_scrutiny.config import resolve_settings
    from ethics_scrutiny.domain.enums import Language

    services = Services.open(resolve_settings(str(data_dir)))
    try:
        assert services.scrutinies.get(1).summary.language is Language.WELSH
    finally:
        services.close()


def test_command_line_capacity_supersede_and_withdraw(
    cli_data: list[str], data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = cli_data
    new = [*data, "new", "--technology", "drones", "--title", "T", "--force", "F"]
    assert main(new) == 0
    defer = [*data, "decide", "1", "--outcome", "defer", "--rationale", "R", "--by", "Panel"]
    assert main(defer) == 0  # record entry 2
    replace = [*defer, "--capacity", "pcc_decision", "--supersedes", "2"]
    assert main(replace) == 0  # record entry 3
    assert main([*data, "withdraw", "1", "3", "--reason", "Recorded against the wrong round"]) == 0
    assert main([*data, "withdraw", "1", "2", "--reason", "Again"]) == 1
    assert "already replaced by decision 3" in capsys.readouterr().err
    assert main([*data, "show", "1", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [d["sequence"] for d in shown["decisions"]] == [2, 3]


def test_templates_show_json_marks_blocking_questions(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates", "show", "core", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    questions = [q for theme in shown["themes"] for q in theme["questions"]]
    blocking = [q for q in questions if q["blocking"]]
    assert blocking and all(q["critical"] for q in blocking)
