"""How the app names an export in the interface language: "the accessible HTML public summary".

The format's own word comes from the report format table (the core's catalogue); "panel
report" and "public summary" are the interface's.
"""

from __future__ import annotations

from ethics_scrutiny import i18n
from ethics_scrutiny.reporting.formats import ExportFormat, format_info

from ..kit.i18n import translate


def describe(fmt: ExportFormat, public: bool) -> str:
    """E.g. "panel report", "accessible HTML public summary", "bundle of the panel report"."""
    # "" stays "": gettext would give the catalogue's header for an empty string.
    name = format_info(fmt).name
    return (i18n.gettext(name) if name else "") + (
        translate("export_controller", "public summary")
        if public
        else translate("export_controller", "panel report")
    )
