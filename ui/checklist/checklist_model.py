"""Tree model of a checklist: themes (progress, rating, red flags) with their questions below."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from ethics_scrutiny import i18n
from ethics_scrutiny.domain.bidi import visible_controls
from ethics_scrutiny.domain.consistency import Inconsistency, counted_responses
from ethics_scrutiny.domain.enums import Language
from ethics_scrutiny.domain.localize import inconsistencies_text, question_text, theme_title
from ethics_scrutiny.domain.scope import OutOfScope
from ethics_scrutiny.domain.scoring import Assessment, is_red_flag, question_rating
from ethics_scrutiny.domain.scrutiny import ResponseData
from ethics_scrutiny.domain.templates import Checklist, Question, Theme

from ..kit import rag
from ..kit.i18n import QT_TRANSLATE_NOOP, arg, translate

Index = QModelIndex | QPersistentModelIndex

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
# The roles data() serves; the tree asks for a dozen more per cell as it measures and paints,
# which for a 200-question checklist added up to a fifth of a second per opening.
_SERVED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        KEY_ROLE,
    }
)
NOT_ANSWERED = "—"

# Internal id 0 marks a theme row; a question row stores its theme's row + 1.
_THEME_ID = 0


class Column(IntEnum):
    ITEM = 0
    PROGRESS = 1
    RATING = 2
    FLAGS = 3


_COLUMN_COUNT = len(Column)

HEADER_TIPS = (
    QT_TRANSLATE_NOOP("checklist_model", "Themes, with their questions below"),
    QT_TRANSLATE_NOOP("checklist_model", "Questions answered in a theme, or a question's status"),
    QT_TRANSLATE_NOOP("checklist_model", "RAG rating: Green, Amber, Red or Not rated"),
    QT_TRANSLATE_NOOP("checklist_model", "Red flags: critical questions that are not met"),
)
HEADERS = (
    QT_TRANSLATE_NOOP("checklist_model", "Theme or question"),
    QT_TRANSLATE_NOOP("checklist_model", "Progress"),
    QT_TRANSLATE_NOOP("checklist_model", "Rating"),
    QT_TRANSLATE_NOOP("checklist_model", "Flags"),
)


class ShowOnly(StrEnum):
    """Which questions the theme tree lists."""

    ALL = "all"
    UNANSWERED = "unanswered"
    RED_FLAGS = "red_flags"

    @property
    def label(self) -> str:
        labels = {
            "all": QT_TRANSLATE_NOOP("checklist_model", "All questions"),
            "unanswered": QT_TRANSLATE_NOOP("checklist_model", "Unanswered"),
            "red_flags": QT_TRANSLATE_NOOP("checklist_model", "Red flags"),
        }
        return translate("checklist_model", labels[self.value])


class ChecklistModel(QAbstractItemModel):
    """Read-only; rescored in place (dataChanged) so the view keeps expansion and selection."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._themes: tuple[Theme, ...] = ()
        # Questions the scope leaves out, with why: greyed in a group of their own, last.
        self._out: tuple[tuple[Question, OutOfScope], ...] = ()
        self._checklist: Checklist | None = None
        self._assessment: Assessment | None = None
        self._responses: Mapping[str, ResponseData] = {}
        # The answers as flags and ratings count them: a doubted "met" counts as not met.
        self._counted: Mapping[str, ResponseData] = {}
        self._doubted: dict[str, str] = {}
        self._language = Language.ENGLISH
        # (internal id, row, column, role) -> value, until the next set_checklist or rescore:
        # the tree asks for each cell many times as it measures, expands and paints.
        self._cells: dict[tuple[int, int, int, int], Any] = {}

    def set_checklist(
        self,
        checklist: Checklist,
        assessment: Assessment,
        responses: Mapping[str, ResponseData],
        language: Language = Language.ENGLISH,
    ) -> None:
        self.beginResetModel()
        self._cells = {}
        self._themes = checklist.themes
        self._out = tuple(
            (checklist.question(key), why) for key, why in checklist.out_of_scope().items()
        )
        self._checklist = checklist
        self._language = language
        self._set_answers(assessment, responses)
        self.endResetModel()

    def _set_answers(self, assessment: Assessment, responses: Mapping[str, ResponseData]) -> None:
        self._assessment = assessment
        self._responses = dict(responses)
        self._counted = counted_responses(responses, assessment.inconsistencies)
        found = assessment.inconsistencies
        if self._checklist is not None:
            found = inconsistencies_text(found, self._checklist, self._language)
        self._doubted = {
            key: inconsistency_text([i for i in found if i.key == key])
            for key in {item.key for item in found}
        }

    def rescore(self, assessment: Assessment, responses: Mapping[str, ResponseData]) -> None:
        """Take new answers, telling the views of just the rows whose shown cells changed.

        Each change notice makes the tree measure its fitted columns again: notices for every
        theme cost the interface about 150 ms a save, where an answer changes a row or two.
        """
        before = self._row_states()
        self._cells = {}
        self._set_answers(assessment, responses)
        last = len(Column) - 1
        for (index, old), (_same, new) in zip(before, self._row_states(), strict=True):
            if new != old:
                self.dataChanged.emit(index, index.siblingAtColumn(last))

    def _row_states(self) -> list[tuple[QModelIndex, object]]:
        """Each theme and question row with everything its cells are worked out from.

        The checklist and language stay as they are between rescores; a theme's cells come
        from its score, a question's from its answer, how it counts and any doubt about it.
        """
        assert self._assessment is not None
        rows: list[tuple[QModelIndex, object]] = []
        for row, (theme, score) in enumerate(
            zip(self._themes, self._assessment.themes, strict=True)
        ):
            theme_index = self.index(row, 0)
            rows.append((theme_index, (score.rating, score.answered, score.total, score.red_flags)))
            for q_row, question in enumerate(theme.questions):
                key = question.key
                state = (self._responses.get(key), self._counted.get(key), self._doubted.get(key))
                rows.append((self.index(q_row, 0, theme_index), state))
        return rows

    def shows(self, key: str, show_only: ShowOnly) -> bool:
        """Whether a question belongs in the tree under the ``show_only`` filter."""
        if show_only is ShowOnly.ALL:
            return True
        if show_only is ShowOnly.UNANSWERED:
            return key not in self._responses
        question = next(q for t in self._themes for q in t.questions if q.key == key)
        return is_red_flag(question, self._counted.get(key))

    def index_of_question(self, key: str) -> QModelIndex:
        for row, theme in enumerate(self._themes):
            for q_row, question in enumerate(theme.questions):
                if question.key == key:
                    return self.index(q_row, 0, self.index(row, 0))
        return QModelIndex()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Checked here rather than by hasIndex(), which calls back into rowCount/columnCount.
        if not 0 <= column < _COLUMN_COUNT or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= self.rowCount():
                return QModelIndex()
            return self.createIndex(row, column, _THEME_ID)
        if parent.internalId() != _THEME_ID or parent.column() != 0:
            return QModelIndex()
        theme = parent.row()
        if not 0 <= theme < self.rowCount() or row >= self.rowCount(parent):
            return QModelIndex()
        return self.createIndex(row, column, theme + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _THEME_ID:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _THEME_ID)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._themes) + (1 if self._out else 0)
        if parent.internalId() == _THEME_ID and parent.column() == 0:
            if parent.row() == len(self._themes):
                return len(self._out)
            return len(self._themes[parent.row()].questions)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return _COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("checklist_model", HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("checklist_model", HEADER_TIPS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or index.internalId() - 1 == len(self._themes):
            return Qt.ItemFlag.NoItemFlags  # out of scope: drawn greyed, passed over by keys
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _SERVED_ROLES or not index.isValid() or self._assessment is None:
            return None
        cell = (index.internalId(), index.row(), index.column(), role)
        if cell in self._cells:
            return self._cells[cell]
        value = self._cell(index, role)
        self._cells[cell] = value
        return value

    def _cell(self, index: Index, role: int) -> Any:
        column = Column(index.column())
        out_group = len(self._themes)
        if index.internalId() == _THEME_ID and index.row() == out_group:
            return self._out_group_data(column, role)
        if index.internalId() == _THEME_ID:
            return self._theme_data(index.row(), column, role)
        if index.internalId() - 1 == out_group:
            return self._out_question_data(*self._out[index.row()], column, role)
        theme = self._themes[index.internalId() - 1]
        return self._question_data(theme.questions[index.row()], column, role)

    def _theme_data(self, row: int, column: Column, role: int) -> Any:
        assert self._assessment is not None
        score = self._assessment.themes[row]
        if role == Qt.ItemDataRole.FontRole and column is Column.ITEM:
            font = QFont()
            font.setBold(True)
            return font
        if column is Column.RATING:
            return _rating_role(score.rating, role)
        title = theme_title(self._themes[row], self._language)
        texts = {
            Column.ITEM: (title, title),
            Column.PROGRESS: (
                f"{score.answered}/{score.total}",
                arg(
                    translate("checklist_model", "%1 of %2 questions answered"),
                    score.answered,
                    score.total,
                ),
            ),
            Column.FLAGS: (
                str(score.red_flags),
                arg(translate("checklist_model", "Red flags: %1"), score.red_flags),
            ),
        }[column]
        return _text_role(texts, role)

    def _out_group_data(self, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and column is Column.ITEM:
            font = QFont()
            font.setBold(True)
            return font
        if column is not Column.ITEM:
            return None
        title = arg(translate("checklist_model", "Out of scope: %1"), len(self._out))
        tip = translate(
            "checklist_model",
            "Questions not asked in this scrutiny, with why; any answer given is kept and "
            "counts again if the question comes back into scope",
        )
        return _text_role((title, tip), role)

    def _out_question_data(
        self, question: Question, reason: OutOfScope, column: Column, role: int
    ) -> Any:
        if column not in (Column.ITEM, Column.PROGRESS):
            return None
        why = i18n.label(reason)
        prompt = visible_controls(question_text(question, self._language).prompt)
        if column is Column.PROGRESS:
            return _text_role((translate("checklist_model", "Out of scope"), why), role)
        spoken = arg(
            translate("checklist_model", "%1, out of scope (%2): %3"), question.key, why, prompt
        )
        return _text_role((f"{question.key}  {prompt}", spoken), role)

    def _question_data(self, question: Question, column: Column, role: int) -> Any:
        response = self._responses.get(question.key)
        if role == KEY_ROLE:
            return question.key
        if column is Column.RATING:
            if response is None:
                # A column of "Not rated" beside unanswered questions hid the ratings given.
                return _text_role(("", translate("checklist_model", "Not answered")), role)
            return _rating_role(question_rating(question, self._counted.get(question.key)), role)
        status = i18n.label(response.status) if response else NOT_ANSWERED
        obligation = i18n.label(question.obligation)
        if question.critical:
            obligation = arg(translate("checklist_model", "%1, critical"), obligation)
        prompt = visible_controls(question_text(question, self._language).prompt)
        texts = {
            Column.ITEM: (f"{question.key}  {prompt}", f"{question.key} ({obligation}): {prompt}"),
            Column.PROGRESS: (
                status,
                i18n.label(response.status)
                if response
                else translate("checklist_model", "Not answered"),
            ),
            Column.FLAGS: self._flag_texts(question),
        }[column]
        return _text_role(texts, role)

    def _flag_texts(self, question: Question) -> tuple[str, str]:
        flagged = is_red_flag(question, self._counted.get(question.key))
        doubted = self._doubted.get(question.key, "")
        if doubted:
            shown = (
                translate("ChecklistModel", "Red flag, inconsistent")
                if flagged
                else translate("ChecklistModel", "Inconsistent")
            )
            return shown, doubted
        return (
            (translate("ChecklistModel", "Red flag"), translate("ChecklistModel", "Red flag"))
            if flagged
            else ("", translate("ChecklistModel", "No red flag"))
        )


def inconsistency_text(found: Sequence[Inconsistency]) -> str:
    """Why a "met" answer counts as not met, one sentence per rule that doubts it."""
    lines = []
    for item in found:
        because = ", ".join(item.because)
        verb = "is" if len(item.because) == 1 else "are"
        # The brief reason reads on into the bracket, so its own full stop goes.
        message = item.message.rstrip(". ")
        lines.append(
            arg(
                translate("checklist_model", "Counts as not met: %1 (because %2 %3 not met)"),
                message,
                because,
                verb,
            )
        )
    return "\n".join(lines)


def _text_role(texts: tuple[str, str], role: int) -> Any:
    display, spoken = texts
    if role == Qt.ItemDataRole.DisplayRole:
        return display
    if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
        return spoken
    return None


def _rating_role(rating: Any, role: int) -> Any:
    if role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
    ):
        return rag.rating_word(rating)
    if role == Qt.ItemDataRole.BackgroundRole:
        return rag.background(rating)
    if role == Qt.ItemDataRole.ForegroundRole:
        return rag.foreground(rating)
    return None


class ChecklistFilter(QSortFilterProxyModel):
    """Shows all questions, or only unanswered ones, or only red flags, under their themes."""

    def __init__(self, source: ChecklistModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = source
        self._show_only = ShowOnly.ALL
        # A theme stays while any of its questions is shown.
        self.setRecursiveFilteringEnabled(True)
        self.setSourceModel(source)

    @property
    def show_only(self) -> ShowOnly:
        return self._show_only

    def set_show_only(self, show_only: ShowOnly) -> None:
        self.beginFilterChange()
        self._show_only = show_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._show_only is ShowOnly.ALL:
            return True
        if not source_parent.isValid():
            return False  # a theme row is kept only for a shown question below it
        key = self._source.index(source_row, 0, source_parent).data(KEY_ROLE)
        return bool(key) and self._source.shows(key, self._show_only)
