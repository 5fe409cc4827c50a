"""Template files built to break a parser are refused with a plain message, never a crash."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import yaml

from ethics_scrutiny.domain.errors import TemplateError
from ethics_scrutiny.domain.template_loader import check_template_file, load_template
from ethics_scrutiny.domain.template_text import MAX_NESTING, check_shape
from tests.factories import template_data

HOSTILE: dict[str, tuple[str, str, str]] = {
    # name: (file name, text, what the one problem must say)
    "JSON nested far past Python's recursion limit": (
        "deep.json",
        "[" * 100_000 + "]" * 100_000,
        "nests lists and fields more than 32 levels deep",
    ),
    "JSON nested just under the recursion limit": (
        "deep-object.json",
        '{"a": ' * 900 + "1" + "}" * 900,
        "nests lists and fields more than 32 levels deep",
    ),
    "YAML nested under libyaml's own limit": (
        "deep.yaml",
        "slug: " + "[" * 900 + "]" * 900 + "\n",
        "nests lists and fields more than 32 levels deep",
    ),
    "5,000-digit integer in JSON": (
        "number.json",
        '{"slug": "x",\n "version": ' + "9" * 5000 + "}",
        "line 2, column 13: a number 5,000 digits long",
    ),
    "5,000-digit integer in YAML": (
        "number.yaml",
        "slug: x\nversion: " + "9" * 5000 + "\n",
        "line 2, column 10: a number 5,000 digits long",
    ),
    "negative 5,000-digit integer in JSON": (
        "negative.json",
        '{"version": -' + "1" * 5000 + "}",
        "a number 5,000 digits long",
    ),
    "date that does not exist": (
        "date.yaml",
        "slug: x\nversion: 2024-13-45\n",
        "line 2, column 10: '2024-13-45' is not a real date",
    ),
    "list used as a mapping key": (
        "key.yaml",
        "? [a, b]\n: 1\n",
        "is not valid YAML at line 1, column 3: found unhashable key",
    ),
    "YAML alias that contains itself": (
        "cycle.yaml",
        "slug: &loop [*loop]\n",
        "nests lists and fields more than 32 levels deep",
    ),
    "JSON field given twice": (
        "twice.json",
        '{"slug": "a",\n  "slug": "b"}',
        "line 2, column 3: the field 'slug' is given twice",
    ),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_hostile_file_is_refused_with_one_plain_problem(case: str, tmp_path: Path) -> None:
    name, text, expected = HOSTILE[case]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    template, problems = check_template_file(path)
    assert template is None
    [problem] = problems
    assert problem.startswith(name) and expected in problem, problem
    with pytest.raises(TemplateError):
        load_template(path)


def test_aliases_that_multiply_are_refused_quickly(tmp_path: Path) -> None:
    # Nine levels of nine aliases stand for 9**9 (387 million) values in a few hundred bytes.
    lines = ['a0: &a0 ["lol"]']
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 10)]
    path = tmp_path / "laughs.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(TemplateError, match="more than 1,000,000 values once its YAML aliases"):
        load_template(path)
    assert time.perf_counter() - started < 10


def test_a_template_at_the_depth_limit_still_loads(tmp_path: Path) -> None:
    data = template_data()
    data["themes"][0]["questions"][0]["sources"] = ["x"]
    path = tmp_path / "ok.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert load_template(path).slug == "core"
    nested: object = "x"
    for _ in range(MAX_NESTING):
        nested = [nested]
    check_shape(nested, "limit.json")  # exactly at the limit: accepted
    with pytest.raises(TemplateError, match="more than 32 levels deep"):
        check_shape([nested], "over.json")


def test_long_numbers_within_the_limit_and_real_dates_still_parse(tmp_path: Path) -> None:
    data = template_data()
    path = tmp_path / "office.yaml"
    text = yaml.safe_dump(data, sort_keys=False) + "x-number: " + "9" * 100 + "\n"
    path.write_text(text + "x-date: 2024-02-29\n", encoding="utf-8")
    _template, problems = check_template_file(path)
    # Both are read as values and then named as unknown fields, not refused as unreadable.
    lines = len(text.splitlines())
    assert [p.split(":")[0] for p in problems] == [
        f"x-number (line {lines})",
        f"x-date (line {lines + 1})",
    ]
