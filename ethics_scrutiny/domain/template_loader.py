"""Read template files (YAML or JSON) and explain every problem by file, place and fix."""

from __future__ import annotations

import difflib
import functools
import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from .errors import TemplateError
from .placeholders import placeholder_problems
from .template_advice import feature_advice, not_a_template
from .template_base import (
    QUESTION_KEY_MAX,
    QUESTION_KEY_PATTERN,
    QUESTION_KEY_RULE,
    PlacedProblems,
)
from .template_lines import describe_path, line_map, with_line_numbers
from .template_text import parse_template_text
from .templates import Template

MAX_TEMPLATE_BYTES = 2 * 1024 * 1024

_FIXES = {
    "missing": "add this field",
    "extra_forbidden": "remove this field or check its spelling",
    "string_type": "give a piece of text here",
    "bool_type": "write true or false here",
    "bool_parsing": "write true or false here",
    "list_type": "give a list here",
    "string_pattern_mismatch": "use the required format",
    "enum": "use one of the allowed values",
    "literal_error": "use one of the allowed values",
    "too_short": "add at least one entry",
    "string_too_short": "this must not be empty",
    "string_too_long": "shorten this text",
    "value_error": "correct this value",
}


def load_template(path: Path) -> Template:
    """Load and validate one template file, raising :class:`TemplateError` naming file and field.

    Each problem names its place in the file, with its line.
    """
    return _template_from_text(read_template_text(path), path.name, path.suffix.lower() == ".json")


# Every opening of the record loads the library again (the app at start and after a restore,
# the command line per command, the demonstration). A frozen template is a function of its
# file's text, so an unchanged file is parsed and validated once per process.
@functools.lru_cache(maxsize=64)
def _template_from_text(text: str, name: str, as_json: bool) -> Template:
    data = parse_template_text(text, name, as_json=as_json)
    try:
        template = parse_template(data, source=name)
        problems = placeholder_problems(data)
    except TemplateError as exc:
        if not exc.problems:
            raise
        problems = exc.problems
    if problems:
        placed = with_line_numbers(problems, data, line_map(text))
        noun = "problem" if len(placed) == 1 else "problems"
        raise TemplateError(
            f"{name} is not a valid template ({len(placed)} {noun}): " + "; ".join(placed),
            placed,
        )
    return template


def read_template_data(path: Path) -> Any:
    """Read a YAML or JSON file into plain data, with a clear message for unreadable files."""
    text = read_template_text(path)
    return parse_template_text(text, path.name, as_json=path.suffix.lower() == ".json")


def lines_of(path: Path) -> dict[tuple[str | int, ...], int]:
    """The line of every field of a template file, by path (empty if it cannot be read)."""
    try:
        return line_map(read_template_text(path))
    except TemplateError:
        return {}


def read_template_text(path: Path) -> str:
    """A template file's text, with a clear message for a missing, huge or unreadable file."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise TemplateError(f"The template file {path} does not exist.") from None
    except OSError as exc:
        raise TemplateError(f"The template file {path} cannot be read: {exc.strerror}.") from None
    if size > MAX_TEMPLATE_BYTES:
        raise TemplateError(
            f"{path.name} is {size // 1024} KB; a template may be at most "
            f"{MAX_TEMPLATE_BYTES // 1024} KB. Check that this is the right file."
        )
    try:
        return path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise TemplateError(f"The template file {path} cannot be read: {exc.strerror}.") from None
    except UnicodeDecodeError as exc:
        raise TemplateError(
            f"{path.name} is not UTF-8 text (byte {exc.start}); save it as UTF-8 and try again."
        ) from None


def parse_template(data: Any, source: str) -> Template:
    """Validate plain data as a template; ``source`` names it in messages."""
    if not isinstance(data, dict):
        raise TemplateError(f"{source} must hold a mapping of template fields at its top level.")
    try:
        return Template.model_validate(data)
    except RecursionError:
        # Data from a file is checked for depth when read; this guards data from elsewhere.
        raise TemplateError(f"{source} nests its fields too deeply to be a template.") from None
    except ValidationError as exc:
        other_kind = not_a_template(data, source)
        if other_kind is not None:
            raise TemplateError(other_kind, [other_kind]) from None
        described = describe_validation_errors(exc, data, template=True)
        problems = _with_duplicate_keys(described, data)
        noun = "problem" if len(problems) == 1 else "problems"
        raise TemplateError(
            f"{source} is not a valid template ({len(problems)} {noun}): " + "; ".join(problems),
            problems,
        ) from None


def check_template_file(path: Path) -> tuple[Template | None, list[str]]:
    """Every problem with a template file (none if it is valid), each with its place and a fix."""
    try:
        return load_template(path), []
    except TemplateError as exc:
        return None, exc.problems or [str(exc)]


def describe_validation_errors(
    exc: ValidationError, data: Any, *, template: bool = False
) -> list[str]:
    """Turn pydantic errors into lines like ``themes[0] › questions[2] (LB-03) › prompt: ...``.

    With ``template``, a field the template format has no feature for says where its content
    could go instead.
    """
    lines = []
    for error in exc.errors(include_url=False, include_input=False):
        placed = error.get("ctx", {}).get("error")
        if isinstance(placed, PlacedProblems):
            lines += [
                f"{describe_path((*error['loc'], *loc), data)}: {message}"
                for loc, message in placed.problems
            ]
            continue
        where = describe_path(error["loc"], data)
        fix = _FIXES.get(error["type"], "correct this value")
        if error["type"] == "extra_forbidden":
            advice = _feature_advice(error["loc"]) if template else None
            if advice is not None:
                lines.append(f"{where}: {advice}")
                continue
            fix = _spelling_fix(error["loc"], fix)
        message = error["msg"].removeprefix("Value error, ")
        if _is_question_key(error):
            message, fix = "this is not a usable question key", QUESTION_KEY_RULE
        if error["type"] == "string_type" and isinstance(_value_at(error["loc"], data), bool):
            # YAML reads yes, no, on and off as true or false; quotes make them text.
            message += "; YAML reads yes, no, on and off as true or false: put the word in quotes"
        elif error["type"] == "string_type":
            # YAML reads 1.0 or 42 as a number; quotes make it text.
            message += "; put a number such as a version in quotes"
        lines.append(f"{where}: {message} ({fix})")
    return lines


def _value_at(loc: tuple[Any, ...], data: Any) -> Any:
    """The value the data holds at ``loc`` (None where there is none)."""
    node = data
    for step in loc:
        if isinstance(step, int) and isinstance(node, list) and 0 <= step < len(node):
            node = node[step]
        elif isinstance(node, dict):
            node = node.get(step)
        else:
            return None
    return node


def _is_question_key(error: Any) -> bool:
    """A question key of the wrong shape or length, which is explained as the rule in words."""
    context: dict[str, Any] = error.get("ctx", {})
    if error["type"] == "string_pattern_mismatch":
        return bool(context.get("pattern") == QUESTION_KEY_PATTERN)
    too_long = error["type"] == "string_too_long" and error["loc"][-1:] == ("key",)
    return too_long and context.get("max_length") == QUESTION_KEY_MAX


def _feature_advice(loc: tuple[Any, ...]) -> str | None:
    """For a field the format has no feature for: say so, and where its content could go."""
    name = str(loc[-1])
    if len(loc) == 1:
        level = "template"
    elif isinstance(loc[-2], int) and loc[-3] in ("themes", "questions"):
        level = "theme" if loc[-3] == "themes" else "question"
    else:
        return None
    advice = feature_advice(name, level)
    if advice is None:
        return None
    return f"{advice} (move the content there, or remove the field)"


def _spelling_fix(loc: tuple[Any, ...], fix: str) -> str:
    """Suggest the field the author probably meant, for a misspelt field name."""
    model = _model_at(loc[:-1])
    if model is None:
        return fix
    close = difflib.get_close_matches(str(loc[-1]), list(model.model_fields), n=1, cutoff=0.7)
    return f"{fix}; did you mean {close[0]!r}?" if close else fix


def _model_at(loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The template model whose fields sit at ``loc`` (a question, an answer option, ...)."""
    model: type[BaseModel] = Template
    keyed = False
    for step in loc:
        if isinstance(step, int) or keyed:
            # A list entry or a dict's key (a language code): the model is the items' own.
            keyed = False
            continue
        field = model.model_fields.get(str(step))
        found = _model_in(field.annotation) if field is not None else None
        if field is None or found is None:
            return None
        keyed = typing.get_origin(field.annotation) is dict
        model = found
    return model


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The model in an annotation such as ``list[Question]``, ``Scoring | None`` or
    ``dict[str, QuestionWelsh]`` (for a dict, the model of its values)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    args = typing.get_args(annotation)
    for arg in reversed(args):  # a dict's value type comes last
        found = _model_in(arg)
        if found is not None:
            return found
    return None


def _with_duplicate_keys(problems: list[str], data: dict[str, Any]) -> list[str]:
    """Add every repeated theme or question key, which pydantic reports only once fields pass."""
    found = duplicate_key_problems(data)
    if not found:
        return problems
    return [p for p in problems if "is used more than once;" not in p] + found


def duplicate_key_problems(data: dict[str, Any]) -> list[str]:
    """Each theme or question key used a second time, naming both places."""
    problems: list[str] = []
    themes_seen: dict[str, str] = {}
    questions_seen: dict[str, str] = {}
    themes = data.get("themes")
    for t_index, theme in enumerate(themes if isinstance(themes, list) else []):
        if not isinstance(theme, dict):
            continue
        theme_where = f"themes[{t_index}]" + _label(theme)
        _note_key(theme.get("key"), theme_where, "theme", themes_seen, problems)
        questions = theme.get("questions")
        for q_index, question in enumerate(questions if isinstance(questions, list) else []):
            if isinstance(question, dict):
                where = f"{theme_where} › questions[{q_index}]{_label(question)}"
                _note_key(question.get("key"), where, "question", questions_seen, problems)
    return problems


def _label(node: dict[str, Any]) -> str:
    key = node.get("key")
    return f" ({key})" if isinstance(key, str) else ""


def _note_key(key: Any, where: str, what: str, seen: dict[str, str], problems: list[str]) -> None:
    if not isinstance(key, str):
        return
    if key in seen:
        problems.append(
            f"{where} › key: the {what} key {key!r} is used more than once, also at "
            f"{seen[key]} (give each {what} its own key)"
        )
    else:
        seen[key] = where
