"""Line numbers for `templates check` messages: where each field sits in the file's text."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import yaml

Path = tuple[str | int, ...]

# Composing is safe (no objects are built) and libyaml's composer is fast where available.
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def line_map(text: str) -> dict[Path, int]:
    """The 1-based line of every field and list entry in YAML or JSON text, by path.

    A mapping entry's line is its key's; a list entry's is where it starts. Text that cannot
    be composed gives an empty map (the file's own parse error is reported elsewhere).
    """
    try:
        root = yaml.compose(text, Loader=_Loader)
    except (yaml.YAMLError, RecursionError, ValueError):
        return {}
    lines: dict[Path, int] = {}
    if root is None:
        return lines
    stack: list[tuple[yaml.Node, Path]] = [(root, ())]
    lines[()] = root.start_mark.line + 1
    # An alias is the same node again: walked once, so aliases that repeat one another
    # cannot make the walk long.
    seen: set[int] = set()
    while stack:
        node, path = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode):
                    child = (*path, str(key_node.value))
                    lines.setdefault(child, key_node.start_mark.line + 1)
                    stack.append((value_node, child))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                child = (*path, index)
                lines.setdefault(child, item.start_mark.line + 1)
                stack.append((item, child))
    return lines


def describe_path(path: Sequence[Any], data: Any) -> str:
    """A path as messages write it: ``themes[0] (legal) › questions[2] (LB-03) › prompt``."""
    parts: list[str] = []
    node = data
    for step in path:
        if isinstance(step, int):
            node = node[step] if isinstance(node, list) and step < len(node) else None
            label = f"[{step}]"
            if isinstance(node, dict) and isinstance(node.get("key"), str):
                label += f" ({node['key']})"
            parts[-1:] = [(parts[-1] if parts else "") + label]
        else:
            node = node.get(step) if isinstance(node, dict) else None
            parts.append(str(step))
    return " › ".join(parts) if parts else "top level"


def with_line_numbers(problems: Sequence[str], data: Any, lines: Mapping[Path, int]) -> list[str]:
    """Each problem with ``(line N)`` after its place, found from the place's words.

    A place not in the file (a missing field) gets the line of the nearest enclosing one;
    a problem that already names a line, or whose place is unknown, is left as it is.
    """
    if not lines:
        return list(problems)
    by_words = {describe_path(path, data): line for path, line in lines.items()}
    return [_placed(problem, by_words) for problem in problems]


def _placed(problem: str, by_words: Mapping[str, int]) -> str:
    where, colon, rest = problem.partition(": ")
    if not colon or "(line " in where:
        return problem
    parts = where.split(" › ")
    while parts:
        line = by_words.get(" › ".join(parts))
        if line is not None:
            return f"{where} (line {line}): {rest}"
        parts.pop()
    return problem
