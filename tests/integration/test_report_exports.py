"""Every report of a large scrutiny, exported through the service and read back."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import shutil
import stat
import subprocess
import time
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pypdf import PdfReader

from ethics_scrutiny.config import resolve_settings
from ethics_scrutiny.services import Services
from ethics_scrutiny.services.reports import ExportCancelledError, ExportFormat, ExportResult
from tests.large_scrutiny import HOSTILE, OVERRIDE, SENTINELS, WITHDRAWN, seed_large

MARKING = "OFFICIAL-SENSITIVE"


class Exports:
    def __init__(self, services: Services, folder: Path, first: int, second: int) -> None:
        self.services, self.folder, self.first, self.second = services, folder, first, second
        self.results: dict[str, ExportResult] = {}
        self.seconds: dict[str, float] = {}

    def path(self, name: str, scrutiny_id: int, fmt: ExportFormat, public: bool = False) -> Path:
        if name not in self.results:
            started = time.perf_counter()
            out = self.folder / f"{name}.{fmt.value}"
            self.results[name] = self.services.reports.export(scrutiny_id, fmt, out, public=public)
            self.seconds[name] = time.perf_counter() - started
        return self.results[name].path

    def pdf(self, name: str, scrutiny_id: int, public: bool = False) -> list[str]:
        reader = PdfReader(self.path(name, scrutiny_id, ExportFormat.PDF, public))
        return [" ".join(p.extract_text(extraction_mode="layout").split()) for p in reader.pages]


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exports]:
    folder = tmp_path_factory.mktemp("exports")
    services = Services.open(resolve_settings(str(folder / "data")))
    first, second = seed_large(services)
    yield Exports(services, folder, first, second)
    services.close()


def test_every_page_has_the_marking_page_number_and_report_id(exports: Exports) -> None:
    pages = exports.pdf("panel", exports.first)
    report_id = exports.services.reports.build_model(exports.first).report_id.rsplit("-", 2)[0]
    assert len(pages) > 40
    for number, text in enumerate(pages, start=1):
        assert text.startswith(MARKING), number
        assert text.endswith(MARKING), number
        assert f"Page {number} of {len(pages)}" in text, number
        assert f"Report {report_id}" in text, number


def test_the_contents_page_numbers_point_at_the_headings(exports: Exports) -> None:
    pages = exports.pdf("panel", exports.first)
    contents = pages[1]
    for heading in ("Summary", "What the force must do", "Decision history", "Evidence register"):
        match = re.search(re.escape(heading) + r"[ .]+(\d+)", contents)
        assert match, heading
        assert heading in pages[int(match.group(1)) - 1], heading


def test_a_finding_and_its_status_share_a_page(exports: Exports) -> None:
    pages = exports.pdf("panel", exports.first)
    start = next(
        n
        for n, p in enumerate(pages)
        if p.startswith(f"{MARKING} Report") and " Findings " in p[:120]
    )
    end = next(n for n, p in enumerate(pages) if " Not yet answered " in p and n > start)
    seen = 0
    for number, page in enumerate(pages[start : end + 1], start=start):
        if number == end:
            page = page[: page.index(" Not yet answered ")]
        parts = re.split(r"\b[A-Z]{2}-\d{2} · ", page)
        for block in parts[1:]:
            seen += 1
            assert "Status:" in block and "Rating:" in block, block[:80]
    # Every finding the model groups by seriousness, and nothing else, is shown as one.
    model = exports.services.reports.build_model(exports.first)
    assert seen == sum(len(group.findings) for group in model.finding_groups) > 0


def test_the_outline_lists_every_section(exports: Exports) -> None:
    reader = PdfReader(exports.path("panel", exports.first, ExportFormat.PDF))
    titles: list[str] = []

    def walk(items: list[object]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(str(item["/Title"]))  # type: ignore[index]

    walk(reader.outline)
    for section in ("Summary", "Findings", "What the force must do", "Decisions"):
        assert section in titles
    assert {"Decision history", "Evidence register", "Framework coverage"} <= set(titles)
    meta = reader.metadata
    # No office profile and no officer named here, so the author is left blank, never the login.
    assert meta is not None and meta.title and meta.subject and meta.author == ""
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"


def test_welsh_and_hostile_text_print_literally(exports: Exports) -> None:
    text = " ".join(exports.pdf("panel", exports.first))
    assert "Eisteddfod Genedlaethol — ŵ ŷ Ŵ Ŷ" in text
    assert HOSTILE in text
    assert "■" not in text


def test_an_override_is_prominent_in_the_summary_and_the_history(exports: Exports) -> None:
    pages = exports.pdf("panel", exports.first)
    summary = next(p for p in pages if "Readiness:" in p)
    assert "BLOCKING RED FLAGS OVERRIDDEN" in summary
    assert OVERRIDE[:40] in summary
    body = " ".join(pages[2:])  # after the cover and the contents
    history = body[body.index("Decision history") :]
    assert "BLOCKING RED FLAGS OVERRIDDEN" in history
    assert "(superseded)" in history
    assert "Superseded by decision 2" in history


def test_the_summary_prints_the_record_head_once_and_how_to_verify_it(
    exports: Exports,
) -> None:
    from ethics_scrutiny.storage.models import RecordEntry
    from ethics_scrutiny.storage.unit_of_work import unit_of_work

    text = " ".join(exports.pdf("panel", exports.first))
    sequence = exports.results["panel"].record_sequence - 1  # the head when it was built
    with unit_of_work(exports.services.database) as session:
        entry = session.get(RecordEntry, sequence)
        assert entry is not None
        head = entry.entry_hash
    assert text.count(head) == 1
    summary = next(page for page in exports.pdf("panel", exports.first) if head in page)
    assert f"Record head: {head}" in summary
    assert f"decision record ({sequence} entries)" in summary
    assert "choose Verify the record in the app and give this head hash" in summary
    assert "ethics-scrutiny verify --head" in summary


def test_every_font_is_embedded(exports: Exports) -> None:
    pdffonts = shutil.which("pdffonts")
    if pdffonts is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    for name, public in (("panel", False), ("public", True)):
        path = exports.path(name, exports.first, ExportFormat.PDF, public)
        lines = subprocess.run(
            [pdffonts, str(path)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        assert lines
        for line in lines:
            columns = line.split()
            assert "DejaVuSans" in columns[0], line
            assert columns[-5] == "yes", line  # the "emb" column


def test_the_second_round_lists_what_changed(exports: Exports) -> None:
    text = " ".join(exports.pdf("round2", exports.second))
    assert "Decision 1: Defer: more information needed (withdrawn)" in text
    assert f"Withdrawn: {WITHDRAWN}" in text
    assert "Decision sought:" in text  # a withdrawn decision no longer stands
    assert "No decision stands now" in text
    assert "Changes since the previous round" in text
    assert re.search(r"Round 2 compared with round 1 \(scrutiny \d+\): \d+ question", text)


@pytest.mark.parametrize(
    "fmt", [ExportFormat.PDF, ExportFormat.HTML, ExportFormat.CSV, ExportFormat.ACTIONS_CSV]
)
def test_the_public_summary_holds_no_sensitive_string(exports: Exports, fmt: ExportFormat) -> None:
    path = exports.path(f"public-{fmt.value}", exports.first, fmt, public=True)
    if fmt is ExportFormat.PDF:
        text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)
        assert "What was found" in text and "The panel’s advice and the decision" in text
        assert "OFFICIAL-SENSITIVE" not in text
        # Written for the public: no question codes, hashes or command lines.
        assert not re.search(r"[A-Z]{2}-\d{2}", text), re.findall(r"[A-Z]{2}-\d{2}", text)
        assert "hash" not in text.lower() and "SHA" not in text
        assert "Support with conditions" in text  # the decision standing
    else:
        text = path.read_text("utf-8-sig")
    for sentinel in SENTINELS:
        assert sentinel not in text, sentinel


class _Html(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.cells: list[str] = []
        self._in_td = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "td":
            self._in_td = True
            self.cells.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "td":
            self._in_td = False

    def handle_data(self, data: str) -> None:
        if self._in_td:
            self.cells[-1] += data


@pytest.mark.parametrize("public", [False, True])
def test_the_html_twin_is_structured(exports: Exports, public: bool) -> None:
    name = "html-public" if public else "html"
    html = exports.path(name, exports.first, ExportFormat.HTML, public).read_text("utf-8")
    parsed = _Html()
    parsed.feed(html)
    names = [tag for tag, _ in parsed.tags]
    assert ("html", {"lang": "en-GB"}) in parsed.tags
    assert names.count("h1") == 1 and "h2" in names and "h3" in names
    assert names.count("table") == names.count("caption") == names.count("thead") >= 1
    assert all(attrs.get("scope") in ("col", "row") for tag, attrs in parsed.tags if tag == "th")
    # A coloured rating cell always carries the rating as a word too.
    rated = [
        attrs
        for tag, attrs in parsed.tags
        if tag == "td" and "rating-" in (attrs.get("class") or "")
    ]
    assert rated
    assert all(cell.strip() for cell in parsed.cells)
    assert "<script>" not in html


def test_csv_files_open_cleanly_in_a_spreadsheet(exports: Exports) -> None:
    responses = exports.path("csv", exports.first, ExportFormat.CSV).read_bytes()
    actions = exports.path("actions-csv", exports.first, ExportFormat.ACTIONS_CSV).read_bytes()
    for raw in (responses, actions):
        assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(actions.decode("utf-8-sig"), newline="")))
    assert len(rows) == 8
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["due_date"]) for row in rows)
    answers = list(csv.DictReader(io.StringIO(responses.decode("utf-8-sig"), newline="")))
    assert any("\n" in row["note"] for row in answers)  # long notes stay in one cell
    iso = r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z"
    # Every question asked is answered here; one out of scope (its stage) has no finding.
    asked = [row for row in answers if row["asked"] == "yes"]
    assert asked and all(re.fullmatch(iso, row["updated_at"]) for row in asked)
    hostile = next(row for row in answers if "<script>" in row["note"])
    assert hostile["note"].startswith("SENTINEL-PLAIN")


def test_each_export_is_recorded_with_its_sha256_and_leaves_no_temporary_file(
    exports: Exports,
) -> None:
    path = exports.path("panel", exports.first, ExportFormat.PDF)
    result = exports.results["panel"]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == result.sha256
    assert not list(exports.folder.glob("*.part"))
    assert result.record_sequence >= 1


def test_a_cancelled_export_writes_nothing(exports: Exports, tmp_path: Path) -> None:
    out = tmp_path / "cancelled.pdf"
    before = exports.services.maintenance.head()
    with pytest.raises(ExportCancelledError):
        exports.services.reports.export(
            exports.first, ExportFormat.PDF, out, cancelled=lambda: True
        )
    assert not out.exists() and not list(tmp_path.iterdir())
    assert exports.services.maintenance.head() == before


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_an_exported_report_gets_the_permissions_of_any_new_file(
    exports: Exports, tmp_path: Path
) -> None:
    # Not owner-only like a temporary file: the officer exports a report to share it.
    out = tmp_path / "shared.csv"
    previous = os.umask(0o022)
    try:
        exports.services.reports.export(exports.first, ExportFormat.CSV, out)
    finally:
        os.umask(previous)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["shared.csv"]


def test_the_large_report_renders_in_reasonable_time(exports: Exports) -> None:
    exports.path("panel", exports.first, ExportFormat.PDF)
    assert exports.seconds["panel"] < 30  # about 5 s here on two shared cores


def test_a_welsh_scrutiny_reports_in_welsh_where_the_template_has_it(
    tmp_path: Path, data_dir: Path, database_url: str
) -> None:
    from dataclasses import replace

    from ethics_scrutiny.domain.enums import Language
    from tests.large_scrutiny import NEW

    services = Services.open(resolve_settings(str(data_dir), database_url))
    try:
        scrutiny_id = services.scrutinies.create(replace(NEW, language=Language.WELSH))
        model = services.reports.build_model(scrutiny_id)
        assert model.language == "cy-GB"
        titles = [t.title for t in model.themes]
        assert "Caniatâd, tryloywder ac ymgysylltu â'r cyhoedd" in titles
        te11 = next(q for t in model.themes for q in t.questions if q.key == "TE-11")
        assert te11.prompt.startswith("Os yw'r heddlu'n gweithredu yng Nghymru")
        out = tmp_path / "cy.pdf"
        services.reports.export(scrutiny_id, ExportFormat.PDF, out)
        reader = PdfReader(out)
        # Its wording is English with Welsh passages, so the document is declared English.
        assert reader.trailer["/Root"]["/Lang"] == "en-GB"
        text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
        assert "Caniatâd, tryloywder ac ymgysylltu â'r cyhoedd" in text
    finally:
        services.close()
