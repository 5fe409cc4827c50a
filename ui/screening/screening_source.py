"""The screening template's questions as the form shows them, in the scrutiny's language."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence

from ethics_scrutiny import i18n
from ethics_scrutiny.domain.enums import AnswerType, Language
from ethics_scrutiny.domain.errors import EthicsScrutinyError
from ethics_scrutiny.domain.localize import option_label, question_text
from ethics_scrutiny.domain.templates import Question
from ethics_scrutiny.services.screening import ScreeningService

from .screening_data import (
    Answers,
    LevelResult,
    Option,
    ScreeningQuestion,
    ScreeningSource,
    ShowIf,
)

log = logging.getLogger(__name__)


def screening_question(question: Question, language: Language | str) -> ScreeningQuestion | None:
    """The form's view of one template question; ``None`` if it asks for no choice."""
    spec = question.answer
    if spec is None or not spec.is_choice:
        return None
    text = question_text(question, language)
    condition = question.show_if
    return ScreeningQuestion(
        key=question.key,
        prompt=text.prompt,
        # Listed as the template gives them: least to most intrusive.
        options=tuple(Option(o.value, option_label(o, language)) for o in spec.options),
        multiple=spec.type is AnswerType.MULTIPLE,
        help=text.guidance if text.guidance != text.prompt else "",
        show_if=ShowIf(condition.key, tuple(condition.any_of)) if condition else None,
    )


def source_from(
    questions: Iterable[Question],
    preview: Callable[[Answers], LevelResult],
    language: Language | str = Language.ENGLISH,
) -> ScreeningSource:
    """Questions with a choice answer, in order, with the core's preview behind them."""
    shown = (screening_question(q, language) for q in questions)
    return ScreeningSource(tuple(q for q in shown if q is not None), preview)


def source_for(service: ScreeningService) -> ScreeningSource | None:
    """The installed screening, or ``None`` when there is none to offer (it is then skipped)."""
    try:
        questions = service.screening_questions()
    except EthicsScrutinyError as exc:
        log.warning("No screening offered: %s", type(exc).__name__)
        return None

    def preview(answers: Answers) -> LevelResult:
        result = service.preview({key: list(values) for key, values in answers.items()})
        return LevelResult(
            level=result.level,
            reasons=tuple(result.reasons),
            proposed_modules=tuple(result.proposed_modules),
        )

    return source_from(questions, preview, i18n.current_language())


def saved_answers(answers: Mapping[str, Sequence[str] | str]) -> dict[str, tuple[str, ...]]:
    """A scrutiny's stored screening answers as option tuples (a lone value becomes one)."""
    return {
        key: (value,) if isinstance(value, str) else tuple(value) for key, value in answers.items()
    }
