"""Obligations and consistency rules in the template format, and `templates check` on them."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from ethics_scrutiny.domain.enums import Obligation
from ethics_scrutiny.domain.errors import TemplateError
from ethics_scrutiny.domain.record import canonical_json
from ethics_scrutiny.domain.template_loader import check_template_file, parse_template
from ethics_scrutiny.domain.templates import Checklist, Template
from tests.factories import question, template_data


def with_questions(*questions: dict[str, Any], **extra: Any) -> dict[str, Any]:
    data = template_data(**extra)
    data["themes"] = [{"key": "legal", "title": "Legal basis", "questions": list(questions)}]
    return data


def rule(key: str, *requires: str, message: str = "Cannot be met yet.") -> dict[str, Any]:
    return {"key": key, "requires_met": list(requires), "message": message}


def test_an_unstated_obligation_is_must_when_blocking_and_should_otherwise() -> None:
    template = Template.model_validate(
        with_questions(
            question("LB-03", critical=True, blocking=True),
            question("LB-04"),
            question("LB-05", obligation="could"),
        )
    )
    assert [q.obligation for q in template.questions()] == [
        Obligation.MUST,
        Obligation.SHOULD,
        Obligation.COULD,
    ]


@pytest.mark.parametrize("obligation", ["should", "could"])
def test_a_blocking_question_must_be_a_must(obligation: str) -> None:
    data = with_questions(question("LB-03", critical=True, blocking=True, obligation=obligation))
    with pytest.raises(TemplateError) as caught:
        parse_template(data, source="core.yaml")
    assert "questions[0] (LB-03)" in str(caught.value)
    assert "obligation must be 'must'" in str(caught.value)


def test_an_unknown_obligation_is_refused_with_the_allowed_values() -> None:
    with pytest.raises(TemplateError) as caught:
        parse_template(with_questions(question("LB-03", obligation="may")), source="core.yaml")
    assert "obligation" in str(caught.value) and "'must', 'should' or 'could'" in str(caught.value)


def test_a_template_without_the_new_fields_keeps_its_snapshot_hash() -> None:
    data = with_questions(question("LB-03", critical=True, blocking=True), question("LB-04"))
    body = canonical_json(Template.model_validate(data).model_dump(mode="json"))
    assert "obligation" not in body and "consistency" not in body
    again = Template.model_validate(json.loads(body))
    digest = hashlib.sha256(body.encode()).hexdigest()
    assert hashlib.sha256(canonical_json(again.model_dump(mode="json")).encode()).hexdigest() == (
        digest
    )


def test_a_stated_obligation_other_than_the_default_survives_a_snapshot() -> None:
    data = with_questions(
        question("LB-03", obligation="must"), question("LB-04", obligation="could")
    )
    dumped = Template.model_validate(data).model_dump(mode="json")
    again = Template.model_validate(dumped)
    assert [q.obligation for q in again.questions()] == [Obligation.MUST, Obligation.COULD]


def test_consistency_rules_are_read_and_survive_a_snapshot() -> None:
    data = with_questions(
        question("PD-02"), question("LB-03"), consistency=[rule("PD-02", "LB-03", "FR-01")]
    )
    template = Template.model_validate(data)
    again = Template.model_validate(template.model_dump(mode="json"))
    assert again.consistency == template.consistency
    assert again.consistency[0].requires_met == ["LB-03", "FR-01"]


def test_a_module_may_qualify_a_core_question() -> None:
    core = Template.model_validate(with_questions(question("PD-02")))
    module = Template.model_validate(
        with_questions(
            question("FR-01"),
            slug="facial",
            kind="module",
            consistency=[rule("PD-02", "FR-01", "LB-99")],
        )
    )
    rules = Checklist([core, module]).consistency_rules()
    assert [(r.key, r.requires_met) for r in rules] == [("PD-02", ["FR-01", "LB-99"])]
    # Without the core, the rule has no question to doubt and is ignored.
    assert Checklist([module]).consistency_rules() == []


@pytest.mark.parametrize(
    ("bad_rule", "expected"),
    [
        (rule("pd-2", "LB-03"), "consistency[0] (pd-2) › key"),
        (rule("PD-02", "LB 03"), "consistency[0] (PD-02) › requires_met[0]"),
        (rule("PD-02"), "consistency[0] (PD-02) › requires_met"),
        (rule("XX-01", "YY-02"), "names no question of this template"),
        (rule("PD-02", "PD-02"), "lists PD-02 among its own requirements"),
        (rule("PD-02", "LB-03", "LB-03"), "'LB-03' is used more than once"),
        ({"key": "PD-02", "requires_met": ["LB-03"]}, "consistency[0] (PD-02) › message"),
    ],
)
def test_templates_check_refuses_a_malformed_rule(
    tmp_path: Path, bad_rule: dict[str, Any], expected: str
) -> None:
    data = with_questions(question("PD-02"), question("LB-03"), consistency=[bad_rule])
    path = tmp_path / "core.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    template, problems = check_template_file(path)
    assert template is None
    assert any(expected in problem for problem in problems), problems


@pytest.mark.parametrize(
    ("first", "rules", "expected"),
    [
        (
            question("PD-02", critical=True, blocking=True, obligation="could"),
            [],
            "obligation must be 'must', not 'could'",
        ),
        (question("PD-02"), [rule("XX-01", "YY-02")], "rule on XX-01 names no question of this"),
    ],
)
def test_templates_check_on_the_command_line_explains_the_problem(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    first: dict[str, Any],
    rules: list[dict[str, Any]],
    expected: str,
) -> None:
    from ethics_scrutiny.cli import main

    data = with_questions(first, slug="office-checks", kind="module", consistency=rules)
    path = tmp_path / "office-checks.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["--data-dir", str(tmp_path / "data"), "templates", "check", str(path)]) == 1
    assert expected in capsys.readouterr().out
