"""Which questions a scrutiny asks: stage, impact level, from_level and show_if."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from ethics_scrutiny.domain.enums import Stage
from ethics_scrutiny.domain.scope import OutOfScope, Scope, compute_scope
from ethics_scrutiny.domain.templates import Checklist, Template
from ethics_scrutiny.domain.typed_answers import TypedAnswer
from tests.factories import question

YES_NO = {
    "type": "single",
    "options": [{"value": "no", "label": "No"}, {"value": "yes", "label": "Yes"}],
}
X = {"value": "x", "label": "X"}


def template() -> Template:
    return Template.model_validate(
        {
            "slug": "core",
            "version": "1.0.0",
            "title": "Core",
            "kind": "core",
            "themes": [
                {
                    "key": "legal",
                    "title": "Legal",
                    "questions": [
                        question("LB-01", obligation="must"),
                        question("LB-02", obligation="should"),
                        question("LB-03", obligation="could"),
                        question("LB-04", obligation="must", from_level=4),
                    ],
                },
                {
                    "key": "later",
                    "title": "Later",
                    "questions": [
                        question("LV-01", obligation="should", stages=["live", "review"]),
                        question("LV-02", obligation="must", answer=YES_NO),
                        question(
                            "LV-03",
                            obligation="must",
                            show_if={"key": "LV-02", "any_of": ["yes"]},
                            answer={**YES_NO, "options": [*YES_NO["options"], X]},
                        ),
                        question(
                            "LV-04",
                            obligation="must",
                            show_if={"key": "SCR-01", "any_of": ["face"]},
                        ),
                        question(
                            "LV-05", obligation="must", show_if={"key": "LV-03", "any_of": ["x"]}
                        ),
                    ],
                },
            ],
        }
    )


TEMPLATE = template()
ALL = frozenset(q.key for q in TEMPLATE.questions())


def typed(**chosen: str) -> dict[str, TypedAnswer]:
    return {k.replace("_", "-"): TypedAnswer((v,)) for k, v in chosen.items()}


def asked(level: int | None, stage: Stage | None = Stage.PILOT, **chosen: str) -> set[str]:
    return set(compute_scope([TEMPLATE], stage, level, typed(**chosen)).in_scope)


def test_not_screened_asks_everything_but_other_stages_and_unmet_conditions() -> None:
    scope = compute_scope([TEMPLATE], Stage.PILOT, None, {})
    assert scope.in_scope == {"LB-01", "LB-02", "LB-03", "LB-04", "LV-02"}
    assert scope.out_of_scope == {
        "LV-01": OutOfScope.STAGE,
        "LV-03": OutOfScope.CONDITION,
        "LV-04": OutOfScope.CONDITION,
        "LV-05": OutOfScope.CONDITION,
    }


def test_each_level_asks_its_obligations() -> None:
    assert asked(1) == {"LB-01", "LV-02"}
    assert asked(2) == {"LB-01", "LB-02", "LV-02"}
    assert asked(3) == {"LB-01", "LB-02", "LB-03", "LV-02"}
    assert asked(4) == {"LB-01", "LB-02", "LB-03", "LB-04", "LV-02"}
    assert compute_scope([TEMPLATE], Stage.PILOT, 1, {}).out_of_scope["LB-02"] is OutOfScope.LEVEL


def test_stage_comes_before_level_as_the_reason() -> None:
    scope = compute_scope([TEMPLATE], Stage.PROPOSAL, 1, {})
    assert scope.out_of_scope["LV-01"] is OutOfScope.STAGE
    assert "LV-01" in asked(None, Stage.LIVE)
    assert "LV-01" in asked(None, None)


def test_conditions_follow_answers_including_the_screenings() -> None:
    assert {"LV-03", "LV-04"} <= asked(None, LV_02="yes", SCR_01="face")
    assert "LV-03" not in asked(None, LV_02="no")
    # A condition on a question that is not asked does not hold, whatever the answer kept.
    assert "LV-05" not in asked(None, LV_02="no", LV_03="x")


def test_a_scoped_checklist_asks_in_scope_questions_and_explains_the_rest() -> None:
    scope = compute_scope([TEMPLATE], Stage.PILOT, 1, {})
    checklist = Checklist([TEMPLATE], scope)
    assert [q.key for q in checklist.questions()] == ["LB-01", "LV-02"]
    assert checklist.question_count == 2
    assert [[q.key for q in t.questions] for t in checklist.themes] == [["LB-01"], ["LV-02"]]
    assert len(checklist.all_questions()) == len(ALL)
    assert checklist.out_of_scope()["LB-03"] is OutOfScope.LEVEL
    assert checklist.question("LB-03").key == "LB-03" and checklist.has_question("LB-03")
    assert checklist.asks("LB-01") and not checklist.asks("LB-03")
    assert checklist.theme_of("LB-03").key == "legal"


def test_a_theme_with_nothing_asked_is_left_out() -> None:
    scope = compute_scope([TEMPLATE], Stage.PILOT, 2, typed())
    dropped = Scope(scope.in_scope - {"LV-02"}, {**scope.out_of_scope, "LV-02": OutOfScope.MODULE})
    trimmed = Checklist([TEMPLATE], dropped)
    assert [t.key for t in trimmed.themes] == ["legal"]


def test_a_checklist_without_scope_is_unchanged() -> None:
    checklist = Checklist([TEMPLATE])
    assert [q.key for q in checklist.questions()] == [q.key for q in TEMPLATE.questions()]
    assert checklist.themes == tuple(TEMPLATE.themes) and checklist.out_of_scope() == {}


levels = st.none() | st.integers(1, 4)
stages = st.none() | st.sampled_from(list(Stage))
choices: Any = st.fixed_dictionaries(
    {}, optional={"LV-02": st.sampled_from(["no", "yes"]), "SCR-01": st.just("face")}
)


@given(levels, stages, choices)
def test_every_question_is_either_asked_or_explained(
    level: int | None, stage: Stage | None, chosen: dict[str, str]
) -> None:
    answers = {k: TypedAnswer((v,)) for k, v in chosen.items()}
    scope = compute_scope([TEMPLATE], stage, level, answers)
    assert scope.in_scope | set(scope.out_of_scope) == ALL
    assert not scope.in_scope & set(scope.out_of_scope)


@given(st.integers(1, 3), stages, choices)
def test_a_higher_level_never_asks_fewer_questions(
    level: int, stage: Stage | None, chosen: dict[str, str]
) -> None:
    answers = {k: TypedAnswer((v,)) for k, v in chosen.items()}
    lower = compute_scope([TEMPLATE], stage, level, answers).in_scope
    higher = compute_scope([TEMPLATE], stage, level + 1, answers).in_scope
    unscreened = compute_scope([TEMPLATE], stage, None, answers).in_scope
    assert lower <= higher <= unscreened
