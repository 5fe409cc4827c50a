"""The panel's PDF report: cover, contents, summary, findings by theme and decisions."""

from __future__ import annotations

import io
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from ..cancel import Cancelled, check_cancelled
from ..model import ReportModel
from ..readable import for_readers
from .font_fallback import with_fallback_font
from .fonts import BOLD, REGULAR
from .metadata import document_options, finish_catalogue
from .numbers import DeferredContents, DeferredNumbers, NumberingCanvas
from .parts import Heading, ThemeDone
from .story import build_story
from .styles import (
    BOTTOM_MARGIN,
    CONTENT_WIDTH,
    LEFT_MARGIN,
    LIGHT_RULE,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RIGHT_MARGIN,
    TEXT,
    TOP_MARGIN,
    make_styles,
)

Progress = Callable[[int, int], None]

_MAX_PASSES = 3  # the contents' lines known beforehand: one, or two if one was missed


def render_pdf(
    model: ReportModel,
    out: BinaryIO | Path,
    *,
    invariant: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> None:
    """Render the report as an A4 PDF.

    Args:
        model: The report to render; its strings are raw user text and are escaped here.
        out: A binary stream, or the path of the file to write.
        invariant: Write byte-identical output for identical input (for tests, not for
            production, where the creation date matters).
        progress: Called as ``progress(done, total)``, possibly from a worker thread: once per
            group of findings (by seriousness) as it is first laid out, then
            ``(total, total)`` when the file is written. ``total`` is the number of groups
            plus one for the write.
        cancelled: Asked between sections and questions; when it returns true the render
            stops with ``ExportCancelledError``.
    """
    model = for_readers(model)
    styles = make_styles()
    story = build_story(model, styles)
    entries = _contents_entries(story)
    has_contents = bool(_contents(story))
    data = b""
    for _attempt in range(_MAX_PASSES):
        done = _render_once(model, story, entries, invariant, progress, cancelled)
        data = done.buffer.getvalue()
        if done.headings == entries or not has_contents:
            break
        # A heading the contents did not list beforehand: lay out again with the real list.
        entries = done.headings
        story = build_story(model, styles)
    if isinstance(out, Path):
        out.write_bytes(data)
    else:
        out.write(data)
    if progress is not None:
        total = _progress_total(model)
        progress(total, total)


def _render_once(
    model: ReportModel,
    story: list[Any],
    entries: list[Entry],
    invariant: bool,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> _ReportDoc:
    """One layout of the whole report, its late page numbers filled in before it is written.

    The contents lists ``entries`` (every heading, known before layout), so it has its final
    length from the start; "Page X of Y" and the contents' page numbers are drawn in place at
    the end (``pdf_numbers``), so one pass is enough.
    """
    numbers = DeferredNumbers()
    for toc in _contents(story):
        toc.set_entries(entries)
        toc.numbers = numbers
    doc = _ReportDoc(io.BytesIO(), model, numbers, invariant=invariant, progress=progress)
    doc.cancelled = cancelled
    doc.build(story, canvasmaker=partial(NumberingCanvas, numbers=numbers))
    return doc


Entry = tuple[int, str, int, str]


def _contents(story: list[Any]) -> list[DeferredContents]:
    return [item for item in story if isinstance(item, DeferredContents)]


def _contents_text(heading: Heading) -> str:
    """A heading's contents line as markup, any CJK text in the CJK font."""
    return with_fallback_font(escape(heading.toc_text))


def _contents_entries(story: list[Any]) -> list[Entry]:
    """Every heading's contents line, in order; its page number is drawn at the end."""
    return [
        (heading.toc_level, _contents_text(heading), 0, heading.bookmark_key)
        for heading in _headings(story)
    ]


def _headings(items: list[Any]) -> list[Heading]:
    found: list[Heading] = []
    for item in items:
        if isinstance(item, Heading):
            found.append(item)
        elif isinstance(getattr(item, "_content", None), list):
            found.extend(_headings(item._content))
    return found


class _ReportDoc(BaseDocTemplate):  # type: ignore[misc]
    """An A4 document with a cover template and a body template sharing the page furniture."""

    def __init__(
        self,
        target: Any,
        model: ReportModel,
        numbers: DeferredNumbers,
        *,
        invariant: bool,
        progress: Progress | None,
    ) -> None:
        super().__init__(target, **_document_options(model, invariant))
        self.model = model
        self.numbers = numbers
        self.buffer = target
        self.headings: list[Entry] = []  # the contents line of each heading laid out
        self.progress = progress
        self.cancelled: Cancelled | None = None
        self.progress_total = _progress_total(model)
        self._progress_done = 0
        self.addPageTemplates([self._template("cover"), self._template("body")])

    def _template(self, name: str) -> Any:
        frame = Frame(
            LEFT_MARGIN,
            BOTTOM_MARGIN,
            CONTENT_WIDTH,
            PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN,
            id=f"{name}-frame",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        return PageTemplate(id=name, frames=[frame], onPage=self._draw_furniture)

    def handle_documentBegin(self) -> None:
        super().handle_documentBegin()
        finish_catalogue(self.canv, self.model)

    def afterFlowable(self, flowable: Any) -> None:
        """Register headings for the contents and outline; report progress per theme."""
        if isinstance(flowable, Heading):
            self._register_heading(flowable)
        if isinstance(flowable, ThemeDone):
            self._report_progress(flowable.index + 1)
        # Asked after every flowable laid out, so a cancel takes effect within a question.
        check_cancelled(self.cancelled)

    def _register_heading(self, heading: Heading) -> None:
        key = heading.bookmark_key
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(heading.toc_text, key, level=heading.toc_level, closed=False)
        # The contents parses its text as markup again, so escape the raw text once more.
        self.headings.append((heading.toc_level, _contents_text(heading), 0, key))
        self.numbers.pages_of_headings[key] = self.page

    def _report_progress(self, done: int) -> None:
        if self.progress is not None and done > self._progress_done:
            self._progress_done = done
            self.progress(done, self.progress_total)

    def _draw_furniture(self, canv: Any, doc: Any) -> None:
        """Marking centred at top and bottom of every page; report ID and page number."""
        model = self.model
        canv.saveState()
        canv.setFillColor(TEXT)
        canv.setFont(BOLD, 11)
        canv.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - 12 * mm, model.band)
        canv.drawCentredString(PAGE_WIDTH / 2, 8 * mm, model.band)
        canv.setStrokeColor(LIGHT_RULE)
        canv.setLineWidth(0.5)
        canv.line(
            LEFT_MARGIN, PAGE_HEIGHT - 15 * mm, PAGE_WIDTH - RIGHT_MARGIN, PAGE_HEIGHT - 15 * mm
        )
        canv.line(LEFT_MARGIN, 19 * mm, PAGE_WIDTH - RIGHT_MARGIN, 19 * mm)
        canv.setFillColor(MUTED)
        canv.setFont(REGULAR, 8.5)
        # The public summary's reader has no use for an identifier that looks like a code.
        if model.report_id and not model.public:
            top = PAGE_HEIGHT - 12 * mm
            canv.drawRightString(PAGE_WIDTH - RIGHT_MARGIN, top, f"Report {model.report_id}")
        self.numbers.footer(canv, doc.page)  # "Page X of Y", drawn here once Y is known
        canv.restoreState()


def _progress_total(model: ReportModel) -> int:
    return 1 if model.public else len(model.finding_groups) + 1


def _document_options(model: ReportModel, invariant: bool) -> dict[str, Any]:
    return {
        **document_options(model, invariant),
        "leftMargin": LEFT_MARGIN,
        "rightMargin": RIGHT_MARGIN,
        "topMargin": TOP_MARGIN,
        "bottomMargin": BOTTOM_MARGIN,
        "initialFontName": REGULAR,
    }
