"""Table model of a scrutiny's evidence register: one row per document or statement."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt

from ethics_scrutiny import i18n
from ethics_scrutiny.domain.scrutiny import EvidenceData

from ..kit.i18n import QT_TRANSLATE_NOOP, arg, translate
from ..kit.rows_model import Index, RowsModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SHORT_HASH = 12
# Evidence imported from a bundle exported without its files: named, but never received.
NOT_SUPPLIED = QT_TRANSLATE_NOOP("evidence_model", "file not supplied by the sending office")


class EvidenceColumn(IntEnum):
    TITLE = 0
    KIND = 1
    REFERENCE = 2
    DATE = 3
    FILE = 4
    QUESTIONS = 5
    SENSITIVE = 6


HEADERS = (
    QT_TRANSLATE_NOOP("headers", "Title"),
    QT_TRANSLATE_NOOP("headers", "Kind"),
    QT_TRANSLATE_NOOP("headers", "Reference"),
    QT_TRANSLATE_NOOP("headers", "Date"),
    QT_TRANSLATE_NOOP("headers", "File and SHA-256"),
    QT_TRANSLATE_NOOP("headers", "Questions"),
    QT_TRANSLATE_NOOP("headers", "Sensitive"),
)


class EvidenceModel(RowsModel[EvidenceData]):
    """Read-only rows over EvidenceData; the controller replaces them after every change."""

    headers = HEADERS

    def set_items(self, items: Sequence[EvidenceData]) -> None:
        self._replace_rows(items)

    def items(self) -> list[EvidenceData]:
        return list(self._rows)

    def row_of(self, evidence_id: int) -> int | None:
        return next((i for i, e in enumerate(self._rows) if e.id == evidence_id), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self._row(index)
        if item is None:
            return None
        if role == ID_ROLE:
            return item.id
        column = EvidenceColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(item, column)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return _spoken(item, column)
        return None


def _display(item: EvidenceData, column: EvidenceColumn) -> str:
    if column is EvidenceColumn.TITLE:
        if item.withdrawn_reason:  # kept in the register, never deleted
            return arg(
                translate("evidence_model", "%1 (withdrawn: %2)"), item.title, item.withdrawn_reason
            )
        return item.title
    if column is EvidenceColumn.KIND:
        return i18n.label(item.kind)
    if column is EvidenceColumn.REFERENCE:
        return item.reference
    if column is EvidenceColumn.DATE:
        day = item.document_date or item.received_on
        return day.strftime("%d %b %Y") if day else ""
    if column is EvidenceColumn.FILE:
        if not item.file_sha256:
            return translate("evidence_model", "No file")
        if item.file_not_supplied:
            return f"{item.file_name} · {translate('evidence_model', NOT_SUPPLIED)}"
        return f"{item.file_name} · {item.file_sha256[:SHORT_HASH]}"
    if column is EvidenceColumn.QUESTIONS:
        return ", ".join(item.question_keys)
    return translate("evidence_model", "Sensitive") if item.sensitive else ""


def _spoken(item: EvidenceData, column: EvidenceColumn) -> str:
    if column is EvidenceColumn.FILE and item.file_sha256:
        size = (
            arg(translate("evidence_model", ", %1 bytes"), format(item.file_size, ","))
            if item.file_size is not None
            else ""
        )
        missing = f", {translate('evidence_model', NOT_SUPPLIED)}" if item.file_not_supplied else ""
        return arg(
            translate("evidence_model", "%1%2, SHA-256 %3%4"),
            item.file_name,
            size,
            item.file_sha256,
            missing,
        )
    if column is EvidenceColumn.DATE:
        parts = []
        if item.document_date:
            parts.append(
                arg(
                    translate("evidence_model", "Dated %1"), item.document_date.strftime("%d %b %Y")
                )
            )
        if item.received_on:
            parts.append(
                arg(
                    translate("evidence_model", "received %1"),
                    item.received_on.strftime("%d %b %Y"),
                )
            )
        return ", ".join(parts) or translate("evidence_model", "No date")
    if column is EvidenceColumn.QUESTIONS and not item.question_keys:
        return translate("evidence_model", "Not linked to any question")
    if column is EvidenceColumn.SENSITIVE:
        return (
            translate("evidence_model", "Sensitive: left out of public exports")
            if item.sensitive
            else translate("evidence_model", "Not sensitive")
        )
    return _display(item, column)
