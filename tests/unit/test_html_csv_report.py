"""The HTML twin and the CSV export of a report."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from html.parser import HTMLParser

from ethics_scrutiny.domain.bidi import has_controls, visible_controls
from ethics_scrutiny.reporting.csv_export import COLUMNS, render_actions_csv, render_csv
from ethics_scrutiny.reporting.html import render_html
from ethics_scrutiny.reporting.text import local_time_text
from tests.report_fixtures import (
    HEAD_HASH,
    SENSITIVE_NOTE,
    WELSH_NOTE,
    make_public_model,
    make_report_model,
)


class _Collector(HTMLParser):
    """Collects start tags (with attributes) and the document's text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _Collector:
    parser = _Collector()
    parser.feed(html)
    parser.close()
    return parser


def test_html_has_a_language_and_headings() -> None:
    html = render_html(make_report_model())
    assert html.startswith("<!DOCTYPE html>")
    parsed = _parse(html)
    assert ("html", {"lang": "en-GB"}) in parsed.tags
    names = [tag for tag, _ in parsed.tags]
    assert names.count("h1") == 1
    assert {"h2", "h3", "h4", "main", "nav", "header", "footer"} <= set(names)


def test_html_declares_the_language_its_text_is_in_and_marks_welsh_passages() -> None:
    # The report's own wording is English even in a Welsh scrutiny; Welsh passages say so.
    model = make_report_model(language="cy-GB")
    first = replace(model.decisions[0], rationale=WELSH_NOTE)
    html = render_html(replace(model, decisions=(first, *model.decisions[1:])))
    assert '<html lang="en-GB">' in html
    assert '<p lang="cy">' + WELSH_NOTE.replace("'", "&#x27;") + "</p>" in html
    assert '<p lang="cy">The force supplied' not in html
    assert "<p>The supplier&#x27;s test used a threshold of 0.6" in html


def test_html_escapes_a_hostile_title() -> None:
    html = render_html(make_report_model())
    assert "<script>" not in html
    assert "<b>Bold</b>" not in html
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;script&gt;" in html
    assert "<b>Bold</b> & <script>alert('x')</script>" in "".join(_parse(html).text)


def test_html_escapes_every_user_string() -> None:
    html = render_html(make_report_model(appendix=True))
    assert "complaints &lt;and&gt; appeals" in html
    assert "Fairness &amp; equality" in html


def test_html_tables_have_header_cells_with_scope() -> None:
    parsed = _parse(render_html(make_report_model()))
    names = [tag for tag, _ in parsed.tags]
    scopes = [attrs.get("scope") for tag, attrs in parsed.tags if tag == "th"]
    # Seven tables: themes (7 columns), other answers (4), open and closed actions (6 each),
    # the standing advice beside the decision (3), changes (5), evidence (4).
    assert names.count("table") == names.count("caption") == names.count("thead") == 7
    assert scopes.count("col") == 7 + 4 + 6 + 6 + 3 + 5 + 4
    # Every body row is named by a header cell.
    others = len(make_report_model().other_answers)
    rows = {"themes": 3, "other": others, "open": 1, "closed": 1, "side": 5, "changes": 2, "ev": 1}
    assert scopes.count("row") == sum(rows.values())
    assert names.count("tr") == 7 + sum(rows.values())


def test_html_wide_tables_sit_in_a_focusable_region_named_by_their_caption() -> None:
    parsed = _parse(render_html(make_report_model()))
    regions = [attrs for tag, attrs in parsed.tags if attrs.get("role") == "region"]
    captions = [attrs.get("id") for tag, attrs in parsed.tags if tag == "caption"]
    assert [r.get("aria-labelledby") for r in regions] == captions
    assert all(r.get("tabindex") == "0" for r in regions)
    assert len(set(captions)) == len(captions) == 7


def test_html_shows_the_marking_at_top_and_bottom() -> None:
    html = render_html(make_report_model())
    assert html.count('<p class="marking">OFFICIAL-SENSITIVE</p>') == 2
    assert html.index('class="marking"') < html.index("<main>")
    assert html.rindex('class="marking"') > html.index("</main>")


def test_html_shows_ratings_as_words_and_the_record_head() -> None:
    html = render_html(make_report_model())
    for word in ("Amber", "Red", "Not rated"):
        assert f'">{word}</td>' in html  # the theme table's tinted cells
    assert "<dd>Red</dd>" in html  # a finding's rating
    assert html.count(HEAD_HASH) == 2  # once as the head, once in the command to check it


def test_html_public_summary_withholds_the_sensitive_note() -> None:
    html = render_html(make_public_model())
    assert "Wrexham custody" not in html
    assert "Officer’s note" not in html
    assert "Public summary" in html
    assert "Covert deployment" in render_html(make_report_model())


def test_without_a_decision_the_summary_states_the_decision_sought() -> None:
    html = render_html(make_report_model(decisions=(), stage="Pilot"))
    assert (
        "Decision sought: the panel&#x27;s advice on whether to support the pilot of live" in html
    )
    live = render_html(make_report_model(decisions=(), stage="Live"))
    assert "support the continued live use of live facial recognition" in live


def test_html_lists_decisions_or_says_there_are_none() -> None:
    html = render_html(make_report_model())
    assert "Decision 2: Support with conditions" in html
    assert local_time_text(make_report_model().decisions[1].decided_at) in html
    assert "No decision has been recorded yet." in render_html(make_report_model(decisions=()))


def _csv_rows(public: bool = False) -> list[dict[str, str]]:
    model = make_public_model() if public else make_report_model()
    out = io.StringIO(newline="")
    render_csv(model, out)
    return list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))


def test_csv_has_one_row_per_question_with_the_columns() -> None:
    out = io.StringIO(newline="")
    render_csv(make_report_model(), out)
    header = next(csv.reader(io.StringIO(out.getvalue())))
    assert tuple(header) == COLUMNS
    original = ["theme", "key", "prompt", "critical", "status", "rating", "red_flag", "note"]
    assert header[:8] == original  # columns are only ever added at the end
    assert header[8:] == [
        "module",
        "blocking",
        "evidence",
        "updated_at",
        "obligation",
        "counts_as_not_met",
        "answer",
        "asked",
        "not_asked_because",
    ]
    rows = _csv_rows()
    assert len(rows) == 11  # every question of the sample, answered or not
    assert [row["key"] for row in rows][:3] == ["FE-01", "FE-02", "FE-03"]


def test_csv_values() -> None:
    rows = {row["key"]: row for row in _csv_rows()}
    assert rows["FE-02"]["red_flag"] == "yes"
    assert rows["FE-01"]["red_flag"] == "no"
    assert rows["FE-01"]["critical"] == "yes"
    assert rows["FE-01"]["note"] == WELSH_NOTE
    assert rows["FE-02"]["note"].count("\n") == 1
    assert rows["FE-04"]["rating"] == ""
    assert rows["FE-04"]["prompt"] == "Is there a route for complaints <and> appeals?"
    assert rows["FE-01"]["theme"] == "Fairness & equality"
    assert rows["PR-02"]["note"] == SENSITIVE_NOTE


def test_csv_public_summary_leaves_the_withheld_note_empty() -> None:
    rows = {row["key"]: row for row in _csv_rows(public=True)}
    assert rows["PR-02"]["note"] == ""
    assert all(row["note"] == "" for row in rows.values())


# Cells a spreadsheet could run as a formula, whatever sign, form or lead-in they start with.
FORMULA_CELLS = (
    '=HYPERLINK("http://x")',
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
    "\uff1dSUM(A1)",  # fullwidth = + - @
    "\uff0b1",
    "\uff0d1",
    "\uff20SUM(A1)",
    "\ufe66SUM(A1)",  # small = + - @
    "\ufe621",
    "\ufe631",
    "\ufe6bSUM(A1)",
    "  =1+1",  # spaces of every kind, and invisible marks, before the sign
    "\u00a0=1+1",
    "\u3000\uff20SUM(A1)",
    "\u200b=1+1",
    "\ufeff@SUM(A1)",
    "\u200f-1",
)
PLAIN_CELLS = ("Met", "Reviewed by J. Smith", "a@b.example", "3-2", "", "  ", "\u00e9=1")


def test_csv_neutralises_spreadsheet_formulas() -> None:
    model = make_report_model()
    theme = model.themes[0]
    cells = (*FORMULA_CELLS, *PLAIN_CELLS)
    questions = tuple(replace(theme.questions[0], key=f"Q{n}", note=c) for n, c in enumerate(cells))
    actions = tuple(replace(model.actions[0], ref=f"A{n}", reply=c) for n, c in enumerate(cells))
    model = replace(model, themes=(replace(theme, questions=questions),), actions=actions)
    out = io.StringIO(newline="")
    render_csv(model, out)
    notes = [row["note"] for row in csv.DictReader(io.StringIO(out.getvalue(), newline=""))]
    out = io.StringIO(newline="")
    render_actions_csv(model, out)
    replies = [row["reply"] for row in csv.DictReader(io.StringIO(out.getvalue(), newline=""))]
    # A direction mark is shown as its code ("[U+200F]-1"), which no spreadsheet runs.
    formulas = [visible_controls(c) if has_controls(c) else f"'{c}" for c in FORMULA_CELLS]
    expected = formulas + list(PLAIN_CELLS)
    assert notes == expected
    assert replies == expected
