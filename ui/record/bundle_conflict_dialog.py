"""The bundle conflicts dialog: items changed both here and in the bundle, and what to do."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ethics_scrutiny import i18n
from ethics_scrutiny.services.bundles.report import ImportReport, ItemReport

from ..kit.accessibility import named
from ..kit.i18n import QT_TRANSLATE_NOOP, arg, translate

UNDECIDED, KEEP_OURS, TAKE_THEIRS = 0, 1, 2
CHOICES = (
    QT_TRANSLATE_NOOP("bundle_conflict_dialog", "Choose…"),
    QT_TRANSLATE_NOOP("bundle_conflict_dialog", "Keep this record's"),
    QT_TRANSLATE_NOOP("bundle_conflict_dialog", "Take the bundle's"),
)
HEADERS = (
    QT_TRANSLATE_NOOP("bundle_conflict_dialog", "Item"),
    QT_TRANSLATE_NOOP("bundle_conflict_dialog", "This record"),
    QT_TRANSLATE_NOOP("bundle_conflict_dialog", "The bundle"),
    QT_TRANSLATE_NOOP("bundle_conflict_dialog", "Keep"),
)


@dataclass(frozen=True)
class ImportChoice:
    """How to import a bundle: as a copy, or with a side chosen for each conflict."""

    as_copy: bool = False
    keep_ours: tuple[str, ...] = ()
    take_theirs: tuple[str, ...] = ()


def when(value: datetime | None) -> str:
    """A stored UTC time in this computer's zone, or nothing when it is not known."""
    return (
        arg(
            translate("bundle_conflict_dialog", "\nchanged %1"),
            format(value.astimezone(), "%H:%M on %d %b %Y"),
        )
        if value is not None
        else ""
    )


def _changed(value: datetime | None) -> str:
    return (
        arg(
            translate("bundle_conflict_dialog", " (changed %1)"),
            format(value.astimezone(), "%H:%M on %d %b %Y"),
        )
        if value is not None
        else ""
    )


class BundleConflictDialog(QDialog):
    """Lists each conflict (item, this record, the bundle) with a choice per row.

    "Import with these choices" needs a side for every row; "Import as a separate copy"
    keeps both versions; Cancel imports nothing. ``ask`` is the one name tests patch.
    """

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report = report
        self.choice: ImportChoice | None = None
        self.setWindowTitle(translate("BundleConflictDialog", "Bundle not imported: conflicts"))
        named(self, translate("BundleConflictDialog", "Bundle conflicts"))
        layout = QVBoxLayout(self)
        self.intro = QLabel(_intro(report))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = named(
            QTableWidget(len(report.conflicts), len(HEADERS)),
            translate("BundleConflictDialog", "Conflicts"),
        )
        self.table.setHorizontalHeaderLabels(
            [translate("bundle_conflict_dialog", h) for h in HEADERS]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.choices: list[QComboBox] = []
        for row, item in enumerate(report.conflicts):
            self._add_row(row, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 3)
        # The table shows summaries; the selected row's values are read here in full.
        self.details = named(
            QPlainTextEdit(), translate("BundleConflictDialog", "Selected conflict in full")
        )
        self.details.setReadOnly(True)
        layout.addWidget(self.details, 2)
        self.table.currentCellChanged.connect(self._on_table_current_cell_changed)
        self.table.setCurrentCell(0, 0)
        self._on_table_current_cell_changed(0)
        layout.addLayout(self._buttons())
        self.resize(self.fontMetrics().averageCharWidth() * 120, self.sizeHint().height() + 120)
        self._update_buttons()

    def _add_row(self, row: int, item: ItemReport) -> None:
        cells = (
            f"{i18n.label(item)}\n({item.key})",
            item.ours + when(item.ours_changed_at),
            item.theirs + when(item.theirs_changed_at),
        )
        full = (i18n.label(item), item.ours_full or item.ours, item.theirs_full or item.theirs)
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            # The cell shows a summary; hovering (or a screen reader) gives the whole value.
            cell.setToolTip(full[column])
            cell.setData(Qt.ItemDataRole.AccessibleDescriptionRole, full[column])
            self.table.setItem(row, column, cell)
        combo = named(
            QComboBox(), arg(translate("BundleConflictDialog", "Keep for %1"), i18n.label(item))
        )
        combo.addItems([translate("bundle_conflict_dialog", c) for c in CHOICES])
        combo.currentIndexChanged.connect(self._update_buttons)
        self.table.setCellWidget(row, 3, combo)
        self.choices.append(combo)

    def _on_table_current_cell_changed(self, row: int, *_: int) -> None:
        if not 0 <= row < len(self._report.conflicts):
            self.details.clear()
            return
        item = self._report.conflicts[row]
        self.details.setPlainText(
            arg(
                translate("BundleConflictDialog", "%1\n\nThis record%2:\n%3\n\nThe bundle%4:\n%5"),
                i18n.label(item),
                _changed(item.ours_changed_at),
                item.ours_full or item.ours,
                _changed(item.theirs_changed_at),
                item.theirs_full or item.theirs,
            )
        )

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.keep_all = named(
            QPushButton(translate("BundleConflictDialog", "Keep all of this record's")),
            translate("BundleConflictDialog", "Keep all ours"),
        )
        self.take_all = named(
            QPushButton(translate("BundleConflictDialog", "Take all of the bundle's")),
            translate("BundleConflictDialog", "Take all theirs"),
        )
        self.import_button = named(
            QPushButton(translate("BundleConflictDialog", "&Import with these choices")),
            translate("BundleConflictDialog", "Import"),
        )
        self.copy_button = named(
            QPushButton(translate("BundleConflictDialog", "Import as a separate &copy")),
            translate("BundleConflictDialog", "Import as copy"),
        )
        self.cancel_button = named(
            QPushButton(translate("BundleConflictDialog", "Cancel")),
            translate("BundleConflictDialog", "Cancel"),
        )
        self.keep_all.clicked.connect(lambda: self._set_all(KEEP_OURS))
        self.take_all.clicked.connect(lambda: self._set_all(TAKE_THEIRS))
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.cancel_button.clicked.connect(self.reject)
        for button in (self.keep_all, self.take_all):
            row.addWidget(button)
        row.addStretch(1)
        for button in (self.import_button, self.copy_button, self.cancel_button):
            row.addWidget(button)
        self.cancel_button.setDefault(True)  # Enter never imports by accident
        return row

    def _set_all(self, index: int) -> None:
        for combo in self.choices:
            combo.setCurrentIndex(index)

    def _update_buttons(self) -> None:
        decided = all(c.currentIndex() != UNDECIDED for c in self.choices)
        self.import_button.setEnabled(decided)

    def chosen(self) -> ImportChoice:
        """The sides chosen so far, by the names the import takes."""
        keys = [item.key for item in self._report.conflicts]
        picks = [c.currentIndex() for c in self.choices]
        return ImportChoice(
            keep_ours=tuple(k for k, p in zip(keys, picks, strict=True) if p == KEEP_OURS),
            take_theirs=tuple(k for k, p in zip(keys, picks, strict=True) if p == TAKE_THEIRS),
        )

    def _on_import_button_clicked(self) -> None:
        self.choice = self.chosen()
        self.accept()

    def _on_copy_button_clicked(self) -> None:
        self.choice = ImportChoice(as_copy=True)
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, report: ImportReport) -> ImportChoice | None:
        """The officer's way forward, or ``None`` to import nothing."""
        dialog = cls(report, parent)
        try:
            return dialog.choice if dialog.exec() else None
        finally:
            dialog.deleteLater()


def _intro(report: ImportReport) -> str:
    by = (
        arg(translate("bundle_conflict_dialog", " by %1"), report.exported_by)
        if report.exported_by
        else ""
    )
    sent = (
        arg(
            translate("bundle_conflict_dialog", " (exported %1%2)"),
            format(report.exported_at.astimezone(), "%H:%M on %d %b %Y"),
            by,
        )
        if report.exported_at is not None
        else ""
    )
    return arg(
        translate(
            "bundle_conflict_dialog",
            "%1%2 was not imported, and nothing has been changed: %3 item(s) of “%4” were changed "
            "both in this record and in the bundle since they last met. Choose which to keep for "
            "each, then import; or import the bundle as a separate scrutiny so that nothing is "
            "lost.",
        ),
        report.file_name,
        sent,
        len(report.conflicts),
        report.title,
    )


def result_text(report: ImportReport) -> str:
    """What an import that went ahead did, for the message shown after it."""
    lines = [report.summary()]
    for heading, items in (
        (
            translate("bundle_conflict_dialog", "Taken from the bundle"),
            report.taken + report.taken_by_choice,
        ),
        (
            translate("bundle_conflict_dialog", "Kept from this record"),
            report.kept + report.kept_by_choice,
        ),
    ):
        if items:
            lines.append(f"\n{heading}:")
            lines.extend(f"• {i18n.label(item)}" for item in items[:20])
            if len(items) > 20:
                lines.append(
                    arg(translate("bundle_conflict_dialog", "• and %1 more"), len(items) - 20)
                )
    if report.notes:
        lines.append("")
        lines.extend(report.notes)
    return "\n".join(lines)
