"""A report's own words in the scrutiny's language, where the core's catalogue gives them.

The screening and impact-level frame (labels, headings, counted points) is looked up in the
catalogue of the scrutiny's language, not the interface's, so a Welsh scrutiny's level reads
in Welsh around its Welsh band names and reasons. A language with no catalogue reads English.
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass

from ethics_scrutiny import i18n

ENGLISH = "en"


@dataclass(frozen=True)
class Words:
    """Look-ups in one language's catalogue, and that language's code for marking text."""

    catalogue: gettext.NullTranslations
    code: str  # the language the words are in: "en" when no catalogue gives them

    def gettext(self, text: str) -> str:
        return self.catalogue.gettext(text)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.catalogue.ngettext(singular, plural, n)

    @property
    def foreign(self) -> bool:
        """Whether the words are in another language than the document's own English."""
        return self.code != ENGLISH


def code_of(tag: str) -> str:
    """The language code of a tag: "cy-GB" gives "cy", "fr" gives "fr"."""
    return tag.split("-", 1)[0].lower() or ENGLISH


def words_in(tag: str) -> Words:
    """The words for a report in the language ``tag`` names (a code or a tag like "cy-GB")."""
    code = code_of(tag)
    catalogue = i18n.catalogue_for(code, i18n.translations_dir())
    found = code != ENGLISH and isinstance(catalogue, gettext.GNUTranslations)
    return Words(catalogue, code if found else ENGLISH)
