"""The New scrutiny wizard lists the languages its chosen templates offer, and no others."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ethics_scrutiny.domain.enums import Language, Technology
from ethics_scrutiny.domain.scrutiny import NewScrutiny
from ethics_scrutiny.services import Services
from ui.dashboard.new_scrutiny_dialog import LanguagesOffered, NewScrutinyDialog
from ui.screening.module_choice import SLUG_ROLE
from ui.screening.screening_data import ScreeningSource
from ui.shell.main_window import MainWindow

from .screening_fakes import SOURCE

AIA = "canada-algorithmic-impact-assessment"
AIA_FILE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "canada-aia.yaml"


def _names(dialog: NewScrutinyDialog) -> list[str]:
    return [dialog.language.itemText(i) for i in range(dialog.language.count())]


def _wizard(qtbot: QtBot, services: Services) -> NewScrutinyDialog:
    services.templates.import_file(AIA_FILE)
    dialog = NewScrutinyDialog(
        None, services.library.modules(), SOURCE, languages=services.templates.languages_offered
    )
    qtbot.addWidget(dialog)
    dialog.technology.setCurrentIndex(dialog.technology.findData(Technology.OTHER.value))
    dialog.title.setText("Triage des demandes")
    dialog.force.setText("Gwent Police")
    return dialog


def _aia_item(dialog: NewScrutinyDialog) -> int:
    modules = dialog.module_list
    return next(r for r in range(modules.count()) if modules.item(r).data(SLUG_ROLE) == AIA)


def test_a_module_carrying_french_adds_francais_and_taking_it_out_removes_it(
    qtbot: QtBot, services: Services
) -> None:
    dialog = _wizard(qtbot, services)
    assert _names(dialog) == ["English", "Cymraeg (Welsh)"]
    dialog.accept()  # Next: the screening and modules
    item = dialog.module_list.item(_aia_item(dialog))
    item.setCheckState(Qt.CheckState.Checked)
    assert _names(dialog) == ["English", "Cymraeg (Welsh)", "Français"]
    dialog.back.click()
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.accept()
    dialog.screening.not_screened.click()
    new = dialog.value()
    assert new.language is Language("fr") and AIA in new.modules
    # Taken out again: French is no longer offered, and English is chosen in its place.
    item.setCheckState(Qt.CheckState.Unchecked)
    assert _names(dialog) == ["English", "Cymraeg (Welsh)"]
    assert dialog.value().language is Language.ENGLISH
    dialog.done(0)


def test_a_chosen_language_still_offered_stays_chosen(qtbot: QtBot, services: Services) -> None:
    dialog = _wizard(qtbot, services)
    dialog.language.setCurrentIndex(dialog.language.findData("cy"))
    dialog.technology.setCurrentIndex(dialog.technology.findData(Technology.DRONES.value))
    assert dialog.language.currentData() == "cy"
    dialog.done(0)


def test_the_window_hands_the_wizard_its_templates_languages(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    given: list[LanguagesOffered | None] = []

    def cancel(
        _cls: object,
        parent: object,
        modules: object,
        screening: ScreeningSource | None = None,
        languages: LanguagesOffered | None = None,
    ) -> NewScrutiny | None:
        given.append(languages)
        return None

    monkeypatch.setattr(NewScrutinyDialog, "ask", classmethod(cancel))
    window.action_map["new"].trigger()
    [languages] = given
    assert languages is not None
    offered: Sequence[tuple[str, str]] = languages([])
    assert [code for code, _name in offered] == ["en", "cy"]
