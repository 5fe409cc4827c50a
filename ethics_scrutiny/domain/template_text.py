"""Template file text (YAML or JSON) to plain data, refusing input no template could hold."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Hashable
from functools import partial
from typing import Any, Final

import yaml

from .errors import TemplateError

# A template nests about eight levels deep (themes, questions, their lists, Welsh text). Much
# deeper input is not a template, and the validator and every later reader walk each level.
MAX_NESTING: Final = 32
# Python refuses to turn an integer of more than 4,300 digits into text (or back), raising
# ValueError deep inside a parser; a template has no use for a number anywhere near this long.
MAX_NUMBER_DIGITS: Final = 100
_LONG_NUMBER: Final = re.compile(rf"\d{{{MAX_NUMBER_DIGITS + 1},}}")
# A 2 MB file written out in full holds well under a million values; only YAML aliases that
# repeat one another (each standing for a copy of the other) can reach it.
MAX_VALUES: Final = 1_000_000


def parse_template_text(text: str, name: str, *, as_json: bool) -> Any:
    """Parse a template file's text into plain data (dicts, lists, text, numbers).

    Raises:
        TemplateError: The text cannot be read as a template, with a message naming ``name``,
            the place when known, and what to do.
    """
    try:
        data = _parse_json(text, name) if as_json else _parse_yaml(text, name)
    except RecursionError:
        # Python's JSON parser and PyYAML's pure-Python one recurse once per level.
        raise TemplateError(_too_deep(name)) from None
    check_shape(data, name)
    return data


def check_shape(data: Any, name: str) -> None:
    """Refuse data nested deeper than :data:`MAX_NESTING` or holding over :data:`MAX_VALUES`.

    Walked without recursion and stopped at the first limit passed, so that neither a very deep
    file, nor a YAML alias that contains itself, nor aliases that multiply one another (a few
    lines standing for billions of values) can exhaust the stack or keep the app busy for ever.
    """
    count = 0
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        count += 1
        if count > MAX_VALUES:
            raise TemplateError(
                f"{name} holds more than {MAX_VALUES:,} values once its YAML aliases are "
                "expanded, far more than any template; write the template out in full."
            )
        if isinstance(node, dict):
            children: list[Any] = [*node.keys(), *node.values()]
        elif isinstance(node, list):
            children = node
        else:
            continue
        if depth > MAX_NESTING:
            raise TemplateError(_too_deep(name))
        stack.extend((child, depth + 1) for child in children)


def _too_deep(name: str) -> str:
    return (
        f"{name} nests lists and fields more than {MAX_NESTING} levels deep, far deeper than "
        "any template; check that this is the right file."
    )


def _parse_json(text: str, name: str) -> Any:
    try:
        return json.loads(text, parse_int=_json_int, object_pairs_hook=_json_object)
    except json.JSONDecodeError as exc:
        raise TemplateError(
            f"{name} is not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}."
        ) from None
    except _RefusedValue as exc:
        line, column = exc.place(text)
        raise TemplateError(
            f"{name} cannot be used at line {line}, column {column}: {exc}."
        ) from None


class _RefusedValue(ValueError):
    """A JSON value read but refused; ``place`` finds where it is in the text afterwards."""

    def __init__(self, message: str, find: Callable[[str], int]) -> None:
        super().__init__(message)
        self._find = find

    def place(self, text: str) -> tuple[int, int]:
        offset = max(self._find(text), 0)
        line = text.count("\n", 0, offset) + 1
        return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _json_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise _RefusedValue(_long_number(len(digits.lstrip("-"))), _first_long_number)
    return int(digits)


def _first_long_number(text: str) -> int:
    found = _LONG_NUMBER.search(text)
    return found.start() if found else 0


def _json_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object, refusing a field given twice (JSON would otherwise keep the last)."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            written = re.escape(json.dumps(key, ensure_ascii=False)[1:-1])
            pattern = re.compile(rf'"{written}"\s*:')
            raise _RefusedValue(
                f"the field {key!r} is given twice", partial(_second_match, pattern)
            )
        result[key] = value
    return result


def _second_match(pattern: re.Pattern[str], text: str) -> int:
    matches = pattern.finditer(text)
    next(matches, None)
    second = next(matches, None)
    return second.start() if second else 0


def _long_number(digits: int) -> str:
    return (
        f"a number {digits:,} digits long is far longer than a template uses (if it is meant "
        "as text, put it in quotes)"
    )


def _parse_yaml(text: str, name: str) -> Any:
    try:
        return yaml.load(text, Loader=_StrictLoader)  # safe: a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "it could not be parsed"
        raise TemplateError(f"{name} is not valid YAML{where}: {problem}.") from None


# libyaml's parser when PyYAML was built with it: about ten times faster than the pure-Python
# one, which took most of the app's start-up reading the shipped templates.
_SafeBase: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_SafeBase):  # type: ignore[valid-type,misc]
    """Safe YAML that refuses a key written twice, which PyYAML would otherwise let win silently.

    It also refuses, with their place, values PyYAML would fail on with a bare ValueError: an
    integer too long to convert and a date that does not exist.
    """


def _construct_unique_mapping(loader: _StrictLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _value_node in node.value:
        key = loader.construct_object(key_node)
        if not isinstance(key, Hashable):
            continue  # construct_mapping below refuses it with its place
        if key in seen:
            raise _refused(f"the field {key!r} is given twice", key_node)
        seen.add(key)
    mapping: dict[Any, Any] = loader.construct_mapping(node)
    return mapping


def _construct_int(loader: _StrictLoader, node: yaml.ScalarNode) -> int:
    digits = sum(c.isdigit() for c in str(node.value))
    if digits > MAX_NUMBER_DIGITS:
        raise _refused(_long_number(digits), node)
    value: int = yaml.constructor.SafeConstructor.construct_yaml_int(loader, node)
    return value


def _construct_timestamp(loader: _StrictLoader, node: yaml.ScalarNode) -> Any:
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError):
        raise _refused(
            f"{node.value!r} is not a real date (write it as YYYY-MM-DD, or put it in quotes "
            "if it is meant as text)",
            node,
        ) from None


def _refused(problem: str, node: yaml.Node) -> yaml.constructor.ConstructorError:
    return yaml.constructor.ConstructorError(None, None, problem, node.start_mark)


_StrictLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_unique_mapping
)
_StrictLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)
_StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
