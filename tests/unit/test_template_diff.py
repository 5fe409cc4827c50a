"""Comparing template versions: added, changed (which fields) and removed questions by key."""

from __future__ import annotations

import copy
from typing import Any

from ethics_scrutiny.domain.enums import Technology
from ethics_scrutiny.domain.template_diff import diff_templates, upgraded_templates, version_key
from ethics_scrutiny.domain.template_library import TemplateLibrary
from ethics_scrutiny.domain.templates import Template
from tests.factories import question, template_data


def v2_data() -> dict[str, Any]:
    data = copy.deepcopy(template_data())
    data["version"] = "1.1.0"
    fairness = data["themes"][0]["questions"]
    fairness[1]["prompt"] = "A clearer prompt for FE-02?"
    fairness[1]["critical"] = True
    fairness.append(question("FE-03"))
    data["themes"][1]["questions"] = [
        q for q in data["themes"][1]["questions"] if q["key"] != "PD-03"
    ]
    return data


def module(slug: str, version: str, key: str, technology: str) -> Template:
    return Template.model_validate(
        {
            "slug": slug,
            "version": version,
            "title": f"Module {slug}",
            "kind": "module",
            "technologies": [technology],
            "themes": [{"key": "m", "title": "M", "questions": [question(key)]}],
        }
    )


def test_versions_compare_number_by_number() -> None:
    assert version_key("1.10.0") > version_key("1.9.3")
    assert version_key("2.0.0") > version_key("1.99.99")


def test_diff_names_added_changed_and_removed_questions() -> None:
    old = [Template.model_validate(template_data())]
    new = [Template.model_validate(v2_data())]
    diff = diff_templates(old, new, answered={"FE-01", "FE-02", "PD-03"})
    assert [c.key for c in diff.added] == ["FE-03"]
    assert [(c.key, c.fields, c.answered) for c in diff.changed] == [
        ("FE-02", ("prompt", "critical"), True)
    ]
    assert [(c.key, c.answered) for c in diff.removed] == [("PD-03", True)]
    assert diff.carried == ("FE-01", "FE-02")
    assert diff.retired == ("PD-03",)
    [move] = diff.templates
    assert (move.slug, move.from_version, move.to_version) == ("core", "1.0.0", "1.1.0")


def test_a_question_moved_to_another_theme_counts_as_changed() -> None:
    data = template_data()
    moved = data["themes"][0]["questions"].pop(1)
    data["themes"][1]["questions"].append(moved)
    diff = diff_templates(
        [Template.model_validate(template_data())], [Template.model_validate(data)], set()
    )
    assert [(c.key, c.fields) for c in diff.changed] == [("FE-02", ("theme",))]


def test_identical_templates_have_no_changes() -> None:
    same = [Template.model_validate(template_data())]
    diff = diff_templates(same, same, {"FE-01"})
    assert not diff.has_changes and diff.carried == ("FE-01",)


def test_upgrade_takes_newer_versions_only_and_adds_modules_that_now_apply() -> None:
    core_v1 = Template.model_validate(template_data())
    old_module = module("drones", "2.0.0", "DR-01", "drones")
    library = TemplateLibrary(
        [
            Template.model_validate(v2_data()),
            module("drones", "1.5.0", "DR-01", "drones"),  # older: never a downgrade
            module("aerial-common", "1.0.0", "AE-01", "drones"),
            module("anpr", "1.0.0", "AN-01", "anpr"),
        ]
    )
    result = upgraded_templates([core_v1, old_module], library, Technology.DRONES)
    assert [(t.slug, t.version) for t in result] == [
        ("core", "1.1.0"),
        ("drones", "2.0.0"),
        ("aerial-common", "1.0.0"),
    ]
    diff = diff_templates([core_v1, old_module], result, set())
    assert [(m.slug, m.from_version) for m in diff.templates] == [
        ("core", "1.0.0"),
        ("aerial-common", None),
    ]
    assert [c.key for c in diff.added] == ["FE-03", "AE-01"]


def test_new_format_fields_count_as_changes() -> None:
    data = copy.deepcopy(template_data())
    data["version"] = "1.1.0"
    first, second = data["themes"][0]["questions"]
    first["answer"] = {
        "type": "single",
        "options": [{"value": "no", "label": "No"}, {"value": "yes", "label": "Yes"}],
    }
    first["from_level"] = 3
    second["translations"] = {"fr": {"prompt": "Question ?"}}
    diff = diff_templates(
        [Template.model_validate(template_data())], [Template.model_validate(data)], set()
    )
    assert [(c.key, c.fields) for c in diff.changed] == [
        ("FE-01", ("answer", "from_level")),
        ("FE-02", ("translations",)),
    ]


def test_upgrade_leaves_out_dropped_modules_and_keeps_an_office_core() -> None:
    office_core = Template.model_validate(template_data("office-core"))
    library = TemplateLibrary(
        [
            Template.model_validate(v2_data()),
            office_core,
            module("drones", "1.0.0", "DR-01", "drones"),
            module("aerial-common", "1.0.0", "AE-01", "drones"),
        ]
    )
    result = upgraded_templates([office_core], library, Technology.DRONES, {"drones"})
    assert [t.slug for t in result] == ["office-core", "aerial-common"]
