"""Compare a scrutiny's template snapshots with newer versions: questions added, changed, gone."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from .enums import Technology, TemplateKind
from .template_library import TemplateLibrary
from .templates import Question, Template

# Question fields compared between versions, in the order a change list names them.
COMPARED_FIELDS = (
    "prompt",
    "guidance",
    "sources",
    "evidence",
    "red_flag",
    "critical",
    "blocking",
    "stages",
    "frameworks",
    "answer",
    "show_if",
    "from_level",
    "upstream_id",
    "cy",
    "translations",
)


def version_key(version: str) -> tuple[int, ...]:
    """Semantic versions compare number by number: 1.10.0 is newer than 1.9.3."""
    return tuple(int(part) for part in version.split("."))


@dataclass(frozen=True)
class TemplateMove:
    """One template of the scrutiny moving version; ``from_version`` is None for a new module."""

    slug: str
    title: str
    from_version: str | None
    to_version: str


@dataclass(frozen=True)
class QuestionChange:
    """A question added, changed or removed; ``fields`` names what changed (or is empty)."""

    key: str
    prompt: str
    fields: tuple[str, ...] = ()
    answered: bool = False


@dataclass(frozen=True)
class TemplateDiff:
    """What moving to newer templates would do to a scrutiny's checklist and its answers."""

    templates: tuple[TemplateMove, ...]
    added: tuple[QuestionChange, ...]
    changed: tuple[QuestionChange, ...]
    removed: tuple[QuestionChange, ...]
    # Answered keys whose questions remain: their answers carry across unchanged.
    carried: tuple[str, ...]
    # Answered keys whose questions are gone: the answers are set aside in the record.
    retired: tuple[str, ...]

    @property
    def has_changes(self) -> bool:
        return bool(self.templates)


def upgraded_templates(
    current: Sequence[Template],
    library: TemplateLibrary,
    technology: Technology,
    dropped: Collection[str] = (),
) -> list[Template]:
    """The scrutiny's templates at the newest versions available, plus modules now applying.

    A template the library no longer has, or has only at the same or an older version, is kept
    as it is; so is the scrutiny's core, the shipped one or an office's. A module that now
    applies to the technology but was not used before is added after the others, as a new
    scrutiny would have it, unless its slug is in ``dropped``: the modules the scrutiny's
    screening dropped with a reason stay dropped.
    """
    available = {t.slug: t for t in library.all()}
    result: list[Template] = []
    for template in current:
        newer = available.get(template.slug)
        if newer is not None and version_key(newer.version) > version_key(template.version):
            result.append(newer)
        else:
            result.append(template)
    left_out = {t.slug for t in result} | set(dropped)
    for module in library.modules_for(technology):
        if module.slug not in left_out and module.kind is TemplateKind.MODULE:
            result.append(module)
    return result


def diff_templates(
    old: Sequence[Template], new: Sequence[Template], answered: Collection[str]
) -> TemplateDiff:
    """Compare two template lists by question key; ``answered`` holds the keys with answers."""
    old_questions = _questions_with_theme(old)
    new_questions = _questions_with_theme(new)
    added = tuple(
        QuestionChange(key, q.prompt)
        for key, (q, _) in new_questions.items()
        if key not in old_questions
    )
    removed = tuple(
        QuestionChange(key, q.prompt, answered=key in answered)
        for key, (q, _) in old_questions.items()
        if key not in new_questions
    )
    changed = []
    for key, (question, theme) in new_questions.items():
        if key in old_questions:
            fields = changed_fields(*old_questions[key], question, theme)
            if fields:
                changed.append(QuestionChange(key, question.prompt, fields, key in answered))
    carried = tuple(key for key in new_questions if key in answered)
    retired = tuple(change.key for change in removed if change.answered)
    return TemplateDiff(
        templates=_moves(old, new),
        added=added,
        changed=tuple(changed),
        removed=removed,
        carried=carried,
        retired=retired,
    )


def changed_fields(old: Question, old_theme: str, new: Question, new_theme: str) -> tuple[str, ...]:
    """The names of the question's fields that differ, with "theme" if it moved theme."""
    fields = [name for name in COMPARED_FIELDS if getattr(old, name) != getattr(new, name)]
    if old_theme != new_theme:
        fields.append("theme")
    return tuple(fields)


def _questions_with_theme(templates: Sequence[Template]) -> dict[str, tuple[Question, str]]:
    return {
        question.key: (question, theme.key)
        for template in templates
        for theme in template.themes
        for question in theme.questions
    }


def _moves(old: Sequence[Template], new: Sequence[Template]) -> tuple[TemplateMove, ...]:
    before = {t.slug: t.version for t in old}
    return tuple(
        TemplateMove(t.slug, t.title, before.get(t.slug), t.version)
        for t in new
        if before.get(t.slug) != t.version
    )
