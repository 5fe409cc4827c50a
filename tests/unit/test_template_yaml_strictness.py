"""YAML templates are read safely and strictly: no code, no silently repeated fields."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ethics_scrutiny.domain.errors import TemplateError
from ethics_scrutiny.domain.template_loader import load_template
from tests.factories import template_data


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "office.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_field_given_twice_is_refused_with_its_line(tmp_path: Path) -> None:
    text = yaml.safe_dump(template_data(), sort_keys=False)
    text = text.replace("title: Test core\n", "title: Test core\ntitle: Second title\n", 1)
    with pytest.raises(TemplateError, match=r"line \d+.*'title' is given twice"):
        load_template(write(tmp_path, text))


def test_a_question_field_given_twice_is_refused(tmp_path: Path) -> None:
    text = yaml.safe_dump(template_data(), sort_keys=False)
    text = text.replace("critical: true\n", "critical: true\n    critical: false\n", 1)
    with pytest.raises(TemplateError, match="'critical' is given twice"):
        load_template(write(tmp_path, text))


def test_python_object_tags_are_refused(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="not valid YAML"):
        load_template(write(tmp_path, "slug: !!python/object/apply:os.system ['true']\n"))


def test_a_valid_yaml_template_still_loads(tmp_path: Path) -> None:
    template = load_template(write(tmp_path, yaml.safe_dump(template_data())))
    assert template.slug == "core"
