"""Properties of screening: re-scoping never loses an answer; more intrusion never lowers it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ethics_scrutiny.assets import templates_dir
from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.enums import AnswerType, Rating, Status, Technology
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.domain.template_library import TemplateLibrary
from ethics_scrutiny.domain.templates import Question
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.screening_rules import evaluate, screening_template

SCREENING = screening_template(TemplateLibrary.load(templates_dir()))
QUESTIONS: list[Question] = [q for q in SCREENING.questions() if q.answer is not None]


def _choice(question: Question) -> st.SearchStrategy[list[str]]:
    """One option index for a single choice; a non-empty set for a multiple choice."""
    assert question.answer is not None
    values = [o.value for o in question.answer.options]
    if question.answer.type is AnswerType.MULTIPLE:
        return st.lists(st.sampled_from(values), min_size=1, max_size=3, unique=True)
    return st.sampled_from(values).map(lambda v: [v])


ANSWERS = st.fixed_dictionaries({q.key: _choice(q) for q in QUESTIONS})


@given(answers=ANSWERS, which=st.sampled_from(QUESTIONS), data=st.data())
@settings(max_examples=60, deadline=None)
def test_a_more_intrusive_answer_never_lowers_the_level(
    answers: dict[str, list[str]], which: Question, data: st.DataObject
) -> None:
    assert which.answer is not None
    values = [o.value for o in which.answer.options]
    if which.answer.type is AnswerType.MULTIPLE:
        # Adding a further setting can only add intrusion.
        extra = data.draw(st.sampled_from(values))
        more = {**answers, which.key: sorted({*answers[which.key], extra})}
    else:
        at = values.index(answers[which.key][0])
        more = {**answers, which.key: [values[data.draw(st.integers(at, len(values) - 1))]]}
    assert evaluate(SCREENING, more).level >= evaluate(SCREENING, answers).level


@pytest.mark.sqlite_only
@given(screenings=st.lists(ANSWERS, min_size=1, max_size=3))
@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_rescoping_loses_no_answer_and_the_record_verifies(
    tmp_path: Path, database_url: str, screenings: list[dict[str, list[str]]]
) -> None:
    services = Services.open(resolve_settings(str(tmp_path / "data"), database_url))
    try:
        scrutiny_id = services.scrutinies.create(NewScrutiny("Drones", "Gwent", Technology.DRONES))
        everything = [q.key for q in services.scrutinies.get(scrutiny_id).checklist.questions()]
        for key in everything[::3]:
            services.scrutinies.answer(scrutiny_id, key, Status.PARTLY_MET, Rating.AMBER)
        before = services.scrutinies.get(scrutiny_id).responses
        for answers in screenings:
            services.screening.rescreen(scrutiny_id, answers, reason="Screened again")
            detail, result = services.scrutinies.assessment(scrutiny_id)
            assert detail.responses == before  # kept, whatever is in scope
            asked = [k for k in before if detail.checklist.asks(k)]
            assert result.answered == len(asked)
        assert services.maintenance.verify().ok
    finally:
        services.close()
