"""The modules the shipped screening proposes for each plausible set of answers.

Each case is what an officer would expect from the answers: the mode of facial recognition
ticked brings its module and the all-modes one; biometric identification brings the all-modes
module even when no mode is ticked; a prediction or a decision with little human judgement
brings the AI module.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ethics_scrutiny.domain.template_loader import load_template
from ethics_scrutiny.domain.typed_answers import TypedAnswer
from ethics_scrutiny.services.screening_rules import proposed_modules

SCREENING = load_template(Path(__file__).resolve().parents[2] / "assets/templates/screening.yaml")
FR, LFR = "facial-recognition", "live-facial-recognition"
RFR, OIFR = "retrospective-facial-recognition", "operator-initiated-facial-recognition"
AI, GENERAL = "ai-decision-support", "general-emerging-technology"


def _least(**given: tuple[str, ...]) -> dict[str, TypedAnswer]:
    """The least intrusive option everywhere, SC-12 unanswered, except the answers given."""
    answers = {}
    for question in SCREENING.questions():
        assert question.answer is not None
        answers[question.key] = TypedAnswer(choices=(question.answer.options[0].value,))
    del answers["SC-12"]
    answers.update({key.replace("_", "-"): TypedAnswer(choices=v) for key, v in given.items()})
    return answers


CASES: dict[str, tuple[dict[str, tuple[str, ...]], set[str]]] = {
    "nothing of note": ({}, set()),
    "live face matching": ({"SC_12": ("face-live",)}, {FR, LFR}),
    "face searches after the event": ({"SC_12": ("face-retrospective",)}, {FR, RFR}),
    "an officer checks a face": ({"SC_12": ("face-operator",)}, {FR, OIFR}),
    "biometric identification, no mode ticked": (
        {"SC_01": ("identifies",), "SC_02": ("biometric",)},
        {FR},
    ),
    "biometric tracking without a name, no mode ticked": (
        {"SC_01": ("singles-out",), "SC_02": ("biometric",)},
        {FR},
    ),
    "biometric identification, none of these ticked": (
        {"SC_01": ("identifies",), "SC_02": ("biometric",), "SC_12": ("none-of-these",)},
        {FR, GENERAL},
    ),
    "biometric identification, live mode ticked": (
        {"SC_01": ("identifies",), "SC_02": ("biometric",), "SC_12": ("face-live",)},
        {FR, LFR},
    ),
    "sensitive data identifying people, no biometrics": (
        {"SC_01": ("identifies",), "SC_02": ("sensitive",)},
        set(),
    ),
    "a drone searching footage for faces": (
        {"SC_12": ("flies", "face-retrospective")},
        {"drones", FR, RFR},
    ),
    "number plates": ({"SC_12": ("number-plates",)}, {"anpr"}),
    "weapons scanning": ({"SC_12": ("weapons-scan",)}, {"knife-detection"}),
    "office automation": ({"SC_12": ("automation",)}, {"process-automation"}),
    "an algorithm": ({"SC_12": ("algorithm",)}, {AI}),
    "forecasting places": ({"SC_03": ("places",)}, {AI}),
    "profiling people, none of these ticked": (
        {"SC_03": ("people-advisory",), "SC_12": ("none-of-these",)},
        {AI, GENERAL},
    ),
    "automation that decides without a person": (
        {"SC_04": ("significant-automated",), "SC_12": ("automation",)},
        {"process-automation", AI},
    ),
    "a person only confirms a significant decision": ({"SC_04": ("significant-confirm",)}, {AI}),
    "a person weighs a significant decision": ({"SC_04": ("significant-human",)}, set()),
    "new to UK policing": ({"SC_09": ("new",)}, {GENERAL}),
}


@pytest.mark.parametrize("case", list(CASES))
def test_the_screening_proposes_the_modules_an_officer_expects(case: str) -> None:
    given, expected = CASES[case]
    assert set(proposed_modules(SCREENING, _least(**given))) == expected


def test_facial_recognition_proposed_by_biometrics_says_why() -> None:
    assert SCREENING.scoring is not None
    reasons = [p.reason for p in SCREENING.scoring.proposes if p.modules == [FR]]
    assert reasons == ["It singles out or identifies people from biometric data, such as faces."]
