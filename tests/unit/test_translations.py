"""The shipped catalogues are built from the current source, with a Welsh draft of everything."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from tools import translations

OUT = translations.OUT


def ts_messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) for every message of a Qt .ts file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source") or "", translation))
    return found


def test_every_catalogue_is_up_to_date() -> None:
    stale = translations.stale_files()
    assert not stale, f"run python tools/translations.py: {stale} out of date"


def test_a_new_interface_string_makes_the_catalogue_stale(tmp_path: Path) -> None:
    # The check must notice text it has never seen, or it proves nothing.
    root = tmp_path / "repo"
    (root / "ui").mkdir(parents=True)
    (root / "ethics_scrutiny").mkdir()
    (root / "ui" / "view.py").write_text('label = translate("View", "A brand new label")\n')
    (root / "ethics_scrutiny" / "core.py").write_text('message = _("A brand new message")\n')
    out = tmp_path / "out"
    translations.build(out, root)
    assert translations.stale_files(out, root) == []
    (root / "ui" / "view.py").write_text('label = translate("View", "Changed label")\n')
    (root / "ethics_scrutiny" / "core.py").write_text('message = _("Changed message")\n')
    assert translations.stale_files(out, root) == [translations.UI_TS, translations.CORE_PO]


def test_a_compiled_catalogue_not_built_from_its_source_is_stale(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    (root / "ui").mkdir(parents=True)
    (root / "ethics_scrutiny").mkdir()
    out = tmp_path / "out"
    translations.build(out, root)
    (out / translations.UI_QM).write_bytes(b"edited by hand")
    (out / translations.CORE_MO).unlink()
    assert translations.stale_files(out, root) == [translations.UI_QM, translations.CORE_MO]


def test_every_interface_string_has_a_welsh_draft_awaiting_review() -> None:
    messages = ts_messages(OUT / translations.UI_TS)
    assert len(messages) > 300
    missing = [(c, s) for c, s, t in messages if not (t.text or "").strip()]
    assert not missing, f"no Welsh for {missing[:10]}"
    checked = [(c, s) for c, s, t in messages if t.get("type") != "unfinished"]
    assert not checked, f"marked finished before a Welsh speaker's check: {checked[:10]}"


def test_interface_translations_keep_every_placeholder_and_shortcut() -> None:
    for context, source, translation in ts_messages(OUT / translations.UI_TS):
        text = translation.text or ""
        if not text:
            continue  # a missing draft is the completeness test's finding
        where = f"{context}: {source!r}"
        wanted, given = set(re.findall(r"%\d", source)), set(re.findall(r"%\d", text))
        # A translation may drop an English plural ending ("question%2"), never invent a value.
        assert given <= wanted and bool(given) == bool(wanted), where
        has_mnemonic = re.search(r"&[^&\s]", source) is not None
        assert has_mnemonic == (re.search(r"&[^&\s]", text) is not None), where


def test_every_core_message_has_a_welsh_draft_marked_fuzzy() -> None:
    with (OUT / translations.CORE_PO).open("rb") as handle:
        catalog = read_po(handle)
    messages = [m for m in catalog if m.id]
    assert len(messages) > 50
    for message in messages:
        assert message.string, f"no Welsh for {message.id!r}"
        assert message.fuzzy, f"marked checked before review: {message.id!r}"
        names = sorted(re.findall(r"\{[^}]*\}", str(message.id)))
        assert names == sorted(re.findall(r"\{[^}]*\}", str(message.string))), message.id


@pytest.mark.parametrize("name", [translations.UI_QM, translations.CORE_MO])
def test_compiled_catalogues_ship_in_assets(name: str) -> None:
    assert (OUT / name).stat().st_size > 1000
