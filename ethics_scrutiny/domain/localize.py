"""Template text in the scrutiny's language: Welsh where the template gives it, else English."""

from __future__ import annotations

from dataclasses import dataclass, replace

from .consistency import Inconsistency
from .enums import Language
from .templates import Checklist, Question, Template, Theme


@dataclass(frozen=True)
class QuestionText:
    """The user-visible text of one question in one language."""

    prompt: str
    guidance: str
    evidence: tuple[str, ...]
    red_flag: str


def question_text(question: Question, language: Language) -> QuestionText:
    welsh = question.cy if language is Language.WELSH else None
    return QuestionText(
        prompt=(welsh and welsh.prompt) or question.prompt,
        guidance=(welsh and welsh.guidance) or question.guidance,
        evidence=tuple((welsh and welsh.evidence) or question.evidence),
        red_flag=(welsh and welsh.red_flag) or question.red_flag,
    )


def theme_title(theme: Theme, language: Language) -> str:
    welsh = theme.cy if language is Language.WELSH else None
    return (welsh and welsh.title) or theme.title


def theme_description(theme: Theme, language: Language) -> str | None:
    welsh = theme.cy if language is Language.WELSH else None
    return (welsh and welsh.description) or theme.description


def template_title(template: Template, language: Language) -> str:
    welsh = template.cy if language is Language.WELSH else None
    return (welsh and welsh.title) or template.title


def inconsistencies_text(
    found: tuple[Inconsistency, ...], checklist: Checklist, language: Language
) -> tuple[Inconsistency, ...]:
    """The inconsistencies with their rule's Welsh message, where the rule gives one."""
    if language is not Language.WELSH or not found:
        return found
    welsh = {
        (rule.key, rule.message): rule.cy.message
        for rule in checklist.consistency_rules()
        if rule.cy is not None and rule.cy.message
    }
    return tuple(replace(i, message=welsh.get((i.key, i.message), i.message)) for i in found)
