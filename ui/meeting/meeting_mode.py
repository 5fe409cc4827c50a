"""Meeting mode: a full-screen, large-type walk through the summary and each red flag."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFontInfo, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ethics_scrutiny.domain.localize import question_text
from ethics_scrutiny.domain.scoring import Assessment
from ethics_scrutiny.domain.scrutiny import ScrutinyDetail

from ..checklist.checklist_view import readiness_text
from ..kit.accessibility import buddy_label, named
from .summary_view import ThemeHeatModel, theme_titles

# Readable from the back of a meeting room on a projector: at least 1.8 times the normal
# type, and larger on a large screen, so that about LINES_ON_SCREEN lines fill its height.
TYPE_SCALE = 1.8
LINES_ON_SCREEN = 32


@dataclass(frozen=True)
class FlagSlide:
    """One red flag's slide and its comment box."""

    key: str
    page: QWidget
    comment: QPlainTextEdit
    saved: QLabel


class MeetingMode(QWidget):
    """Its own full-screen window; Esc leaves. Emits comments, never touches services."""

    comment_saved = Signal(str, str)  # question key, comment text
    left = Signal()

    def __init__(
        self, detail: ScrutinyDetail, assessment: Assessment, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("meeting_mode")
        self.setWindowTitle(f"Meeting mode: {detail.summary.title}")
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * TYPE_SCALE)
        self.setFont(font)
        self.stack = QStackedWidget(self)
        self.heat_model = ThemeHeatModel(self)
        self.flag_slides: list[FlagSlide] = []
        self.stack.addWidget(self._summary_slide(detail, assessment))
        for number, flag in enumerate(assessment.red_flags, start=1):
            slide = self._flag_slide(detail, flag.key, number, len(assessment.red_flags))
            self.flag_slides.append(slide)
            self.stack.addWidget(slide.page)
        self.position = named(QLabel(self), "Slide")
        self.previous_button = named(QPushButton("◀ Previous (Page Up)", self), "Previous")
        self.next_button = named(QPushButton("Next (Page Down) ▶", self), "Next")
        self.leave_button = named(QPushButton("Leave meeting mode (Esc)", self), "Leave")
        self._build_layout()
        self._connect()
        self.go_to(0)

    @property
    def current(self) -> int:
        return self.stack.currentIndex()

    def go_to(self, index: int) -> None:
        self._save_current()
        index = max(0, min(index, self.stack.count() - 1))
        self.stack.setCurrentIndex(index)
        count = self.stack.count()
        where = "Summary" if index == 0 else f"Red flag {index} of {count - 1}"
        self.position.setText(f"{where} · slide {index + 1} of {count}")
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < count - 1)
        if index > 0:
            self.flag_slides[index - 1].comment.setFocus()
        elif count > 1:
            self.next_button.setFocus()
        else:
            self.leave_button.setFocus()

    def next(self) -> None:
        self.go_to(self.current + 1)

    def previous(self) -> None:
        self.go_to(self.current - 1)

    def show_full_screen(self) -> None:
        """Fill the screen the app is on, even where no window manager honours full screen."""
        screen = self.screen().geometry()
        font = self.font()
        if font.pixelSize() < 0 and QFontInfo(font).pixelSize() * LINES_ON_SCREEN < screen.height():
            font.setPixelSize(screen.height() // LINES_ON_SCREEN)
            self.setFont(font)
        self.showFullScreen()
        # Without a window manager (a kiosk or projector PC) full screen is only a request.
        self.setGeometry(screen)
        self.activateWindow()

    def leave(self) -> None:
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_current()
        super().closeEvent(event)
        self.left.emit()

    def mark_saved(self, key: str) -> None:
        for slide in self.flag_slides:
            if slide.key == key:
                slide.saved.setText("✓ Comment saved to the question's note")

    def _save_current(self) -> None:
        """Quick capture: a comment typed on a slide is saved on leaving it."""
        index = self.stack.currentIndex()
        if index <= 0:
            return
        slide = self.flag_slides[index - 1]
        text = slide.comment.toPlainText().strip()
        if text:
            slide.comment.clear()
            slide.saved.setText("Saving…")
            self.comment_saved.emit(slide.key, text)

    def _summary_slide(self, detail: ScrutinyDetail, assessment: Assessment) -> QWidget:
        page = QWidget(self)
        summary = detail.summary
        title = _wrapped(f"<h1>{escape(summary.title)}</h1>", page)
        facts = _wrapped(
            f"{escape(summary.force)} · {escape(summary.technology.label)} · "
            f"Stage: {escape(summary.stage.label)} · Round {summary.round_number}",
            page,
        )
        readiness = named(_wrapped(readiness_text(assessment), page), "Readiness")
        self.heat_model.set_themes(assessment.themes, theme_titles(detail))
        heat = named(QTableView(page), "Theme heat map", "Rating per theme")
        heat.setModel(self.heat_model)
        heat.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        heat.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        heat.verticalHeader().hide()
        heat.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        heat.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        flags = len(assessment.red_flags)
        walk = _wrapped(
            f"<b>{flags} red flag{'s' if flags != 1 else ''}</b> to discuss: press Page Down."
            if flags
            else "<b>No red flags.</b> Press Esc to leave meeting mode.",
            page,
        )
        layout = QVBoxLayout(page)
        for widget in (title, facts, readiness, walk):
            layout.addWidget(widget)
        layout.addWidget(heat, 1)
        return page

    def _flag_slide(self, detail: ScrutinyDetail, key: str, number: int, total: int) -> FlagSlide:
        page = QWidget(self)
        question = detail.checklist.question(key)
        text = question_text(question, detail.summary.language)
        response = detail.responses.get(key)
        status = response.status.label if response else "Not answered"
        note = response.note if response and not response.sensitive else ""
        heading = _wrapped(f"<h1>⚑ Red flag {number} of {total}: {escape(key)}</h1>", page)
        prompt = _wrapped(f"<b>{escape(text.prompt)}</b>", page)
        flag = _wrapped(f"Red flag: {escape(text.red_flag)}", page)
        finding = _wrapped(
            f"Finding: <b>{escape(status)}</b>"
            + (f" — {escape(note)}" if note else "")
            + (" (note marked sensitive: not shown)" if response and response.sensitive else ""),
            page,
        )
        comment = named(QPlainTextEdit(page), f"Panel comment on {key}")
        comment.setTabChangesFocus(True)
        comment.setPlaceholderText("Type the panel's comment; it is saved when you move on.")
        saved = QLabel(page)
        layout = QVBoxLayout(page)
        for widget in (heading, prompt, flag, finding):
            layout.addWidget(widget)
        layout.addWidget(buddy_label("Panel's &comment:", comment, page))
        layout.addWidget(comment, 1)
        layout.addWidget(saved)
        return FlagSlide(key, page, comment, saved)

    def _build_layout(self) -> None:
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addStretch(1)
        bar.addWidget(self.position)
        bar.addStretch(1)
        bar.addWidget(self.next_button)
        bar.addWidget(self.leave_button)
        layout = QVBoxLayout(self)
        margin = self.fontMetrics().averageCharWidth() * 3
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addWidget(self.stack, 1)
        layout.addWidget(line)
        layout.addLayout(bar)

    def _connect(self) -> None:
        self.previous_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.leave_button.clicked.connect(self.leave)
        for keys, handler in (
            (("PgDown", "Alt+Right"), self.next),
            (("PgUp", "Alt+Left"), self.previous),
            (("Esc",), self.leave),
        ):
            for key in keys:
                QShortcut(QKeySequence(key), self, handler)


def _wrapped(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label
