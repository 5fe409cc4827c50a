"""Template text in the scrutiny's language (any code: cy, fr, ...) where given, else English."""

from __future__ import annotations

from dataclasses import dataclass, replace

from .consistency import Inconsistency
from .enums import Language
from .template_answers import AnswerOption
from .template_base import translation
from .templates import Checklist, Question, Template, Theme


@dataclass(frozen=True)
class QuestionText:
    """The user-visible text of one question in one language."""

    prompt: str
    guidance: str
    evidence: tuple[str, ...]
    red_flag: str


def question_text(question: Question, language: Language | str) -> QuestionText:
    """The question's text in ``language`` (a code such as ``cy``), field by field.

    A field the translation leaves out is given in English.
    """
    other = translation(question, str(language))
    return QuestionText(
        prompt=(other and other.prompt) or question.prompt,
        guidance=(other and other.guidance) or question.guidance,
        evidence=tuple((other and other.evidence) or question.evidence),
        red_flag=(other and other.red_flag) or question.red_flag,
    )


def theme_title(theme: Theme, language: Language | str) -> str:
    """The theme's title in ``language``, else English."""
    other = translation(theme, str(language))
    return (other and other.title) or theme.title


def theme_description(theme: Theme, language: Language | str) -> str | None:
    """The theme's description in ``language``, else English (None when there is none)."""
    other = translation(theme, str(language))
    return (other and other.description) or theme.description


def template_title(template: Template, language: Language | str) -> str:
    """The template's title in ``language``, else English."""
    other = translation(template, str(language))
    return (other and other.title) or template.title


def option_label(option: AnswerOption, language: Language | str) -> str:
    """An answer option's label in ``language``, else English."""
    other = translation(option, str(language))
    return (other and other.label) or option.label


def text_in(model: object, field: str, language: Language | str) -> str:
    """Any translatable field of a template model (a band's label, a trigger's reason, ...)
    in ``language``, else English."""
    other = translation(model, str(language))
    english: str = getattr(model, field)
    return (other and getattr(other, field, None)) or english


def inconsistencies_text(
    found: tuple[Inconsistency, ...], checklist: Checklist, language: Language | str
) -> tuple[Inconsistency, ...]:
    """The inconsistencies with their rule's message in ``language``, where the rule gives one."""
    code = str(language)
    if code == Language.ENGLISH.value or not found:
        return found
    texts = {
        (rule.key, rule.message): other.message
        for rule in checklist.consistency_rules()
        if (other := translation(rule, code)) is not None and other.message
    }
    return tuple(replace(i, message=texts.get((i.key, i.message), i.message)) for i in found)
