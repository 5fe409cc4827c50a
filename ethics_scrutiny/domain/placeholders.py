"""Placeholders in template text, filled from the office profile wherever the text is shown.

A template that names who oversees the force writes ``{decision_maker}`` rather than a title,
so that a mayor's office or a policing and crime board reads its own decision-maker's title
and nobody reads "PCC" where there is none. Stored snapshots keep the placeholder: the text is
filled when shown, so a change of title changes every screen and report without a new entry.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Final

from .frozen_memo import IdentityMemo
from .templates import Checklist, Template

if TYPE_CHECKING:
    # Only for hints: template_diff imports the template loader, which imports this module.
    from .template_diff import QuestionChange, TemplateDiff

DECISION_MAKER: Final = "decision_maker"
KNOWN: Final = frozenset({DECISION_MAKER})
# Read when no profile is set: the statutory term, which is true of every kind of office.
DEFAULT_DECISION_MAKER: Final = "local policing body"

_PLACEHOLDER: Final = re.compile(r"\{([^{}\s]*)\}")


def fill_text(text: str, decision_maker: str) -> str:
    """``text`` with every known placeholder replaced; anything else is left as written."""
    if "{" not in text:
        return text
    values = {DECISION_MAKER: decision_maker or DEFAULT_DECISION_MAKER}
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def fill_template(template: Template, decision_maker: str) -> Template:
    """``template`` with its shown text filled; the template itself is unchanged."""
    return _FILLED.get(template, decision_maker, lambda: _filled(template, decision_maker))


def _filled(template: Template, decision_maker: str) -> Template:
    data = template.model_dump(mode="json")
    filled = _fill(data, decision_maker)
    return template if filled == data else Template.model_validate(filled)


# Every scrutiny shown or reported is filled for its office (a few milliseconds a template,
# most of opening one); the same template and title give the same filled copy.
_FILLED: Final[IdentityMemo[Template, Template]] = IdentityMemo()


def fill_checklist(checklist: Checklist, decision_maker: str) -> Checklist:
    """``checklist`` as a reader sees it: every template filled for ``decision_maker``.

    The scope is kept: filling text changes no question's key, so the same ones are asked.
    """
    filled = [fill_template(t, decision_maker) for t in checklist.templates]
    return Checklist(filled, scope=checklist.scope)


def fill_diff(diff: TemplateDiff, decision_maker: str) -> TemplateDiff:
    """``diff`` with the questions it lists as the office reads them."""

    def filled(changes: tuple[QuestionChange, ...]) -> tuple[QuestionChange, ...]:
        return tuple(replace(c, prompt=fill_text(c.prompt, decision_maker)) for c in changes)

    return replace(
        diff, added=filled(diff.added), changed=filled(diff.changed), removed=filled(diff.removed)
    )


def placeholder_problems(data: Any, where: str = "") -> list[str]:
    """Each unknown ``{name}`` in template data, with its place and what to write instead."""
    if isinstance(data, str):
        return [
            f"{where or 'top level'}: {{{name}}} is not a placeholder the app fills (write "
            f"{{{DECISION_MAKER}}} for the decision-maker's title, or remove the braces)"
            for name in _PLACEHOLDER.findall(data)
            if name not in KNOWN
        ]
    if isinstance(data, dict):
        return [
            problem
            for key, value in data.items()
            for problem in placeholder_problems(value, f"{where} › {key}" if where else str(key))
        ]
    if isinstance(data, list):
        return [
            problem
            for index, value in enumerate(data)
            for problem in placeholder_problems(value, f"{where}{_label(index, value)}")
        ]
    return []


def _label(index: int, value: Any) -> str:
    key = value.get("key") if isinstance(value, dict) else None
    return f"[{index}] ({key})" if isinstance(key, str) else f"[{index}]"


def _fill(data: Any, decision_maker: str) -> Any:
    if isinstance(data, str):
        return fill_text(data, decision_maker)
    if isinstance(data, dict):
        return {key: _fill(value, decision_maker) for key, value in data.items()}
    if isinstance(data, list):
        return [_fill(value, decision_maker) for value in data]
    return data
