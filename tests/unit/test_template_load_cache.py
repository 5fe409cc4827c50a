"""An unchanged template file is parsed once per process; a changed one is read afresh."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from ethics_scrutiny.assets import templates_dir
from ethics_scrutiny.domain.errors import TemplateError
from ethics_scrutiny.domain.template_loader import load_template


def _copy_of_core(folder: Path) -> Path:
    target = folder / "core.yaml"
    shutil.copyfile(templates_dir() / "core.yaml", target)
    return target


def test_loading_an_unchanged_file_again_gives_the_same_template(tmp_path: Path) -> None:
    path = _copy_of_core(tmp_path)
    assert load_template(path) is load_template(path)


def test_an_edited_file_is_read_again_not_served_from_memory(tmp_path: Path) -> None:
    path = _copy_of_core(tmp_path)
    first = load_template(path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(f'version: "{first.version}"', 'version: "99.0.0"', 1), "utf-8")
    assert load_template(path).version == "99.0.0"


def test_a_file_broken_after_loading_is_refused(tmp_path: Path) -> None:
    path = _copy_of_core(tmp_path)
    load_template(path)
    path.write_text("slug: [unclosed\n", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"core\.yaml"):
        load_template(path)


def test_the_message_names_the_file_that_was_asked_for(tmp_path: Path) -> None:
    """Two files with the same broken text each get a message naming themselves."""
    for name in ("one.yaml", "two.yaml"):
        (tmp_path / name).write_text("slug: x\n", encoding="utf-8")
        with pytest.raises(TemplateError, match=re.escape(name)):
            load_template(tmp_path / name)
