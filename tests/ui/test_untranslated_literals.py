"""No user-visible string literal in ui/ bypasses Qt's translation."""

from __future__ import annotations

from pathlib import Path

import pytest

from .untranslated import find_in_source, find_untranslated

UI = Path(__file__).resolve().parents[2] / "ui"


def test_no_shown_literal_in_ui_bypasses_translation() -> None:
    found = find_untranslated(UI)
    assert not found, "wrap these in translate()/arg():\n" + "\n".join(map(str, found))


@pytest.mark.parametrize(
    "source",
    [
        'QLabel("Title:")',
        'button.setText("Save")',
        'self.setWindowTitle(f"Scrutiny {number}")',
        'menu.addAction("&Open")',
        'box = QMessageBox(icon, "Failed", text)',
        'QMessageBox.warning(self, "Not saved", "Try again")',
        'messages.error(self, "Export failed", "The disk is full")',
        'messages.info(self, title, "Done " + name)',
        'named(QLineEdit(self), "Find")',
        'named(table, translate("View", "Heat map"), "Rating per theme")',
        'QProgressDialog(label, "Cancel", 0, 0, parent)',
        'field.setPlaceholderText("Type here")',
        'field.setToolTip("Open" if ready else "Closed")',
        'model.setHorizontalHeaderLabels(["Title", "Force"])',
        'field.setAccessibleName("Search")',
        'label.setText(arg("Answered %1", count))',
        'label.setText("Saved at {}".format(when))',
    ],
)
def test_the_check_catches_each_kind_of_bypass(source: str) -> None:
    assert find_in_source(source, "example.py")


@pytest.mark.parametrize(
    "source",
    [
        'QLabel(translate("View", "Title:"))',
        'button.setText(self.tr("Save"))',
        'label.setText(arg(translate("View", "Answered %1"), count))',
        'QLabel(QT_TRANSLATE_NOOP("View", "Title:"))',
        'label.setText(" — ")',
        "label.setText(user_text)",
        "QLabel(self)",
    ],
)
def test_translated_or_wordless_text_passes(source: str) -> None:
    assert find_in_source(source, "example.py") == []
