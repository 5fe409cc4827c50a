"""Shared pieces of the template models: the frozen base, text types, key rules and languages."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any, ClassVar

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    StringConstraints,
    model_serializer,
)

# A key is stored in a 16-character database column (responses.question_key).
QUESTION_KEY_MAX = 16
QUESTION_KEY_PATTERN = r"^[A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]+){1,3}$"
QUESTION_KEY_RULE = (
    "a question key is 2 to 10 capital letters or digits starting with a letter, then one to "
    "three parts of capital letters or digits, each after a hyphen, at most "
    f"{QUESTION_KEY_MAX} characters in all: for example LB-03, DEON-A1 or ALTAI-1-2"
)
SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
SEMVER_PATTERN = r"^\d+\.\d+\.\d+$"
OPTION_VALUE_PATTERN = r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$"
# Two or three lower-case letters (ISO 639): cy, fr, ga, gd. English is the text itself.
LANGUAGE_CODE_PATTERN = r"^[a-z]{2,3}$"
ENGLISH = "en"
WELSH = "cy"

QuestionKey = Annotated[
    str,
    Field(pattern=QUESTION_KEY_PATTERN, max_length=QUESTION_KEY_MAX, description=QUESTION_KEY_RULE),
]
Slug = Annotated[str, Field(pattern=SLUG_PATTERN, max_length=80)]
OptionValue = Annotated[str, Field(pattern=OPTION_VALUE_PATTERN, max_length=60)]


def _not_english(code: str) -> str:
    if code == ENGLISH:
        raise ValueError("English is the template's own text; give translations for other codes")
    return code


LanguageCode = Annotated[str, Field(pattern=LANGUAGE_CODE_PATTERN), AfterValidator(_not_english)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]


Loc = tuple[str | int, ...]


class PlacedProblems(ValueError):
    """Problems found across a template, each with the path of the field it concerns.

    Raised from a template-wide validator, so that `templates check` can give each problem
    its own place (and line) rather than "top level".
    """

    def __init__(self, problems: list[tuple[Loc, str]]) -> None:
        super().__init__("; ".join(message for _loc, message in problems))
        self.problems = problems


class Frozen(BaseModel):
    """Base of every template model: immutable, strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)
    OMIT_DEFAULTS: ClassVar[frozenset[str]] = frozenset()


class Omitting(Frozen):
    """A template model whose ``OMIT_DEFAULTS`` fields are left out of the serialised form
    while they hold their default, so that a template written before the field existed keeps
    its content hash (template snapshots are stored by hash).

    Only models with such fields derive from this: the wrapping serialiser costs time on
    every model it applies to, and snapshots are serialised whenever they are stored.
    """

    @model_serializer(mode="wrap")
    def _leave_out_defaults(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        return omit_defaults(self, data)


# Each model class's defaults for its OMIT_DEFAULTS fields, worked out once.
_DEFAULTS: dict[type[Frozen], dict[str, Any]] = {}


def omit_defaults(model: Frozen, data: dict[str, Any]) -> dict[str, Any]:
    """``data`` without the model's ``OMIT_DEFAULTS`` fields that still hold their default."""
    cls = type(model)
    defaults = _DEFAULTS.get(cls)
    if defaults is None:
        fields = cls.model_fields
        defaults = {
            name: fields[name].get_default(call_default_factory=True) for name in cls.OMIT_DEFAULTS
        }
        _DEFAULTS[cls] = defaults
    for name, default in defaults.items():
        if name in data and getattr(model, name) == default:
            del data[name]
    return data


def translation(model: Any, code: str) -> Any:
    """The model's text in language ``code`` (its ``cy`` or ``translations`` entry), or None.

    English (``en``) is the model's own text, so it has no translation.
    """
    if code == ENGLISH:
        return None
    if code == WELSH and getattr(model, "cy", None) is not None:
        return model.cy
    translations: dict[str, Any] = getattr(model, "translations", None) or {}
    return translations.get(code)


def languages_in(model: BaseModel) -> list[str]:
    """Every language the model's texts are given in, English first, then by code."""
    found: set[str] = set()
    for _loc, node in models_in(model):
        if getattr(node, "cy", None) is not None:
            found.add(WELSH)
        found.update(getattr(node, "translations", None) or {})
    return [ENGLISH, *sorted(found - {ENGLISH})]


def welsh_twice(model: BaseModel) -> list[tuple[Loc, str]]:
    """Each place giving Welsh both under ``cy`` and under ``translations``, with its path."""
    return [
        (
            (*loc, "translations", WELSH),
            "Welsh is given both under cy and under translations; give it once",
        )
        for loc, node in models_in(model)
        if getattr(node, "cy", None) is not None and WELSH in (getattr(node, "translations", {}))
    ]


def models_in(node: Any, loc: Loc = ()) -> Iterator[tuple[Loc, BaseModel]]:
    """The model and every model nested in it, each with its path."""
    if isinstance(node, BaseModel):
        yield loc, node
        for name in type(node).model_fields:
            yield from models_in(getattr(node, name), (*loc, name))
    elif isinstance(node, list | tuple):
        for index, item in enumerate(node):
            yield from models_in(item, (*loc, index))
    elif isinstance(node, dict):
        for key, item in node.items():
            yield from models_in(item, (*loc, str(key)))
