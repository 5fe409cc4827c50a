"""The question panel shows the question as the office reads it, its decision-maker named."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ethics_scrutiny.domain.office import OfficeProfile, OfficeType
from ethics_scrutiny.services import Services
from ui.shell.main_window import MainWindow

from .conftest import MakeScrutiny, open_scrutiny

BOARD = OfficeProfile(
    name="Office of the Exampleshire Policing and Crime Board",
    office_type=OfficeType.POLICING_AND_CRIME_BOARD,
    decision_maker="Exampleshire Policing and Crime Board",
    panel="Exampleshire Ethics Panel",
)


def test_the_question_panel_names_the_board_not_a_pcc(
    qtbot: QtBot, window: MainWindow, services: Services, make_scrutiny: MakeScrutiny
) -> None:
    services.office.set(BOARD)
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    open_scrutiny(qtbot, window, scrutiny_id)
    checklist = window.controller.checklist
    checklist.go_to_key("DR-12")
    qtbot.waitUntil(lambda: checklist.current_key == "DR-12")
    prompt = window.checklist_page.question.prompt_label.text()
    assert prompt.endswith("including the Exampleshire Policing and Crime Board?")
    checklist.go_to_key("AO-07")
    qtbot.waitUntil(lambda: checklist.current_key == "AO-07")
    prompt = " ".join(window.checklist_page.question.prompt_label.text().split())
    assert prompt.startswith("Has the force agreed with the Exampleshire Policing and Crime Board")
    assert "PCC" not in prompt and "Commissioner" not in prompt
