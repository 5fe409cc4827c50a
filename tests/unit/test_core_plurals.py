"""Counted messages agree with their number, through the catalogue's own plural forms."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from ethics_scrutiny import i18n
from ethics_scrutiny.services.bundles.files import file_notes
from ethics_scrutiny.services.bundles.report import ImportReport, ItemReport
from ethics_scrutiny.services.maintenance import EvidenceCheck, _files_sentence

SINGULAR, PLURAL = "{n} evidence file was not supplied", "{n} evidence files were not supplied"


@pytest.fixture
def welsh_catalogue(tmp_path: Path) -> Iterator[None]:
    """A catalogue with Welsh's six plural forms for one message, as the app would load it."""
    catalog = Catalog(locale="cy")
    forms = ["dim: {n}", "un: {n}", "dau: {n}", "tri: {n}", "chwech: {n}", "arall: {n}"]
    catalog.add((SINGULAR, PLURAL), tuple(forms))
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    (tmp_path / "core_cy.mo").write_bytes(buffer.getvalue())
    i18n.set_language(i18n.WELSH, tmp_path)
    yield
    i18n.set_language(i18n.ENGLISH)


def test_the_catalogue_chooses_among_welsh_plural_forms(welsh_catalogue: None) -> None:
    words = {n: i18n.ngettext(SINGULAR, PLURAL, n).format(n=n) for n in (0, 1, 2, 3, 6, 7)}
    assert words == {
        0: "dim: 0", 1: "un: 1", 2: "dau: 2", 3: "tri: 3", 6: "chwech: 6", 7: "arall: 7",
    }  # fmt: skip


def test_english_has_one_and_many() -> None:
    assert i18n.ngettext(SINGULAR, PLURAL, 1).format(n=1) == "1 evidence file was not supplied"
    assert i18n.ngettext(SINGULAR, PLURAL, 2).format(n=2) == "2 evidence files were not supplied"


def test_verify_says_the_attached_file_matches_not_all_1_files() -> None:
    assert _files_sentence(EvidenceCheck(checked=1)) == "The attached file matches."
    assert _files_sentence(EvidenceCheck(checked=3)) == "All 3 attached files match."
    one_missing = _files_sentence(EvidenceCheck(checked=1, not_supplied=1))
    assert one_missing.startswith("1 file was not supplied by the sending office")


def test_bundle_notes_and_summaries_count_in_words_that_agree() -> None:
    assert file_notes(1, 0)[0].startswith("1 evidence file was not supplied")
    assert file_notes(2, 1) == (
        "1 evidence file the sending office had not supplied before arrived with this bundle "
        "and is now kept.",
        "2 evidence files were not supplied by the sending office; the register shows which. "
        "Ask for a bundle exported with its files to add them.",
    )
    item = ItemReport("response.FE-01", "Answer to FE-01", "Met", "Not met")
    conflict = ImportReport("drone.json", "u", "Drone", conflicts=(item,))
    assert "1 item was changed both here and in the bundle" in conflict.summary()
    updated = ImportReport(
        "drone.json", "u", "Drone", scrutiny_id=4, updated=True, taken=(item,), decisions_added=1
    )
    assert updated.summary() == (
        "Updated scrutiny 4 from drone.json: 1 item taken, 1 decision and 0 withdrawals added."
    )
