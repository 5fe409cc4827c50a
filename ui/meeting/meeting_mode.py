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

from ethics_scrutiny import i18n
from ethics_scrutiny.domain.localize import question_text
from ethics_scrutiny.domain.scoring import Assessment
from ethics_scrutiny.domain.scrutiny import ScrutinyDetail

from ..kit.accessibility import buddy_label, named
from ..kit.i18n import arg, translate
from ..kit.readiness import readiness_text
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
        self.setWindowTitle(arg(translate("MeetingMode", "Meeting mode: %1"), detail.summary.title))
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
        self.position = named(QLabel(self), translate("MeetingMode", "Slide"))
        self.previous_button = named(
            QPushButton(translate("MeetingMode", "◀ Previous (Page Up)"), self),
            translate("MeetingMode", "Previous"),
        )
        self.next_button = named(
            QPushButton(translate("MeetingMode", "Next (Page Down) ▶"), self),
            translate("MeetingMode", "Next"),
        )
        self.leave_button = named(
            QPushButton(translate("MeetingMode", "Leave meeting mode (Esc)"), self),
            translate("MeetingMode", "Leave"),
        )
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
        where = (
            translate("MeetingMode", "Summary")
            if index == 0
            else arg(translate("MeetingMode", "Red flag %1 of %2"), index, count - 1)
        )
        self.position.setText(
            arg(translate("MeetingMode", "%1 · slide %2 of %3"), where, index + 1, count)
        )
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
                slide.saved.setText(
                    translate("MeetingMode", "✓ Comment saved to the question's note")
                )

    def _save_current(self) -> None:
        """Quick capture: a comment typed on a slide is saved on leaving it."""
        index = self.stack.currentIndex()
        if index <= 0:
            return
        slide = self.flag_slides[index - 1]
        text = slide.comment.toPlainText().strip()
        if text:
            slide.comment.clear()
            slide.saved.setText(translate("MeetingMode", "Saving…"))
            self.comment_saved.emit(slide.key, text)

    def _summary_slide(self, detail: ScrutinyDetail, assessment: Assessment) -> QWidget:
        page = QWidget(self)
        summary = detail.summary
        title = _wrapped(f"<h1>{escape(summary.title)}</h1>", page)
        facts = _wrapped(
            arg(
                translate("MeetingMode", "%1 · %2 · Stage: %3 · Round %4"),
                escape(summary.force),
                escape(i18n.label(summary.technology)),
                escape(i18n.label(summary.stage)),
                summary.round_number,
            ),
            page,
        )
        readiness = named(
            _wrapped(readiness_text(assessment), page), translate("MeetingMode", "Readiness")
        )
        self.heat_model.set_themes(assessment.themes, theme_titles(detail))
        heat = named(
            QTableView(page),
            translate("MeetingMode", "Theme heat map"),
            translate("MeetingMode", "Rating per theme"),
        )
        heat.setModel(self.heat_model)
        heat.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        heat.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        heat.verticalHeader().hide()
        heat.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        heat.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        flags = len(assessment.red_flags)
        walk = _wrapped(
            arg(
                translate("MeetingMode", "<b>Red flags to discuss: %1</b>. Press Page Down."), flags
            )
            if flags
            else translate("MeetingMode", "<b>No red flags.</b> Press Esc to leave meeting mode."),
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
        status = (
            i18n.label(response.status) if response else translate("MeetingMode", "Not answered")
        )
        note = response.note if response and not response.sensitive else ""
        heading = _wrapped(
            arg(
                translate("MeetingMode", "<h1>⚑ Red flag %1 of %2: %3</h1>"),
                number,
                total,
                escape(key),
            ),
            page,
        )
        prompt = _wrapped(f"<b>{escape(text.prompt)}</b>", page)
        flag = _wrapped(arg(translate("MeetingMode", "Red flag: %1"), escape(text.red_flag)), page)
        finding = _wrapped(
            arg(translate("MeetingMode", "Finding: <b>%1</b>"), escape(status))
            + (f" — {escape(note)}" if note else "")
            + (
                translate("MeetingMode", " (note marked sensitive: not shown)")
                if response and response.sensitive
                else ""
            ),
            page,
        )
        comment = named(
            QPlainTextEdit(page), arg(translate("MeetingMode", "Panel comment on %1"), key)
        )
        comment.setTabChangesFocus(True)
        comment.setPlaceholderText(
            translate("MeetingMode", "Type the panel's comment; it is saved when you move on.")
        )
        saved = QLabel(page)
        layout = QVBoxLayout(page)
        for widget in (heading, prompt, flag, finding):
            layout.addWidget(widget)
        layout.addWidget(buddy_label(translate("MeetingMode", "Panel's &comment:"), comment, page))
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
