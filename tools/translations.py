"""Rebuild the translation catalogues in assets/translations/ from the source.

Run from the repository root after changing any user-visible text:

    python tools/translations.py            # update the catalogues and compile them
    python tools/translations.py --check    # exit 1 when a catalogue is out of date

The interface (``ui/``) uses Qt's catalogues: ``pyside6-lupdate`` (shipped in the PySide6
wheel) collects every ``translate``/``tr``/``QT_TRANSLATE_NOOP`` string into ``ui_cy.ts``,
keeping the translations already there, and ``pyside6-lrelease`` compiles it to ``ui_cy.qm``.
The core (``ethics_scrutiny/``) uses gettext: Babel (a build and test tool, not needed at run
time) extracts ``_``/``gettext``/``N_`` strings, merges them into ``core_cy.po`` and compiles
``core_cy.mo``. New strings arrive untranslated; a translator fills them in (Qt Linguist or any
PO editor), and the drafts stay marked unfinished (fuzzy) until a Welsh speaker has checked them.
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

try:  # run as a script (python tools/translations.py) or imported as tools.translations
    from tools import counted_messages
except ImportError:  # pragma: no cover - the script's own folder is first on sys.path
    import counted_messages  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assets" / "translations"
LANGUAGE = "cy"
UI_TS, UI_QM = f"ui_{LANGUAGE}.ts", f"ui_{LANGUAGE}.qm"
CORE_PO, CORE_MO = f"core_{LANGUAGE}.po", f"core_{LANGUAGE}.mo"


def qt_tool(name: str) -> str:
    """The path of ``pyside6-<name>``, beside this Python or on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} is missing: install the project with pip first.")
    return found


def ui_sources(root: Path = ROOT) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in (root / "ui").rglob("*.py"))


def update_ts(ts: Path, root: Path = ROOT) -> None:
    """Merge the interface's current strings into ``ts``, keeping its translations.

    Counted messages ("%n item(s)") are finished by :mod:`tools.counted_messages`: lupdate
    neither collects a count given by keyword nor gives any message its plural forms.
    """
    kept = counted_messages.kept_forms(ts)
    command = [qt_tool("lupdate"), *ui_sources(root), "-ts", str(ts), "-no-obsolete"]
    # No file locations: a .ts that changed with every edited line would never be fresh.
    command += ["-locations", "none", "-source-language", "en_GB", "-target-language", "cy_GB"]
    subprocess.run(command, cwd=root, check=True, capture_output=True)
    counted_messages.make_numerus(ts, counted_messages.counted_calls(root), kept)


def compile_qm(ts: Path, qm: Path) -> None:
    command = [qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)]
    subprocess.run(command, check=True, capture_output=True)


def extract_core(root: Path = ROOT) -> Catalog:
    """The core's translatable strings, as a template catalogue."""
    template = Catalog(project="Ethics Scrutiny", fuzzy=False)
    found = extract_from_dir(
        str(root / "ethics_scrutiny"), method_map=[("**.py", "python")], strip_comment_tags=True
    )
    for _filename, _line, message, comments, context in found:
        template.add(message, auto_comments=comments, context=context)
    return template


def read_catalogue(po: Path) -> Catalog:
    if not po.exists():
        return Catalog(locale=LANGUAGE, project="Ethics Scrutiny")
    with po.open("rb") as handle:
        return read_po(handle, locale=LANGUAGE)


def po_bytes(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_po(buffer, catalog, omit_header=False, no_location=True, width=100)
    return buffer.getvalue()


def mo_bytes(catalog: Catalog) -> bytes:
    # The drafts are fuzzy until checked, and the app shows them meanwhile.
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=True)
    return buffer.getvalue()


def updated_core(po: Path, root: Path = ROOT) -> Catalog:
    catalog = read_catalogue(po)
    template = extract_core(root)
    template.creation_date = catalog.creation_date  # the header changes only with the text
    catalog.update(template, no_fuzzy_matching=True)
    catalog.obsolete.clear()
    return catalog


def build(out: Path = OUT, root: Path = ROOT) -> None:
    out.mkdir(parents=True, exist_ok=True)
    update_ts(out / UI_TS, root)
    compile_qm(out / UI_TS, out / UI_QM)
    catalog = updated_core(out / CORE_PO, root)
    (out / CORE_PO).write_bytes(po_bytes(catalog))
    (out / CORE_MO).write_bytes(mo_bytes(catalog))


def stale_files(out: Path = OUT, root: Path = ROOT) -> list[str]:
    """The catalogues that a build would change: empty when all are up to date."""
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch)
        for name in (UI_TS, UI_QM, CORE_PO, CORE_MO):
            if (out / name).exists():
                shutil.copy2(out / name, fresh / name)
        build(fresh, root)
        return [name for name in (UI_TS, UI_QM, CORE_PO, CORE_MO) if _differs(out, fresh, name)]


def _differs(out: Path, fresh: Path, name: str) -> bool:
    return not (out / name).exists() or (out / name).read_bytes() != (fresh / name).read_bytes()


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale catalogues")
    args = parser.parse_args(list(argv) if argv is not None else None)
    if args.check:
        stale = stale_files()
        for name in stale:
            print(f"{name} is out of date: run python tools/translations.py")
        return 1 if stale else 0
    build()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
