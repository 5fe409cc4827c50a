"""The shipped screening: its points, the impact level it gives and the modules it proposes."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ethics_scrutiny.domain.band_scoring import evaluate_scoring
from ethics_scrutiny.domain.enums import AnswerType, TemplateKind
from ethics_scrutiny.domain.scope import compute_scope
from ethics_scrutiny.domain.template_loader import load_template
from ethics_scrutiny.domain.templates import Question, Template
from ethics_scrutiny.domain.typed_answers import TypedAnswer, condition_holds

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "assets" / "templates"
SCREENING = load_template(TEMPLATES_DIR / "screening.yaml")
QUESTIONS = list(SCREENING.questions())
Answers = dict[str, TypedAnswer]


def _template(slug: str) -> Template:
    return load_template(TEMPLATES_DIR / f"{slug}.yaml")


def _options(question: Question) -> list[str]:
    assert question.answer is not None
    return [option.value for option in question.answer.options]


def _is_multiple(question: Question) -> bool:
    return question.answer is not None and question.answer.type is AnswerType.MULTIPLE


def least_intrusive(**chosen: tuple[str, ...]) -> Answers:
    """The first option everywhere, except the questions given (SC_12=("automation",))."""
    answers = {q.key: TypedAnswer(choices=(_options(q)[0],)) for q in QUESTIONS}
    answers.update({k.replace("_", "-"): TypedAnswer(choices=v) for k, v in chosen.items()})
    return answers


def most_intrusive() -> Answers:
    """The last option of every single choice and every option of every multiple choice."""
    return {
        q.key: TypedAnswer(choices=tuple(_options(q)) if _is_multiple(q) else (_options(q)[-1],))
        for q in QUESTIONS
    }


def proposed(answers: Answers) -> set[str]:
    assert SCREENING.scoring is not None
    return {
        slug
        for proposal in SCREENING.scoring.proposes
        if all(condition_holds(c, answers) for c in proposal.when)
        for slug in proposal.modules
    }


def level(answers: Answers) -> int | None:
    return evaluate_scoring(SCREENING, answers).band


# --- the file ------------------------------------------------------------------------------------


def test_is_a_screening_of_ten_to_fifteen_choice_questions() -> None:
    assert SCREENING.kind is TemplateKind.SCREENING
    assert 10 <= len(QUESTIONS) <= 15
    for question in QUESTIONS:
        assert question.answer is not None and question.answer.is_choice, question.key


def test_options_run_from_least_to_most_intrusive() -> None:
    for question in QUESTIONS:
        assert question.answer is not None
        points = [option.points for option in question.answer.options]
        assert points == sorted(points), question.key
        assert points[0] == 0, question.key


def test_every_question_cites_a_source_and_carries_welsh() -> None:
    for question in QUESTIONS:
        assert question.sources, question.key
        assert question.cy is not None and question.cy.prompt and question.cy.guidance
        assert question.cy.prompt.endswith("?"), question.key
        assert question.answer is not None
        for option in question.answer.options:
            assert option.cy is not None and option.cy.label != option.label, option.value
    assert SCREENING.cy is not None and SCREENING.cy.title


def test_the_level_spans_one_to_four_with_stated_thresholds() -> None:
    assert SCREENING.scoring is not None and SCREENING.scoring.bands is not None
    levels = SCREENING.scoring.bands.levels
    assert [b.band for b in levels] == [1, 2, 3, 4]
    assert [b.at_least for b in levels] == [None, 10, 18, 27]
    # The description states the same thresholds, so a reader can check them.
    assert SCREENING.description is not None
    for words in ("0 to 9 points", "10 to 17", "18 to 26", "27 or more (of 41)"):
        assert words in SCREENING.description
    assert evaluate_scoring(SCREENING, most_intrusive()).total("intrusion").maximum == 41


def test_every_proposed_module_is_a_shipped_module() -> None:
    assert SCREENING.scoring is not None
    slugs = {slug for p in SCREENING.scoring.proposes for slug in p.modules}
    for slug in slugs:
        assert _template(slug).kind is TemplateKind.MODULE, slug


# --- the levels it gives -----------------------------------------------------------------------


def test_least_intrusive_everywhere_is_level_one() -> None:
    result = evaluate_scoring(SCREENING, least_intrusive())
    assert result.band == 1
    assert result.total("intrusion").points == 0


def test_a_process_automation_answered_least_intrusive_asks_at_most_45_questions() -> None:
    answers = least_intrusive(SC_12=("automation",))
    assert level(answers) == 1
    assert proposed(answers) == {"process-automation"}
    templates = [_template("core"), _template("process-automation")]
    scope = compute_scope(templates, None, 1, answers)
    assert len(scope.in_scope) <= 45
    assert "AO-15" not in scope.in_scope


def test_a_typical_process_automation_is_level_two() -> None:
    # Re-keying crime reports: named people in ordinary records, kept for years, minor routing.
    answers = least_intrusive(
        SC_01=("incidental",),
        SC_02=("sensitive",),
        SC_04=("minor",),
        SC_05=("police-subjects",),
        SC_07=("overt-unannounced",),
        SC_08=("long-or-unknown",),
        SC_09=("national-system",),
        SC_10=("supplier-access",),
        SC_11=("incidental",),
        SC_12=("automation",),
    )
    assert evaluate_scoring(SCREENING, answers).total("intrusion").points == 13
    assert level(answers) == 2


def test_live_facial_recognition_answered_most_intrusive_is_level_four() -> None:
    answers = most_intrusive()
    result = evaluate_scoring(SCREENING, answers)
    assert result.band == 4
    assert result.scored_band == 4  # the points alone reach it, as well as the triggers
    assert {"facial-recognition", "live-facial-recognition"} <= proposed(answers)
    templates = [_template(s) for s in ("core", "facial-recognition", "live-facial-recognition")]
    scope = compute_scope(templates, None, 4, answers)
    every = {q.key for t in templates for q in t.questions()}
    assert scope.in_scope == every
    assert "AO-15" in scope.in_scope


def test_biometric_identification_in_public_is_level_four_whatever_the_total() -> None:
    answers = least_intrusive(SC_02=("biometric",), SC_06=("public-space",))
    result = evaluate_scoring(SCREENING, answers)
    assert result.scored_band == 1
    assert result.band == 4
    assert result.reasons[0].at_least == 4 and result.reasons[0].key is None


@pytest.mark.parametrize(
    "chosen",
    [
        {"SC_07": ("covert",)},
        {"SC_11": ("included",)},
        {"SC_06": ("children",)},
        {"SC_06": ("protest",)},
        {"SC_06": ("homes",)},
        {"SC_04": ("significant-automated",)},
        {"SC_02": ("biometric",)},
    ],
    ids=lambda chosen: "+".join(f"{k}={v[0]}" for k, v in chosen.items()),
)
def test_grave_features_set_a_floor_of_level_three(chosen: dict[str, tuple[str, ...]]) -> None:
    assert level(least_intrusive(**chosen)) == 3


def test_the_answers_that_set_the_level_come_with_it() -> None:
    answers = least_intrusive(SC_07=("covert",), SC_08=("long-or-unknown",))
    reasons = evaluate_scoring(SCREENING, answers).reasons
    assert reasons[0].trigger is not None and "RIPA" in reasons[0].trigger
    counted = [r for r in reasons if r.key is not None]
    assert [r.key for r in counted[:2]] == ["SC-07", "SC-08"]


@st.composite
def answer_sets(draw: st.DrawFn) -> Answers:
    answers: Answers = {}
    for question in QUESTIONS:
        values = _options(question)
        if _is_multiple(question):
            chosen = draw(st.sets(st.sampled_from(values)))
            answers[question.key] = TypedAnswer(choices=tuple(v for v in values if v in chosen))
        else:
            answers[question.key] = TypedAnswer(choices=(draw(st.sampled_from(values)),))
    return answers


@settings(max_examples=150, deadline=None, database=None)
@given(answer_sets(), st.sampled_from(QUESTIONS), st.data())
def test_a_more_intrusive_answer_never_lowers_the_level(
    answers: Answers, question: Question, data: st.DataObject
) -> None:
    values = _options(question)
    before = answers[question.key].choices
    if _is_multiple(question):
        extra = data.draw(st.sampled_from(values))
        after = tuple(v for v in values if v in {*before, extra})
    else:
        start = values.index(before[0])
        after = (values[data.draw(st.integers(start, len(values) - 1))],)
    more = {**answers, question.key: TypedAnswer(choices=after)}
    assert (level(more) or 0) >= (level(answers) or 0)


# --- the core's independent review ------------------------------------------------------------


def test_core_asks_for_an_independent_review_at_level_four_only() -> None:
    core = _template("core")
    review = core.question_map()["AO-15"]
    assert review.from_level == 4 and review.critical
    assert not compute_scope([core], None, 3, {}).asks("AO-15")
    assert compute_scope([core], None, 4, {}).asks("AO-15")
    assert compute_scope([core], None, None, {}).asks("AO-15")
