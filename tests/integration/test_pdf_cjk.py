"""Chinese, Japanese and Korean text prints in the PDF in the bundled Noto Sans CJK subset."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.generic import ContentStream

from ethics_scrutiny.assets import fonts_dir
from ethics_scrutiny.reporting.model import ReportModel
from ethics_scrutiny.reporting.pdf import render_pdf
from ethics_scrutiny.reporting.pdf.coverage import pdf_text_warnings
from ethics_scrutiny.reporting.pdf.font_fallback import CJK, with_fallback_font
from ethics_scrutiny.reporting.pdf.parts import text
from ethics_scrutiny.reporting.pdf.styles import make_styles
from tests.report_fixtures import make_report_model

TITLE = "Community panel 社区小组"
NOTE = "警察は顔認識システムの精度について独立した評価報告書を提出していない。" * 6
KOREAN = "얼굴 인식 시스템의 정확도에 대한 독립적인 평가가 필요합니다"
THEME = "公平性 Fairness"


def _cjk_model() -> ReportModel:
    model = make_report_model(title=TITLE)
    theme = model.themes[0]
    question = replace(theme.questions[0], note=NOTE)
    theme = replace(theme, title=THEME, questions=(question, *theme.questions[1:]))
    [action, *others] = model.actions
    return replace(
        model,
        themes=(theme, *model.themes[1:]),
        actions=(replace(action, reply=KOREAN), *others),
    )


def _fonts_used(reader: PdfReader) -> set[tuple[str, bool]]:
    """(BaseFont, embedded) of every font a page's text actually selects with Tf."""
    used: set[tuple[str, bool]] = set()
    for page in reader.pages:
        fonts: Any = page["/Resources"]["/Font"]
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                font = fonts[operands[0]].get_object()
                descriptor = font.get("/FontDescriptor")
                embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
                used.add((str(font["/BaseFont"]), embedded))
    return used


def test_cjk_text_is_printed_in_the_embedded_cjk_font(tmp_path: Path) -> None:
    path = tmp_path / "cjk.pdf"
    render_pdf(_cjk_model(), path, invariant=True)
    reader = PdfReader(path)
    flat = "".join("".join(page.extract_text().split()) for page in reader.pages)
    for expected in (TITLE, NOTE, KOREAN, THEME):
        assert "".join(expected.split()) in flat, expected
    used = _fonts_used(reader)
    assert any("NotoSansCJKsc" in name for name, _embedded in used), used
    assert all(embedded for _name, embedded in used), used
    assert {name.split("+")[-1].split("-")[0] for name, _ in used} <= {
        "DejaVuSans",
        "NotoSansCJKsc",
    }


def test_a_long_cjk_note_breaks_into_lines_within_the_column() -> None:
    styles = make_styles()
    paragraph = text(NOTE, styles.body)
    paragraph.wrap(300, 10_000)
    widths = paragraph.getActualLineWidths0()
    assert len(widths) > 3
    assert max(widths) <= 300


def test_cjk_runs_are_put_in_the_cjk_font_and_nothing_else_is_touched() -> None:
    assert with_fallback_font("Plain &amp; <b>bold</b>") == "Plain &amp; <b>bold</b>"
    assert with_fallback_font("Adnabod ŵ ŷ") == "Adnabod ŵ ŷ"  # DejaVu has Welsh letters
    face = f'<font face="{CJK}">'
    assert (
        with_fallback_font("<b>Panel:</b> 社区 &lt;小组&gt; ok")
        == f"<b>Panel:</b> {face}社区</font> &lt;{face}小组</font>&gt; ok"
    )


def test_only_characters_neither_font_has_are_warned_about() -> None:
    model = _cjk_model()
    assert pdf_text_warnings(model) == []
    rare = replace(model, purpose="Names such as 𠮷田 and a drone 🚁")
    [warning] = pdf_text_warnings(rare)
    assert "2 characters in this scrutiny (𠮷 🚁), in the purpose;" in warning


def test_the_font_and_its_licence_are_shipped_together() -> None:
    folder = fonts_dir()
    font = folder / "NotoSansCJKsc-Subset.ttf"
    licence = (folder / "LICENSE-NotoSansCJK.txt").read_text(encoding="utf-8")
    assert font.stat().st_size < 6 * 1024 * 1024
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "Adobe" in licence
