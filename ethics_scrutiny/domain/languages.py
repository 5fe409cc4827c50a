"""Which languages a scrutiny may be in: English, and every code its templates give text in."""

from __future__ import annotations

from collections.abc import Sequence

from ..i18n import _
from .enums import Language
from .errors import InvalidInputError
from .frozen_memo import IdentityMemo
from .template_base import ENGLISH, languages_in
from .templates import Template


def offered(templates: Sequence[Template]) -> list[Language]:
    """English first, then each code any of ``templates`` gives text in, by code."""
    codes = {code for template in templates for code in _languages_of(template)}
    return [Language.ENGLISH, *(Language(code) for code in sorted(codes - {ENGLISH}))]


def _languages_of(template: Template) -> tuple[str, ...]:
    return _LANGUAGES.get(template, None, lambda: tuple(languages_in(template)))


# Starting a scrutiny checks its language against every text of its templates.
_LANGUAGES: IdentityMemo[Template, tuple[str, ...]] = IdentityMemo()


def named(languages: Sequence[Language]) -> list[tuple[str, str]]:
    """Each language as ``(code, its name in itself)``: ``("fr", "Français")``."""
    return [(language.value, language.own_name) for language in languages]


def require_offered(language: Language, templates: Sequence[Template]) -> None:
    """Refuse a language none of the scrutiny's templates gives its text in.

    English is always offered: it is every template's own text. Another language with no
    text in any template would show the whole checklist in English under its name.
    """
    choices = offered(templates)
    if language in choices:
        return
    listed = ", ".join(f"{code} ({name})" for code, name in named(choices))
    raise InvalidInputError(
        _(
            "None of this scrutiny's templates gives its text in {code!r}. Choose one of the "
            "languages they offer: {listed}."
        ).format(code=language.value, listed=listed)
    )
