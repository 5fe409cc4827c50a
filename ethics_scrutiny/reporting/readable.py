"""The report model as a reader sees it: bidirectional control characters shown visibly.

Every renderer starts from ``for_readers(model)``, so no export (PDF, HTML, Word, CSV) can
draw stored text in an order other than the one it was stored and hashed in.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from ..domain.bidi import visible_controls
from .model import ReportModel

_T = TypeVar("_T")


def for_readers(model: ReportModel) -> ReportModel:
    """``model`` with every bidirectional control character in its text made visible."""
    shown: ReportModel = _shown(model)
    return shown


def _shown(value: _T) -> _T:
    # Walks the model's own shapes only: text, tuples of them and nested frozen dataclasses.
    result: Any = value
    if isinstance(value, str):
        result = visible_controls(value)
    elif isinstance(value, tuple):
        result = tuple(_shown(item) for item in value)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            field.name: _shown(getattr(value, field.name))
            for field in dataclasses.fields(value)
            if field.init
        }
        result = dataclasses.replace(value, **changes)
    return result  # type: ignore[no-any-return]
