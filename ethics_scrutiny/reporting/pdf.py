"""The panel's PDF report: cover, contents, summary, findings by theme and decisions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from reportlab.platypus.doctemplate import IndexingFlowable
from reportlab.platypus.tableofcontents import TableOfContents

from .cancel import Cancelled, check_cancelled
from .fonts import BOLD, REGULAR
from .model import ReportModel
from .pdf_parts import Heading, ThemeDone
from .pdf_story import build_story
from .pdf_styles import (
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
from .text import report_kind

Progress = Callable[[int, int], None]

_MAX_PASSES = 10


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
            theme as it is first laid out, then ``(total, total)`` when the file is written.
            ``total`` is the number of themes plus one for the final passes and the write.
        cancelled: Asked between sections and questions; when it returns true the render
            stops with ``ExportCancelledError``.
    """
    styles = make_styles()
    target: Any = str(out) if isinstance(out, Path) else out
    counter = _PageCount()
    doc = _ReportDoc(target, model, counter, invariant=invariant, progress=progress)
    doc.cancelled = cancelled
    story = [counter, *build_story(model, styles)]
    _seed_contents(story)
    doc.multiBuild(story, maxPasses=_MAX_PASSES)
    if progress is not None:
        progress(doc.progress_total, doc.progress_total)


def _seed_contents(story: list[Any]) -> None:
    """Give the contents its lines before the first pass, with page numbers still unknown.

    Laid out with a placeholder, the contents changed length on the second pass and moved
    every later page, so a third pass was needed (three full layouts of a long report).
    Seeded with every heading's line, it has its final length from the first pass; only the
    page numbers change, and the second pass confirms them. Anything missed here only costs
    the extra pass, never a wrong contents.
    """
    tocs = [item for item in story if isinstance(item, TableOfContents)]
    if not tocs:
        return
    entries = [
        (heading.toc_level, escape(heading.toc_text), 0, heading.bookmark_key)
        for heading in _headings(story)
    ]
    for toc in tocs:
        toc._entries = list(entries)


def _headings(items: list[Any]) -> list[Heading]:
    found: list[Heading] = []
    for item in items:
        if isinstance(item, Heading):
            found.append(item)
        elif isinstance(getattr(item, "_content", None), list):
            found.extend(_headings(item._content))
    return found


class _PageCount(IndexingFlowable):  # type: ignore[misc]
    """Knows the page count of the last pass, and asks for another pass until it is stable."""

    def __init__(self) -> None:
        super().__init__()
        self.shown = 0  # the total printed in "Page X of Y" during this pass
        self.counted = 0  # the pages the last finished pass produced
        self.doc: Any = None

    def isSatisfied(self) -> bool:
        return self.shown == self.counted

    def beforeBuild(self) -> None:
        self.shown = self.counted

    def afterBuild(self) -> None:
        self.counted = self.doc.page if self.doc is not None else 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        return None


class _ReportDoc(BaseDocTemplate):  # type: ignore[misc]
    """An A4 document with a cover template and a body template sharing the page furniture."""

    def __init__(
        self,
        target: Any,
        model: ReportModel,
        counter: _PageCount,
        *,
        invariant: bool,
        progress: Progress | None,
    ) -> None:
        super().__init__(target, **_document_options(model, invariant))
        self.model = model
        self.counter = counter
        counter.doc = self
        self.progress = progress
        self.cancelled: Cancelled | None = None
        self.progress_total = len(model.themes) + 1
        self._progress_done = 0
        # Kept apart from the document: flowables hold their frame and may be copied.
        self.pass_state = _PassState()
        self.addPageTemplates([self._template("cover"), self._template("body")])

    def _template(self, name: str) -> Any:
        frame = _LayoutFrame(
            self.pass_state,
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

    def build(self, flowables: list[Any], *args: Any, **kwargs: Any) -> None:
        self.pass_state.passes += 1
        super().build(flowables, *args, **kwargs)

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
        entry = (heading.toc_level, escape(heading.toc_text), self.page, key)
        self.notify("TOCEntry", entry)

    def _report_progress(self, done: int) -> None:
        if self.progress is not None and done > self._progress_done:
            self._progress_done = done
            self.progress(done, self.progress_total)

    def _draw_furniture(self, canv: Any, doc: Any) -> None:
        """Marking centred at top and bottom of every page; record head and page number."""
        model = self.model
        canv.saveState()
        canv.setFillColor(TEXT)
        canv.setFont(BOLD, 11)
        canv.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - 12 * mm, model.marking)
        canv.drawCentredString(PAGE_WIDTH / 2, 8 * mm, model.marking)
        canv.setStrokeColor(LIGHT_RULE)
        canv.setLineWidth(0.5)
        canv.line(
            LEFT_MARGIN, PAGE_HEIGHT - 15 * mm, PAGE_WIDTH - RIGHT_MARGIN, PAGE_HEIGHT - 15 * mm
        )
        canv.line(LEFT_MARGIN, 19 * mm, PAGE_WIDTH - RIGHT_MARGIN, 19 * mm)
        canv.setFillColor(MUTED)
        canv.setFont(REGULAR, 8.5)
        canv.drawString(LEFT_MARGIN, 14 * mm, _record_text(model))
        if model.report_id:
            top = PAGE_HEIGHT - 12 * mm
            canv.drawRightString(PAGE_WIDTH - RIGHT_MARGIN, top, f"Report {model.report_id}")
        total = self.counter.shown or "?"
        canv.drawRightString(PAGE_WIDTH - RIGHT_MARGIN, 14 * mm, f"Page {doc.page} of {total}")
        canv.restoreState()


class _PassState:
    """Which pass of multiBuild is running."""

    def __init__(self) -> None:
        self.passes = 0

    @property
    def layout_only(self) -> bool:
        """The first pass is never the last (the page total is unknown until it ends), so
        its pages are laid out but not drawn: drawing was a third of every pass."""
        return self.passes == 1


class _LayoutFrame(Frame):  # type: ignore[misc]
    """A frame that, in a layout-only pass, places flowables without drawing them."""

    def __init__(self, state: _PassState, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pass_state = state

    def _add(self, flowable: Any, canv: Any, trySplit: int = 0) -> Any:
        if not self._pass_state.layout_only:
            return super()._add(flowable, canv, trySplit)
        flowable.drawOn = _draw_nothing  # this flowable instance only, for this placing
        try:
            return super()._add(flowable, canv, trySplit)
        finally:
            del flowable.drawOn


def _draw_nothing(*_args: Any, **_kwargs: Any) -> None:
    return None


def _record_text(model: ReportModel) -> str:
    entries = "1 entry" if model.record_entries == 1 else f"{model.record_entries} entries"
    return f"Record head {model.record_head_hash[:16]}… ({entries})"


def _document_options(model: ReportModel, invariant: bool) -> dict[str, Any]:
    kind = report_kind(model)
    return {
        "pagesize": (PAGE_WIDTH, PAGE_HEIGHT),
        "leftMargin": LEFT_MARGIN,
        "rightMargin": RIGHT_MARGIN,
        "topMargin": TOP_MARGIN,
        "bottomMargin": BOTTOM_MARGIN,
        "title": model.title,
        "author": model.force,
        "subject": f"{kind}: {model.technology} ({model.marking})",
        "creator": "Ethics Scrutiny",
        "keywords": ["ethics scrutiny", model.technology, model.marking],
        "lang": model.language,
        "invariant": 1 if invariant else 0,
        "initialFontName": REGULAR,
        "displayDocTitle": True,
    }
