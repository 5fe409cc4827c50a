"""Every text of the shipped screening has a Welsh draft, so a Welsh report is Welsh throughout."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel

from ethics_scrutiny.domain.enums import Language
from ethics_scrutiny.domain.scrutiny import ScreeningData
from ethics_scrutiny.domain.template_base import Loc, models_in, translation
from ethics_scrutiny.domain.template_loader import load_template
from ethics_scrutiny.domain.templates import Template
from ethics_scrutiny.services.report_answers import screening_report

SCREENING = load_template(
    Path(__file__).resolve().parents[2] / "assets" / "templates" / "screening.yaml"
)


def welsh_gaps(template: Template) -> list[str]:
    """Each place whose English text has no Welsh: a whole text model, or one of its fields.

    A model is translatable when it has a ``cy`` field; the fields of its Welsh model name
    the texts to translate (label, description, prompt, guidance, evidence, red_flag, ...).
    """
    gaps: list[str] = []
    for loc, node in models_in(template):
        if "cy" not in type(node).model_fields:
            continue
        welsh = translation(node, Language.WELSH.value)
        if welsh is None:
            gaps.append(f"{_where(loc)}: no Welsh at all")
            continue
        gaps += [f"{_where(loc)} › {name}" for name in _untranslated(node, welsh)]
    return gaps


def _untranslated(node: BaseModel, welsh: BaseModel) -> list[str]:
    missing = []
    for name in type(welsh).model_fields:
        english, given = getattr(node, name, None), getattr(welsh, name)
        if not english:
            continue
        # A list (evidence) needs a Welsh item for each English one.
        if not given or (isinstance(english, list) and len(given) != len(english)):
            missing.append(name)
    return missing


def _where(loc: Loc) -> str:
    return " › ".join(str(part) for part in loc) or "the template"


def test_every_text_of_the_screening_has_a_welsh_draft() -> None:
    assert welsh_gaps(SCREENING) == []


def test_the_walk_finds_a_missing_welsh_description() -> None:
    """The check itself can fail: take one band's Welsh description away and it is named."""
    data = SCREENING.model_dump(mode="json")
    del data["scoring"]["bands"]["levels"][1]["cy"]["description"]
    data["themes"][0]["questions"][0]["cy"]["evidence"] = []
    del data["themes"][0]["questions"][1]["answer"]["options"][0]["cy"]
    gaps = welsh_gaps(Template.model_validate(data))
    assert gaps == [
        "themes › 0 › questions › 0 › evidence",
        "themes › 0 › questions › 1 › answer › options › 0: no Welsh at all",
        "scoring › bands › levels › 1 › description",
    ]


@pytest.mark.parametrize("level", [1, 2, 3, 4])
def test_a_welsh_report_gives_each_levels_meaning_in_welsh(level: int) -> None:
    screening = ScreeningData(level=level, answers={}, template=("screening", SCREENING.version))
    english = screening_report(screening, SCREENING, Language.ENGLISH, public=False)
    welsh = screening_report(screening, SCREENING, Language.WELSH, public=False)
    assert welsh.label.startswith("Lefel effaith")
    assert welsh.meaning and welsh.meaning != english.meaning
    assert "rhestr wirio" in welsh.meaning
