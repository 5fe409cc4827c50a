"""The app's look: every colour a person reads passes WCAG 2.2 AA, and focus always shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ethics_scrutiny.domain.enums import Rating
from ui.kit import rag, style
from ui.shell.main_window import MainWindow


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """WCAG 2.2 relative luminance, written out here so the test does not trust the code."""
    r, g, b = (_channel(v) for v in (colour.red(), colour.green(), colour.blue()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula_matches_known_values() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize(("fg", "bg", "minimum"), style.READ_PAIRS)
def test_palette_pairs_pass_aa(fg: str, bg: str, minimum: float) -> None:
    assert contrast(QColor(fg), QColor(bg)) >= minimum, (fg, bg)


@pytest.mark.parametrize("rating", list(Rating))
def test_rating_words_on_their_fill_pass_aa_text(rating: Rating) -> None:
    fill, word = rag.background(rating), rag.foreground(rating)
    assert fill is not None and word is not None
    assert contrast(word, fill) >= 4.5


@pytest.mark.parametrize("rating", list(Rating))
@pytest.mark.parametrize("surface", [style.COLOURS.base, style.COLOURS.window])
def test_rating_colours_pass_as_text_and_as_fills(rating: Rating, surface: str) -> None:
    fill = rag.background(rating)
    assert fill is not None
    # As text on the page (4.5:1) and so, a fortiori, as a fill beside it (3:1, WCAG 1.4.11).
    assert contrast(fill, QColor(surface)) >= 4.5


def test_rating_colours_differ_from_each_other() -> None:
    fills = {rag.background(r).name() for r in Rating}  # type: ignore[union-attr]
    assert len(fills) == len(Rating)


def test_palette_colours_match_the_measured_ones() -> None:
    pal = style.palette()
    c = style.COLOURS
    assert pal.color(QPalette.ColorRole.WindowText) == QColor(c.text)
    assert pal.color(QPalette.ColorRole.Window) == QColor(c.window)
    assert pal.color(QPalette.ColorRole.Highlight) == QColor(c.primary)
    assert pal.color(QPalette.ColorRole.HighlightedText) == QColor(c.on_primary)
    assert pal.color(QPalette.ColorRole.PlaceholderText) == QColor(c.muted)
    # The selection a person reads: highlighted text on the highlight.
    assert (
        contrast(
            pal.color(QPalette.ColorRole.HighlightedText),
            pal.color(QPalette.ColorRole.Highlight),
        )
        >= 4.5
    )


@pytest.fixture
def styled(qapp: QApplication) -> object:
    before_palette, before_sheet = qapp.palette(), qapp.styleSheet()
    style.apply(qapp)
    yield qapp
    qapp.setStyleSheet(before_sheet)
    qapp.setPalette(before_palette)


def _pixels(widget: QWidget) -> set[str]:
    image = widget.grab().toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }


@pytest.mark.usefixtures("styled")
@pytest.mark.parametrize("kind", [QPushButton, QCheckBox, QLineEdit, QComboBox])
def test_keyboard_focus_is_drawn(qtbot: QtBot, kind: type[QWidget]) -> None:
    """Focus changes what the control looks like: the yellow fill or the dark edge."""
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    other = QLineEdit(host)
    control = kind(host)
    if isinstance(control, QPushButton | QCheckBox):
        control.setText("Go")
    elif isinstance(control, QComboBox):
        control.addItem("All questions")
    layout.addWidget(other)
    layout.addWidget(control)
    host.show()
    qtbot.waitExposed(host)
    other.setFocus()
    unfocused = _pixels(control)
    host.activateWindow()
    QTest.keyClick(other, Qt.Key.Key_Tab)  # by keyboard: Fusion marks only keyboard focus
    qtbot.waitUntil(control.hasFocus)
    focused = _pixels(control)
    marks = {style.COLOURS.focus, style.COLOURS.focus_edge}
    assert focused != unfocused
    assert marks & focused
    assert not {style.COLOURS.focus} & unfocused


@pytest.mark.usefixtures("styled")
def test_primary_button_is_filled(qtbot: QtBot) -> None:
    button = style.mark_primary(QPushButton("Record"))
    qtbot.addWidget(button)
    button.show()
    qtbot.waitExposed(button)
    assert style.COLOURS.primary in _pixels(button)


@pytest.mark.usefixtures("styled")
def test_headers_keep_their_views_large_type(qtbot: QtBot) -> None:
    """Meeting mode's type scale reaches the column headings under the style sheet."""
    host = QWidget()
    qtbot.addWidget(host)
    font = host.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    host.setFont(font)
    table = QTableWidget(2, 2, host)
    table.setHorizontalHeaderLabels(["Theme", "Rating"])
    host.show()
    qtbot.waitExposed(host)
    assert table.horizontalHeader().font().pointSizeF() == table.font().pointSizeF()
    bigger = table.font()
    bigger.setPointSizeF(bigger.pointSizeF() * 1.5)
    table.setFont(bigger)
    assert table.horizontalHeader().font().pointSizeF() == bigger.pointSizeF()


def test_new_scrutiny_is_the_lists_primary_button(window: MainWindow) -> None:
    buttons = window.list_page.buttons
    assert buttons["new"].property("primary") is True
    assert [k for k, b in buttons.items() if b.property("primary")] == ["new"]
