"""A long table that breaks across pages without stranding its heading or what follows it.

reportlab's KeepTogether moves a whole table to the next page when it fits there but not in
the space left, leaving half a page empty; and whatever follows the table (a legend, the
record head) may then start a page of its own. This flowable lets the table break where the
page ends, keeps its heading with its first rows, and keeps its last rows on one page with
what follows.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import CondPageBreak, Flowable

from .parts import Story, height

# Rows kept with the heading on one side of a page break, and with the tail on the other.
FIRST_ROWS = 3
LAST_ROWS = 2
# A table split at exactly the height of its rows must still take them: allow rounding.
_SLACK = 0.01


class TableWithTail(Flowable):  # type: ignore[misc]
    """A heading, a table with a repeated header row, and the flowables that follow it."""

    def __init__(self, head: Story, table: Any, tail: Story) -> None:
        super().__init__()
        self._head, self._table, self._tail = head, table, tail
        # As a KeepTogether names its flowables: the contents page finds headings in here.
        self._content = [*head, table, *tail]

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        # Too tall to place as one: the page layout asks split() for the parts instead.
        return aW, 0xFFFFFF

    def split(self, aW: float, aH: float) -> Story:
        head = height(self._head)
        _, whole = self._table.wrap(aW, aH)
        if head + whole + height(self._tail) <= aH:
            return [*self._head, self._table, *self._tail]
        rows = list(self._table._rowHeights)  # set by wrap(): the header, then each row
        taken = _rows_that_fit(rows, aH - head)
        at_top = bool(getattr(getattr(self, "_frame", None), "_atTop", False))
        if taken < min(FIRST_ROWS, len(rows) - 1 - LAST_ROWS) or taken < 1:
            if at_top:  # a whole page cannot do better: let the table break as it can
                return [*self._head, self._table, *self._tail]
            # Not enough room for the heading and a few rows: start on the next page.
            return [CondPageBreak(aH + 1), self]
        parts = self._table.split(aW, sum(rows[: taken + 1]) + _SLACK)
        if len(parts) != 2:  # the table would not break there: leave it to reportlab
            return [*self._head, self._table, *self._tail]
        return [*self._head, parts[0], TableWithTail([], parts[1], self._tail)]


def _rows_that_fit(rows: list[float], space: float) -> int:
    """How many rows after the header fit in ``space``, leaving LAST_ROWS for the next page."""
    used, taken = rows[0], 0
    for row in rows[1 : len(rows) - LAST_ROWS]:
        if used + row > space:
            break
        used, taken = used + row, taken + 1
    return taken
