"""Template commands: add an office template, move a scrutiny to newer versions, coverage."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ethics_scrutiny import i18n
from ethics_scrutiny.domain.coverage import FrameworkCoverage, framework_coverage
from ethics_scrutiny.domain.errors import TemplateError
from ethics_scrutiny.domain.scrutiny import ResponseData, ScrutinySummary
from ethics_scrutiny.domain.template_diff import TemplateDiff
from ethics_scrutiny.services.templates import ImportResult, TemplateCheck, UpgradeResult

from ..kit import file_dialogs, folders, messages
from ..kit.commands import Commands
from ..kit.context import AppContext
from ..kit.i18n import QT_TRANSLATE_NOOP, arg, translate
from .framework_coverage_view import FrameworkCoverageDialog
from .template_dialogs import TemplateProblemsDialog, UpgradeDialog

TEMPLATE_FILTER = QT_TRANSLATE_NOOP(
    "template_controller", "Checklist templates (*.yaml *.yml *.json)"
)

Coverage = tuple[tuple[FrameworkCoverage, ...], Mapping[str, ResponseData]]


def ask_open_template(parent: QWidget | None, start: Path) -> Path | None:
    """Ask for a template file to add; ``None`` if the user cancels. Tests patch this."""
    return file_dialogs.ask_open_file(
        parent,
        translate("template_controller", "Add an office template"),
        start,
        translate("template_controller", TEMPLATE_FILTER),
        folders.TEMPLATE,
    )


class TemplateController(QObject):
    """Each command runs its file or database work on the TaskRunner's database worker."""

    upgraded = Signal(int)  # the scrutiny's ID
    imported = Signal(str)  # the template's slug

    def __init__(
        self,
        context: AppContext,
        parent_widget: QWidget,
        current: Callable[[], ScrutinySummary | None],
        before: Callable[[], None],
    ) -> None:
        super().__init__(parent_widget)
        self._ctx = context
        self._parent = parent_widget
        self._current = current
        self._before = before

    def commands(self) -> Commands:
        return {
            "add_template": self.add_office_template,
            "coverage": self.show_framework_coverage,
            "upgrade": self.move_to_newer_templates,
        }

    # -- add an office template ---------------------------------------------------------

    def add_office_template(self) -> None:
        path = ask_open_template(self._parent, Path.home())
        if path is None:
            return
        templates = self._ctx.services.templates
        self._ctx.tasks.run_db(
            lambda: templates.check_file(path),
            self._on_checked,
            lambda exc: messages.show_failure(
                self._parent, translate("TemplateController", "Template not added"), exc
            ),
        )

    def _on_checked(self, check: TemplateCheck) -> None:
        if not check.ok:
            TemplateProblemsDialog.ask(self._parent, check.path.name, check.problems)
            return
        templates = self._ctx.services.templates
        self._ctx.tasks.run_db(
            lambda: templates.import_file(check.path),
            self._on_imported,
            lambda exc: self._on_import_refused(check.path, exc),
        )

    def _on_import_refused(self, path: Path, exc: BaseException) -> None:
        if isinstance(exc, TemplateError) and exc.problems:
            TemplateProblemsDialog.ask(self._parent, path.name, exc.problems)
        else:
            messages.show_failure(
                self._parent, translate("TemplateController", "Template not added"), exc
            )

    def _on_imported(self, result: ImportResult) -> None:
        template = result.template
        uses = ", ".join(i18n.label(t) for t in template.technologies)
        when = (
            arg(translate("TemplateController", "It is included in new scrutinies of: %1."), uses)
            if uses
            else translate(
                "TemplateController", "Tick it under Extra modules when starting a scrutiny."
            )
        )
        messages.info(
            self._parent,
            translate("TemplateController", "Office template added"),
            arg(
                translate("TemplateController", "Added %1 (version %2). %3\n\nKept in: %4"),
                template.title,
                template.version,
                when,
                result.path,
            ),
        )
        self._ctx.events.status_message.emit(
            arg(translate("TemplateController", "Template added: %1"), template.title)
        )
        self.imported.emit(template.slug)

    # -- move to a newer version ----------------------------------------------------------

    def move_to_newer_templates(self) -> None:
        summary = self._chosen()
        if summary is None:
            return
        templates = self._ctx.services.templates
        self._ctx.tasks.run_db(
            lambda: templates.upgrade_plan(summary.id),
            lambda diff: self._on_plan(summary, diff),
            lambda exc: messages.show_failure(
                self._parent, translate("TemplateController", "Checklist not moved"), exc
            ),
        )

    def _on_plan(self, summary: ScrutinySummary, diff: TemplateDiff) -> None:
        if not diff.has_changes:
            messages.info(
                self._parent,
                translate("TemplateController", "Checklist up to date"),
                arg(
                    translate(
                        "TemplateController", "“%1” already uses the newest checklist versions."
                    ),
                    summary.title,
                ),
            )
            return
        if not UpgradeDialog.ask(self._parent, summary.title, diff):
            return
        templates = self._ctx.services.templates
        self._ctx.tasks.run_db(
            lambda: templates.upgrade(summary.id),
            lambda result: self._on_upgraded(summary.id, result),
            lambda exc: messages.show_failure(
                self._parent, translate("TemplateController", "Checklist not moved"), exc
            ),
        )

    def _on_upgraded(self, scrutiny_id: int, result: UpgradeResult) -> None:
        self._ctx.events.status_message.emit(
            arg(
                translate(
                    "TemplateController",
                    "Moved to the newer checklist: %1 added, %2 changed, %3 removed",
                ),
                len(result.diff.added),
                len(result.diff.changed),
                len(result.diff.removed),
            )
        )
        self._ctx.events.record_changed.emit()
        self._ctx.events.scrutinies_changed.emit()
        self.upgraded.emit(scrutiny_id)

    # -- framework coverage ---------------------------------------------------------------

    def show_framework_coverage(self) -> None:
        summary = self._chosen()
        if summary is None:
            return
        scrutinies = self._ctx.services.scrutinies

        def job() -> Coverage:
            detail = scrutinies.get(summary.id)
            return framework_coverage(detail.checklist, detail.responses), detail.responses

        self._ctx.tasks.run_db(
            job,
            lambda found: FrameworkCoverageDialog.ask(self._parent, summary.title, *found),
            lambda exc: messages.show_failure(
                self._parent, translate("TemplateController", "Coverage not shown"), exc
            ),
        )

    def _chosen(self) -> ScrutinySummary | None:
        summary = self._current()
        if summary is not None:
            self._before()  # a waiting note is saved before coverage or an upgrade reads it
        return summary
