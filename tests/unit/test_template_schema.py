"""The JSON Schema shipped for template authors is exactly what the model generates."""

from __future__ import annotations

import json

from ethics_scrutiny.domain.frameworks import FRAMEWORKS
from ethics_scrutiny.domain.template_schema import SCHEMA_PATH, main, schema_text
from ethics_scrutiny.domain.templates import Question, Template


def test_the_shipped_schema_equals_the_generated_one() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), (
        "Regenerate it: python -m ethics_scrutiny.domain.template_schema"
    )
    assert main(["--check"]) == 0


def test_the_schema_describes_every_field_and_refuses_unknown_ones() -> None:
    schema = json.loads(schema_text())
    assert set(schema["properties"]) == set(Template.model_fields)
    assert schema["additionalProperties"] is False
    question = schema["$defs"]["Question"]
    assert set(question["properties"]) == set(Question.model_fields)
    # Evidence and a red flag are optional: converted questionnaires often have neither.
    assert set(question["required"]) == {"key", "prompt", "guidance", "sources"}


def test_framework_ids_and_elements_are_listed_for_editors() -> None:
    frameworks = json.loads(schema_text())["$defs"]["Question"]["properties"]["frameworks"]
    # Other ids are frameworks a template declares itself; their elements are checked on load.
    assert frameworks["additionalProperties"] == {"type": "array", "items": {"type": "string"}}
    for framework in FRAMEWORKS:
        assert frameworks["properties"][framework.id]["items"]["enum"] == list(framework.elements)
