"""`templates check` messages: features the format lacks, line numbers, other kinds of file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from ethics_scrutiny.assets import templates_dir
from ethics_scrutiny.domain.template_library import TemplateLibrary
from ethics_scrutiny.domain.template_loader import check_template_file
from ethics_scrutiny.services.templates import TemplateFiles
from tests.factories import question, template_data


def write(tmp_path: Path, data: Any, name: str = "office.yaml") -> Path:
    path = tmp_path / name
    if name.endswith(".json"):
        path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    else:
        path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def line_of(path: Path, text: str, after: int = 0) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, start=1) if n > after and text in line)


def office(**extra: Any) -> dict[str, Any]:
    return template_data(slug="office-module", kind="module", **extra)


ELSEWHERE = "it writes this another way"
LACKING = "as it has no such feature"


@pytest.mark.parametrize(
    ("field", "why", "where_it_goes"),
    [
        ("options", ELSEWHERE, "typed answers go under answer: {type: single, options:"),
        ("weight", LACKING, "points belong to each answer option (answer › options › points)"),
        ("visibleIf", ELSEWHERE, "a question asked only after a given answer uses show_if: {key:"),
        ("fr", ELSEWHERE, "text in another language goes under translations: {fr: {...}}"),
        ("id", LACKING, "the question's id in the questionnaire it comes from goes in upstream_id"),
        ("notes", LACKING, "explanatory text goes in guidance"),
        ("required", LACKING, "how firmly a question binds goes in obligation: must, should or"),
    ],
)
def test_a_question_field_for_a_missing_feature_says_where_its_content_goes(
    tmp_path: Path, field: str, why: str, where_it_goes: str
) -> None:
    data = office()
    data["themes"][0]["questions"][1][field] = "something"
    path = write(tmp_path, data)
    _template, problems = check_template_file(path)
    line = line_of(path, f"{field}:")
    separator = ", " if why == LACKING else ": "
    assert len(problems) == 1
    assert problems[0].startswith(
        f"themes[0] (fairness) › questions[1] (FE-02) › {field} (line {line}): the template "
        f"format has no field {field!r}{separator}{why}; {where_it_goes}"
    )
    assert problems[0].endswith("(move the content there, or remove the field)")


@pytest.mark.parametrize(
    ("field", "where_it_goes"),
    [
        ("licence", "goes under provenance: {source, licence, upstream_version, upstream_url}"),
        ("languages", "the languages a template offers are those its texts are given in"),
        ("levels", "scoring goes under scoring: {totals, adjustments, bands, triggers"),
    ],
)
def test_a_template_field_for_a_missing_feature_says_where_its_content_goes(
    tmp_path: Path, field: str, where_it_goes: str
) -> None:
    path = write(tmp_path, office(**{field: "x"}))
    _template, problems = check_template_file(path)
    assert len(problems) == 1
    assert problems[0].startswith(f"{field} (line {line_of(path, field + ':')}): the template")
    assert where_it_goes in problems[0]


def test_a_misspelt_field_is_still_named_as_a_misspelling(tmp_path: Path) -> None:
    data = office()
    data["themes"][0]["questions"][0]["promt"] = "x"
    _template, problems = check_template_file(write(tmp_path, data))
    assert any("Extra inputs are not permitted" in p and "'prompt'?" in p for p in problems)


def test_template_wide_problems_are_placed_with_their_lines(tmp_path: Path) -> None:
    asked = question("FE-09", show_if={"key": "FE-01", "any_of": ["yes"]})
    data = office()
    data["themes"][0]["questions"].append(asked)
    data["scoring"] = {"totals": [{"key": "risk", "label": "Risk", "questions": ["ZZ-01"]}]}
    path = write(tmp_path, data)
    _template, problems = check_template_file(path)
    condition = line_of(path, "key: FE-01", after=line_of(path, "FE-09"))
    assert problems == [
        f"themes[0] (fairness) › questions[2] (FE-09) › show_if › key (line "
        f"{condition}): FE-01 has no single or multiple choice answer to "
        "test (give it answer: with options, or name another question)",
        f"scoring › totals[0] (risk) › questions[0] (line {line_of(path, '- ZZ-01')}): "
        "ZZ-01 is not a question of this template",
    ]


def test_lines_are_given_for_json_files_too(tmp_path: Path) -> None:
    data = office()
    data["themes"][0]["questions"][0]["critical"] = "sometimes"
    path = write(tmp_path, data, "office.json")
    _template, problems = check_template_file(path)
    line = line_of(path, '"critical": "sometimes"')
    assert problems[0].startswith(
        f"themes[0] (fairness) › questions[0] (FE-01) › critical (line {line}): "
    )


def test_a_bad_key_gives_the_rule_in_plain_words(tmp_path: Path) -> None:
    data = office()
    data["themes"][0]["questions"][0]["key"] = "FE_1"
    _template, problems = check_template_file(write(tmp_path, data))
    assert "key (line " in problems[0]
    assert (
        "this is not a usable question key (a question key is 2 to 10 capital letters"
        in (problems[0])
    )
    assert "or digits starting with a letter, then one to three parts" in problems[0]
    assert "at most 16 characters in all" in problems[0]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (
            {"format": "ethics-scrutiny-bundle", "format_version": 3, "scrutiny": {}},
            "is not a template: it is a scrutiny bundle. Import it with 'ethics-scrutiny import",
        ),
        (
            {"title": "AIA", "pages": [{"name": "p1", "elements": []}]},
            "is not a template: it looks like a SurveyJS questionnaire (pages of elements)",
        ),
        ({"name": "something", "items": [1, 2]}, "is not a template: it has none of a template"),
    ],
)
def test_a_file_of_another_kind_is_called_not_a_template(
    tmp_path: Path, data: dict[str, Any], words: str
) -> None:
    _template, problems = check_template_file(write(tmp_path, data, "other.json"))
    assert len(problems) == 1
    assert problems[0].startswith("other.json ") and words in problems[0]


def files(tmp_path: Path) -> TemplateFiles:
    office_dir = tmp_path / "templates"
    return TemplateFiles(
        TemplateLibrary.load(templates_dir(), office_dir), office_dir, templates_dir()
    )


def test_an_office_core_is_told_how_it_can_be_used(tmp_path: Path) -> None:
    data = template_data(slug="office-core")
    for theme in data["themes"]:
        for item in theme["questions"]:
            item["key"] = "OC" + item["key"]
    check = files(tmp_path).check_file(write(tmp_path, data))
    assert check.ok, check.problems
    assert len(check.notes) == 1
    assert "can be used for a new scrutiny in place of the app's own core" in check.notes[0]
    assert "--core office-core" in check.notes[0]


def test_a_module_needs_no_note_and_a_clash_is_placed_with_its_line(tmp_path: Path) -> None:
    core_key = next(iter(TemplateLibrary.load(templates_dir()).core().questions())).key
    data = office()
    data["themes"][0]["questions"][0]["key"] = core_key
    path = write(tmp_path, data)
    check = files(tmp_path).check_file(path)
    assert check.notes == ()
    clash = next(p for p in check.problems if "is already used by the template 'core'" in p)
    assert f"› key (line {line_of(path, 'key: ' + core_key)}): " in clash


@pytest.mark.parametrize(
    ("place", "written", "meant"),
    [
        (("themes", 0, "questions", 0, "answer"), {"type": "text", "minimun": 1}, "minimum"),
        (("themes", 0, "questions", 0, "cy"), {"promt": "x"}, "prompt"),
        (("themes", 0, "questions", 0, "translations"), {"fr": {"guidence": "x"}}, "guidance"),
        (("scoring",), {"totls": []}, "totals"),
        (("provenance",), {"source": "x", "licnce": "MIT"}, "licence"),
    ],
)
def test_a_misspelling_inside_the_new_fields_gets_the_field_meant(
    tmp_path: Path, place: tuple[Any, ...], written: dict[str, Any], meant: str
) -> None:
    data = office()
    node: Any = data
    for step in place[:-1]:
        node = node[step]
    node[place[-1]] = written
    _template, problems = check_template_file(write(tmp_path, data))
    assert any(f"did you mean {meant!r}?" in p for p in problems), problems


def test_a_bare_yes_or_no_option_value_is_explained(tmp_path: Path) -> None:
    data = office()
    data["themes"][0]["questions"][0]["answer"] = {"type": "single", "options": [{}, {}]}
    path = write(tmp_path, data)
    # Written as an author would: YAML reads the bare no and yes as false and true.
    text = (
        path.read_text(encoding="utf-8")
        .replace("- {}\n", "- {value: no, label: 'No'}\n", 1)
        .replace("- {}\n", "- {value: yes, label: 'Yes'}\n", 1)
    )
    path.write_text(text, encoding="utf-8")
    _template, problems = check_template_file(path)
    assert len(problems) == 2
    assert all("› value (line " in p for p in problems)
    assert all("YAML reads yes, no, on and off as true or false" in p for p in problems)
