"""The welcome step, File ▸ Office settings, the demonstration's banner and the archive."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QToolBar
from pytestqt.qtbot import QtBot

from ethics_scrutiny.config import Settings
from ethics_scrutiny.domain.office import OfficeProfile, OfficeType
from ethics_scrutiny.services import Services, demo_record
from ethics_scrutiny.services.archive import check_archive
from ethics_scrutiny.services.demo import DEMO_TITLE
from ui import app
from ui.office import demo_launch
from ui.office.demo_banner import BANNER_NAME
from ui.office.office_controller import OfficeController
from ui.office.office_dialog import OfficeDialog
from ui.shell.main_window import MainWindow

BOARD = OfficeProfile(
    name="Office of the Exampleshire Policing and Crime Board",
    office_type=OfficeType.POLICING_AND_CRIME_BOARD,
    decision_maker="Exampleshire Policing and Crime Board",
    panel="Exampleshire Ethics Panel",
)
# Pictures for a person to look at, outside the source tree.
SHOTS = Path(tempfile.gettempdir()) / "ethics-scrutiny-screenshots"


def screenshot(widget: object, name: str) -> None:
    """Keep a picture of the dialog for a person to look at."""
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))  # type: ignore[attr-defined]


def fill(qtbot: QtBot, dialog: OfficeDialog, profile: OfficeProfile) -> None:
    form = dialog.form
    form.office_type.setCurrentIndex(form.office_type.findData(profile.office_type.value))
    for edit, text in (
        (form.name, profile.name),
        (form.decision_maker, profile.decision_maker),
        (form.panel, profile.panel),
    ):
        edit.clear()
        qtbot.keyClicks(edit, text)


def test_first_launch_shows_the_welcome_step_and_the_record_stays_empty(
    qtbot: QtBot, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, object] = {}

    def fake_exec(*_args: object) -> int:
        [main] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        controller = main.findChild(OfficeController)
        assert controller is not None
        qtbot.waitUntil(lambda: controller.welcome_dialog is not None)
        dialog = controller.welcome_dialog
        assert dialog is not None and dialog.isVisible()
        assert not dialog.save_button.isEnabled()  # nothing typed yet
        fill(qtbot, dialog, BOARD)
        screenshot(dialog, "welcome-step")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: main.context.services.office.profile() is not None)
        seen["profile"] = main.context.services.office.profile()
        seen["rows"] = main.list_page.model.rowCount()
        main.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app.run(settings, ["ethics-scrutiny"]) == 0
    assert seen == {"profile": BOARD, "rows": 0}
    reopened = Services.open(settings)
    try:
        assert reopened.scrutinies.list() == []
        assert reopened.office.profile() == BOARD
    finally:
        reopened.close()


def test_the_welcome_step_opens_the_demonstration_on_its_own(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[bool] = []
    monkeypatch.setattr(demo_launch, "start", lambda: started.append(True) or True)
    controller = window.findChild(OfficeController)
    assert controller is not None
    controller.start()
    qtbot.waitUntil(lambda: controller.welcome_dialog is not None)
    dialog = controller.welcome_dialog
    assert dialog is not None and dialog.demo_button is not None
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert started == [True]
    window.action_map["open_demo"].trigger()  # Help ▸ Open the demonstration
    assert started == [True, True]
    dialog.reject()
    assert window.context.services.scrutinies.list() == []


def test_office_settings_edits_the_profile(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.office.set(BOARD)
    shown: list[OfficeDialog] = []

    def ask(parent: object, current: OfficeProfile | None, *_signing: object) -> object:
        dialog = OfficeDialog(current, welcome=False, parent=window)
        shown.append(dialog)
        assert dialog.form.name.text() == BOARD.name
        assert dialog.form.chosen_type() is OfficeType.POLICING_AND_CRIME_BOARD
        dialog.form.panel.clear()
        assert not dialog.save_button.isEnabled()
        qtbot.keyClicks(dialog.form.panel, "Joint Ethics Committee")
        dialog.show()
        screenshot(dialog, "office-settings")
        result: list[object] = []
        dialog.chosen.connect(lambda profile, logo: result.append((profile, logo)))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        dialog.deleteLater()
        return result[0]

    monkeypatch.setattr(OfficeDialog, "ask", ask)
    window.action_map["office_settings"].trigger()
    qtbot.waitUntil(lambda: bool(shown))
    qtbot.waitUntil(lambda: services.office.profile().panel == "Joint Ethics Committee")  # type: ignore[union-attr]


def test_an_overlong_name_is_refused_in_the_dialog(qtbot: QtBot) -> None:
    dialog = OfficeDialog(None, welcome=False)
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, BOARD)
    dialog.form.name.setText("x" * 301)
    emitted: list[object] = []
    dialog.chosen.connect(lambda *a: emitted.append(a))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert emitted == []
    assert "longer than 300 characters" in dialog.problem.text()


def test_choosing_another_kind_of_office_suggests_its_title(qtbot: QtBot) -> None:
    dialog = OfficeDialog(None, welcome=True)
    qtbot.addWidget(dialog)
    form = dialog.form
    assert form.decision_maker.text() == "Police and Crime Commissioner"
    form.office_type.setCurrentIndex(form.office_type.findData("deputy-mayor"))
    assert form.decision_maker.text() == "Deputy Mayor for Policing and Crime"
    form.decision_maker.setText("Mayor of Exampleshire")
    form.office_type.setCurrentIndex(form.office_type.findData("mayor"))
    assert form.decision_maker.text() == "Mayor of Exampleshire"  # typed by the office: kept


def test_the_demonstration_shows_a_banner_on_every_screen(qtbot: QtBot, tmp_path: Path) -> None:
    settings = demo_record.demo_settings(tmp_path / "demo")
    services = Services.open(settings)
    try:
        demo_id = demo_record.fill(services)
        main = app.create_main_window(services)
        qtbot.addWidget(main)
        main.show()
        controller = main.findChild(OfficeController)
        assert controller is not None and demo_id is not None
        controller.start()
        qtbot.waitUntil(lambda: main.findChild(QToolBar, BANNER_NAME) is not None)
        banner = main.findChild(QLabel, "demonstration_banner_text")
        assert banner is not None and banner.text().startswith("DEMONSTRATION")
        assert main.windowTitle().endswith("DEMONSTRATION")
        assert controller.welcome_dialog is None
        model = services.reports.build_model(demo_id)
        assert model.band.startswith("DEMONSTRATION")
        main.close()
        main.context.tasks.shutdown()
        main.deleteLater()
    finally:
        services.close()


def test_file_archive_writes_a_checked_archive(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: object,
    said: list[tuple[str, str, str]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    make_scrutiny()  # type: ignore[operator]
    out = tmp_path / "handover.zip"
    monkeypatch.setattr("ui.office.office_controller.ask_save_file", lambda *a: out)
    window.action_map["archive_record"].trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    [(kind, title, text)] = said
    assert (kind, title) == ("info", "Record archived")
    assert "1 scrutinies" in text and str(out) in text
    assert check_archive(out).scrutinies == 1


def test_launch_demo_opens_a_throwaway_record_and_removes_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ui import launch

    seen: list[tuple[Path, list[str], bool]] = []

    def fake_run(settings: Settings, argv: list[str] | None = None) -> int:
        opened = Services.open(settings)
        try:
            titles = [s.title for s in opened.scrutinies.list()]
            profile = opened.office.profile()
            seen.append((settings.data_dir, titles, bool(profile and profile.demonstration)))
        finally:
            opened.close()
        return 0

    monkeypatch.setattr(app, "run", fake_run)
    monkeypatch.setattr(launch, "platform_problem", lambda: None)
    assert launch.main(["--demo"]) == 0
    [(folder, titles, demonstration)] = seen
    assert titles == [DEMO_TITLE] and demonstration
    assert folder.name.startswith(demo_record.FOLDER_PREFIX)
    assert not folder.exists()  # deleted when the window closed
