"""How far the open scrutiny covers each external framework, element by element, in words."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ethics_scrutiny import i18n
from ethics_scrutiny.domain.coverage import ElementCoverage, FrameworkCoverage
from ethics_scrutiny.domain.scrutiny import ResponseData

from ..kit.accessibility import named
from ..kit.i18n import QT_TRANSLATE_NOOP, arg, translate

EXPLANATION = QT_TRANSLATE_NOOP(
    "framework_coverage_view",
    "An element is met when every question tagged with it is met (or not applicable), not met "
    "when one is answered otherwise, and not answered while none has an answer but "
    "\u201cunknown\u201d. A \u201cmet\u201d that a consistency rule doubts counts as not met. "
    "Frameworks this checklist asks nothing about are left out.",
)
MET = QT_TRANSLATE_NOOP("framework_coverage_view", "Met")
NOT_MET = QT_TRANSLATE_NOOP("framework_coverage_view", "Not met")
NOT_ANSWERED = QT_TRANSLATE_NOOP("framework_coverage_view", "Not answered")
NOT_ASKED = QT_TRANSLATE_NOOP("framework_coverage_view", "No question in this checklist")
HEADERS = (
    QT_TRANSLATE_NOOP("framework_coverage_view", "Framework and element"),
    QT_TRANSLATE_NOOP("framework_coverage_view", "Coverage"),
    QT_TRANSLATE_NOOP("framework_coverage_view", "Questions"),
)


class FrameworkCoverageView(QWidget):
    """A tree: one row per framework (``3 of 8 met``), one child row per element."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explanation = QLabel(translate("framework_coverage_view", EXPLANATION), self)
        self.explanation.setWordWrap(True)
        self.tree = named(
            QTreeWidget(self),
            translate("FrameworkCoverageView", "Framework coverage"),
            translate("framework_coverage_view", EXPLANATION),
        )
        self.tree.setColumnCount(len(HEADERS))
        self.tree.setHeaderLabels([translate("framework_coverage_view", h) for h in HEADERS])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.explanation)
        layout.addWidget(self.tree, 1)

    def show_coverage(
        self,
        coverage: Sequence[FrameworkCoverage],
        responses: Mapping[str, ResponseData] | None = None,
    ) -> None:
        """Fill the tree; ``responses`` marks which tagged questions are answered."""
        self.tree.clear()
        answered = responses or {}
        for framework in coverage:
            top = _item(QTreeWidgetItem(self.tree), framework_row(framework))
            for element in framework.elements:
                _item(QTreeWidgetItem(top), element_row(element, answered))
        self.tree.expandAll()
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)


def _item(item: QTreeWidgetItem, texts: tuple[str, str, str]) -> QTreeWidgetItem:
    """Fill a row; each cell's tooltip holds its whole text, which a narrow column elides."""
    for column, text in enumerate(texts):
        item.setText(column, text)
        item.setToolTip(column, text)
    return item


def framework_row(framework: FrameworkCoverage) -> tuple[str, str, str]:
    not_met = framework.covered - framework.met
    counts = arg(
        translate("framework_coverage_view", "%1 of %2 met, %3 not met, %4 not answered"),
        framework.met,
        framework.total,
        not_met,
        framework.total - framework.covered,
    )
    missing = len(framework.unanswered)
    rest = (
        arg(
            translate("framework_coverage_view", "not answered: %1"),
            ", ".join(framework.unanswered),
        )
        if missing
        else translate("framework_coverage_view", "all answered")
    )
    return framework.title, counts, rest


def element_row(
    element: ElementCoverage, responses: Mapping[str, ResponseData]
) -> tuple[str, str, str]:
    if not element.asked:
        return (
            element.name,
            translate("framework_coverage_view", NOT_ASKED),
            translate(
                "framework_coverage_view", "Ask the force directly, or add an office question"
            ),
        )
    state = (
        translate("framework_coverage_view", MET)
        if element.met
        else translate("framework_coverage_view", NOT_MET)
        if element.answered
        else translate("framework_coverage_view", NOT_ANSWERED)
    )
    keys = ", ".join(_key_text(key, responses) for key in element.questions)
    return element.name, state, keys


def _key_text(key: str, responses: Mapping[str, ResponseData]) -> str:
    response = responses.get(key)
    if response is None:
        return arg(translate("framework_coverage_view", "%1 (not answered)"), key)
    return f"{key} ({i18n.label(response.status).lower()})"


class FrameworkCoverageDialog(QDialog):
    """The coverage view in a window of its own, for the scrutiny named in its title."""

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        coverage: Sequence[FrameworkCoverage],
        responses: Mapping[str, ResponseData] | None = None,
    ) -> None:
        dialog = cls(parent, title, coverage, responses)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        coverage: Sequence[FrameworkCoverage],
        responses: Mapping[str, ResponseData] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            arg(translate("FrameworkCoverageDialog", "Framework coverage: %1"), title)
        )
        em = self.fontMetrics().averageCharWidth()
        self.resize(em * 160, self.fontMetrics().lineSpacing() * 36)
        self.view = FrameworkCoverageView(self)
        self.view.show_coverage(coverage, responses)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        named(
            buttons.button(QDialogButtonBox.StandardButton.Close),
            translate("FrameworkCoverageDialog", "Close"),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.view.tree.setFocus()
