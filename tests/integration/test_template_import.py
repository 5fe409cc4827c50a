"""An office's own template files: every problem named precisely, and nothing bad imported."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from ethics_scrutiny.cli import main
from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.domain.enums import Technology
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.domain.template_loader import MAX_TEMPLATE_BYTES
from ethics_scrutiny.services import Services
from tests.factories import question


def office_module(version: str = "1.0.0") -> dict[str, Any]:
    return {
        "slug": "gwent-body-worn-video",
        "version": version,
        "title": "Gwent body-worn video module",
        "kind": "module",
        "technologies": ["other"],
        "themes": [
            {
                "key": "bwv",
                "title": "Body-worn video",
                "questions": [question("BW-01", critical=True), question("BW-02")],
            }
        ],
    }


def as_yaml(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def edited(change: Callable[[dict[str, Any]], None]) -> str:
    data = office_module()
    change(data)
    return as_yaml(data)


def first_question(data: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = data["themes"][0]["questions"][0]
    return result


def shipped_core_key() -> str:
    from ethics_scrutiny.assets import templates_dir
    from ethics_scrutiny.domain.template_loader import load_template

    return next(load_template(templates_dir() / "core.yaml").questions()).key


MALFORMED: dict[str, tuple[Callable[[], bytes], str]] = {
    "missing field": (
        lambda: edited(lambda d: first_question(d).pop("prompt")).encode(),
        "themes[0] (bwv) › questions[0] (BW-01) › prompt (line 11): Field required "
        "(add this field)",
    ),
    "duplicate question key": (
        lambda: edited(lambda d: d["themes"][0]["questions"][1].update(key="BW-01")).encode(),
        "themes[0] (bwv) › questions[1] (BW-01) › key (line 20): the question key 'BW-01' is "
        "used more "
        "than once, also at themes[0] (bwv) › questions[0] (BW-01)",
    ),
    "field written twice": (
        lambda: (
            as_yaml(office_module())
            .replace("title: Gwent", "title: Gwent\ntitle: Second", 1)
            .encode()
        ),
        "'title' is given twice",
    ),
    "wrong type": (
        lambda: edited(lambda d: first_question(d).update(critical="sometimes")).encode(),
        "questions[0] (BW-01) › critical (line 19): Input should be a valid boolean",
    ),
    "unknown field": (
        lambda: edited(lambda d: first_question(d).update(guidence="typo")).encode(),
        "guidence (line 20): Extra inputs are not permitted (remove this field or check its "
        "spelling; "
        "did you mean 'guidance'?)",
    ),
    "version longer than the record keeps": (
        # The record's column holds 32 characters; PostgreSQL would refuse a longer one later.
        lambda: edited(lambda d: d.update(version="1.0.0-" + "a" * 30)).encode(),
        "version (line 2): String should have at most 32 characters",
    ),
    "bad YAML": (lambda: b"slug: [unclosed\nversion: 1.0.0\n", "is not valid YAML at line"),
    "huge file": (
        lambda: as_yaml(office_module()).encode() + b"#" * MAX_TEMPLATE_BYTES,
        "a template may be at most 2048 KB",
    ),
    "not UTF-8": (
        lambda: as_yaml(office_module()).replace("Gwent", "Gw\xe9nt").encode("latin-1"),
        "is not UTF-8 text (byte",
    ),
    "slug of a shipped template": (
        lambda: edited(lambda d: d.update(slug="core")).encode(),
        "slug (line 1): 'core' is the slug of a template that comes with the app",
    ),
    "key used by a template it combines with": (
        lambda: edited(lambda d: first_question(d).update(key=shipped_core_key())).encode(),
        "is already used by the template 'core'",
    ),
}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    out, _err = capsys.readouterr()
    return code, out


def office_files(data_dir: Path) -> list[str]:
    folder = data_dir / "templates"
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


@pytest.mark.parametrize("case", list(MALFORMED))
def test_a_malformed_template_is_named_precisely_and_never_imported(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make, expected = MALFORMED[case]
    path = tmp_path / "office-template.yaml"
    path.write_bytes(make())
    data = ["--data-dir", str(tmp_path / "data")]

    code, out = run(capsys, *data, "templates", "check", str(path))
    assert code == 1 and expected in out, out

    code, out = run(capsys, *data, "templates", "import", str(path), "--json")
    result = json.loads(out)
    assert code == 1 and result["imported"] is False
    assert any(expected in problem for problem in result["problems"]), result
    assert office_files(tmp_path / "data") == []


def test_check_reports_every_problem_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = office_module()
    data["version"] = "one"
    first_question(data).pop("guidance")
    first_question(data)["stages"] = ["proposal", "someday"]
    data["themes"][0]["questions"][1]["key"] = "BW-01"
    path = tmp_path / "many.yaml"
    path.write_text(as_yaml(data), encoding="utf-8")
    code, out = run(capsys, "templates", "check", str(path), "--json")
    result = json.loads(out)
    assert code == 1 and result["ok"] is False
    places = [problem.split(":")[0] for problem in result["problems"]]
    # The missing guidance is placed at its question's line; stages[1] at its list entry.
    assert places == [
        "version (line 2)",
        "themes[0] (bwv) › questions[0] (BW-01) › guidance (line 11)",
        "themes[0] (bwv) › questions[0] (BW-01) › stages[1] (line 21)",
        "themes[0] (bwv) › questions[1] (BW-01) › key (line 22)",
    ]


def test_a_valid_file_checks_clean(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bwv.json"
    path.write_text(json.dumps(office_module()), encoding="utf-8")
    code, out = run(capsys, "templates", "check", str(path), "--json")
    assert code == 0
    assert json.loads(out) == {
        "file": str(path),
        "ok": True,
        "slug": "gwent-body-worn-video",
        "version": "1.0.0",
        "kind": "module",
        "questions": 2,
        "problems": [],
        "notes": [],
    }


def test_a_shipped_template_checks_clean_against_itself(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from ethics_scrutiny.assets import templates_dir

    code, out = run(capsys, "templates", "check", str(templates_dir() / "core.yaml"))
    assert code == 0, out


def test_import_copies_the_file_and_a_newer_version_replaces_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    source = tmp_path / "My BWV.yaml"
    source.write_text("# Gwent's own module\n" + as_yaml(office_module()), encoding="utf-8")
    code, out = run(capsys, *data, "templates", "import", str(source))
    assert code == 0, out
    imported = tmp_path / "data" / "templates" / "gwent-body-worn-video.yaml"
    assert imported.read_bytes() == source.read_bytes()  # the author's comments are kept

    code, out = run(capsys, *data, "templates", "import", str(source))
    assert code == 1 and "already imported at version 1.0.0" in out and "e.g. 1.1.0" in out

    newer = tmp_path / "bwv.json"
    newer.write_text(json.dumps(office_module("1.1.0")), encoding="utf-8")
    code, out = run(capsys, *data, "templates", "import", str(newer), "--json")
    assert code == 0
    assert json.loads(out)["replaced"] == str(imported)
    assert office_files(tmp_path / "data") == ["gwent-body-worn-video.json"]

    code, out = run(capsys, *data, "templates", "list", "--json")
    listed = {t["slug"]: t for t in json.loads(out)}
    assert listed["gwent-body-worn-video"]["version"] == "1.1.0"
    assert listed["gwent-body-worn-video"]["technologies"] == ["other"]


def test_an_imported_module_is_usable_at_once_in_the_running_services(
    tmp_path: Path, data_dir: Path, database_url: str
) -> None:
    source = tmp_path / "bwv.yaml"
    source.write_text(as_yaml(office_module()), encoding="utf-8")
    services = Services.open(resolve_settings(str(data_dir), database_url))
    try:
        result = services.templates.import_file(source)
        assert result.path.parent == services.settings.templates_dir
        scrutiny_id = services.scrutinies.create(
            NewScrutiny("Body-worn video", "Gwent Police", Technology.OTHER)
        )
        assert services.scrutinies.get(scrutiny_id).checklist.has_question("BW-01")
    finally:
        services.close()


def test_a_shipped_slug_is_named_even_when_the_file_is_otherwise_broken(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = office_module()
    data["slug"] = "core"
    data["version"] = 1.0
    path = tmp_path / "broken.yaml"
    path.write_text(as_yaml(data), encoding="utf-8")
    code, out = run(capsys, "templates", "check", str(path), "--json")
    problems = json.loads(out)["problems"]
    assert code == 1 and len(problems) == 2
    assert problems[0].startswith("version (line 2): Input should be a valid string")
    assert "put a number such as a version in quotes (give a piece of text here)" in problems[0]
    assert problems[1].startswith("slug (line 1): 'core' is the slug of a template that comes")


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("deep.json", "[" * 100_000 + "]" * 100_000, "more than 32 levels deep"),
        ("number.json", '{"version": ' + "9" * 5000 + "}", "a number 5,000 digits long"),
        ("number.yaml", "version: " + "9" * 5000 + "\n", "a number 5,000 digits long"),
    ],
)
def test_check_and_import_refuse_a_file_built_to_crash_a_parser(
    name: str, text: str, expected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    data = ["--data-dir", str(tmp_path / "data")]
    code, out = run(capsys, *data, "templates", "check", str(path))
    assert code == 1 and expected in out, out
    code, out = run(capsys, *data, "templates", "import", str(path), "--json")
    result = json.loads(out)
    assert code == 1 and result["imported"] is False
    assert any(expected in problem for problem in result["problems"]), result
    assert office_files(tmp_path / "data") == []


def test_an_office_core_is_told_plainly_how_it_is_used(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = office_module()
    data.update(slug="gwent-core", kind="core", technologies=[])
    path = tmp_path / "gwent-core.yaml"
    path.write_text(as_yaml(data), encoding="utf-8")
    code, out = run(capsys, "templates", "check", str(path))
    assert code == 0
    assert "can be used for a new scrutiny in place of the app's own core" in out
    assert "--core gwent-core" in out
    code, out = run(capsys, "templates", "import", str(path), "--json")
    assert code == 0 and json.loads(out)["imported"] is True
    assert "--core gwent-core" in json.loads(out)["notes"][0]


def _office_screening(slug: str) -> dict[str, Any]:
    """The shipped screening adapted by an office: same question keys, its own slug."""
    from ethics_scrutiny.assets import templates_dir

    data: dict[str, Any] = yaml.safe_load(
        (templates_dir() / "screening.yaml").read_text(encoding="utf-8")
    )
    data.update(slug=slug, version="1.0.0", title="Gwent screening")
    return data


def test_an_office_screening_may_reuse_the_shipped_screenings_keys(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "gwent-screening.yaml"
    path.write_text(as_yaml(_office_screening("gwent-screening")), encoding="utf-8")
    data = ["--data-dir", str(tmp_path / "data")]
    code, out = run(capsys, *data, "templates", "check", str(path))
    assert code == 0, out
    assert "already used by the template 'screening'" not in out
    assert "not used in its place" in out  # the app's own screening stays in use
    code, out = run(capsys, *data, "templates", "import", str(path), "--json")
    assert code == 0 and json.loads(out)["imported"] is True
    # A second office screening with the same keys is never combined with the first either.
    second = tmp_path / "dyfed-screening.yaml"
    second.write_text(as_yaml(_office_screening("dyfed-screening")), encoding="utf-8")
    code, out = run(capsys, *data, "templates", "check", str(second))
    assert code == 0, out


def test_a_module_may_not_reuse_a_screening_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A checklist question's show_if may name a screening answer, so the keys must differ.
    data = office_module()
    first_question(data)["key"] = "SC-02"
    path = tmp_path / "bwv.yaml"
    path.write_text(as_yaml(data), encoding="utf-8")
    code, out = run(capsys, "--data-dir", str(tmp_path / "d"), "templates", "check", str(path))
    assert code == 1
    assert "'SC-02' is already used by the template 'screening'" in out
