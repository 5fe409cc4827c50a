"""``templates show`` and ``templates list`` give the whole template format, as text and JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ethics_scrutiny.cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"

# The fields these commands gave before the format grew: kept, never renamed.
TEMPLATE_FIELDS = {
    "slug",
    "version",
    "title",
    "kind",
    "technologies",
    "questions",
    "themes",
    "consistency",
}
QUESTION_FIELDS = {
    "key",
    "prompt",
    "guidance",
    "sources",
    "evidence",
    "red_flag",
    "critical",
    "blocking",
    "obligation",
    "stages",
    "frameworks",
}
NEW_QUESTION_FIELDS = {"answer", "show_if", "from_level", "upstream_id"}
NEW_TEMPLATE_FIELDS = {"scoring", "provenance", "languages", "description"}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def show_json(capsys: pytest.CaptureFixture[str], data: list[str], slug: str) -> dict[str, Any]:
    code, out, err = run(capsys, *data, "templates", "show", slug, "--json")
    assert code == 0, err
    shown: dict[str, Any] = json.loads(out)
    return shown


def questions_of(shown: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {q["key"]: q for theme in shown["themes"] for q in theme["questions"]}


def import_example(capsys: pytest.CaptureFixture[str], data: list[str], name: str) -> str:
    code, out, err = run(capsys, *data, "templates", "import", str(EXAMPLES / name), "--json")
    assert code == 0, err + out
    slug: str = json.loads(out)["slug"]
    return slug


def test_show_json_gives_the_screenings_answers_scoring_and_languages(
    capsys: pytest.CaptureFixture[str], cli_data: list[str]
) -> None:
    shown = show_json(capsys, cli_data, "screening")
    assert set(shown) >= TEMPLATE_FIELDS | NEW_TEMPLATE_FIELDS
    assert shown["languages"] == ["en", "cy"]
    assert shown["provenance"] is None
    first = questions_of(shown)["SC-01"]
    assert set(first) >= QUESTION_FIELDS | NEW_QUESTION_FIELDS
    assert first["answer"]["type"] == "single"
    assert first["answer"]["options"][0] == {
        "value": "no-people",
        "label": "No: it handles no information about identifiable people",
        "points": 0,
        "status": None,
        "rating": None,
    }
    points = [option["points"] for option in first["answer"]["options"]]
    assert points == sorted(points)  # least to most intrusive, as the template lists them
    scoring = shown["scoring"]
    assert scoring["totals"][0]["key"] == "intrusion"
    assert scoring["totals"][0]["maximum"] == 41
    levels = scoring["bands"]["levels"]
    assert [level["band"] for level in levels] == [1, 2, 3, 4]
    assert [level["at_least"] for level in levels] == [None, 10, 18, 27]
    assert all(level["description"] for level in levels)
    assert {"when", "at_least", "reason"} <= set(scoring["triggers"][0])
    assert {"key": "SC-12", "any_of": ["flies"]} in [
        condition for proposal in scoring["proposes"] for condition in proposal["when"]
    ]


def test_show_json_gives_from_level_and_nulls_where_nothing_is_declared(
    capsys: pytest.CaptureFixture[str], cli_data: list[str]
) -> None:
    shown = show_json(capsys, cli_data, "core")
    questions = questions_of(shown)
    assert questions["AO-15"]["from_level"] == 4
    assert questions["AO-15"]["obligation"] in {"must", "should", "could"}
    plain = questions["LB-01"]
    assert plain["answer"] is None and plain["show_if"] is None and plain["from_level"] is None
    assert shown["scoring"] is None


def test_show_json_gives_an_imported_questionnaires_provenance_conditions_and_statuses(
    capsys: pytest.CaptureFixture[str], cli_data: list[str]
) -> None:
    aia = show_json(capsys, cli_data, import_example(capsys, cli_data, "canada-aia.yaml"))
    assert aia["provenance"]["licence"].startswith("MIT")
    assert aia["provenance"]["upstream_url"] == "https://github.com/canada-ca/aia-eia-js"
    assert "fr" in aia["languages"]
    conditional = [q for q in questions_of(aia).values() if q["show_if"] is not None]
    assert conditional and {"key", "any_of"} == set(conditional[0]["show_if"])
    assert aia["scoring"]["adjustments"][0]["multiply_by"] == 0.85
    assert any(q["upstream_id"] for q in questions_of(aia).values())
    altai = show_json(capsys, cli_data, import_example(capsys, cli_data, "eu-altai.yaml"))
    options = [
        option
        for q in questions_of(altai).values()
        if q["answer"] is not None
        for option in q["answer"]["options"]
    ]
    assert any(option["status"] and option["rating"] for option in options)


def test_show_text_gives_options_bands_and_when_a_question_is_asked(
    capsys: pytest.CaptureFixture[str], cli_data: list[str]
) -> None:
    code, out, _ = run(capsys, *cli_data, "templates", "show", "screening")
    assert code == 0
    assert "Languages: en, cy." in out
    assert "        identifies: It identifies people by name" in out
    assert "[3 points]" in out
    assert "4 Impact level 4 (very high) (at least 27 points)" in out
    assert "At least band 4 when SC-02 is biometric and SC-06 is public-space" in out
    code, out, _ = run(capsys, *cli_data, "templates", "show", "core")
    assert "Asked from impact level 4." in out
    slug = import_example(capsys, cli_data, "canada-aia.yaml")
    code, out, _ = run(capsys, *cli_data, "templates", "show", slug)
    assert "Converted from: Government of Canada" in out
    assert "Asked only when AIA-BD-1 is " in out
    assert "is multiplied by 0.85 when mitigation reaches 40% of its maximum." in out


def test_list_gives_the_screening_its_own_words_and_a_wide_enough_kind_column(
    capsys: pytest.CaptureFixture[str], cli_data: list[str]
) -> None:
    code, out, _ = run(capsys, *cli_data, "templates", "list")
    assert code == 0
    rows = {line.split()[0]: line for line in out.splitlines()}
    screening = rows["screening"]
    assert " screening Screening for the impact level " in screening
    assert "new --screen" in screening and "--module" not in screening
    # Every title starts in the same column: the kind column holds its longest word.
    starts = {row.index(title) for row, title in _titles(rows).items()}
    assert len(starts) == 1


def test_list_names_an_office_core_and_screening_by_what_they_are_for(
    capsys: pytest.CaptureFixture[str], cli_data: list[str], tmp_path: Path
) -> None:
    screening = (EXAMPLES.parents[1] / "assets" / "templates" / "screening.yaml").read_text(
        encoding="utf-8"
    )
    office = tmp_path / "office-screening.yaml"
    # Its own slug and keys: an office file may not reuse what the app ships.
    own = screening.replace("slug: screening", "slug: office-screening", 1).replace("SC-", "OS-")
    office.write_text(own, encoding="utf-8")
    code, out, err = run(capsys, *cli_data, "templates", "import", str(office))
    assert code == 0, err + out
    core = (EXAMPLES.parents[1] / "assets" / "templates" / "core.yaml").read_text(encoding="utf-8")
    office_core = tmp_path / "office-core.yaml"
    office_core.write_text(core.replace("slug: core", "slug: office-core", 1), encoding="utf-8")
    code, out, err = run(capsys, *cli_data, "templates", "import", str(office_core))
    assert code == 0, err + out
    code, out, _ = run(capsys, *cli_data, "templates", "list")
    rows = {line.split()[0]: line for line in out.splitlines()}
    assert rows["office-core"].endswith("(an office core: use with new --core office-core)")
    assert rows["core"].endswith("(all technologies)")
    assert rows["office-screening"].endswith(
        "(not used: new scrutinies are screened with the app's own screening)"
    )
    assert "new --screen" in rows["screening"]


def test_list_json_keeps_its_fields_and_gives_each_kind(
    capsys: pytest.CaptureFixture[str], cli_data: list[str]
) -> None:
    code, out, err = run(capsys, *cli_data, "templates", "list", "--json")
    assert code == 0, err
    items = {item["slug"]: item for item in json.loads(out)}
    assert {"slug", "version", "title", "kind", "technologies", "questions"} <= set(
        items["screening"]
    )
    assert items["screening"]["kind"] == "screening"
    assert items["core"]["kind"] == "core"
    assert items["drones"]["kind"] == "module"


def _titles(rows: dict[str, str]) -> dict[str, str]:
    titles = {
        "core": "Core scrutiny checklist",
        "drones": "Drones module",
        "screening": "Screening for the impact level",
    }
    return {rows[slug]: title for slug, title in titles.items()}
