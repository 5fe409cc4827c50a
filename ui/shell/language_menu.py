"""Settings ▸ Language: English or Cymraeg, remembered for the next start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from ethics_scrutiny import i18n as core_i18n

from ..kit import i18n, messages
from ..kit.accessibility import named

# Each language is offered in its own name, whatever the interface language is.
CHOICES = ((core_i18n.ENGLISH, "English"), (core_i18n.WELSH, "Cymraeg"))


def add_settings_menu(menu_bar: QMenuBar, data_dir: Path, parent: QWidget) -> QMenu:
    """A Settings menu, before Help, holding the Language choice."""
    settings = QMenu(i18n.translate("language_menu", "Sett&ings"), menu_bar)
    settings.setObjectName("menu_settings")
    language = settings.addMenu(i18n.translate("language_menu", "&Language"))
    language.setObjectName("menu_language")
    group = QActionGroup(language)
    group.setExclusive(True)
    chosen = i18n.saved_language(data_dir) or core_i18n.current_language()
    for code, name in CHOICES:
        action = QAction(language)
        action.setText(name)
        action.setObjectName(f"action_language_{code}")
        action.setCheckable(True)
        action.setChecked(code == chosen)
        action.triggered.connect(lambda _checked=False, c=code: choose(c, data_dir, parent))
        group.addAction(action)
        language.addAction(action)
    named(language, i18n.translate("language_menu", "Language"))
    _insert_before_help(menu_bar, settings)
    return settings


def choose(language: str, data_dir: Path, parent: QWidget) -> None:
    """Remember ``language``; menus and labels are built once, so it shows from the next start."""
    if language == (i18n.saved_language(data_dir) or core_i18n.current_language()):
        return
    i18n.save_language(data_dir, language)
    messages.info(
        parent,
        i18n.translate("language_menu", "Language"),
        i18n.translate(
            "language_menu",
            "The new language is used from the next time you start Ethics Scrutiny. "
            "Your record and reports are not affected.",
        ),
    )


def _insert_before_help(menu_bar: QMenuBar, menu: QMenu) -> None:
    actions = menu_bar.actions()
    # Help is last by convention; every other menu keeps its place.
    if actions:
        menu_bar.insertMenu(actions[-1], menu)
    else:
        menu_bar.addMenu(menu)
