"""The grown template format: typed answers, conditions, levels, languages, provenance, scoring."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest

from ethics_scrutiny.domain.coverage import framework_coverage
from ethics_scrutiny.domain.enums import AnswerType, Rating, Status, TemplateKind
from ethics_scrutiny.domain.errors import TemplateError
from ethics_scrutiny.domain.localize import option_label, question_text, text_in, theme_title
from ethics_scrutiny.domain.record import canonical_json
from ethics_scrutiny.domain.scrutiny import ResponseData
from ethics_scrutiny.domain.template_library import TemplateLibrary
from ethics_scrutiny.domain.template_loader import parse_template
from ethics_scrutiny.domain.templates import Checklist, Template
from tests.factories import question, template_data

YES_NO = {
    "type": "single",
    "options": [
        {"value": "no", "label": "No"},
        {"value": "yes", "label": "Yes", "points": 3, "status": "not_met", "rating": "red"},
    ],
}


def with_questions(*questions: dict[str, Any], **extra: Any) -> dict[str, Any]:
    data = template_data(**extra)
    data["themes"] = [{"key": "legal", "title": "Legal basis", "questions": list(questions)}]
    return data


def problems_of(data: dict[str, Any]) -> str:
    with pytest.raises(TemplateError) as caught:
        parse_template(data, source="office.yaml")
    return str(caught.value)


def digest(template: Template) -> str:
    return hashlib.sha256(canonical_json(template.model_dump(mode="json")).encode()).hexdigest()


def test_a_screening_kind_exists_beside_core_and_module() -> None:
    template = parse_template(template_data(kind="screening"), source="s.yaml")
    assert template.kind is TemplateKind.SCREENING


@pytest.mark.parametrize("key", ["DEON-A1", "AIA-Q12", "ALTAI-1-2", "CORE-01", "LFR-012"])
def test_wider_keys_are_accepted(key: str) -> None:
    assert parse_template(with_questions(question(key)), source="k.yaml").questions()


@pytest.mark.parametrize("key", ["lb-03", "X-1", "AB", "ABCDEFGHIJK-1", "ABCDEFGHIJ-1234567"])
def test_a_bad_key_is_explained_in_plain_words(key: str) -> None:
    message = problems_of(with_questions(question(key)))
    assert f"({key}) › key" in message
    assert "2 to 10 capital letters or digits starting with a letter" in message
    assert "at most 16 characters" in message


def test_evidence_and_red_flag_may_be_left_out_and_stay_out_of_the_snapshot() -> None:
    bare = question("LB-03")
    del bare["evidence"], bare["red_flag"]
    template = parse_template(with_questions(bare), source="o.yaml")
    only = next(template.questions())
    assert only.evidence == [] and only.red_flag == ""
    dumped = template.model_dump(mode="json")["themes"][0]["questions"][0]
    assert "evidence" not in dumped and "red_flag" not in dumped
    assert question_text(only, "en").red_flag == ""


def test_a_template_without_new_fields_keeps_its_serialised_form() -> None:
    template = parse_template(template_data(), source="core.yaml")
    body = canonical_json(template.model_dump(mode="json"))
    for field in ("answer", "show_if", "from_level", "translations", "scoring", "provenance"):
        assert f'"{field}"' not in body
    assert digest(Template.model_validate(json.loads(body))) == digest(template)


def test_a_typed_answer_is_read_and_survives_a_snapshot() -> None:
    data = with_questions(question("LB-03", answer=YES_NO), question("LB-04"))
    template = parse_template(data, source="o.yaml")
    spec = next(template.questions()).answer
    assert spec is not None and spec.type is AnswerType.SINGLE
    yes = spec.option("yes")
    assert yes is not None and yes.points == 3
    assert (yes.status, yes.rating) == (Status.NOT_MET, Rating.RED)
    again = Template.model_validate(template.model_dump(mode="json"))
    assert again == template and digest(again) == digest(template)


@pytest.mark.parametrize(
    ("answer", "words"),
    [
        ({"type": "single", "options": [{"value": "a", "label": "A"}]}, "at least two options"),
        ({"type": "text", "options": YES_NO["options"]}, "options are for 'single' or 'multiple'"),
        ({"type": "date", "minimum": 1}, "only for a 'number' answer"),
        ({"type": "number", "minimum": 5, "maximum": 1}, "minimum 5 is above the maximum 1"),
        ({"type": "choice"}, "answer › type"),
        (
            {"type": "multiple", "options": [{"value": "a", "label": "A"}] * 2},
            "'a' is used more than once",
        ),
        (
            {"type": "single", "options": [{"value": "Has Space", "label": "A"}] * 2},
            "options[0] › value",
        ),
    ],
)
def test_a_wrong_answer_spec_is_refused_with_its_place(answer: dict[str, Any], words: str) -> None:
    message = problems_of(with_questions(question("LB-03", answer=answer)))
    assert "questions[0] (LB-03)" in message and words in message


def test_show_if_must_name_a_choice_question_and_its_options() -> None:
    asked = question("LB-04", show_if={"key": "LB-03", "any_of": ["maybe"]})
    message = problems_of(with_questions(question("LB-03", answer=YES_NO), asked))
    assert (
        "questions[1] (LB-04) › show_if › any_of[0]: LB-03 has no option 'maybe'; use one of: "
        "no, yes" in message
    )
    message = problems_of(
        with_questions(
            question("LB-03"), question("LB-04", show_if={"key": "LB-03", "any_of": ["x"]})
        )
    )
    assert "show_if › key: LB-03 has no single or multiple choice answer" in message
    itself = question("LB-03", answer=YES_NO, show_if={"key": "LB-03", "any_of": ["yes"]})
    assert "names LB-03 itself" in problems_of(with_questions(itself))


def test_show_if_may_name_a_question_of_another_template() -> None:
    asked = question("LB-04", show_if={"key": "SCR-01", "any_of": ["face"]})
    template = parse_template(with_questions(asked), source="o.yaml")
    condition = next(template.questions()).show_if
    assert condition is not None and condition.key == "SCR-01"


@pytest.mark.parametrize(("level", "ok"), [(1, True), (4, True), (0, False), (5, False)])
def test_from_level_is_one_to_four(level: int, ok: bool) -> None:
    data = with_questions(question("LB-03", from_level=level))
    if ok:
        assert next(parse_template(data, source="o.yaml").questions()).from_level == level
    else:
        assert "from_level" in problems_of(data)


def test_texts_in_any_language_with_english_fallback() -> None:
    data = with_questions(
        question(
            "LB-03",
            cy={"prompt": "Cwestiwn?"},
            translations={"fr": {"prompt": "Question ?", "guidance": "Pourquoi."}},
            answer={
                "type": "single",
                "options": [
                    {"value": "no", "label": "No", "translations": {"ga": {"label": "Níl"}}},
                    {"value": "yes", "label": "Yes", "cy": {"label": "Ydy"}},
                ],
            },
        ),
        translations={"gd": {"title": "Deuchainn"}},
    )
    template = parse_template(data, source="o.yaml")
    assert template.languages() == ["en", "cy", "fr", "ga", "gd"]
    only = next(template.questions())
    assert question_text(only, "fr").prompt == "Question ?"
    assert question_text(only, "fr").evidence == tuple(only.evidence)  # falls back
    assert question_text(only, "cy").prompt == "Cwestiwn?"
    assert question_text(only, "de").prompt == only.prompt
    assert only.answer is not None
    assert [option_label(o, "ga") for o in only.answer.options] == ["Níl", "Yes"]
    assert [option_label(o, "cy") for o in only.answer.options] == ["No", "Ydy"]
    assert theme_title(template.themes[0], "fr") == "Legal basis"


def test_a_template_in_english_only_offers_english() -> None:
    assert parse_template(template_data(), source="core.yaml").languages() == ["en"]


@pytest.mark.parametrize("code", ["en", "French", "f"])
def test_a_translation_needs_a_language_code_other_than_english(code: str) -> None:
    message = problems_of(with_questions(question("LB-03", translations={code: {"prompt": "?"}})))
    assert "translations" in message


def test_provenance_and_upstream_ids_are_kept() -> None:
    data = with_questions(
        question("DEON-A1", upstream_id="A.1"),
        provenance={
            "source": "deon ethics checklist",
            "licence": "MIT",
            "upstream_version": "0.3.0",
            "upstream_url": "https://deon.drivendata.org/",
        },
    )
    template = parse_template(data, source="deon.yaml")
    assert template.provenance is not None and template.provenance.licence == "MIT"
    assert next(template.questions()).upstream_id == "A.1"
    assert "upstream_url" in problems_of(
        {**data, "provenance": {"source": "x", "upstream_url": "ftp:x"}}
    )


def test_an_office_framework_can_be_declared_tagged_and_covered() -> None:
    framework = {"key": "altai", "title": "ALTAI", "elements": ["Human agency", "Privacy"]}
    data = with_questions(
        question("ALTAI-1-1", frameworks={"altai": ["Privacy"]}),
        question("ALTAI-1-2", frameworks={"algocare": ["Lawful"]}),
        frameworks=[framework],
    )
    template = parse_template(data, source="altai.yaml")
    met = {"ALTAI-1-1": ResponseData(key="ALTAI-1-1", status=Status.MET)}
    coverage = {c.id: c for c in framework_coverage(Checklist([template]), met)}
    assert coverage["altai"].title == "ALTAI"
    assert [(e.name, e.met) for e in coverage["altai"].elements] == [
        ("Human agency", False),
        ("Privacy", True),
    ]


def test_an_undeclared_framework_or_element_is_refused() -> None:
    framework = {"key": "altai", "title": "ALTAI", "elements": ["Privacy"]}
    message = problems_of(
        with_questions(question("AB-01", frameworks={"altai": ["Nope"]}), frameworks=[framework])
    )
    assert "ALTAI has no element 'Nope'" in message
    message = problems_of(with_questions(question("AB-01", frameworks={"altai": ["Privacy"]})))
    assert "unknown framework 'altai'" in message and "declare it under frameworks:" in message
    catalogue = {"key": "algocare", "title": "Mine", "elements": ["X"]}
    assert "already knows" in problems_of(with_questions(question("AB-01"), frameworks=[catalogue]))


def scored(**scoring: Any) -> dict[str, Any]:
    return with_questions(
        question("AIA-Q1", answer=YES_NO),
        question("AIA-Q2", answer=YES_NO),
        question("AIA-M1", answer=YES_NO),
        kind="screening",
        scoring=scoring,
    )


BANDS = {
    "total": "impact",
    "levels": [
        {"band": 1, "label": "Level I"},
        {"band": 2, "label": "Level II", "above_percent": 30},
    ],
}


def test_scoring_is_read_and_survives_a_snapshot() -> None:
    data = scored(
        totals=[
            {"key": "impact", "label": "Impact", "questions": ["AIA-Q1", "AIA-Q2"]},
            {"key": "mitigation", "label": "Mitigation", "questions": ["AIA-M1"], "method": "max"},
        ],
        adjustments=[
            {
                "target": "impact",
                "condition": "mitigation",
                "at_least_percent": 80,
                "multiply_by": 0.85,
            }
        ],
        bands=BANDS,
        triggers=[
            {
                "when": [{"key": "AIA-Q1", "any_of": ["yes"]}],
                "at_least": 2,
                "reason": "Always level II.",
                "translations": {"fr": {"reason": "Toujours."}},
            }
        ],
        proposes=[{"when": [{"key": "AIA-Q2", "any_of": ["yes"]}], "modules": ["drones"]}],
    )
    template = parse_template(data, source="aia.yaml")
    assert template.scoring is not None
    assert template.scoring.total("mitigation").method == "max"
    assert text_in(template.scoring.triggers[0], "reason", "fr") == "Toujours."
    assert Template.model_validate(template.model_dump(mode="json")) == template


@pytest.mark.parametrize(
    ("scoring", "words"),
    [
        ({"totals": [{"key": "impact", "label": "I"}]}, "lists no questions or themes"),
        (
            {"totals": [{"key": "impact", "label": "I", "questions": ["ZZ-01"]}]},
            "totals[0] (impact) › questions[0]: ZZ-01 is not a question of this template",
        ),
        (
            {"totals": [{"key": "impact", "label": "I", "themes": ["nowhere"]}]},
            "'nowhere' is not a theme of this template",
        ),
        ({"bands": BANDS}, "bands › total: 'impact' is not one of the totals (none are declared)"),
        (
            {
                "totals": [{"key": "impact", "label": "I", "themes": ["legal"]}],
                "bands": BANDS,
                "triggers": [
                    {"when": [{"key": "AIA-Q1", "any_of": ["yes"]}], "at_least": 4, "reason": "R"}
                ],
            },
            "scoring › triggers[0] › at_least: 4 is not one of the bands",
        ),
        (
            {
                "totals": [{"key": "impact", "label": "I", "themes": ["legal"]}],
                "bands": {
                    "total": "impact",
                    "levels": [{"band": 1, "label": "L", "at_least": 1, "above_percent": 2}],
                },
            },
            "gives at_least and above_percent; give one threshold only",
        ),
    ],
)
def test_wrong_scoring_is_refused_in_plain_words(scoring: dict[str, Any], words: str) -> None:
    assert words in problems_of(scored(**scoring))


def test_a_checklist_offers_every_language_its_templates_give() -> None:
    welsh = parse_template(template_data(cy={"title": "Craidd"}), source="core.yaml")
    french = with_questions(
        question("OF-01", translations={"ga": {"prompt": "Ceist?"}}),
        slug="office-module",
        kind="module",
        translations={"fr": {"title": "Module"}},
    )
    module = parse_template(french, source="m.yaml")
    assert Checklist([welsh]).languages() == ["en", "cy"]
    assert Checklist([welsh, module]).languages() == ["en", "cy", "fr", "ga"]


def test_the_library_lists_the_app_core_first_among_cores() -> None:
    office = parse_template(
        with_questions(question("OF-01"), slug="office-core", title="A core"), source="o.yaml"
    )
    library = TemplateLibrary([office, parse_template(template_data(), source="core.yaml")])
    assert [t.slug for t in library.cores()] == ["core", "office-core"]


def test_show_if_conditions_may_not_go_round_in_a_loop() -> None:
    def asking(key: str, after: str) -> dict[str, Any]:
        return question(key, answer=YES_NO, show_if={"key": after, "any_of": ["yes"]})

    message = problems_of(
        with_questions(asking("LB-01", "LB-03"), asking("LB-02", "LB-01"), asking("LB-03", "LB-02"))
    )
    assert "the show_if conditions of LB-01 lead back to it" in message
    assert "the show_if conditions of LB-03 lead back to it" in message
    chain = with_questions(question("LB-01", answer=YES_NO), asking("LB-02", "LB-01"))
    assert parse_template(chain, source="o.yaml")


def test_a_higher_band_needs_a_higher_threshold() -> None:
    levels = [
        {"band": 1, "label": "I"},
        {"band": 2, "label": "II", "above_percent": 50},
        {"band": 3, "label": "III", "at_least_percent": 40},
    ]
    totals = [{"key": "impact", "label": "I", "themes": ["legal"]}]
    message = problems_of(scored(totals=totals, bands={"total": "impact", "levels": levels}))
    assert "band 3 starts at 40%, below band 2's 50%; a higher band needs a higher threshold" in (
        message
    )


def test_welsh_is_given_once() -> None:
    twice = question("LB-03", cy={"prompt": "Un?"}, translations={"cy": {"prompt": "Dau?"}})
    message = problems_of(with_questions(twice))
    assert "questions[0] (LB-03) › translations › cy: Welsh is given both under cy and" in message
    under_translations = question("LB-03", translations={"cy": {"prompt": "Dau?"}})
    only = next(parse_template(with_questions(under_translations), source="o.yaml").questions())
    assert question_text(only, "cy").prompt == "Dau?"
