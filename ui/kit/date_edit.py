"""A date field that reads what is typed: "20 March 2025", "20/03/2025" or "2025-03-20".

Qt's own date edit takes a date one section at a time, so typed month names and years went
astray and select-all-then-type changed only the day. This is a line edit instead: the whole
text is read when it changes, shown back in full when focus leaves, and a calendar pops up
from its button (or Alt+Down). Up and Down still step a day, Page Up and Page Down a month.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Mapping
from datetime import date
from functools import cache

from PySide6.QtCore import QDate, QLocale, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFocusEvent, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QToolButton, QWidget

from .accessibility import named
from .i18n import arg, translate

DISPLAY_FORMAT = "d MMMM yyyy"
# Words that may sit between the parts of a typed date: English and Welsh ordinal endings
# ("20th", "20fed") and "of" ("20th of March").
FILLER = frozenset({"st", "nd", "rd", "th", "of", "af", "il", "ydd", "edd", "ed", "fed", "eg"})
# A month typed in part ("Sept", "Mar") needs at least this many letters to be told apart.
SHORTEST_PREFIX = 3
# Two-digit years are this century's: "20/03/25" is 2025.
CENTURY = 2000
EARLIEST_YEAR, LATEST_YEAR = 1900, 2200


class DateTextError(ValueError):
    """The typed text is not a date; ``str()`` says what to type instead."""


@cache
def month_names(locale_name: str) -> Mapping[str, int]:
    """Month names, long and short, in English, Welsh and ``locale_name``, to their number."""
    locales = (
        QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
        QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom),
        QLocale(locale_name),
    )
    names: dict[str, int] = {"sept": 9}
    for locale in locales:
        for month in range(1, 13):
            for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
                for name in (
                    locale.monthName(month, kind),
                    locale.standaloneMonthName(month, kind),
                ):
                    names[_letters(name)] = month
    return names


def read_date(text: str, today: date, months: Mapping[str, int]) -> date:
    """The date ``text`` names, day first unless it starts with a four-digit year.

    Raises DateTextError with a message saying what to type when it names no date.
    """
    tokens = re.findall(r"\d+|[^\W\d_]+", text)
    words = [t for t in tokens if not t.isdigit() and t.casefold() not in FILLER]
    numbers = [t for t in tokens if t.isdigit()]
    if not tokens:
        raise DateTextError(translate("DateEdit", "Type a date, e.g. 20 March 2025."))
    if words:
        if len(words) > 1 or not 1 <= len(numbers) <= 2:
            raise DateTextError(_unreadable(text))
        month = _month(words[0], months, text)
        day, year = _day_and_year(numbers, today)
    elif len(numbers) == 3:
        first, second, third = numbers
        day_text, month_text, year_text = (third, second, first) if len(first) == 4 else numbers
        day, month, year = int(day_text), int(month_text), _full_year(year_text)
    else:
        raise DateTextError(_unreadable(text))
    return _checked(year, month, day, text)


def _day_and_year(numbers: list[str], today: date) -> tuple[int, int]:
    """With the month in words: a day alone is this year's; a long number is the year."""
    if len(numbers) == 1:
        if len(numbers[0]) > 2:
            raise DateTextError(translate("DateEdit", "Type the day too, e.g. 20 March 2025."))
        return int(numbers[0]), today.year
    first, second = numbers
    if len(first) > 2 >= len(second):
        first, second = second, first
    return int(first), _full_year(second)


def _full_year(text: str) -> int:
    return CENTURY + int(text) if len(text) <= 2 else int(text)


def _month(word: str, months: Mapping[str, int], text: str) -> int:
    typed = _letters(word)
    if typed in months:
        return months[typed]
    found = {number for name, number in months.items() if name.startswith(typed)}
    if len(typed) >= SHORTEST_PREFIX and len(found) == 1:
        return found.pop()
    raise DateTextError(
        arg(
            translate(
                "DateEdit",
                "“%1” is not a month the app knows. Write the month in full, e.g. 20 March 2025, "
                "or as a number, e.g. 20/03/2025.",
            ),
            word,
        )
        if len(word) >= SHORTEST_PREFIX
        else _unreadable(text)
    )


def _checked(year: int, month: int, day: int, text: str) -> date:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise DateTextError(
            arg(
                translate("DateEdit", "Type a year from %1 to %2, e.g. 20 March 2025."),
                EARLIEST_YEAR,
                LATEST_YEAR,
            )
        )
    if not 1 <= month <= 12:
        raise DateTextError(
            arg(
                translate(
                    "DateEdit",
                    "There is no month %1: type the day first, then the month, e.g. 20/03/2025.",
                ),
                month,
            )
        )
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        month_name = QLocale().monthName(month)
        raise DateTextError(
            arg(
                translate("DateEdit", "%1 is not a real date: %2 %3 has %n day(s).", None, days),
                text.strip(),
                month_name,
                year,
            )
        )
    return date(year, month, day)


def _unreadable(text: str) -> str:
    return arg(
        translate(
            "DateEdit",
            "“%1” is not a date the app can read. Type it as 20 March 2025, 20/03/2025 or "
            "2025-03-20.",
        ),
        text.strip(),
    )


def _letters(name: str) -> str:
    return name.casefold().replace(".", "").strip()


class DateEdit(QLineEdit):
    """Reads any typed date; ``problem()`` says why the text is not an acceptable date."""

    dateChanged = Signal(QDate)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown = QDate()
        self._earliest: tuple[QDate, str] | None = None
        self._latest: tuple[QDate, str] | None = None
        self._calendar: QCalendarWidget | None = None
        self.setPlaceholderText(translate("DateEdit", "e.g. 20 March 2025"))
        self.setToolTip(
            translate(
                "DateEdit",
                "Type a date as 20 March 2025, 20/03/2025 or 2025-03-20. Alt+Down opens a "
                "calendar; Up and Down change the day, Page Up and Page Down the month.",
            )
        )
        self.calendar_action = QAction(
            _calendar_icon(self), translate("DateEdit", "Calendar"), self
        )
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        # The button Qt makes for the action is a Tab stop of its own, named, so the calendar
        # is reachable by keyboard and announced, not only by mouse or Alt+Down.
        for button in self.findChildren(QToolButton):
            if button.defaultAction() is self.calendar_action:
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
                named(button, translate("DateEdit", "Choose from a calendar"))
        self.setMinimumWidth(self._widest_date() + 48)
        self.textChanged.connect(self._on_text_changed)
        self.setDate(QDate.currentDate())

    def date(self) -> QDate:
        """The typed date, or an invalid QDate when the text names none."""
        try:
            day = read_date(self.text(), dt.date.today(), self._months())
        except DateTextError:
            return QDate()
        return QDate(day.year, day.month, day.day)

    def value(self) -> dt.date | None:
        chosen = self.date()
        return chosen.toPython() if chosen.isValid() else None  # type: ignore[return-value]

    def setDate(self, day: QDate | dt.date) -> None:
        chosen = day if isinstance(day, QDate) else QDate(day.year, day.month, day.day)
        self.setText(self.locale().toString(chosen, DISPLAY_FORMAT))

    def set_earliest(self, day: QDate | None, message: str = "") -> None:
        """Refuse dates before ``day``, saying ``message``; ``None`` lifts the limit.

        Nothing is emitted: the caller asks ``problem()`` again after changing a limit.
        """
        self._earliest = (day, message) if day is not None else None
        self.setAccessibleDescription(self.problem())

    def set_latest(self, day: QDate | None, message: str = "") -> None:
        """Refuse dates after ``day``, saying ``message``; ``None`` lifts the limit."""
        self._latest = (day, message) if day is not None else None
        self.setAccessibleDescription(self.problem())

    def text_problem(self) -> str:
        """Why the text names no date at all, or "" when it names one (limits aside)."""
        try:
            read_date(self.text(), dt.date.today(), self._months())
        except DateTextError as exc:
            return str(exc)
        return ""

    def problem(self) -> str:
        """Why the text is not an acceptable date, or "" when it is."""
        try:
            day = read_date(self.text(), dt.date.today(), self._months())
        except DateTextError as exc:
            return str(exc)
        chosen = QDate(day.year, day.month, day.day)
        if self._earliest is not None and chosen < self._earliest[0]:
            return self._earliest[1]
        if self._latest is not None and chosen > self._latest[0]:
            return self._latest[1]
        return ""

    def show_calendar(self) -> None:
        """Pop up a calendar under the field; choosing a day there fills it in."""
        if not self.isEnabled():
            return
        popup = named(QCalendarWidget(self), translate("DateEdit", "Calendar"))
        popup.setWindowFlags(Qt.WindowType.Popup)
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        popup.setGridVisible(True)
        if self._earliest is not None:
            popup.setMinimumDate(self._earliest[0])
        if self._latest is not None:
            popup.setMaximumDate(self._latest[0])
        chosen = self.date()
        popup.setSelectedDate(chosen if chosen.isValid() else QDate.currentDate())
        popup.clicked.connect(self._on_calendar_chosen)
        popup.activated.connect(self._on_calendar_chosen)
        popup.destroyed.connect(self._on_calendar_destroyed)
        popup.adjustSize()
        popup.move(self._popup_position(popup.sizeHint().width(), popup.sizeHint().height()))
        self._calendar = popup
        popup.show()
        popup.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, alt = event.key(), event.modifiers() & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
            self.show_calendar()
            return
        steps = {
            Qt.Key.Key_Up: (1, 0),
            Qt.Key.Key_Down: (-1, 0),
            Qt.Key.Key_PageUp: (0, 1),
            Qt.Key.Key_PageDown: (0, -1),
        }
        chosen = self.date()
        if key in steps and chosen.isValid() and not alt:
            days, months = steps[Qt.Key(key)]
            self.setDate(chosen.addDays(days).addMonths(months))
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        # What was typed is shown back in full, so "20/3/25" reads as the date it was taken as.
        chosen = self.date()
        if chosen.isValid():
            self.setDate(chosen)
        super().focusOutEvent(event)

    def _on_text_changed(self, _text: str) -> None:
        problem = self.problem()
        self.setAccessibleDescription(problem)
        chosen = self.date()
        if chosen.isValid() and chosen != self._shown:
            self._shown = chosen
            self.dateChanged.emit(chosen)

    def _on_calendar_chosen(self, day: QDate) -> None:
        self.setDate(day)
        if self._calendar is not None:
            self._calendar.close()
        self.setFocus()

    def _on_calendar_destroyed(self) -> None:
        self._calendar = None

    def _popup_position(self, width: int, height: int) -> QPoint:
        below = self.mapToGlobal(QPoint(0, self.height()))
        area: QRect = self.screen().availableGeometry()
        x = min(max(below.x(), area.left()), area.right() - width)
        y = below.y() if below.y() + height <= area.bottom() else below.y() - self.height() - height
        return QPoint(x, max(y, area.top()))

    def _months(self) -> Mapping[str, int]:
        return month_names(self.locale().name())

    def _widest_date(self) -> int:
        metrics = self.fontMetrics()
        return max(
            metrics.horizontalAdvance(
                self.locale().toString(QDate(2025, month, 28), DISPLAY_FORMAT)
            )
            for month in range(1, 13)
        )


def _calendar_icon(widget: QWidget) -> QIcon:
    """A small calendar drawn in the text colour (no icon theme is assumed)."""
    size = 16
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    colour = QColor(widget.palette().text().color())
    painter = QPainter(pixmap)
    painter.setPen(colour)
    painter.drawRect(1, 2, size - 3, size - 4)
    painter.fillRect(1, 2, size - 2, 4, colour)
    for row in (8, 11):
        for column in (4, 7, 10):
            painter.fillRect(column, row, 2, 2, colour)
    painter.end()
    return QIcon(pixmap)
