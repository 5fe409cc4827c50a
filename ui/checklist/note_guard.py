"""Keeps a notes box within what the record accepts, and shows what its text hides."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit

from ethics_scrutiny.domain.bidi import has_controls, visible_controls
from ethics_scrutiny.services.scrutinies import MAX_NOTE_LENGTH

from ..kit.i18n import arg, translate

# The counter appears once a note is this close to the limit, so it is no surprise.
COUNTER_FROM = MAX_NOTE_LENGTH * 9 // 10
_EXCERPT = 160  # characters of the note shown around its first hidden direction character


def note_length(text: str) -> int:
    """Characters as the record counts them (composed, outer spaces aside)."""
    return len(unicodedata.normalize("NFC", text).strip())


class NoteGuard(QObject):
    """Refuses text past ``limit`` at the box, with a counter near it; names bidi controls.

    Trimming happens as the text changes, so a note the record would refuse never exists,
    and nothing typed earlier is touched: only what was just typed or pasted past the limit.
    """

    def __init__(
        self,
        notes: QPlainTextEdit,
        counter: QLabel,
        hidden: QLabel,
        limit: int = MAX_NOTE_LENGTH,
    ) -> None:
        super().__init__(notes)
        self._notes = notes
        self._counter = counter
        self._hidden = hidden
        self._limit = limit
        self._trimming = False
        self.trimmed = False  # whether the last change was cut to fit
        for label in (counter, hidden):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.hide()
        hidden.setWordWrap(True)
        # Before the panel's own handler, so edits are reported only once they fit.
        notes.textChanged.connect(self._on_notes_text_changed)

    @property
    def limit(self) -> int:
        return self._limit

    def refresh(self) -> None:
        """Update the counter and the warning for the box's text as it stands."""
        text = self._notes.toPlainText()
        self._show_counter(note_length(text))
        self._show_hidden(text)

    def _on_notes_text_changed(self) -> None:
        if self._trimming:
            return
        text = self._notes.toPlainText()
        excess = note_length(text) - self._limit
        self.trimmed = excess > 0
        if excess > 0:
            self._trim(text, excess)
            QApplication.beep()
        self.refresh()

    def _trim(self, text: str, excess: int) -> None:
        """Cut ``excess`` characters from what was just entered, just before the cursor."""
        cursor = self._notes.textCursor()
        end = _code_points(text, cursor.position())
        start = max(0, end - excess)
        if start == end:  # nothing before the cursor: the end of the note goes instead
            start, end = len(text) - excess, len(text)
        self._trimming = True
        try:
            cursor.setPosition(_utf16(text, start))
            cursor.setPosition(_utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            self._notes.setTextCursor(cursor)
        finally:
            self._trimming = False
        # Spaces cut from the ends, or a composition, can still leave it long: go again.
        if note_length(self._notes.toPlainText()) > self._limit:
            self._trim(self._notes.toPlainText(), 1)

    def _show_counter(self, length: int) -> None:
        if self.trimmed:
            text = arg(
                translate(
                    "NoteGuard",
                    "The note is full (%1 characters at most): the rest was not added. "
                    "Attach longer text as evidence.",
                ),
                f"{self._limit:,}",
            )
        else:
            text = arg(
                translate("NoteGuard", "%1 of %2 characters"), f"{length:,}", f"{self._limit:,}"
            )
        self._counter.setText(text)
        self._counter.setAccessibleName(text)
        self._counter.setVisible(self.trimmed or length >= COUNTER_FROM)

    def _show_hidden(self, text: str) -> None:
        if not has_controls(text):
            self._hidden.hide()
            return
        first = next(i for i, c in enumerate(text) if has_controls(c))
        lo = max(0, first - _EXCERPT // 2)
        excerpt = visible_controls(text[lo : lo + _EXCERPT]).replace("\n", " ")
        shown = arg(
            translate(
                "NoteGuard",
                "This note holds hidden direction characters, which can make text show in a "
                "different order from how it is saved. Shown as codes: “%1”",
            ),
            ("…" if lo else "") + excerpt + ("…" if lo + _EXCERPT < len(text) else ""),
        )
        self._hidden.setText(shown)
        self._hidden.setAccessibleName(shown)
        self._hidden.show()


def _code_points(text: str, utf16_position: int) -> int:
    """Qt counts positions in UTF-16 units; Python strings in code points."""
    return len(text.encode("utf-16-le")[: utf16_position * 2].decode("utf-16-le", "ignore"))


def _utf16(text: str, code_point: int) -> int:
    return len(text[:code_point].encode("utf-16-le")) // 2
