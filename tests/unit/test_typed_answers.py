"""Typed answers checked against a question's answer spec, and what a chosen option maps to."""

from __future__ import annotations

import pytest

from ethics_scrutiny.domain import typed_answers
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
        (spec("number", minimum=0), TypedAnswer(value="-1"), "-1 is too small"),
        (spec("number", maximum=10), TypedAnswer(value="11"), "11 is too large"),
        (spec("date"), TypedAnswer(value="31/03/2026"), "is not a date; write it as YYYY-MM-DD"),
        (spec("date"), TypedAnswer(value="20260331"), "is not a date; write it as YYYY-MM-DD"),
        # Full-width digits: not the form a date is stored in, though each reads as a digit.
        (
            spec("date"),
            TypedAnswer(value="\uff12\uff10\uff12\uff16-\uff10\uff13-\uff13\uff11"),
            "YYYY-MM-DD",
        ),
        (spec("date"), TypedAnswer(value="2026-02-30"), "is not a real date"),
        (spec("text"), TypedAnswer(("a",)), "takes a value, not a choice"),
    ],
)
def test_an_answer_the_spec_cannot_take_is_explained(
    answer_spec: AnswerSpec, answer: TypedAnswer, words: str
) -> None:
    problems = typed_answer_problems(answer_spec, answer)
    assert any(words in problem for problem in problems), problems


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2027-02-30", "2027-02-30 is not a real date: February 2027 has 28 days."),
        ("2028-02-30", "2028-02-30 is not a real date: February 2028 has 29 days."),
        ("2027-04-31", "2027-04-31 is not a real date: April 2027 has 30 days."),
        ("2027-13-01", "2027-13-01 is not a real date: there is no month 13."),
        ("2027-00-10", "2027-00-10 is not a real date: there is no month 0."),
        ("2027-05-00", "2027-05-00 is not a real date: there is no day 0."),
        ("0000-05-01", "0000-05-01 is not a real date: there is no year 0."),
    ],
)
def test_an_impossible_date_says_why_in_plain_words(value: str, message: str) -> None:
    assert typed_answer_problems(spec("date"), TypedAnswer(value=value)) == [message]


@pytest.mark.parametrize(
    ("limits", "value", "message"),
    [
        ({"minimum": 0, "maximum": 10}, "11", "11 is out of range: give a number from 0 to 10."),
        ({"minimum": 0, "maximum": 10}, "-1", "-1 is out of range: give a number from 0 to 10."),
        (
            {"minimum": 0.5, "maximum": 2.5},
            "3",
            "3 is out of range: give a number from 0.5 to 2.5.",
        ),
        ({"minimum": 1}, "0", "0 is too small: give a number of 1 or more."),
        (
            {"maximum": 1000000},
            "1000001",
            "1000001 is too large: give a number of 1000000 or less.",
        ),
    ],
)
def test_a_number_out_of_range_gives_the_range(
    limits: dict[str, float], value: str, message: str
) -> None:
    assert typed_answer_problems(spec("number", **limits), TypedAnswer(value=value)) == [message]


def test_an_unknown_option_lists_every_option() -> None:
    problems = typed_answer_problems(SINGLE, TypedAnswer(("moon",)))
    assert problems == [
        "'moon' is not one of the options; choose from: office, street, protest, school."
    ]


def test_the_date_words_are_translated(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each part of the sentence, the month's name too, goes through the core's catalogue."""
    seen: list[str] = []

    def record(text: str) -> str:
        seen.append(text)
        return text

    monkeypatch.setattr(typed_answers, "_", record)
    typed_answer_problems(spec("date"), TypedAnswer(value="2027-02-30"))
    assert seen == [
        "{value} is not a real date: {why}.",
        "{month} {year} has {days} days",
        "February",
    ]


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
