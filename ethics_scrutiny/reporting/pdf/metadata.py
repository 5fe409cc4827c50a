"""The PDF's document information: metadata, XMP, language, bookmarks pane open on opening."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName, PDFStream

from ..language import DOCUMENT_LANGUAGE
from ..model import ReportModel
from ..text import report_kind
from .styles import PAGE_HEIGHT, PAGE_WIDTH

_XMP = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt>
    <rdf:li xml:lang="x-default">{subject}</rdf:li>
   </rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>
   <pdf:Producer>ReportLab</pdf:Producer>
   <xmp:CreatorTool>Ethics Scrutiny</xmp:CreatorTool>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>"""


def author(model: ReportModel) -> str:
    """The office when known (it publishes the paper), else whoever prepared it."""
    return model.office or model.prepared_by


def subject(model: ReportModel) -> str:
    return f"{report_kind(model)} on {model.technology} for {model.force} ({model.marking})"


def document_options(model: ReportModel, invariant: bool) -> dict[str, Any]:
    """The document template's options: page, information dictionary and language."""
    return {
        "pagesize": (PAGE_WIDTH, PAGE_HEIGHT),
        "title": model.title,
        "author": author(model),
        "subject": subject(model),
        "creator": "Ethics Scrutiny",
        "keywords": ["ethics scrutiny", model.technology, model.force, model.marking],
        # The paper's own wording is English; Welsh template text and notes are passages in it.
        "lang": DOCUMENT_LANGUAGE,
        "invariant": 1 if invariant else 0,
        "displayDocTitle": True,
    }


def finish_catalogue(canv: Any, model: ReportModel) -> None:
    """Open with the bookmarks pane showing, and carry the title and language as XMP too."""
    canv.showOutline()
    xmp = _XMP.format(
        title=escape(model.title),
        author=escape(author(model)),
        subject=escape(subject(model)),
        lang=DOCUMENT_LANGUAGE,
    )
    kind = PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")})
    # Uncompressed, as XMP readers that do not parse the PDF expect to find it.
    canv._doc.Catalog.Metadata = PDFStream(kind, xmp.encode("utf-8"), filters=[])
