"""The checklist page: scrutiny header, theme tree on the left, one question on the right."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ethics_scrutiny import i18n
from ethics_scrutiny.domain.scoring import Assessment
from ethics_scrutiny.domain.scrutiny import DecisionData, ResponseData, ScrutinyDetail

from ..kit.accessibility import buddy_label, chain_tab_order, named
from ..kit.buttons import button_for
from ..kit.i18n import arg, translate
from ..kit.readiness import readiness_text
from ..kit.sizing import page_minimum
from ..screening.level_badge import LevelBadge
from .checklist_model import KEY_ROLE, ChecklistFilter, ChecklistModel, Column, ShowOnly
from .question_tree import QuestionTree
from .question_view import QuestionPanel

CHECKLIST_TAB, EVIDENCE_TAB, ACTIONS_TAB = 0, 1, 2


FIT_PRECISION_ROWS = 60


class ChecklistPage(QWidget):
    """Pure view of one open scrutiny; ChecklistController fills it and reacts to it."""

    question_chosen = Signal(str)
    theme_chosen = Signal(int)
    show_only_changed = Signal(object)  # ShowOnly

    def __init__(
        self,
        actions: dict[str, QAction],
        evidence: QWidget,
        action_items: QWidget,
        parent: QWidget | None = None,
    ) -> None:
        """``evidence`` and ``action_items``: the pages shown in the second and third tabs."""
        super().__init__(parent)
        self.model = ChecklistModel(self)
        self.proxy = ChecklistFilter(self.model, self)
        self._syncing = False
        self._heights_shared = False
        self.title_label = QLabel(self)
        self.facts_label = QLabel(self)
        self.readiness_label = named(QLabel(self), translate("ChecklistPage", "Readiness"))
        self.decision_label = QLabel(self)
        self.level_badge = LevelBadge(self)
        self.tree = named(QuestionTree(self), translate("ChecklistPage", "Themes and questions"))
        # The current question's theme stays in view above it, however far the tree scrolls.
        self.theme_label = named(QLabel(self), translate("ChecklistPage", "Current theme"))
        self.show_only = named(QComboBox(self), translate("ChecklistPage", "Show only"))
        self.question = QuestionPanel(actions["previous"], actions["next"], self)
        self.tabs = named(
            QTabWidget(self), translate("ChecklistPage", "Checklist, evidence register, actions")
        )
        self.evidence = evidence
        self.action_items = action_items
        self._build_tree()
        self._build_layout(actions)
        # The same as the dashboard's, so moving between them never resizes the window.
        self.setMinimumSize(page_minimum(self))
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        self.tree.activated.connect(self._on_tree_activated)
        self.show_only.currentIndexChanged.connect(self._on_show_only_changed)

    def show_detail(self, detail: ScrutinyDetail, assessment: Assessment) -> None:
        summary = detail.summary
        self.question.set_language(summary.language)
        self.title_label.setText(
            arg(translate("ChecklistPage", "<h2>%1</h2>"), escape(summary.title))
        )
        facts = [
            summary.force,
            i18n.label(summary.technology),
            arg(translate("ChecklistPage", "Stage: %1"), i18n.label(summary.stage)),
            arg(translate("ChecklistPage", "Marking: %1"), i18n.label(summary.marking)),
        ]
        if detail.supplier:
            facts.insert(2, arg(translate("ChecklistPage", "Supplier: %1"), detail.supplier))
        self.facts_label.setText("  ·  ".join(facts))
        self.level_badge.show_screening(detail.screening)
        self.model.set_checklist(
            detail.checklist, assessment, detail.responses, detail.summary.language
        )
        self.tree.expandAll()
        self.show_assessment(assessment)
        self.show_decision(detail.decisions[-1] if detail.decisions else None)

    def rescore(self, assessment: Assessment, responses: Mapping[str, ResponseData]) -> None:
        """New scores in place; an answer may take its row out of a filtered tree, and the row
        the tree then moves to is not the officer's choice."""
        self._syncing = True
        try:
            self.model.rescore(assessment, responses)
        finally:
            self._syncing = False
        self.show_assessment(assessment)

    def show_assessment(self, assessment: Assessment) -> None:
        self.readiness_label.setText(readiness_text(assessment))
        missing = assessment.readiness.missing_critical
        self.readiness_label.setToolTip(
            translate("ChecklistPage", "Critical questions still unanswered or unknown: ")
            + ", ".join(missing)
            if missing
            else ""
        )

    def show_decision(self, decision: DecisionData | None) -> None:
        if decision is None:
            self.decision_label.setText(translate("ChecklistPage", "No decision recorded yet"))
            return
        when = decision.decided_at.strftime("%d %b %Y")
        self.decision_label.setText(
            arg(
                translate("ChecklistPage", "Latest decision: <b>%1</b> (%2, %3)"),
                escape(i18n.label(decision.outcome)),
                escape(when),
                escape(decision.decided_by),
            )
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Scrolled while hidden, the tree measured a stale view: again, now it is shown.
        QTimer.singleShot(0, self._reveal_current)
        if not self._heights_shared:
            self._heights_shared = True
            # Once laid out: the splitter's height is known only then.
            QTimer.singleShot(0, self._share_question_height)

    def _reveal_current(self) -> None:
        current = self.tree.currentIndex()
        if current.isValid():
            self._reveal(current.siblingAtColumn(0))

    def _share_question_height(self) -> None:
        """The answer gets what it needs and a few lines of note; the guidance the rest."""
        split = self.question.height_split
        answer = split.widget(1)
        total = sum(split.sizes())
        if answer is None or total <= 0:
            return
        wanted = answer.minimumSizeHint().height() + self.fontMetrics().lineSpacing() * 3
        split.setSizes([max(total - wanted, 1), wanted])

    def show_theme(self, title: str, position: int, count: int) -> None:
        """Name the shown question's theme, and where in it the question is."""
        text = arg(translate("ChecklistPage", "%1  ·  question %2 of %3"), title, position, count)
        self.theme_label.setText(text)
        self.theme_label.setToolTip(text)

    def shows(self, key: str) -> bool:
        """Whether the "Show only" choice lets question ``key`` through."""
        return self.model.shows(key, self.proxy.show_only)

    def select_question(self, key: str) -> None:
        """Highlight ``key`` in the tree without reporting it back as a choice."""
        index = self.proxy.mapFromSource(self.model.index_of_question(key))
        # A flag, not blockSignals: the tree itself repaints from the selection model's signals.
        self._syncing = True
        try:
            if index.isValid():
                self.tree.setCurrentIndex(index)
            else:  # filtered out of the tree: nothing there is the shown question
                self.tree.clearSelection()
        finally:
            self._syncing = False
        if index.isValid():
            self._reveal(index)

    def _reveal(self, index: QModelIndex) -> None:
        """The question in view, with its theme's row above it whenever the theme fits."""
        theme = index.parent()
        if theme.isValid() and not self.tree.viewport().rect().contains(
            self.tree.visualRect(theme)
        ):
            self.tree.scrollTo(theme, QAbstractItemView.ScrollHint.PositionAtTop)
        self.tree.scrollTo(index)

    def show_tab(self, tab: int) -> None:
        """Show a tab and put the keyboard where work on it starts."""
        self.tabs.setCurrentIndex(tab)
        if tab == CHECKLIST_TAB:
            self.question.focus_status()
        elif (page := self.tabs.widget(tab)) is not None:
            page.setFocus()  # each page hands focus on to its table

    def reveal_checklist(self) -> None:
        """Bring the questions into view without moving the keyboard focus."""
        self.tabs.setCurrentIndex(CHECKLIST_TAB)

    def set_tab_counts(self, evidence: int, open_actions: int, overdue: int) -> None:
        """Counts in the tab titles, so waiting work shows from the checklist too."""
        self.tabs.setTabText(
            EVIDENCE_TAB, arg(translate("ChecklistPage", "Evidence register (%1)"), evidence)
        )
        actions = (
            arg(
                translate("ChecklistPage", "Actions and conditions (%1 open, %2 overdue)"),
                open_actions,
                overdue,
            )
            if overdue
            else arg(translate("ChecklistPage", "Actions and conditions (%1 open)"), open_actions)
        )
        self.tabs.setTabText(ACTIONS_TAB, actions)

    def _build_tree(self) -> None:
        tree = self.tree
        tree.setModel(self.proxy)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setUniformRowHeights(True)
        tree.setAllColumnsShowFocus(True)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.ITEM, QHeaderView.ResizeMode.Stretch)
        for column in (Column.PROGRESS, Column.RATING, Column.FLAGS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The short status columns are fitted to the rows in view plus this many, not every
        # row of a 200-question checklist at each expand and layout.
        header.setResizeContentsPrecision(FIT_PRECISION_ROWS)

    def _build_layout(self, actions: dict[str, QAction]) -> None:
        for label in (self.title_label, self.facts_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The latest decision wraps rather than set the page's minimum width.
        self.decision_label.setWordWrap(True)
        # Long theme names elide rather than push the page wider; the tooltip has it all.
        self.theme_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.theme_label.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.theme_label.font()
        bold.setBold(True)
        self.theme_label.setFont(bold)
        status_row = QHBoxLayout()
        status_row.addWidget(self.level_badge)
        # Readiness is short and read first: one line; the decision takes what is left.
        status_row.addWidget(self.readiness_label)
        status_row.addWidget(self.decision_label, 1)
        self.decision_label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_command_row(actions))
        layout.addWidget(self.facts_label)
        layout.addLayout(status_row)
        layout.addWidget(line)
        self.tabs.addTab(self._build_splitter(), translate("ChecklistPage", "Checklist"))
        self.tabs.addTab(self.evidence, translate("ChecklistPage", "Evidence register"))
        self.tabs.addTab(self.action_items, translate("ChecklistPage", "Actions and conditions"))
        self.tabs.setDocumentMode(True)
        # The tab widget hands its focus to the tab bar, which is what a screen reader names.
        named(
            self.tabs.tabBar(), translate("ChecklistPage", "Checklist, evidence register, actions")
        )
        layout.addWidget(self.tabs, 1)
        chain_tab_order(
            [
                *self.buttons.values(),
                self.tabs.tabBar(),
                self.show_only,
                self.tree,
                self.question.first_focus,
            ]
        )

    def _build_command_row(self, actions: dict[str, QAction]) -> QHBoxLayout:
        row = QHBoxLayout()
        self.buttons = {"back": button_for(actions["back"], self)}
        row.addWidget(self.buttons["back"])
        # The title between the buttons: a line of height more for the question below.
        row.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        row.addWidget(self.title_label, 1)
        for action_id in ("decide", "export_pdf", "export_public"):
            self.buttons[action_id] = button_for(actions[action_id], self)
            row.addWidget(self.buttons[action_id])
        return row

    def _build_splitter(self) -> QSplitter:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        for show_only in ShowOnly:
            self.show_only.addItem(i18n.label(show_only), show_only.value)
        filter_row = QHBoxLayout()
        filter_row.addWidget(
            buddy_label(translate("ChecklistPage", "Show on&ly:"), self.show_only, left)
        )
        filter_row.addWidget(self.show_only)
        filter_row.addStretch(1)
        left_layout.addLayout(filter_row)
        left_layout.addWidget(
            buddy_label(translate("ChecklistPage", "&Themes and questions:"), self.tree, left)
        )
        left_layout.addWidget(self.tree, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.theme_label)
        # On a screen too short for the question and its answer, a scroll bar, never overlap.
        scroll = QScrollArea(right)
        scroll.setWidget(_AtLeastItsContent(self.question, scroll))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes through it to the answer
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right_layout.addWidget(scroll, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        # Wide enough that theme titles and the start of each question show unelided.
        em = self.fontMetrics().averageCharWidth()
        splitter.setSizes([em * 75, em * 110])
        return splitter

    def _on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing:
            return
        key = current.siblingAtColumn(0).data(KEY_ROLE) if current.isValid() else None
        if key:
            self.question_chosen.emit(key)

    def _on_tree_activated(self, index: QModelIndex) -> None:
        # Only on Enter or double-click, so arrowing past a theme row does not jump away.
        if index.isValid() and not index.parent().isValid():
            self.theme_chosen.emit(self.proxy.mapToSource(index).row())

    def _on_show_only_changed(self, _index: int) -> None:
        show_only = ShowOnly(self.show_only.currentData())
        # Rows leaving the tree move its current row; that is not the officer choosing one.
        self._syncing = True
        try:
            self.proxy.set_show_only(show_only)
            self.tree.expandAll()
        finally:
            self._syncing = False
        self.show_only_changed.emit(show_only)


class _AtLeastItsContent(QWidget):
    """Holds the question panel in its scroll area: as tall as the view, and never shorter
    than the panel's least height at the width it is given (wrapped prompt included)."""

    def __init__(self, inner: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(inner)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.minimumHeightForWidth(width) if layout is not None else 0
