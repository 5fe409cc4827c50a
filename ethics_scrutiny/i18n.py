"""The core's user-facing labels and messages in the interface's language (gettext catalogues)."""

from __future__ import annotations

import functools
import gettext as _gettext
import struct
from pathlib import Path
from typing import Protocol

DOMAIN = "ethics_scrutiny"
ENGLISH, WELSH = "en", "cy"
LANGUAGES = (ENGLISH, WELSH)


class _Labelled(Protocol):
    @property
    def label(self) -> str: ...


class _State:
    """The process's interface language: English until the app chooses otherwise.

    The command line never sets it, so its output (and every `--json` value) stays English.
    """

    language = ENGLISH
    catalogue: _gettext.NullTranslations = _gettext.NullTranslations()


def N_(text: str) -> str:
    """Mark ``text`` for the catalogue without translating it (tables built at import)."""
    return text


def gettext(text: str) -> str:
    """``text`` in the interface language; English when no translation exists."""
    return _State.catalogue.gettext(text)


_ = gettext


def ngettext(singular: str, plural: str, count: int) -> str:
    return _State.catalogue.ngettext(singular, plural, count)


def label(member: _Labelled) -> str:
    """A vocabulary member's label (status, rating, stage...) in the interface language."""
    return gettext(member.label)


def translations_dir() -> Path:
    # Imported here: assets imports the domain, and the domain imports this module.
    from .assets import assets_dir

    return assets_dir() / "translations"


def catalogue_path(language: str, folder: Path | None = None) -> Path:
    return (folder or translations_dir()) / f"core_{language}.mo"


def set_language(language: str, folder: Path | None = None) -> None:
    """Show the core's text in ``language`` ("en" or "cy") from now on.

    A missing or damaged catalogue leaves English in place: the app must still start.
    """
    if language not in LANGUAGES:
        raise ValueError(f"unsupported interface language {language!r}")
    catalogue: _gettext.NullTranslations = _gettext.NullTranslations()
    if language != ENGLISH:
        try:
            with catalogue_path(language, folder).open("rb") as handle:
                catalogue = _gettext.GNUTranslations(handle)
        except (OSError, ValueError, struct.error):
            language = ENGLISH
    _State.language, _State.catalogue = language, catalogue


@functools.cache
def catalogue_for(language: str, folder: Path | None = None) -> _gettext.NullTranslations:
    """The core's catalogue for ``language`` (a code such as "cy"), whatever the interface's.

    Reports follow the scrutiny's language, not the interface's: they look words up here.
    English, or a language with no readable catalogue, gives the words as written.
    """
    if language == ENGLISH or not language.isascii() or not language.isalpha():
        return _gettext.NullTranslations()  # a code is letters only: never part of a path
    try:
        with catalogue_path(language, folder).open("rb") as handle:
            return _gettext.GNUTranslations(handle)
    except (OSError, ValueError, struct.error):
        return _gettext.NullTranslations()


def current_language() -> str:
    return _State.language


def choose_language(saved: str | None, system_locale: str) -> str:
    """The saved choice when there is one, else Welsh on a Welsh system, else English."""
    if saved in LANGUAGES:
        return saved
    return WELSH if system_locale.lower().replace("-", "_").startswith("cy") else ENGLISH
