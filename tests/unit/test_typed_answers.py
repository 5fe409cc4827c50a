"""Typed answers checked against a question's answer spec, and what a chosen option maps to."""

from __future__ import annotations

import pytest

from ethics_scrutiny.domain.enums import Rating, Status
from ethics_scrutiny.domain.template_answers import AnswerCondition, AnswerSpec
from ethics_scrutiny.domain.typed_answers import (
    TypedAnswer,
    chosen_options,
    condition_holds,
    option_mapping,
    typed_answer_problems,
)

SETTINGS = AnswerSpec.model_validate(
    {
        "type": "multiple",
        "options": [
            {"value": "office", "label": "Office", "status": "met", "rating": "green"},
            {"value": "street", "label": "Street", "status": "partly_met", "rating": "amber"},
            {"value": "protest", "label": "Protest", "status": "not_met", "rating": "red"},
            {"value": "school", "label": "School", "points": 2},
        ],
    }
)
SINGLE = AnswerSpec.model_validate({**SETTINGS.model_dump(), "type": "single"})


def spec(kind: str, **extra: float) -> AnswerSpec:
    return AnswerSpec.model_validate({"type": kind, **extra})


@pytest.mark.parametrize(
    ("answer_spec", "answer", "words"),
    [
        (SETTINGS, TypedAnswer(("office", "moon")), "'moon' is not one of the options"),
        (SETTINGS, TypedAnswer(("office", "office")), "chosen more than once"),
        (SINGLE, TypedAnswer(("office", "street")), "one choice only"),
        (SINGLE, TypedAnswer(value="office"), "a choice of options, not a value"),
        (spec("number"), TypedAnswer(value="twelve"), "'twelve' is not a number"),
        (spec("number"), TypedAnswer(value="nan"), "'nan' is not a number"),
        (spec("number", minimum=0), TypedAnswer(value="-1"), "below the least allowed, 0"),
        (spec("number", maximum=10), TypedAnswer(value="11"), "above the most allowed, 10"),
        (spec("date"), TypedAnswer(value="31/03/2026"), "is not a date; write it as YYYY-MM-DD"),
        (spec("date"), TypedAnswer(value="2026-02-30"), "is not a date"),
        (spec("text"), TypedAnswer(("a",)), "takes a value, not a choice"),
    ],
)
def test_an_answer_the_spec_cannot_take_is_explained(
    answer_spec: AnswerSpec, answer: TypedAnswer, words: str
) -> None:
    problems = typed_answer_problems(answer_spec, answer)
    assert any(words in problem for problem in problems), problems


@pytest.mark.parametrize(
    ("answer_spec", "answer"),
    [
        (SETTINGS, TypedAnswer(("office", "protest"))),
        (SINGLE, TypedAnswer(("street",))),
        (SINGLE, TypedAnswer()),
        (spec("number", minimum=0, maximum=10), TypedAnswer(value="2.5")),
        (spec("date"), TypedAnswer(value="2026-03-31")),
        (spec("text"), TypedAnswer(value="Anything at all")),
    ],
)
def test_an_acceptable_answer_has_no_problems(answer_spec: AnswerSpec, answer: TypedAnswer) -> None:
    assert typed_answer_problems(answer_spec, answer) == []


def test_a_single_choice_maps_to_its_option() -> None:
    assert option_mapping(SINGLE, TypedAnswer(("street",))) == (Status.PARTLY_MET, Rating.AMBER)
    assert option_mapping(SINGLE, TypedAnswer(("school",))) == (None, None)
    assert option_mapping(SINGLE, TypedAnswer()) == (None, None)


def test_several_choices_map_to_the_most_severe() -> None:
    answer = TypedAnswer(("office", "protest", "street"))
    assert option_mapping(SETTINGS, answer) == (Status.NOT_MET, Rating.RED)
    assert [o.value for o in chosen_options(SETTINGS, answer)] == ["office", "street", "protest"]


def test_a_condition_holds_when_any_listed_value_is_chosen() -> None:
    condition = AnswerCondition(key="SCR-01", any_of=["protest", "school"])
    assert condition_holds(condition, {"SCR-01": TypedAnswer(("office", "school"))})
    assert not condition_holds(condition, {"SCR-01": TypedAnswer(("office",))})
    assert not condition_holds(condition, {})
