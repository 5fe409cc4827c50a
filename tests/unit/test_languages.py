"""Languages by code: any tag parses, and a scrutiny's language is one its templates offer."""

from __future__ import annotations

import pytest

from ethics_scrutiny.domain import languages
from ethics_scrutiny.domain.enums import Language
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.domain.templates import Template
from tests.factories import question, template_data


def _module(slug: str, key: str, **text: dict[str, str]) -> Template:
    return Template.model_validate(
        {
            "slug": slug,
            "version": "1.0.0",
            "title": slug.title(),
            "kind": "module",
            "themes": [{"key": "t", "title": "T", "questions": [question(key, translations=text)]}],
        }
    )


def test_any_language_tag_parses_and_members_stay_the_only_ones_listed() -> None:
    assert Language("en") is Language.ENGLISH and Language("cy") is Language.WELSH
    french = Language("fr")
    assert french is Language("fr") and french == "fr" and french.value == "fr"
    assert Language("pt-BR").value == "pt-BR"
    assert list(Language) == [Language.ENGLISH, Language.WELSH]
    for wrong in ("French", "f", "FR", "fr_FR", "", "abcd", "en-" + "x" * 20):
        with pytest.raises(ValueError):
            Language(wrong)


def test_each_language_is_named_in_itself_or_by_its_code() -> None:
    assert [Language(c).own_name for c in ("en", "cy", "fr", "ga", "gd", "xh")] == [
        "English",
        "Cymraeg",
        "Français",
        "Gaeilge",
        "Gàidhlig",
        "xh",
    ]
    assert Language("fr").label == "Français" and Language.WELSH.label == "Cymraeg (Welsh)"


def test_english_first_then_every_code_the_templates_give_text_in() -> None:
    core = Template.model_validate(template_data())
    irish = _module("irish", "GA-01", ga={"prompt": "Ceist?"})
    french = _module("french", "FR-01", fr={"prompt": "Question ?"}, gd={"prompt": "Ceist?"})
    assert languages.offered([core]) == [Language.ENGLISH]
    assert languages.named(languages.offered([core, french, irish])) == [
        ("en", "English"),
        ("fr", "Français"),
        ("ga", "Gaeilge"),
        ("gd", "Gàidhlig"),
    ]


def test_a_language_no_template_offers_is_refused_naming_those_offered() -> None:
    french = _module("french", "FR-01", fr={"prompt": "Question ?"})
    templates = [Template.model_validate(template_data()), french]
    languages.require_offered(Language("fr"), templates)
    languages.require_offered(Language.ENGLISH, templates)
    with pytest.raises(InvalidInputError, match=r"'cy'.*en \(English\), fr \(Français\)\."):
        languages.require_offered(Language.WELSH, templates)
