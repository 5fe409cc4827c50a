"""The list's JSON writer gives exactly the text ``json.dumps(..., indent=2)`` gives."""

from __future__ import annotations

import json
from enum import IntEnum, StrEnum
from typing import Any

import pytest

from ethics_scrutiny import indented_json


class Colour(StrEnum):
    RED = "red"


class Size(IntEnum):
    BIG = 3


AWKWARD = [
    "", "plain", 'quote " and \\ backslash', "new\nline\ttab\r\x00\x1f\x7f", "Camerâu ŵ ŷ",
    "\u2028\u2029", "🚓 emoji", "\ud800 lone surrogate", "中文", "</script>",
]  # fmt: skip

CASES: list[Any] = [
    [],
    {},
    None,
    True,
    0,
    -(2**70),
    "text",
    AWKWARD,
    [{}],
    [[]],
    {"a": [], "b": {}, "c": [[], {}], "d": [1, [2, [3, {"e": None}]]]},
    [{"id": 1, "title": t, "ok": False, "n": None, "tags": [t, "x"]} for t in AWKWARD],
    {"enum": Colour.RED, "int_enum": Size.BIG, "tuple": (1, "two", (3,))},
    {"float": 1.5, "inf": float("inf")},  # the standard encoder's own job
    {1: "number key", "b": True},
    {None: 1},
]


@pytest.mark.parametrize("value", CASES, ids=range(len(CASES)))
def test_the_same_text_as_the_standard_encoder(value: Any) -> None:
    assert indented_json.dumps(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_what_json_cannot_encode_is_refused_as_json_refuses_it() -> None:
    with pytest.raises(TypeError):
        indented_json.dumps({"when": object()})
