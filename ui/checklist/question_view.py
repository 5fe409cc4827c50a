"""One question at a time: what to ask and why, then the officer's finding on it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ethics_scrutiny import i18n
from ethics_scrutiny.domain.bidi import visible_controls
from ethics_scrutiny.domain.enums import Language, Obligation, Rating, Status
from ethics_scrutiny.domain.localize import QuestionText, question_text
from ethics_scrutiny.domain.scrutiny import ResponseData
from ethics_scrutiny.domain.templates import Question

from ..kit.accessibility import buddy_label, chain_tab_order, named
from ..kit.buttons import button_for
from ..kit.i18n import QT_TRANSLATE_NOOP, arg, translate
from .note_guard import NoteGuard
from .typed_answer import TypedAnswerBox

NO_RATING = QT_TRANSLATE_NOOP("question_view", "No rating")
NO_EVIDENCE = QT_TRANSLATE_NOOP(
    "question_view", "No evidence linked to this question yet (add it in the Evidence register tab)"
)
# Beside the key: the word, with what it means in the tooltip and for screen readers.
OBLIGATION_WORDS = {
    Obligation.MUST: (
        QT_TRANSLATE_NOOP("question_view", "Must"),
        QT_TRANSLATE_NOOP("question_view", "Legal requirement: the law requires it"),
    ),
    Obligation.SHOULD: (
        QT_TRANSLATE_NOOP("question_view", "Should"),
        QT_TRANSLATE_NOOP("question_view", "Expected good practice"),
    ),
    Obligation.COULD: (
        QT_TRANSLATE_NOOP("question_view", "Could"),
        QT_TRANSLATE_NOOP("question_view", "Desirable"),
    ),
}
STATUS_ORDER = (
    Status.MET,
    Status.PARTLY_MET,
    Status.NOT_MET,
    Status.UNKNOWN,
    Status.NOT_APPLICABLE,
)


class QuestionPanel(QWidget):
    """Pure view: it shows a question and reports edits; the controller decides what to save."""

    status_changed = Signal(object)  # Status
    rating_changed = Signal(object)  # Rating | None
    sensitive_changed = Signal(bool)
    note_changed = Signal()

    def __init__(self, previous: QAction, next_: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        # The open scrutiny's language: Welsh shows the template's Welsh text where it has some.
        self.language = Language.ENGLISH
        self.position_label = QLabel(self)
        self.key_label = QLabel(self)
        self.critical_label = QLabel(translate("QuestionPanel", "<b>Critical question</b>"), self)
        self.obligation_label = named(QLabel(self), translate("QuestionPanel", "Obligation"))
        self.inconsistency_label = named(QLabel(self), translate("QuestionPanel", "Inconsistency"))
        self.prompt_label = QLabel(self)
        self.details = named(
            QTextBrowser(self),
            translate("QuestionPanel", "Guidance, evidence, red flag and sources"),
        )
        self.status_box = QGroupBox(translate("QuestionPanel", "&Status (Ctrl+1 to Ctrl+5)"), self)
        self.status_group = QButtonGroup(self)
        self.status_buttons: dict[Status, QRadioButton] = {}
        self.rating = named(QComboBox(self), translate("QuestionPanel", "Rating"))
        self.implied_label = QLabel(self)
        self.sensitive = named(
            QCheckBox(
                translate("QuestionPanel", "Se&nsitive: leave this note out of the public summary"),
                self,
            ),
            translate("QuestionPanel", "Sensitive note"),
        )
        self.notes = named(QPlainTextEdit(self), translate("QuestionPanel", "Notes"))
        self.note_counter = QLabel(self)
        self.note_hidden = named(
            QLabel(self), translate("QuestionPanel", "Hidden direction characters")
        )
        self.note_guard = NoteGuard(self.notes, self.note_counter, self.note_hidden)
        self.typed_answer = TypedAnswerBox(self)
        self.save_label = named(QLabel("", self), translate("QuestionPanel", "Save state"))
        self.evidence_label = named(
            QLabel(translate("question_view", NO_EVIDENCE), self),
            translate("QuestionPanel", "Linked evidence"),
        )
        self.previous_button = button_for(previous, self)
        self.next_button = button_for(next_, self)
        self._build_texts()
        self._build_answer_controls()
        self._build_layout()
        self._connect()

    def show_question(
        self, question: Question, position: str, response: ResponseData | None
    ) -> None:
        """Fill every field for ``question`` without reporting the changes as edits."""
        self._loading = True
        try:
            self.position_label.setText(position)
            self.position_label.setToolTip(position)
            self.key_label.setText(
                arg(translate("QuestionPanel", "<b>%1</b>"), escape(question.key))
            )
            self.critical_label.setVisible(question.critical)
            self._show_obligation(question.obligation)
            text = question_text(question, self.language)
            self.prompt_label.setText(visible_controls(text.prompt))
            self.details.setHtml(_details_html(question, text))
            self.set_status(response.status if response else None)
            self.set_rating(response.rating if response else None)
            self.typed_answer.show_for(question, response, self.language)
            self.notes.setPlainText(response.note if response else "")
            self.sensitive.setChecked(response.sensitive if response else False)
        finally:
            self._loading = False

    def restore_note(self, note: str, sensitive: bool) -> None:
        """Put back a note kept from an earlier session, reported as an edit so it is saved."""
        self.notes.setPlainText(note)
        self.sensitive.setChecked(sensitive)

    def set_inconsistency(self, text: str) -> None:
        """Say why the shown "met" answer counts as not met, or hide the warning (``""``)."""
        self.inconsistency_label.setText(text)
        self.inconsistency_label.setAccessibleDescription(text)
        self.inconsistency_label.setVisible(bool(text))

    def _show_obligation(self, obligation: Obligation) -> None:
        word, meaning = (translate("question_view", t) for t in OBLIGATION_WORDS[obligation])
        self.obligation_label.setText(word)
        self.obligation_label.setToolTip(meaning)
        self.obligation_label.setAccessibleName(
            arg(translate("QuestionPanel", "Obligation: %1 (%2)"), word, meaning.lower())
        )

    def set_language(self, language: Language) -> None:
        """Show later questions in ``language`` (Welsh falls back to English per field)."""
        self.language = language

    def values(self) -> tuple[Status | None, Rating | None, str, bool]:
        checked = self.status_group.checkedButton()
        status = next((s for s, b in self.status_buttons.items() if b is checked), None)
        return status, self.current_rating(), self.notes.toPlainText(), self.sensitive.isChecked()

    def current_rating(self) -> Rating | None:
        # Items hold the enum's value: Qt would turn a str-based enum into a plain str anyway.
        value = self.rating.currentData()
        return Rating(value) if value else None

    def set_rating(self, rating: Rating | None) -> None:
        was_loading, self._loading = self._loading, True
        self.rating.setCurrentIndex(0 if rating is None else self.rating.findData(rating.value))
        self._loading = was_loading

    def set_status(self, status: Status | None) -> None:
        """Check one status button, or none (an unanswered question), without emitting."""
        was_loading, self._loading = self._loading, True
        self.status_group.setExclusive(False)
        for value, button in self.status_buttons.items():
            button.setChecked(value is status)
        self.status_group.setExclusive(True)
        self._loading = was_loading

    def choose_status(self, status: Status) -> None:
        """Answer with ``status`` as clicking its button does (the change is reported)."""
        self.status_buttons[status].setChecked(True)

    def focus_status(self) -> None:
        """Put keyboard focus on the chosen status (or the first), where answering starts."""
        checked = self.status_group.checkedButton()
        (checked or self.status_buttons[STATUS_ORDER[0]]).setFocus()

    def set_save_state(self, text: str) -> None:
        self.save_label.setText(text)
        self.save_label.setAccessibleName(
            arg(translate("QuestionPanel", "Save state: %1"), text)
            if text
            else translate("QuestionPanel", "Save state")
        )

    def set_implied_rating(self, text: str) -> None:
        self.implied_label.setText(text)

    def set_linked_evidence(self, items: list[str]) -> None:
        """Name the evidence items linked to the shown question (plain text, never HTML)."""
        text = (
            translate("QuestionPanel", "Linked evidence: ") + "; ".join(items)
            if items
            else translate("question_view", NO_EVIDENCE)
        )
        self.evidence_label.setText(text)
        self.evidence_label.setToolTip("\n".join(items))

    def _build_texts(self) -> None:
        for label in (self.prompt_label, self.implied_label):
            label.setWordWrap(True)
        # One line: the counter beside the buttons never wraps; the tooltip holds it all.
        self.position_label.setMinimumWidth(self.fontMetrics().averageCharWidth() * 12)
        self.position_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.evidence_label.setWordWrap(True)
        self.evidence_label.setTextFormat(Qt.TextFormat.PlainText)
        # Template text: never read as HTML.
        self.inconsistency_label.setTextFormat(Qt.TextFormat.PlainText)
        self.inconsistency_label.setWordWrap(True)
        warning = QFont(self.inconsistency_label.font())
        warning.setBold(True)
        self.inconsistency_label.setFont(warning)
        self.inconsistency_label.hide()
        self.obligation_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.obligation_label.setContentsMargins(4, 0, 4, 0)
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.prompt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.prompt_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.prompt_label.setFont(font)
        self.details.setOpenLinks(False)
        self.details.setTabChangesFocus(True)

    def _build_answer_controls(self) -> None:
        row = QHBoxLayout(self.status_box)
        for status in STATUS_ORDER:
            button = named(
                QRadioButton(i18n.label(status), self.status_box),
                arg(translate("QuestionPanel", "Status: %1"), i18n.label(status)),
            )
            self.status_group.addButton(button)
            self.status_buttons[status] = button
            row.addWidget(button)
        row.addStretch(1)
        self.status_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.rating.addItem(translate("question_view", NO_RATING), "")
        for rating in Rating:
            self.rating.addItem(i18n.label(rating), rating.value)
        self.notes.setTabChangesFocus(True)  # Tab must leave the notes for keyboard users
        # Ctrl+Z in the notes goes to the scrutiny's undo stack, where typing is one step.
        self.notes.setUndoRedoEnabled(False)
        self._undo_keys = _UndoKeysToWindow(self.notes)
        self.notes.installEventFilter(self._undo_keys)
        self.notes.setPlaceholderText(
            translate(
                "QuestionPanel",
                "What the force provided, what is missing, and any follow-up asked for",
            )
        )
        self.notes.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)

    def _build_layout(self) -> None:
        heading = QHBoxLayout()
        heading.addWidget(self.key_label)
        heading.addWidget(self.obligation_label)
        heading.addWidget(self.critical_label)
        heading.addStretch(1)
        answer = QGridLayout()
        answer.addWidget(self.status_box, 0, 0, 1, 3)
        answer.addWidget(
            buddy_label(translate("QuestionPanel", "&Rating:"), self.rating, self), 1, 0
        )
        answer.addWidget(self.rating, 1, 1)
        answer.addWidget(self.implied_label, 1, 2)
        answer.addWidget(
            buddy_label(translate("QuestionPanel", "N&otes:"), self.notes, self),
            2,
            0,
            Qt.AlignmentFlag.AlignTop,
        )
        answer.addWidget(self.notes, 2, 1, 1, 2)
        # Below the notes because it is about them.
        under_notes = QHBoxLayout()
        under_notes.addWidget(self.sensitive)
        under_notes.addStretch(1)
        under_notes.addWidget(self.note_counter)
        answer.addLayout(under_notes, 3, 1, 1, 2)
        answer.addWidget(self.note_hidden, 4, 1, 1, 2)
        answer.setColumnStretch(2, 1)
        answer.setRowStretch(2, 1)  # height the answer pane gains goes to the notes
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.next_button)
        nav.addSpacing(12)
        nav.addWidget(self.position_label, 1)
        nav.addWidget(self.save_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.inconsistency_label)
        layout.addWidget(self._share_height(answer), 1)
        layout.addLayout(nav)
        self._set_tab_order()

    def _share_height(self, answer: QGridLayout) -> QSplitter:
        """Guidance above, answer below, the line between them movable: on a short screen
        every section of the guidance can still be brought into view."""
        below = QWidget(self)
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.evidence_label)
        below_layout.addWidget(self.typed_answer)  # shown when the question asks for one
        self.typed_answer.follow_in_tab_order(self.details)
        below_layout.addLayout(answer, 1)
        self.height_split = QSplitter(Qt.Orientation.Vertical, self)
        self.height_split.setChildrenCollapsible(False)
        self.height_split.addWidget(self.details)
        self.height_split.addWidget(below)
        # The guidance is what the officer reads most: it takes the larger share.
        self.height_split.setStretchFactor(0, 3)
        self.height_split.setStretchFactor(1, 2)
        self._split_moved = False
        self.height_split.splitterMoved.connect(self._remember_split_moved)
        return self.height_split

    def _remember_split_moved(self, _position: int, _index: int) -> None:
        self._split_moved = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._split_moved:
            self._balance_split()

    def _balance_split(self) -> None:
        """The answer gets what it needs, up to two fifths; the guidance gets the rest.

        Size hints alone would give a tall notes box as much as the guidance on a short
        screen. Once the officer moves the line, their choice stands.
        """
        total = sum(self.height_split.sizes())
        below = self.height_split.widget(1)
        if total <= 0 or below is None:
            return
        needed = below.minimumSizeHint().height()
        answer = max(needed, min(below.sizeHint().height(), total * 2 // 5))
        self.height_split.setSizes([max(total - answer, 0), answer])

    def _set_tab_order(self) -> None:
        """Reading order: details, status, rating, notes, sensitive, then the way on."""
        chain = [
            self.details,
            *self.status_buttons.values(),
            self.rating,
            self.notes,
            self.sensitive,
            self.previous_button,
            self.next_button,
        ]
        chain_tab_order(chain)

    @property
    def first_focus(self) -> QWidget:
        return self.details

    def _connect(self) -> None:
        self.status_group.buttonToggled.connect(self._on_status_group_toggled)
        self.rating.currentIndexChanged.connect(self._on_rating_changed)
        self.sensitive.toggled.connect(self._on_sensitive_toggled)
        self.notes.textChanged.connect(self._on_notes_changed)

    def _on_status_group_toggled(self, button: QRadioButton, checked: bool) -> None:
        if checked and not self._loading:
            status = next(s for s, b in self.status_buttons.items() if b is button)
            self.status_changed.emit(status)

    def _on_rating_changed(self, _index: int) -> None:
        if not self._loading:
            self.rating_changed.emit(self.current_rating())

    def _on_sensitive_toggled(self, checked: bool) -> None:
        if not self._loading:
            self.sensitive_changed.emit(checked)

    def _on_notes_changed(self) -> None:
        if not self._loading:
            self.note_changed.emit()


class _UndoKeysToWindow(QObject):
    """Lets Undo and Redo keys pass from a text box to the window's Undo and Redo actions."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and _is_undo_or_redo(event)
        ):
            # Left unaccepted, the key is tried as a shortcut instead of typed.
            event.ignore()
            return True
        return super().eventFilter(watched, event)


def _is_undo_or_redo(event: QKeyEvent) -> bool:
    keys = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
    # Ctrl+Y is not the platform's Redo everywhere, but it is one of ours.
    ctrl = Qt.KeyboardModifier.ControlModifier
    ctrl_y = event.key() == Qt.Key.Key_Y and event.modifiers() == ctrl
    return ctrl_y or any(event.matches(k) for k in keys)


def _details_html(question: Question, text: QuestionText | None = None) -> str:
    """Everything the template says about the question; all template text is escaped."""

    def bullets(items: list[str]) -> str:
        return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"

    shown = text or question_text(question, Language.ENGLISH)
    sources = "; ".join(escape(source) for source in question.sources)
    html = arg(
        translate(
            "question_view",
            "<h3>Why this matters</h3><p>%1</p><p><i>Source(s):</i> %2</p>",
            n=len(question.sources),
        ),
        escape(shown.guidance),
        sources,
    )
    # Evidence and red flag are optional in a template: an empty heading would suggest
    # something is missing from the app rather than from the template.
    if shown.evidence:
        html += arg(
            translate("question_view", "<h3>Evidence to ask for</h3>%1"),
            bullets(list(shown.evidence)),
        )
    if shown.red_flag:
        html += arg(
            translate("question_view", "<h3>Red flag</h3><p>%1</p>"), escape(shown.red_flag)
        )
    return html
