"""The examples in docs/authoring-templates.md for the newer fields are valid template content."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from ethics_scrutiny.domain.band_scoring import evaluate_scoring
from ethics_scrutiny.domain.template_loader import parse_template
from ethics_scrutiny.domain.typed_answers import TypedAnswer
from tests.factories import question

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "authoring-templates.md"
BLOCKS = re.findall(r"```yaml\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S)


def block(starting: str) -> Any:
    return yaml.safe_load(next(b for b in BLOCKS if b.lstrip().startswith(starting)))


def question_block(containing: str) -> dict[str, Any]:
    text = next(b for b in BLOCKS if containing in b)
    found: dict[str, Any] = yaml.safe_load("q:\n" + text)["q"][0]
    return found


def module(*questions: dict[str, Any], **extra: Any) -> dict[str, Any]:
    themes = [{"key": "k", "title": "K", "questions": list(questions)}]
    data = {"slug": "x", "version": "1.0.0", "title": "X", "kind": "module", "themes": themes}
    return data | extra


def options(*values: str) -> dict[str, Any]:
    listed = [{"value": v, "label": v, "points": n} for n, v in enumerate(values)]
    return {"type": "single", "options": listed}


def test_the_typed_answer_example_is_valid_and_maps_yes_to_red() -> None:
    example = question_block("answer:\n          type: single")
    follow = question("BW-06", show_if={"key": "BW-05", "any_of": ["partners", "yes"]})
    template = parse_template(module(example, follow), source="guide")
    spec = template.themes[0].questions[0].answer
    assert spec is not None and [o.value for o in spec.options] == ["no", "partners", "yes"]
    assert spec.options[2].status is not None and spec.options[2].status.value == "not_met"


def test_the_scoring_example_is_valid_and_its_trigger_sets_level_four() -> None:
    scoring = block("scoring:")["scoring"]
    risk = [
        question("AIA-Q12", answer=options("a", "b")),
        question("SCR-01", answer=options("none", "face")),
        question("SCR-02", answer=options("no", "identify")),
        question("SCR-06", answer=options("home", "public-space", "protest")),
    ]
    mitigation = question("MIT-01", answer=options("n", "y"))
    data = module(*risk, kind="screening", scoring=scoring)
    data["themes"] = [
        {"key": "risk", "title": "Risk", "questions": risk},
        {"key": "mitigation", "title": "M", "questions": [mitigation]},
    ]
    template = parse_template(data, source="guide")
    answers = {"SCR-02": TypedAnswer(("identify",)), "SCR-06": TypedAnswer(("protest",))}
    assert evaluate_scoring(template, answers).band == 4


def test_the_framework_provenance_and_language_examples_are_valid() -> None:
    declared = block("frameworks:\n  - key: altai")
    tagged = declared["themes"][0]["questions"][0]
    tagged.update(question("ALTAI-1-1"), frameworks=tagged["frameworks"])
    assert parse_template(module() | declared, source="guide").frameworks[0].key == "altai"
    converted = block("provenance:")
    converted["themes"][0]["questions"][0].update(question("DEON-A1"))
    assert parse_template(module() | converted, source="guide").provenance is not None
    translated = question_block("translations:\n          fr:")
    translated.update({k: v for k, v in question("BW-01").items() if k != "prompt"})
    assert parse_template(module(translated), source="guide").languages() == ["en", "fr", "ga"]
