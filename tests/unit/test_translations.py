"""The shipped catalogues are built from the current source, with a Welsh draft of everything."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from tools import counted_messages, translations

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


def texts(translation: ET.Element) -> list[str]:
    """A translation's text, or each of its plural forms."""
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


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
    missing = [(c, s) for c, s, t in messages if not all(x.strip() for x in texts(t))]
    assert not missing, f"no Welsh for {missing[:10]}"
    checked = [(c, s) for c, s, t in messages if t.get("type") != "unfinished"]
    assert not checked, f"marked finished before a Welsh speaker's check: {checked[:10]}"


def test_interface_translations_keep_every_placeholder_and_shortcut() -> None:
    for context, source, translation in ts_messages(OUT / translations.UI_TS):
        for text in texts(translation):
            if not text:
                continue  # a missing draft is the completeness test's finding
            where = f"{context}: {source!r}"
            wanted, given = set(re.findall(r"%\d", source)), set(re.findall(r"%\d", text))
            # A translation may drop an English plural ending ("question%2"), never invent one.
            assert given <= wanted and bool(given) == bool(wanted), where
            has_mnemonic = re.search(r"&[^&\s]", source) is not None
            assert has_mnemonic == (re.search(r"&[^&\s]", text) is not None), where


def test_every_counted_interface_message_has_welsh_plural_forms() -> None:
    """A count given by keyword is invisible to lupdate; the tool must still collect it."""
    counted = set(counted_messages.counted_calls(translations.ROOT))
    assert len(counted) > 10
    plural = {
        (c, s): t for c, s, t in ts_messages(OUT / translations.UI_TS) if t.findall("numerusform")
    }
    assert counted <= set(plural), sorted(counted - set(plural))[:5]
    for key, translation in plural.items():
        assert len(texts(translation)) == counted_messages.PLURAL_FORMS, key


def test_a_counted_message_chooses_its_welsh_form_by_number(tmp_path: Path, qapp: object) -> None:
    root = tmp_path / "repo"
    (root / "ui").mkdir(parents=True)
    (root / "ethics_scrutiny").mkdir()
    (root / "ui" / "view.py").write_text(
        'one = translate("View", "%n file(s)", n=count)\n'
        'two = translate("View", "<i>Source(s):</i>", None, count)\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    translations.build(out, root)
    found = {s: t for c, s, t in ts_messages(out / translations.UI_TS) if c == "View"}
    assert set(found) == {"%n file(s)", "<i>Source(s):</i>"}
    assert all(len(texts(t)) == counted_messages.PLURAL_FORMS for t in found.values())

    # A translator's forms survive the next build, and the compiled catalogue uses them.
    ts = out / translations.UI_TS
    welsh = ["%n ffeil (0)", "%n ffeil (1)", "%n ffeil (2-5)", "%n ffeil (6)", "%n ffeil"]
    body = ts.read_text(encoding="utf-8")
    body = body.replace(
        '<source>%n file(s)</source>\n            <translation type="unfinished">'
        + "".join("\n                <numerusform />" for _ in welsh),
        '<source>%n file(s)</source>\n            <translation type="unfinished">'
        + "".join(f"\n                <numerusform>{w}</numerusform>" for w in welsh),
    )
    ts.write_text(body, encoding="utf-8")
    translations.build(out, root)
    assert texts({s: t for c, s, t in ts_messages(ts) if c == "View"}["%n file(s)"]) == welsh
    assert translations.stale_files(out, root) == []
    # pytest-qt's application: a bare QCoreApplication made here would outlive this test and
    # leave later widget tests in the same process without a QApplication.
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(out / translations.UI_QM))
    QCoreApplication.installTranslator(translator)
    try:
        shown = [QCoreApplication.translate("View", "%n file(s)", None, n) for n in (1, 3, 6, 9)]
    finally:
        QCoreApplication.removeTranslator(translator)
    assert shown == ["1 ffeil (1)", "3 ffeil (2-5)", "6 ffeil (6)", "9 ffeil"]


def test_every_core_message_has_a_welsh_draft_marked_fuzzy() -> None:
    with (OUT / translations.CORE_PO).open("rb") as handle:
        catalog = read_po(handle)
    messages = [m for m in catalog if m.id]
    assert len(messages) > 50
    for message in messages:
        assert message.string, f"no Welsh for {message.id!r}"
        assert message.fuzzy, f"marked checked before review: {message.id!r}"
        if isinstance(message.id, tuple):
            _check_plural_names(message.id, message.string)
            continue
        names = sorted(re.findall(r"\{[^}]*\}", str(message.id)))
        assert names == sorted(re.findall(r"\{[^}]*\}", str(message.string))), message.id


def _check_plural_names(english: tuple[str, ...], welsh: tuple[str, ...]) -> None:
    """Each Welsh plural form uses only the English values; one form of them uses them all.

    A form for exactly one (or two) may spell the number out ("un ateb") and drop ``{n}``.
    """
    wanted = {name for form in english for name in re.findall(r"\{[^}]*\}", form)}
    given = [set(re.findall(r"\{[^}]*\}", form)) for form in welsh]
    assert all(welsh), f"an empty Welsh plural form: {english!r}"
    assert all(names <= wanted for names in given), english
    assert any(names == wanted for names in given), english


@pytest.mark.parametrize("name", [translations.UI_QM, translations.CORE_MO])
def test_compiled_catalogues_ship_in_assets(name: str) -> None:
    assert (OUT / name).stat().st_size > 1000
