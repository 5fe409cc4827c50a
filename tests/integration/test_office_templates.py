"""An office's own templates sit beside the shipped ones; a broken one never stops the app."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ethics_scrutiny.cli import main
from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.enums import Technology
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.services import Services
from tests.factories import question


def office_module() -> dict[str, object]:
    return {
        "slug": "gwent-body-worn-video",
        "version": "1.0.0",
        "title": "Gwent body-worn video module",
        "kind": "module",
        "technologies": ["other"],
        "themes": [{"key": "bwv", "title": "Body-worn video", "questions": [question("BW-01")]}],
    }


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    (folder / "templates").mkdir(parents=True)
    good = folder / "templates" / "bwv.yaml"
    good.write_text(yaml.safe_dump(office_module()), encoding="utf-8")
    (folder / "templates" / "broken.json").write_text('{"slug": ', encoding="utf-8")
    return folder


def test_office_module_is_used_and_broken_file_reported(data_dir: Path) -> None:
    services = Services.open(resolve_settings(str(data_dir)))
    try:
        assert [p.split(" ")[0] for p in services.library.problems] == ["broken.json"]
        assert "not valid JSON" in services.library.problems[0]
        scrutiny_id = services.scrutinies.create(
            NewScrutiny("Body-worn video", "Gwent Police", Technology.OTHER)
        )
        detail = services.scrutinies.get(scrutiny_id)
        assert ("gwent-body-worn-video", "1.0.0") in detail.template_versions
        assert detail.checklist.has_question("BW-01")
    finally:
        services.close()


def test_command_line_warns_on_stderr_and_carries_on(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(data_dir), "templates", "list"]) == 0
    out, err = capsys.readouterr()
    assert "gwent-body-worn-video" in out
    assert err.startswith("Warning: broken.json was not loaded")


def test_a_broken_shipped_template_is_an_installation_error(tmp_path: Path) -> None:
    from ethics_scrutiny.domain.errors import TemplateError
    from ethics_scrutiny.domain.template_library import TemplateLibrary

    shipped = tmp_path / "shipped"
    shipped.mkdir()
    (shipped / "core.yaml").write_text("kind: core\n", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"core\.yaml"):
        TemplateLibrary.load(shipped)


def test_an_office_copy_of_a_shipped_slug_is_left_out_and_named(tmp_path: Path) -> None:
    from ethics_scrutiny.assets import templates_dir
    from ethics_scrutiny.domain.template_library import TemplateLibrary

    office = tmp_path / "office"
    office.mkdir()
    data = office_module()
    data["slug"] = "core"
    (office / "my-core.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    library = TemplateLibrary.load(templates_dir(), office)
    assert library.get("core").title != "Gwent body-worn video module"
    [problem] = library.problems
    assert problem.startswith("my-core.yaml was not loaded: its slug 'core' belongs to a template")


HOSTILE_OFFICE_FILES = {
    "deep.json": "[" * 100_000 + "]" * 100_000,
    "number.json": '{"slug": "x", "version": ' + "9" * 5000 + "}",
    "number.yaml": "slug: x\nversion: " + "9" * 5000 + "\n",
    "date.yaml": "slug: x\nversion: 2024-13-45\n",
    "key.yaml": "? [a, b]\n: 1\n",
}


def test_files_built_to_crash_a_parser_are_named_and_every_command_still_runs(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, text in HOSTILE_OFFICE_FILES.items():
        (data_dir / "templates" / name).write_text(text, encoding="utf-8")
    for command in (["templates", "list"], ["list"], ["verify"]):
        assert main(["--data-dir", str(data_dir), *command]) == 0, command
        _out, err = capsys.readouterr()
        warned = sorted(line.split(" ")[1] for line in err.splitlines() if "was not loaded" in line)
        assert warned == sorted([*HOSTILE_OFFICE_FILES, "broken.json"]), err
    services = Services.open(resolve_settings(str(data_dir)))
    try:
        assert services.library.has("gwent-body-worn-video")
        assert len(services.library.problems) == len(HOSTILE_OFFICE_FILES) + 1
    finally:
        services.close()
