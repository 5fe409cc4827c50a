"""The core's labels and messages follow the interface language; the command line stays English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ethics_scrutiny import i18n
from ethics_scrutiny.domain.enums import Rating, Status
from ethics_scrutiny.domain.errors import InvalidInputError
from ethics_scrutiny.services.validation import clean_text


@pytest.fixture
def welsh() -> Iterator[None]:
    i18n.set_language(i18n.WELSH)
    yield
    i18n.set_language(i18n.ENGLISH)


def test_english_until_a_language_is_chosen() -> None:
    assert i18n.current_language() == i18n.ENGLISH
    assert i18n.label(Status.NOT_MET) == "Not met"


def test_labels_show_in_welsh_once_chosen(welsh: None) -> None:
    assert i18n.current_language() == i18n.WELSH
    assert i18n.label(Status.NOT_MET) == "Heb ei fodloni"
    assert i18n.label(Rating.RED) == "Coch"
    # The stable English label (reports, --json) is unchanged.
    assert Status.NOT_MET.label == "Not met"


def test_messages_show_in_welsh_with_their_values(welsh: None) -> None:
    with pytest.raises(InvalidInputError) as raised:
        clean_text("", "title", max_length=10)
    assert str(raised.value) == "Ni all y teitl fod yn wag."


def test_a_missing_catalogue_leaves_english(tmp_path: Path) -> None:
    i18n.set_language(i18n.WELSH, folder=tmp_path)
    assert i18n.current_language() == i18n.ENGLISH
    assert i18n.label(Status.MET) == "Met"


def test_a_damaged_catalogue_leaves_english(tmp_path: Path) -> None:
    (tmp_path / "core_cy.mo").write_bytes(b"not a catalogue at all")
    i18n.set_language(i18n.WELSH, folder=tmp_path)
    assert i18n.current_language() == i18n.ENGLISH


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported"):
        i18n.set_language("fr")


@pytest.mark.parametrize(
    ("saved", "system", "expected"),
    [
        (None, "cy_GB", "cy"),
        (None, "cy", "cy"),
        (None, "en_GB", "en"),
        (None, "fr_FR", "en"),
        ("en", "cy_GB", "en"),
        ("cy", "en_US", "cy"),
        ("xx", "cy-GB", "cy"),
    ],
)
def test_the_saved_choice_wins_else_the_system_locale(
    saved: str | None, system: str, expected: str
) -> None:
    assert i18n.choose_language(saved, system) == expected
