"""A question's typed answer beside its status: options, a number, a date or text.

Shown only for a question whose template asks for one (``answer:``). A chosen option may map
to a status and rating (a risky "Yes" reads as not met, Red); the box says what it counts as.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ethics_scrutiny import i18n
from ethics_scrutiny.domain.enums import AnswerType, Language
from ethics_scrutiny.domain.localize import option_label
from ethics_scrutiny.domain.scrutiny import ResponseData
from ethics_scrutiny.domain.template_answers import AnswerSpec
from ethics_scrutiny.domain.templates import Question
from ethics_scrutiny.domain.typed_answers import TypedAnswer, option_mapping

from ..kit import rag
from ..kit.accessibility import chain_tab_order, named
from ..kit.context import AppContext
from ..kit.date_edit import DateTextError, month_names, read_date
from ..kit.i18n import arg, translate
from .answer_versions import AnswerVersions

# Where a typed answer goes: the open scrutiny and the answer versions seen for it.
Target = tuple[int, AnswerVersions]


class TypedAnswerBox(QGroupBox):
    """Pure view: shows the answer saved and reports a new one; the controller saves it."""

    answered = Signal(str, object)  # question key, TypedAnswer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec: AnswerSpec | None = None
        self.key = ""
        self.buttons: dict[str, QAbstractButton] = {}
        self.field: QLineEdit | None = None
        self._group: QButtonGroup | None = None
        self._loading = False
        self._before: QWidget | None = None  # Tab reaches the answer right after this
        self._shown = TypedAnswer()
        self._body = QWidget(self)
        self.counts_as = named(
            QLabel(self), translate("TypedAnswerBox", "What the answer counts as")
        )
        self.problem = named(QLabel(self), translate("TypedAnswerBox", "Problem with the answer"))
        for label in (self.counts_as, self.problem):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self._body)
        layout.addWidget(self.counts_as)
        layout.addWidget(self.problem)
        self.hide()

    def show_for(
        self, question: Question, response: ResponseData | None, language: Language | str
    ) -> None:
        """Build the controls ``question`` asks for, filled with the saved answer, or hide.

        A value typed for the question shown before, and not yet reported (the officer moved
        on without leaving the field), is reported first, under that question's key.
        """
        self._report_field()
        self.spec = question.answer
        self.key = question.key
        self.setVisible(self.spec is not None)
        if self.spec is None:
            return
        self._loading = True
        try:
            self._rebuild(self.spec, language)
            saved = TypedAnswer(
                choices=tuple(response.choice or ()) if response else (),
                value=response.value if response else None,
            )
            self._fill(saved)
        finally:
            self._loading = False
        self.problem.hide()
        self._show_counts_as()

    def follow_in_tab_order(self, widget: QWidget) -> None:
        """Tab moves from ``widget`` to the answer's controls, then on as before."""
        self._before = widget

    def answer(self) -> TypedAnswer:
        """The answer the controls hold now."""
        if self.field is not None:
            return TypedAnswer(value=self.field.text().strip())
        chosen = tuple(v for v, b in self.buttons.items() if b.isChecked())
        return TypedAnswer(choices=chosen)

    def _rebuild(self, spec: AnswerSpec, language: Language | str) -> None:
        old = self._body
        self._body = QWidget(self)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.replaceWidget(old, self._body)
        old.deleteLater()
        self.buttons, self.field, self._group = {}, None, None
        self.setTitle(arg(translate("TypedAnswerBox", "&Answer: %1"), i18n.label(spec.type)))
        body = QVBoxLayout(self._body)
        body.setContentsMargins(0, 0, 0, 0)
        if spec.is_choice:
            self._add_options(spec, language, body)
        else:
            self.field = self._add_field(spec, body)
        self.setFocusProxy(self._first_control())
        if self._before is not None:
            controls = [self.field] if self.field is not None else list(self.buttons.values())
            chain_tab_order([self._before, *controls])

    def _add_options(self, spec: AnswerSpec, language: Language | str, body: QVBoxLayout) -> None:
        multiple = spec.type is AnswerType.MULTIPLE
        self._group = QButtonGroup(self._body)
        self._group.setExclusive(not multiple)
        for option in spec.options:
            label = option_label(option, language)
            button: QAbstractButton = (
                QCheckBox(label, self._body) if multiple else QRadioButton(label, self._body)
            )
            named(button, arg(translate("TypedAnswerBox", "Answer: %1"), label))
            self._group.addButton(button)
            body.addWidget(button)
            self.buttons[option.value] = button
        self._group.buttonToggled.connect(self._on_button_toggled)

    def _add_field(self, spec: AnswerSpec, body: QVBoxLayout) -> QLineEdit:
        field = named(QLineEdit(self._body), translate("TypedAnswerBox", "Answer"))
        if spec.type is AnswerType.NUMBER:
            low = spec.minimum if spec.minimum is not None else -1e15
            high = spec.maximum if spec.maximum is not None else 1e15
            validator = QDoubleValidator(low, high, 6, field)
            validator.setLocale(QLocale.c())  # stored as written: "12.5", never "12,5"
            validator.setNotation(QDoubleValidator.Notation.StandardNotation)
            field.setValidator(validator)
            field.setPlaceholderText(_number_hint(spec))
        elif spec.type is AnswerType.DATE:
            field.setPlaceholderText(translate("TypedAnswerBox", "A date, e.g. 31 March 2026"))
        else:
            field.setPlaceholderText(translate("TypedAnswerBox", "Type the answer"))
        field.editingFinished.connect(self._report_field)
        body.addWidget(field)
        return field

    def _first_control(self) -> QWidget:
        if self.field is not None:
            return self.field
        return next(iter(self.buttons.values()))

    def _fill(self, saved: TypedAnswer) -> None:
        self._shown = saved
        if self.field is not None:
            self.field.setText(saved.value or "")
            return
        for value, button in self.buttons.items():
            button.setChecked(value in saved.choices)

    def _show_counts_as(self) -> None:
        status, rating = option_mapping(self.spec, self.answer()) if self.spec else (None, None)
        words = [i18n.label(status)] if status else []
        if rating is not None:
            words.append(rag.rating_word(rating))
        self.counts_as.setText(
            arg(translate("TypedAnswerBox", "Counts as: %1"), ", ".join(words)) if words else ""
        )
        self.counts_as.setVisible(bool(words))

    def _on_button_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if self._loading or (self._group is not None and self._group.exclusive() and not checked):
            return  # a radio moving reports once, when the new one is checked
        self._report(self.answer())

    def _report_field(self) -> None:
        """The value typed, once the field is left (or the question changes)."""
        if self._loading or self.field is None or self.spec is None:
            return
        typed = self.answer()
        if typed.value and not self.field.hasAcceptableInput():
            # Left half-typed ("-", or beyond the limits): say so rather than save it.
            self._show_problem(_number_hint(self.spec))
            return
        if self.spec.type is AnswerType.DATE and typed.value:
            try:
                day = read_date(typed.value, date.today(), month_names(QLocale().name()))
            except DateTextError as exc:
                self._show_problem(str(exc))
                return
            typed = TypedAnswer(value=day.isoformat())
            self.field.setText(typed.value or "")
        self._report(typed)

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _report(self, typed: TypedAnswer) -> None:
        self.problem.hide()
        self._show_counts_as()
        if _same(typed, self._shown):
            return  # Tab through the box without changing it saves nothing
        self._shown = typed
        self.answered.emit(self.key, typed)


def _same(one: TypedAnswer, other: TypedAnswer) -> bool:
    """Whether two answers say the same (no value and an empty one are alike)."""
    same_value = (one.value or "").strip() == (other.value or "").strip()
    return one.choices == other.choices and same_value


def _number_hint(spec: AnswerSpec) -> str:
    if spec.minimum is not None and spec.maximum is not None:
        return arg(
            translate("TypedAnswerBox", "A number from %1 to %2"),
            f"{spec.minimum:g}",
            f"{spec.maximum:g}",
        )
    return translate("TypedAnswerBox", "A number")


def keep_typed(response: ResponseData, previous: ResponseData | None) -> ResponseData:
    """``response`` with the typed answer ``previous`` held: a status or note edit keeps it."""
    if previous is None:
        return response
    return replace(response, choice=previous.choice, value=previous.value)


class TypedAnswerSaving(QObject):
    """Saves each answer the box reports, on the database worker, for the question shown.

    ``start`` says which scrutiny it goes to (and counts a save under way), or ``None`` when
    nothing is open; ``done`` gets the answer as saved (its status and rating may have changed
    with it); ``failed`` gets the scrutiny, the question and the error.
    """

    def __init__(
        self,
        context: AppContext,
        box: TypedAnswerBox,
        start: Callable[[], Target | None],
        done: Callable[[int, ResponseData], None],
        failed: Callable[[int, str, BaseException], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = context
        self._box = box
        self._start = start
        self._done = done
        self._failed = failed
        box.answered.connect(self._save)

    def _save(self, key: str, typed: TypedAnswer) -> None:
        spec = self._box.spec
        target = self._start() if spec is not None else None
        if target is None or spec is None:
            return
        scrutiny_id, versions = target
        choices = list(typed.choices) if spec.is_choice else None
        value = None if spec.is_choice else (typed.value or "")
        screening = self._ctx.services.screening

        def save() -> ResponseData:
            saved = screening.answer(scrutiny_id, key, choices=choices, value=value)
            versions.saw(key, saved.version)  # the next status edit expects this version
            return saved

        self._ctx.tasks.run_db(
            save,
            lambda saved: self._done(scrutiny_id, saved),
            lambda exc: self._failed(scrutiny_id, key, exc),
        )
