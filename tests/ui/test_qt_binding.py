"""The Qt binding itself: a release that corrupts reference counts must not be installed.

PySide6 6.12.0 drops one reference to ``None`` each time an empty ``QVariant`` comes back to
Python (``QModelIndex.data`` on a role a model does not answer, an item's unset data). The
app makes such calls in its filters and views, so after some thousands of them the process
aborts with "Fatal Python error: none_dealloc". pyproject.toml keeps that release out; this
test fails on any binding that brings the fault back.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableWidgetItem

CALLS = 500
UNANSWERED_ROLE = Qt.ItemDataRole.UserRole + 77


class _SilentModel(QAbstractListModel):
    """A Python model that answers no role, as the app's models do for roles they skip."""

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        return None


def _none_references_lost(call: Callable[[], object]) -> int:
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        assert call() is None
    return before - sys.getrefcount(None)


def test_index_data_of_a_python_model_keeps_none_alive() -> None:
    model = _SilentModel()
    index = model.index(0, 0)
    # A little slack for the interpreter's own bookkeeping; the fault loses one per call.
    assert _none_references_lost(lambda: index.data(UNANSWERED_ROLE)) < CALLS // 10


@pytest.mark.parametrize("kind", ["standard item model", "table widget item"])
def test_unset_item_data_keeps_none_alive(kind: str) -> None:
    if kind == "standard item model":
        model = QStandardItemModel()
        model.appendRow(QStandardItem("row"))
        index = model.index(0, 0)
        call: Callable[[], object] = lambda: index.data(UNANSWERED_ROLE)  # noqa: E731
    else:
        item = QTableWidgetItem("cell")
        call = lambda: item.data(UNANSWERED_ROLE)  # noqa: E731
    assert _none_references_lost(call) < CALLS // 10
