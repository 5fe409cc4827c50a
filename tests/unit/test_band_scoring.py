"""A template's declared scoring: totals, adjustments, bands, triggers, and the reasons given."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ethics_scrutiny.domain.band_scoring import evaluate_scoring, order_advice
from ethics_scrutiny.domain.template_loader import parse_template
from ethics_scrutiny.domain.templates import Template
from ethics_scrutiny.domain.typed_answers import TypedAnswer
from tests.factories import question


def choice(values_points: list[tuple[str, float]], kind: str = "single") -> dict[str, Any]:
    return {
        "type": kind,
        "options": [{"value": v, "label": v.title(), "points": p} for v, p in values_points],
    }


LEVELS = [
    {"band": 1, "label": "Level I", "description": "Little impact."},
    {"band": 2, "label": "Level II", "above_percent": 30},
    {"band": 3, "label": "Level III", "above_percent": 55},
    {"band": 4, "label": "Level IV", "above_percent": 75, "cy": {"label": "Lefel IV"}},
]


def screening(**scoring: Any) -> Template:
    data = {
        "slug": "test-screening",
        "version": "1.0.0",
        "title": "Screening",
        "kind": "screening",
        "themes": [
            {
                "key": "impact",
                "title": "Impact",
                "questions": [
                    question("SCR-01", answer=choice([("none", 0), ("some", 2), ("many", 4)])),
                    question("SCR-02", answer=choice([("no", 0), ("yes", 3)])),
                    question(
                        "SCR-03",
                        answer=choice([("home", 1), ("street", 1), ("protest", 2)], "multiple"),
                    ),
                ],
            },
            {
                "key": "mitigation",
                "title": "Mitigation",
                "questions": [question("MIT-01", answer=choice([("no", 0), ("yes", 2)]))],
            },
        ],
        "scoring": {
            "totals": [
                {"key": "impact", "label": "Impact score", "themes": ["impact"]},
                {"key": "mitigation", "label": "Mitigation score", "questions": ["MIT-01"]},
            ],
            "bands": {"total": "impact", "levels": LEVELS},
            **scoring,
        },
    }
    return parse_template(data, source="screening.yaml")


def answers(**chosen: str | tuple[str, ...]) -> dict[str, TypedAnswer]:
    return {
        key.replace("_", "-"): TypedAnswer(value if isinstance(value, tuple) else (value,))
        for key, value in chosen.items()
    }


def test_totals_and_maxima_add_up_the_chosen_points() -> None:
    result = evaluate_scoring(screening(), answers(SCR_01="some", SCR_03=("home", "protest")))
    impact = result.total("impact")
    # 4 + 3 + (1 + 1 + 2): the best single option, and every option of a multiple choice.
    assert (impact.points, impact.maximum) == (5, 11)
    assert result.maxima == {"impact": 11, "mitigation": 2}
    assert result.total("mitigation").points == 0


def test_no_answers_is_the_lowest_band() -> None:
    result = evaluate_scoring(screening(), {})
    assert (result.band, result.band_label, result.reasons) == (1, "Level I", ())


@pytest.mark.parametrize(
    ("chosen", "band"),
    [
        # 3 of 11 is 27%: level I; 4 of 11 is 36%: level II; 7 of 11 is 64%: level III.
        ({"SCR_02": "yes"}, 1),
        ({"SCR_01": "many"}, 2),
        ({"SCR_01": "many", "SCR_02": "yes"}, 3),
        ({"SCR_01": "many", "SCR_02": "yes", "SCR_03": ("home", "street")}, 4),
    ],
)
def test_bands_follow_the_percent_thresholds(chosen: dict[str, Any], band: int) -> None:
    assert evaluate_scoring(screening(), answers(**chosen)).band == band


def test_an_adjustment_lowers_the_target_when_its_condition_is_reached() -> None:
    adjusted = screening(
        adjustments=[
            {
                "target": "impact",
                "condition": "mitigation",
                "at_least_percent": 80,
                "multiply_by": 0.85,
            }
        ]
    )
    # 9 of 11 is 82%, level IV; with full mitigation 9 x 0.85 = 7.65, 70%, level III.
    high = answers(SCR_01="many", SCR_02="yes", SCR_03=("home", "street"))
    assert evaluate_scoring(adjusted, high).band == 4
    result = evaluate_scoring(adjusted, {**high, **answers(MIT_01="yes")})
    assert result.total("impact").points == pytest.approx(7.65)
    assert result.total("impact").raw_points == 9
    assert result.band == 3


def test_a_trigger_raises_the_band_and_comes_first_among_the_reasons() -> None:
    trigger = {
        "when": [{"key": "SCR-02", "any_of": ["yes"]}, {"key": "SCR-03", "any_of": ["protest"]}],
        "at_least": 4,
        "reason": "Identification at a protest is always level IV.",
    }
    template = screening(triggers=[trigger])
    only_one = evaluate_scoring(template, answers(SCR_02="yes", SCR_03=("home",)))
    assert only_one.band == 2  # 4 of 11: the points alone
    both = evaluate_scoring(template, answers(SCR_02="yes", SCR_03=("protest",)), "cy")
    assert (both.band, both.scored_band, both.band_label) == (4, 2, "Lefel IV")
    assert both.reasons[0].trigger == "Identification at a protest is always level IV."
    assert both.reasons[0].at_least == 4


def test_reasons_name_the_answers_most_points_first() -> None:
    result = evaluate_scoring(
        screening(), answers(SCR_01="some", SCR_02="yes", SCR_03=("home", "protest"), MIT_01="yes")
    )
    assert [(r.key, r.options, r.points) for r in result.reasons] == [
        ("SCR-02", ("Yes",), 3),
        ("SCR-03", ("Home", "Protest"), 3),
        ("SCR-01", ("Some",), 2),
    ]
    assert result.reasons[0].prompt == "Prompt for SCR-02?"


def test_a_template_without_scoring_has_no_band() -> None:
    template = screening().model_copy(update={"scoring": None})
    result = evaluate_scoring(template, answers(SCR_01="many"))
    assert (result.totals, result.band, result.reasons) == ((), None, ())


def test_a_total_can_take_the_largest_answer() -> None:
    template = screening(
        totals=[{"key": "impact", "label": "Worst", "method": "max", "themes": ["impact"]}]
    )
    result = evaluate_scoring(template, answers(SCR_01="some", SCR_02="yes"))
    assert (result.total("impact").points, result.total("impact").maximum) == (3, 4)


# Options are listed least to most intrusive with non-decreasing points, and each trigger
# names every option from its first onward: answering more intrusively can only add.
ORDERED = screening(
    triggers=[
        {"when": [{"key": "SCR-01", "any_of": ["many"]}], "at_least": 3, "reason": "Many."},
        {
            "when": [
                {"key": "SCR-02", "any_of": ["yes"]},
                {"key": "SCR-03", "any_of": ["protest"]},
            ],
            "at_least": 4,
            "reason": "Protest.",
        },
    ]
)
SINGLE_OPTIONS = {"SCR-01": ["none", "some", "many"], "SCR-02": ["no", "yes"]}
answer_sets = st.fixed_dictionaries(
    {
        "SCR-01": st.integers(0, 2),
        "SCR-02": st.integers(0, 1),
        "SCR-03": st.sets(st.sampled_from(["home", "street", "protest"])),
    }
)


def as_answers(picked: dict[str, Any]) -> dict[str, TypedAnswer]:
    found = {key: TypedAnswer((SINGLE_OPTIONS[key][picked[key]],)) for key in SINGLE_OPTIONS}
    found["SCR-03"] = TypedAnswer(tuple(sorted(picked["SCR-03"])))
    return found


@given(answer_sets, st.sampled_from(["SCR-01", "SCR-02", "SCR-03"]), st.data())
def test_the_band_never_falls_when_an_answer_becomes_more_intrusive(
    picked: dict[str, Any], key: str, data: st.DataObject
) -> None:
    before = evaluate_scoring(ORDERED, as_answers(picked)).band
    moved = dict(picked)
    if key == "SCR-03":
        moved[key] = picked[key] | {data.draw(st.sampled_from(["home", "street", "protest"]))}
    else:
        moved[key] = data.draw(st.integers(picked[key], len(SINGLE_OPTIONS[key]) - 1))
    after = evaluate_scoring(ORDERED, as_answers(moved)).band
    assert before is not None and after is not None and after >= before


def aia_like() -> Template:
    """A small template scored by the Canadian AIA's own rules (its tool's store.ts): the
    current score is the raw impact score, or 85% of it rounded to a whole number when the
    mitigation score reaches 80% of its maximum; level I up to 25% of the raw maximum, II up
    to 50%, III up to 75%, IV above."""
    data = {
        "slug": "aia-like",
        "version": "1.0.0",
        "title": "AIA-like",
        "kind": "module",
        "themes": [
            {
                "key": "risk",
                "title": "Risk",
                "questions": [
                    question("AIA-R1", answer=choice([("no", 0), ("yes", 4)])),
                    question("AIA-R2", answer=choice([("low", 0), ("mid", 2), ("high", 4)])),
                    question(
                        "AIA-R3",
                        answer=choice(
                            [("a", 2), ("b", 2), ("c", 2), ("d", 2), ("e", 4)], "multiple"
                        ),
                    ),
                ],
            },
            {
                "key": "mitigation",
                "title": "Mitigation",
                "questions": [
                    question("AIA-M1", answer=choice([("no", 0), ("yes", 2)])),
                    question("AIA-M2", answer=choice([("no", 0), ("yes", 2)])),
                ],
            },
        ],
        "scoring": {
            "totals": [
                {"key": "raw", "label": "Raw impact score", "themes": ["risk"]},
                {"key": "mitigation", "label": "Mitigation score", "themes": ["mitigation"]},
            ],
            "adjustments": [
                {
                    "target": "raw",
                    "condition": "mitigation",
                    "at_least_percent": 80,
                    "multiply_by": 0.85,
                    "round_to_whole": True,
                }
            ],
            "bands": {
                "total": "raw",
                "levels": [
                    {"band": 1, "label": "Level I"},
                    {"band": 2, "label": "Level II", "above_percent": 25},
                    {"band": 3, "label": "Level III", "above_percent": 50},
                    {"band": 4, "label": "Level IV", "above_percent": 75},
                ],
            },
        },
    }
    return parse_template(data, source="aia-like.yaml")


MITIGATED = {"AIA-M1": TypedAnswer(("yes",)), "AIA-M2": TypedAnswer(("yes",))}


@pytest.mark.parametrize(
    ("risk", "mitigated", "current", "level"),
    [
        # Raw 12 of 20 (60%): level III. Mitigated (4 of 4): round(10.2) = 10, 50%: level II.
        ({"AIA-R1": ("yes",), "AIA-R2": ("high",), "AIA-R3": ("a", "b")}, False, 12, 3),
        ({"AIA-R1": ("yes",), "AIA-R2": ("high",), "AIA-R3": ("a", "b")}, True, 10, 2),
        # Raw 16 (80%): level IV. Mitigated: round(13.6) = 14, 70%: level III.
        ({"AIA-R1": ("yes",), "AIA-R2": ("high",), "AIA-R3": ("a", "b", "e")}, False, 16, 4),
        ({"AIA-R1": ("yes",), "AIA-R2": ("high",), "AIA-R3": ("a", "b", "e")}, True, 14, 3),
        # Raw 6 (30%): level II. Mitigated: round(5.1) = 5, exactly 25%: level I.
        ({"AIA-R2": ("mid",), "AIA-R3": ("a", "b")}, False, 6, 2),
        ({"AIA-R2": ("mid",), "AIA-R3": ("a", "b")}, True, 5, 1),
        # Raw 10 of 20 (50%) stays level II: "up to 50%" includes it.
        ({"AIA-R1": ("yes",), "AIA-R2": ("mid",), "AIA-R3": ("a", "b")}, False, 10, 2),
    ],
)
def test_the_aia_rules_give_the_level_worked_out_by_hand(
    risk: dict[str, tuple[str, ...]], mitigated: bool, current: float, level: int
) -> None:
    answers = {key: TypedAnswer(chosen) for key, chosen in risk.items()}
    if mitigated:
        answers.update(MITIGATED)
    result = evaluate_scoring(aia_like(), answers)
    assert result.total("raw").maximum == 20
    assert result.total("raw").points == current
    assert result.band == level


def test_only_reaching_the_mitigation_share_reduces_the_score() -> None:
    risk = {"AIA-R1": TypedAnswer(("yes",)), "AIA-R2": TypedAnswer(("high",))}
    half = {**risk, "AIA-M1": TypedAnswer(("yes",))}  # 2 of 4 is 50%, below 80%
    assert evaluate_scoring(aia_like(), half).total("raw").points == 8


def test_a_screening_is_advised_where_more_intrusion_could_lower_the_band() -> None:
    assert order_advice(ORDERED) == []
    falling = screening(
        triggers=[{"when": [{"key": "SCR-01", "any_of": ["some"]}], "at_least": 3, "reason": "R."}]
    )
    data = falling.model_dump(mode="json")
    data["themes"][0]["questions"][1]["answer"]["options"][1]["points"] = -1
    advice = order_advice(Template.model_validate(data))
    assert advice == [
        "SCR-02: its options' points fall somewhere along the list, so a more intrusive answer "
        "could give a lower band; list options from least to most intrusive with points that "
        "never fall.",
        "scoring › triggers[0]: SCR-01 lists some but not a later option, so a more intrusive "
        "answer could turn the trigger off; list every option from the first that should "
        "trigger it onwards.",
    ]


def test_other_kinds_keep_their_source_order_without_advice() -> None:
    data = screening().model_dump(mode="json") | {"kind": "module"}
    data["themes"][0]["questions"][1]["answer"]["options"][1]["points"] = -1
    assert order_advice(Template.model_validate(data)) == []
