"""JSON Schema for template files, generated from the Template model for authors' editors.

Regenerate after changing the model: ``python -m ethics_scrutiny.domain.template_schema``
(``--check`` exits 1 if the shipped file is out of date).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from .frameworks import FRAMEWORKS
from .templates import Template

SCHEMA_ID = "https://ethics-scrutiny.invalid/schema/template.schema.json"
SCHEMA_PATH = Path(__file__).resolve().parents[2] / "assets" / "schema" / "template.schema.json"


def template_schema() -> dict[str, Any]:
    """The model's schema, with the framework catalogue spelt out so editors can complete it."""
    schema = Template.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA_ID
    schema["title"] = "Ethics Scrutiny checklist template"
    schema["description"] = (
        "A core checklist or technology module (YAML or JSON). See docs/authoring-templates.md; "
        "'ethics-scrutiny templates check FILE' gives every problem with a fix."
    )
    schema["$defs"]["Question"]["properties"]["frameworks"] = _frameworks_schema()
    return schema


def _frameworks_schema() -> dict[str, Any]:
    return {
        "title": "Frameworks",
        "description": (
            "External framework elements this question covers, by framework id: one the app "
            "knows, or one the template declares under its own frameworks."
        ),
        "type": "object",
        # A framework the template declares itself: its elements are checked on loading.
        "additionalProperties": {"type": "array", "items": {"type": "string"}},
        "properties": {
            framework.id: {
                "title": framework.title,
                "type": "array",
                "items": {"enum": list(framework.elements)},
                "uniqueItems": True,
            }
            for framework in FRAMEWORKS
        },
    }


def schema_text() -> str:
    return json.dumps(template_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    text = schema_text()
    if "--check" in args:
        current = SCHEMA_PATH.read_text(encoding="utf-8") if SCHEMA_PATH.exists() else ""
        if current != text:
            print(f"{SCHEMA_PATH} is out of date; run without --check to regenerate it.")
            return 1
        return 0
    SCHEMA_PATH.parent.mkdir(parents=True, exist_ok=True)
    SCHEMA_PATH.write_text(text, encoding="utf-8")
    print(f"Wrote {SCHEMA_PATH}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
