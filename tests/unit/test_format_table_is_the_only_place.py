"""A format's words, file type and menu entry are written once: in the report format table."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from ethics_scrutiny.reporting.formats import FORMATS, FormatInfo, format_info, menu_entries

ROOT = Path(__file__).resolve().parents[2]
TABLE = ROOT / "ethics_scrutiny" / "reporting" / "formats.py"


def table_words(info: FormatInfo) -> set[str]:
    """What the table says to a person about a format (a repeat elsewhere would drift)."""
    words = {info.file_filter, info.menu_text, info.menu_tip, info.cli_help, info.name}
    words |= {info.public_menu_text, info.public_menu_tip, info.file_kind}
    return {word for word in words if len(word.strip()) > 3}


def literals(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }


def test_no_other_module_repeats_the_table_s_words() -> None:
    words = set().union(*(table_words(info) for info in FORMATS.values()))
    sources = [*(ROOT / "ui").rglob("*.py"), *(ROOT / "ethics_scrutiny").rglob("*.py")]
    repeated = {
        str(path.relative_to(ROOT)): sorted(literals(path) & words)
        for path in sources
        if path != TABLE and literals(path) & words
    }
    assert not repeated, f"read these from reporting/formats.py instead: {repeated}"


def test_the_check_finds_a_repeated_filter(tmp_path: Path) -> None:
    # The scan must see a hard-coded copy, or the test above proves nothing.
    copy = tmp_path / "dialog.py"
    copy.write_text('FILTER = translate("x", "Word documents (*.docx)")\n', encoding="utf-8")
    assert "Word documents (*.docx)" in literals(copy) & table_words(format_info("docx"))


def test_every_row_names_its_menu_entries_and_file_type() -> None:
    entries = menu_entries()
    ids = [entry.id for entry in entries]
    assert all(ids) and len(set(ids)) == len(ids)
    assert {entry.format for entry in entries} == set(FORMATS)
    for info in FORMATS.values():
        assert f"(*.{info.extension})" in info.file_filter, info.format
        assert info.menu_text.count("&") == 1 and info.menu_tip, info.format
        assert bool(info.public_menu_text) == bool(info.public_menu_id), info.format
        assert bool(info.public_menu_text) == bool(info.public_menu_tip), info.format


def test_the_readme_lists_every_format_the_command_line_offers() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    # The synopsis's --format is optional (inferred from --out), so it may stand in brackets.
    found = re.search(r"export ID \[?--format ([a-z|-]+)", readme)
    assert found is not None
    assert sorted(found.group(1).split("|")) == sorted(fmt.value for fmt in FORMATS)
