"""File choosers open where the officer last was; a saved report can be opened at once."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from ethics_scrutiny.services import Services
from ui.kit import file_dialogs, folders, local_files, messages
from ui.shell.main_window import MainWindow

from .conftest import MakeScrutiny


@pytest.fixture
def remembered(tmp_path: Path) -> Iterator[Path]:
    data = tmp_path / "data"
    data.mkdir()
    folders.remember_in(data)
    yield data
    folders.remember_in(None)


@dataclass
class SaveDialog:
    """Stands in for the save chooser: notes where it opened, answers the next queued file."""

    answers: list[str] = field(default_factory=list)
    starts: list[str] = field(default_factory=list)

    def __call__(self, _parent: object, _caption: str, start: str, _filter: str) -> tuple[str, str]:
        self.starts.append(start)
        return self.answers.pop(0), ""


@pytest.mark.usefixtures("remembered")
def test_save_choosers_remember_the_last_folder_per_kind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = SaveDialog()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    reports, backups, home = tmp_path / "reports", tmp_path / "backups", tmp_path / "Documents"
    reports.mkdir()
    backups.mkdir()
    dialog.answers += [
        str(reports / "first.pdf"),
        str(backups / "copy.db"),
        str(reports / "second.pdf"),
        str(backups / "again.db"),
    ]
    assert file_dialogs.ask_save_pdf(None, "Save", home / "Drone report.pdf") == (
        reports / "first.pdf"
    )
    file_dialogs.ask_save_backup(None, home / "record.db")
    file_dialogs.ask_save_pdf(None, "Save", home / "ANPR report.pdf")
    file_dialogs.ask_save_backup(None, home / "record 2.db")
    # The first of each kind opens where suggested; the next opens where that kind went.
    assert dialog.starts == [
        str(home / "Drone report.pdf"),
        str(home / "record.db"),
        str(reports / "ANPR report.pdf"),
        str(backups / "record 2.db"),
    ]


@pytest.mark.usefixtures("remembered")
def test_a_folder_since_removed_is_not_offered(tmp_path: Path) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    folders.remember(folders.PDF, gone / "a.pdf")
    assert folders.last_folder(folders.PDF) == gone
    gone.rmdir()
    assert folders.start_at(folders.PDF, tmp_path / "b.pdf") == tmp_path / "b.pdf"


def test_nothing_is_remembered_without_a_data_folder(tmp_path: Path) -> None:
    folders.remember_in(None)
    folders.remember(folders.PDF, tmp_path / "a.pdf")
    assert folders.last_folder(folders.PDF) is None


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    urls: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return urls


@pytest.mark.parametrize(
    ("button", "expected"), [("open_saved_file", "file"), ("show_saved_file", "folder")]
)
def test_a_saved_file_box_opens_the_file_or_its_folder(
    qtbot: QtBot, tmp_path: Path, opened: list[QUrl], button: str, expected: str
) -> None:
    saved = tmp_path / "out" / "report.pdf"
    saved.parent.mkdir()
    saved.write_bytes(b"%PDF-1.7")
    clicked: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        found = box.findChild(QPushButton, button)
        assert found is not None
        clicked.append(found.text())
        found.click()

    QTimer.singleShot(0, click)
    with messages.offering(saved):
        messages.info(None, "Report saved", f"Saved to {saved}")
    assert clicked
    target = saved if expected == "file" else saved.parent
    assert opened == [QUrl.fromLocalFile(str(target.resolve()))]
    assert all(url.isLocalFile() for url in opened)


def test_plain_boxes_offer_no_file(qtbot: QtBot) -> None:
    seen: list[list[str]] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, look)
            return
        seen.append([b.objectName() for b in box.findChildren(QPushButton)])
        box.accept()

    QTimer.singleShot(0, look)
    messages.info(None, "Record verified", "All entries check out")
    assert seen and "open_saved_file" not in seen[0]


def test_a_missing_file_is_not_handed_to_the_desktop(tmp_path: Path, opened: list[QUrl]) -> None:
    assert not local_files.open_file(tmp_path / "never-written.pdf")
    assert opened == []


def test_an_export_offers_its_file(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    make_scrutiny: MakeScrutiny,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    scrutiny_id = make_scrutiny()
    window.controller.refresh_list()
    qtbot.waitUntil(lambda: window.list_page.selected_id() == scrutiny_id)
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(file_dialogs, "ask_save_pdf", lambda *args: target)
    offered: list[Path] = []

    def info(_parent: object, _title: str, _text: str) -> None:
        offered.extend(messages._offered)

    monkeypatch.setattr(messages, "info", info)
    monkeypatch.setattr(messages, "warning", info)
    with qtbot.waitSignal(window.controller.exports.finished, timeout=60_000):
        window.action_map["export_pdf"].trigger()
    assert offered == [target]
    assert messages._offered == []  # only while that box shows
