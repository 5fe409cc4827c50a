"""Composition root: builds the application, opens the record and wires the window."""

from __future__ import annotations

import logging
import sys
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

# isort: split
# Before the core's modules are imported: PySide6 reads the source of each (see the module).
from . import pyside_feature  # noqa: F401

# isort: split
from ethics_scrutiny import APP_NAME, __version__
from ethics_scrutiny.assets import MissingAssetsError, icons_dir
from ethics_scrutiny.config import Settings
from ethics_scrutiny.domain.errors import EthicsScrutinyError
from ethics_scrutiny.domain.scrutiny import ScrutinyDetail
from ethics_scrutiny.services import Services

from .actions.action_items_controller import ActionItemsController
from .checklist.checklist_controller import ChecklistController
from .checklist.checklist_view import ACTIONS_TAB, EVIDENCE_TAB
from .evidence.evidence_controller import EvidenceController
from .kit import crash, folders, i18n, messages, style
from .kit.commands import Commands, CommandTable
from .kit.context import AppContext, AppEvents
from .kit.i18n import QT_TRANSLATE_NOOP, arg, translate
from .kit.tasks import Task, TaskRunner
from .office.office_controller import OfficeController
from .office.signing_controller import SigningController
from .record.export_controller import ExportController
from .record.record_controller import RecordController
from .screening.screening_controller import ScreeningController
from .shell import session, session_notice, window_state
from .shell.help import HelpController
from .shell.language_menu import add_settings_menu
from .shell.main_controller import Features, MainController, current_summary
from .shell.main_window import MainWindow
from .shell.workflow_controller import WorkflowController
from .templates.template_controller import TemplateController

log = logging.getLogger(__name__)

LOCK_NAME = "ethics-scrutiny.lock"
ALREADY_OPEN = QT_TRANSLATE_NOOP("app", "Ethics Scrutiny is already open")
EXIT_ALREADY_OPEN = 1
EXIT_CANNOT_OPEN = 2


def run(settings: Settings, argv: list[str] | None = None) -> int:
    """Run the desktop app on ``settings``' record until the window closes; return an exit code.

    1 means another copy holds the record; 2 means the record could not be opened.
    """
    app = _application(argv if argv is not None else sys.argv)
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        handler = crash.install(settings.logs_dir)
        # Before any window: widgets read their text as they are built.
        i18n.install(app, settings.data_dir)
    except OSError as exc:
        messages.error(
            None,
            APP_NAME,
            arg(translate("app", "The data folder %1 cannot be used: %2"), settings.data_dir, exc),
        )
        return EXIT_CANNOT_OPEN
    try:
        return _run_locked(app, settings)
    finally:
        handler.uninstall()


def create_main_window(
    services: Services, tasks: TaskRunner | None = None, listing: Task | None = None
) -> MainWindow:
    """Wire a main window over open services (used by run() and by the tests).

    ``listing``: the dashboard's rows, already being listed on ``tasks``' database worker.
    """
    events = AppEvents()
    tasks = tasks if tasks is not None else TaskRunner()
    folders.remember_in(services.settings.data_dir)
    context = AppContext(services=services, events=events, tasks=tasks)
    window = MainWindow(context)
    # Parented only now: the window owns them, so they go when it does.
    events.setParent(window)
    tasks.setParent(window)
    features = _build_features(context, window)
    window.controller = MainController(context, window, features, listing)
    signing = SigningController(context, window)
    office = OfficeController(context, window, signing)
    screening = _screening(context, window, features.checklist)
    help_pages = HelpController(window, services.settings)
    others = {
        **office.commands(),
        **signing.commands(),
        **screening.commands(),
        **help_pages.commands(),
    }
    _register_commands(window, features, others)
    add_settings_menu(window.menuBar(), services.settings.data_dir, window)
    return window


def _build_features(context: AppContext, window: MainWindow) -> Features:
    """Every feature controller over its part of the window, wired to the others it serves."""
    actions = window.action_map
    checklist = ChecklistController(
        context, window.checklist_page, actions["previous"], actions["next"], window
    )
    evidence = EvidenceController(context, window.evidence_page, window)
    action_items = ActionItemsController(context, window.action_items_page, window)
    checklist.opened.connect(partial(show_in_tabs, evidence, action_items))
    evidence.changed.connect(checklist.set_evidence)
    action_items.changed.connect(checklist.set_action_items)
    current = partial(current_summary, window, checklist)
    return Features(
        checklist=checklist,
        evidence=evidence,
        action_items=action_items,
        exports=ExportController(context, window),
        records=RecordController(context, window),
        workflow=WorkflowController(context, window, current, checklist.flush),
        templates=TemplateController(context, window, current, checklist.flush),
    )


def _screening(
    context: AppContext, window: MainWindow, checklist: ChecklistController
) -> ScreeningController:
    """Scrutiny ▸ Screening… over the scrutiny the checklist page shows, re-scoped when saved."""

    def open_detail() -> ScrutinyDetail | None:
        return checklist.detail if window.on_checklist_page() else None

    return ScreeningController(context, window, open_detail, checklist.flush, checklist.open)


def show_in_tabs(
    evidence: EvidenceController, action_items: ActionItemsController, detail: ScrutinyDetail
) -> None:
    """The opened scrutiny's evidence register and actions, from the detail already loaded."""
    questions = [(q.key, q.prompt) for q in detail.checklist.questions()]
    evidence.show_scrutiny(detail.id, questions, detail.evidence)
    action_items.show_scrutiny(detail.id, questions, detail.actions)


def _register_commands(window: MainWindow, features: Features, office: Commands) -> None:
    """Each controller brings its own commands; every action must end up with one handler."""
    on_page = window.on_checklist_page
    show_tab = window.checklist_page.show_tab
    checklist = features.checklist
    current = partial(current_summary, window, checklist)

    def flush_if_open() -> None:
        if on_page():
            checklist.flush()  # a note still waiting goes into the saved copy too

    table = CommandTable(window.action_map)
    table.register(window.controller.commands())
    table.register(checklist.commands(), when=on_page)
    table.register(features.evidence.commands(partial(show_tab, EVIDENCE_TAB)), when=on_page)
    table.register(features.action_items.commands(partial(show_tab, ACTIONS_TAB)), when=on_page)
    table.register(features.exports.commands(current, checklist.flush))
    table.register(features.records.commands(flush_if_open))
    table.register(features.workflow.commands())
    table.register(features.templates.commands())
    table.register(office)
    table.check_complete()


def _application(argv: list[str]) -> QApplication:
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    style.apply(app)
    icon = _app_icon()
    if icon is not None:
        app.setWindowIcon(icon)
    return app


def _run_locked(app: QApplication, settings: Settings) -> int:
    # setStaleLockTime(0): the lock is held for the whole session, so only a dead PID (or a
    # lock left by a crash) counts as stale, never an old but live one.
    lock = QLockFile(str(settings.data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)
    if not lock.tryLock(100):
        messages.error(
            None,
            APP_NAME,
            arg(
                translate(
                    "app",
                    "%1 on this computer with the same record. Switch to that window (it may be "
                    "minimised), or close it before starting another copy.",
                ),
                translate("app", ALREADY_OPEN),
            ),
        )
        return EXIT_ALREADY_OPEN
    try:
        services = _open_services(settings)
        if services is None:
            return EXIT_CANNOT_OPEN
        try:
            return _run_window(app, services)
        finally:
            services.close()
    finally:
        lock.unlock()


def _open_services(settings: Settings) -> Services | None:
    try:
        # A large record's integrity check and daily backup run after the window shows
        # (finish_checks, on the database worker); until then nothing may write to it.
        return Services.open(settings, purpose="the Ethics Scrutiny app", defer_checks=True)
    except EthicsScrutinyError as exc:
        log.error("Cannot open the record: %s", exc)
        messages.error(
            None, arg(translate("app", "%1: the record cannot be opened"), APP_NAME), str(exc)
        )
        return None


def _run_window(app: QApplication, services: Services) -> int:
    # The dashboard's rows are listed on the database worker while the window is built.
    tasks = TaskRunner()
    listing = tasks.run_db(services.scrutinies.list)
    window = create_main_window(services, tasks, listing)
    last = window_state.last_scrutiny(services.settings.data_dir)
    if last is not None:
        window.controller.reopen_when_listed(last, listing)
    _show_sized(window)
    # The welcome step on first run, the banner in the demonstration.
    office = window.findChild(OfficeController)
    if office is not None:
        office.start()
    data_dir = services.settings.data_dir
    current = session.begin(data_dir)
    _finish_checks(app, window, services)
    _warn_about_templates(window, services)
    # Queued behind the start-up's own database work (the office profile, so the welcome
    # step is already showing): the notice then comes on top, not blocked beneath it.
    window.context.tasks.run_db(
        lambda: None,
        lambda _none: session_notice.after_start(
            window, data_dir, current.previous_unclean, window.controller.checklist.restore_drafts
        ),
    )
    try:
        return app.exec()
    finally:
        window.controller.shutdown()
        window.close()
        window.deleteLater()
        session.end(current)


def _finish_checks(app: QApplication, window: MainWindow, services: Services) -> None:
    """The deferred quick_check (and daily backup) of a large record, off the UI thread.

    Queued on the one database worker right after the dashboard's listing, so it runs before
    any change the officer makes (those queue behind it); the engine refuses writes until it
    passes. A damaged record is explained as at any other start and the app closes.
    """
    if not services.database.checks_pending:
        return

    def refuse(exc: BaseException) -> None:
        log.error("The record failed its start-up check: %s", exc)
        messages.error(
            window, arg(translate("app", "%1: the record cannot be opened"), APP_NAME), str(exc)
        )
        app.exit(EXIT_CANNOT_OPEN)

    def check_then_keep_facts() -> None:
        services.database.finish_checks()
        # A listing made while writes were held could not store facts it had to work out;
        # listing again now keeps them, so the next start does not work them out again.
        services.scrutinies.list()

    window.context.tasks.run_db(check_then_keep_facts, None, refuse)


def _warn_about_templates(window: MainWindow, services: Services) -> None:
    problems = services.library.problems
    if problems:
        folder = services.settings.templates_dir
        messages.warning(
            window,
            translate("app", "Some of your office's templates were not loaded"),
            "\n\n".join(problems)
            + arg(
                translate(
                    "app",
                    "\n\nFix or remove the file in %1, then restart. Everything else works as "
                    "normal.",
                ),
                folder,
            ),
        )


def _show_sized(window: MainWindow) -> None:
    """As the user last left it; else maximised on small laptop screens (no cramped checklist)."""
    data_dir = window.context.services.settings.data_dir
    if window_state.restore(window, data_dir):
        if window_state.was_maximised(data_dir):
            window.showMaximized()
        else:
            window.show()
        return
    screen = window.screen().availableGeometry()
    if screen.width() < 1400 or screen.height() < 900:
        window.setGeometry(screen)  # fills the screen even where no window manager maximises
        window.showMaximized()
    else:
        # Most of a large screen, centred: the dashboard's ten columns need the width.
        window.resize(int(screen.width() * 0.85), int(screen.height() * 0.85))
        window.move(screen.center() - window.rect().center())
        window.show()


def _app_icon() -> QIcon | None:
    try:
        path: Path = icons_dir() / "ethics-scrutiny.svg"
    except MissingAssetsError:
        return None
    return QIcon(str(path)) if path.is_file() else None
