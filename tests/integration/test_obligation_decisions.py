"""Conditions that cure must flags, time-limited approval, inconsistencies and obligations."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from ethics_scrutiny.cli import main
from ethics_scrutiny.domain.enums import ActionKind, ActionStatus, Outcome, Status, Technology
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.scrutiny import DecisionInput, NewScrutiny
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.decision_rules import MAX_APPROVAL_MONTHS_ENV

FORCE = "Heddlu De Cymru"
REVIEW = date.today() + timedelta(days=90)


def new_scrutiny(services: Services) -> int:
    return services.scrutinies.create(
        NewScrutiny("LFR in the city centre", FORCE, Technology.LIVE_FACIAL_RECOGNITION)
    )


def answer_critical(services: Services, scrutiny_id: int, not_met: tuple[str, ...]) -> None:
    for question in services.scrutinies.get(scrutiny_id).checklist.questions():
        if question.critical:
            status = Status.NOT_MET if question.key in not_met else Status.MET
            services.scrutinies.answer(scrutiny_id, question.key, status)


def must_flags(services: Services, scrutiny_id: int) -> list[str]:
    return [flag.key for flag in services.scrutinies.assessment(scrutiny_id)[1].must_flags]


def with_conditions(*conditions: str, review: date | None = REVIEW) -> DecisionInput:
    return DecisionInput(
        Outcome.SUPPORT_WITH_CONDITIONS, "Lawful once cured", "PCC", conditions, review
    )


def test_conditions_naming_every_must_flag_are_recorded_as_open_actions(
    services: Services,
) -> None:
    scrutiny_id = new_scrutiny(services)
    answer_critical(services, scrutiny_id, not_met=("LB-03", "LB-04", "FE-03"))
    # PD-02 was answered met, but the DPIA cannot stand while LB-03 and LB-04 are not met.
    assert must_flags(services, scrutiny_id) == ["LB-03", "LB-04", "FE-03", "PD-02"]
    before = services.maintenance.head().entries
    with pytest.raises(InvalidInputError, match=r"none names FE-03 \(not met\)"):
        services.decisions.decide(
            scrutiny_id, with_conditions("LB-03, LB-04, PD-02: Publish who and where", "Report")
        )
    assert services.maintenance.head().entries == before
    assert services.actions.list(scrutiny_id) == []
    decision = services.decisions.decide(
        scrutiny_id,
        with_conditions(
            "LB-03, LB-04, PD-02: Publish watchlist and deployment criteria, then redo the DPIA",
            "FE-03: Test the algorithm for demographic bias at the settings used",
            "Report to the panel every quarter",
        ),
    )
    assert decision.override_reason == "" and decision.overridden_flags == ()
    actions = services.actions.list(scrutiny_id)
    # Every condition is tracked, the one naming no question too.
    assert [(a.question_key, a.text[:6]) for a in actions] == [
        ("LB-03", "LB-03,"),
        ("FE-03", "FE-03:"),
        (None, "Report"),
    ]
    for action in actions:
        assert action.kind is ActionKind.CONDITION and action.status is ActionStatus.OPEN
        assert action.owner == FORCE and action.due_date == REVIEW
        assert action.decision_sequence == decision.sequence
    assert services.maintenance.verify().ok


def test_an_override_reason_cannot_stand_in_for_a_condition(services: Services) -> None:
    scrutiny_id = new_scrutiny(services)
    answer_critical(services, scrutiny_id, not_met=("LB-03",))
    decision = DecisionInput(
        Outcome.SUPPORT_WITH_CONDITIONS,
        "Fine",
        "PCC",
        ("Report monthly",),
        REVIEW,
        override_reason="The PCC accepts the risk of the unpublished watchlist rules for now.",
    )
    with pytest.raises(InvalidInputError, match="an override reason cannot stand in for one"):
        services.decisions.decide(scrutiny_id, decision)


def test_a_condition_naming_a_question_outside_the_checklist_is_refused(
    services: Services,
) -> None:
    scrutiny_id = new_scrutiny(services)
    with pytest.raises(InvalidInputError, match="Condition 1 names DR-03"):
        services.decisions.decide(scrutiny_id, with_conditions("DR-03: Fly lower"))


@pytest.mark.parametrize(
    ("review", "message"),
    [
        (None, "needs a review date"),
        (date.today(), "is not in the future"),
        (date.today() + timedelta(days=2 * 366 + 1), "more than 24 months ahead"),
    ],
)
def test_an_approval_needs_a_review_date_at_most_two_years_ahead(
    services: Services, review: date | None, message: str
) -> None:
    scrutiny_id = new_scrutiny(services)
    answer_critical(services, scrutiny_id, not_met=())
    with pytest.raises(InvalidInputError, match=message):
        services.decisions.decide(
            scrutiny_id, DecisionInput(Outcome.SUPPORT, "Fine", "PCC", review_date=review)
        )
    recorded = services.decisions.decide(
        scrutiny_id, DecisionInput(Outcome.SUPPORT, "Fine", "PCC", review_date=REVIEW)
    )
    assert recorded.review_date == REVIEW


def test_an_office_may_shorten_the_approval_limit(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    scrutiny_id = new_scrutiny(services)
    answer_critical(services, scrutiny_id, not_met=())
    later = DecisionInput(Outcome.SUPPORT, "Fine", "PCC", review_date=REVIEW + timedelta(days=60))
    monkeypatch.setenv(MAX_APPROVAL_MONTHS_ENV, "3")
    with pytest.raises(InvalidInputError, match="more than 3 months ahead"):
        services.decisions.decide(scrutiny_id, later)
    monkeypatch.setenv(MAX_APPROVAL_MONTHS_ENV, "36")
    with pytest.raises(InvalidInputError, match="from 1 to 24"):
        services.decisions.decide(scrutiny_id, later)
    monkeypatch.delenv(MAX_APPROVAL_MONTHS_ENV)
    assert services.decisions.decide(scrutiny_id, later).review_date == later.review_date


def test_the_dashboard_says_when_an_approval_has_lapsed(services: Services) -> None:
    scrutiny_id = new_scrutiny(services)
    answer_critical(services, scrutiny_id, not_met=())
    services.decisions.decide(
        scrutiny_id, DecisionInput(Outcome.SUPPORT, "Fine", "PCC", review_date=REVIEW)
    )
    [current] = services.scrutinies.list()
    assert not current.approval_lapsed
    [later] = services.scrutinies.list(today=REVIEW + timedelta(days=1))
    assert later.approval_lapsed and later.latest_outcome is Outcome.SUPPORT


def test_show_json_lists_inconsistencies_and_framework_met(
    cli_data: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    data = cli_data
    new = [*data, "new", "--technology", "live-facial-recognition", "--title", "T", "--force", "F"]
    assert main(new) == 0
    for key, status in (("PD-02", "met"), ("LB-03", "not_met"), ("LB-04", "met")):
        assert main([*data, "answer", "1", key, "--status", status]) == 0
    capsys.readouterr()
    assert main([*data, "show", "1", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    # Core and module each qualify PD-02; the core's rule names LB-03.
    [doubt] = [i for i in shown["inconsistencies"] if "LB-03" in i["because"]]
    assert set(doubt) == {"key", "because", "message"}
    assert doubt["key"] == "PD-02" and "LB-04" not in doubt["because"] and doubt["message"]
    assert "PD-02" in [f["key"] for f in shown["red_flags"]]
    assert "PD-02" in [f["key"] for f in shown["must_flags"]]
    for framework in shown["frameworks"]:
        assert framework["met"] == sum(1 for e in framework["elements"] if e["met"])
        assert framework["met"] <= framework["covered"]
    assert main([*data, "show", "1"]) == 0
    assert "Counted as not met PD-02" in capsys.readouterr().out


def test_decide_on_the_command_line_creates_the_conditions(
    cli_data: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    data = cli_data
    new = [*data, "new", "--technology", "drones", "--title", "T", "--force", "Dyfed-Powys"]
    assert main(new) == 0
    decide = [*data, "decide", "1", "--outcome", "support_with_conditions", "--rationale", "R"]
    decide += ["--by", "PCC", "--review-date", REVIEW.isoformat()]
    capsys.readouterr()
    assert main([*decide, "--condition", "Report monthly"]) == 1
    assert "needs a condition naming each flag on a legal requirement" in capsys.readouterr().err
    assert main([*data, "show", "1", "--json"]) == 0
    flags = [f["key"] for f in json.loads(capsys.readouterr().out)["must_flags"]]
    settle = ", ".join(flags) + ": Settle every legal point"
    assert main([*decide, "--condition", settle, "--condition", "Report monthly"]) == 0
    out = capsys.readouterr().out
    assert f"Open condition 1 on {flags[0]}: {', '.join(flags)}: Settle" in out
    assert "Open condition 2: Report monthly" in out
    assert main([*data, "list", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["approval_lapsed"] is False


def test_templates_show_json_gives_each_question_its_obligation(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["templates", "show", "live-facial-recognition", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    questions = [q for theme in shown["themes"] for q in theme["questions"]]
    assert {q["obligation"] for q in questions} <= {"must", "should", "could"}
    assert all(q["obligation"] == "must" for q in questions if q["blocking"])
    assert all(set(rule) == {"key", "requires_met", "message"} for rule in shown["consistency"])
    assert main(["templates", "show", "core"]) == 0
    assert " [must] [critical]  " in capsys.readouterr().out
