"""The interface language: Qt's catalogue for ui/ text, the core's gettext catalogue for its own.

Text is marked with ``translate("Context", "Text")`` (or ``QT_TRANSLATE_NOOP`` for tables built
at import), which ``pyside6-lupdate`` collects; values go in as ``%1``, ``%2`` through ``arg`` so
a translation can put them in its own order. The language is chosen once, at start: the saved
choice (Settings ▸ Language), else the system's.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from ethics_scrutiny import i18n
from ethics_scrutiny.assets import MissingAssetsError

SETTINGS_FILE = "window.ini"  # the app's settings beside the record (see shell/window_state.py)
_LANGUAGE_KEY = "interface/language"
_PLACEHOLDER = re.compile(r"%(\d)")
_ENGLISH_PLURAL = re.compile(r"(\w)\((s|es)\)")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the catalogue under ``context`` (tables built at import).

    Typed as ``str``, unlike PySide6's own, so tables of marked text keep their type.
    """
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface language, looked up under ``context``.

    With ``n``, ``%n`` becomes ``n`` in the plural form the language gives for it. Mark the
    English nouns with "(s)" or "(es)": "%n red flag(s)". A catalogue gives each language its
    own forms (Welsh has six); the English source, which has none, is settled here.
    """
    shown = QCoreApplication.translate(context, text, disambiguation, n)
    if n >= 0 and shown == text.replace("%n", str(n)):
        return _ENGLISH_PLURAL.sub(lambda m: m.group(1) + ("" if n == 1 else m.group(2)), shown)
    return shown


def arg(text: str, *values: object) -> str:
    """``text`` with ``%1``... replaced by ``values``, in one pass as ``QString::arg`` does.

    One pass: a value that itself contains ``%2`` (a title, a file name) stays as typed.
    """

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, text)


def _settings(data_dir: Path) -> QSettings:
    return QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)


def saved_language(data_dir: Path) -> str | None:
    value = _settings(data_dir).value(_LANGUAGE_KEY)
    return value if isinstance(value, str) and value in i18n.LANGUAGES else None


def save_language(data_dir: Path, language: str) -> None:
    """Remember ``language`` ("en" or "cy") for the next start."""
    if language not in i18n.LANGUAGES:
        raise ValueError(f"unsupported interface language {language!r}")
    settings = _settings(data_dir)
    settings.setValue(_LANGUAGE_KEY, language)
    settings.sync()


def install(app: QCoreApplication, data_dir: Path, system_locale: str | None = None) -> str:
    """Show the interface and the core's text in the chosen language; return its code.

    Called once before any window is built: Qt reads translations as widgets are made, which
    is why a change of language takes effect at the next start.
    """
    locale = system_locale if system_locale is not None else QLocale.system().name()
    language = i18n.choose_language(saved_language(data_dir), locale)
    if language == i18n.ENGLISH or not _load_qt_catalogue(app, language):
        i18n.set_language(i18n.ENGLISH)
        return i18n.ENGLISH
    i18n.set_language(language)
    return i18n.current_language()


def _load_qt_catalogue(app: QCoreApplication, language: str) -> bool:
    try:
        path = i18n.translations_dir() / f"ui_{language}.qm"
    except MissingAssetsError:
        return False
    translator = QTranslator(app)  # parented: it lives as long as the application
    if not translator.load(str(path)):
        translator.deleteLater()
        return False
    app.installTranslator(translator)
    return True


def remove(app: QCoreApplication) -> None:
    """Back to English (tests that switched language put it back)."""
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()
    i18n.set_language(i18n.ENGLISH)
