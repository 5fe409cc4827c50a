"""Every user command declared once: id, text, shortcuts, menu and the controller handler."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar, QPushButton, QWidget

from ..kit.accessibility import named


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    shortcuts: tuple[str, ...]
    menu: str
    handler: str
    tip: str


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new", "&New scrutiny…", ("Ctrl+N",), "&File", "new_scrutiny",
               "Start a scrutiny of a technology deployment"),
    ActionSpec("export_pdf", "&Export PDF…", ("Ctrl+E",), "&File", "export_pdf",
               "Save the panel report for the scrutiny as a PDF"),
    ActionSpec("export_public", "Export p&ublic summary…", ("Ctrl+Shift+E",), "&File",
               "export_public_pdf", "Save a PDF that leaves out everything marked sensitive"),
    ActionSpec("export_html", "Export accessible &HTML…", (), "&File", "export_html",
               "Save the panel report as a web page that screen readers can navigate"),
    ActionSpec("export_csv", "Export answers as &CSV…", (), "&File", "export_csv",
               "Save every question and answer as a spreadsheet"),
    ActionSpec("export_actions_csv", "Export actions and con&ditions as CSV…", (), "&File",
               "export_actions_csv", "Save the actions and conditions tracker as a spreadsheet"),
    ActionSpec("export_bundle", "Export &bundle…", (), "&File", "export_bundle",
               "Save the scrutiny as a bundle another office can import"),
    ActionSpec("import_bundle", "&Import bundle…", ("Ctrl+I",), "&File", "import_bundle",
               "Add a scrutiny from a bundle another office exported"),
    # Office templates, newer checklist versions and framework coverage (engineer C).
    ActionSpec("add_template", "Add office &template…", (), "&File", "add_office_template",
               "Add your office's own checklist or module from a YAML or JSON file"),
    ActionSpec("quit", "&Quit", ("Ctrl+Q",), "&File", "quit", "Close Ethics Scrutiny"),
    # Undo and the status keys act on the open scrutiny's answers (engineer F2).
    ActionSpec("undo", "&Undo", ("Ctrl+Z",), "&Edit", "undo",
               "Undo the last change to an answer (typing in a note is one step)"),
    ActionSpec("redo", "&Redo", ("Ctrl+Shift+Z", "Ctrl+Y"), "&Edit", "redo",
               "Redo the change to an answer that was just undone"),
    ActionSpec("status_met", "Mark &met", ("Ctrl+1",), "&Edit", "mark_met",
               "Answer the shown question: met"),
    ActionSpec("status_partly_met", "Mark &partly met", ("Ctrl+2",), "&Edit",
               "mark_partly_met", "Answer the shown question: partly met"),
    ActionSpec("status_not_met", "Mark &not met", ("Ctrl+3",), "&Edit", "mark_not_met",
               "Answer the shown question: not met"),
    ActionSpec("status_unknown", "Mark un&known", ("Ctrl+4",), "&Edit", "mark_unknown",
               "Answer the shown question: unknown (evidence not yet seen)"),
    ActionSpec("status_not_applicable", "Mark not &applicable", ("Ctrl+5",), "&Edit",
               "mark_not_applicable", "Answer the shown question: not applicable"),
    ActionSpec("find", "&Find scrutiny", ("Ctrl+F",), "S&crutiny", "find_scrutiny",
               "Search the list of scrutinies by title, force or technology"),
    ActionSpec("open", "&Open", ("Ctrl+O",), "S&crutiny", "open_selected",
               "Open the selected scrutiny's checklist"),
    ActionSpec("previous", "&Previous question", ("Alt+Left", "Ctrl+["), "S&crutiny",
               "previous_question", "Go to the previous question"),
    ActionSpec("next", "Ne&xt question", ("Alt+Right", "Ctrl+]"), "S&crutiny",
               "next_question", "Go to the next question"),
    ActionSpec("back", "&Back to list", ("Ctrl+L",), "S&crutiny", "back_to_list",
               "Return to the list of scrutinies"),
    ActionSpec("show_checklist", "Chec&klist", ("Ctrl+Shift+K",), "S&crutiny",
               "show_checklist_tab", "Show the open scrutiny's questions"),
    ActionSpec("show_evidence", "Evidence &register", ("Ctrl+Shift+R",), "S&crutiny",
               "show_evidence_tab", "Show the documents and statements the force supplied"),
    ActionSpec("show_actions", "Actions and co&nditions", ("Ctrl+Shift+A",), "S&crutiny",
               "show_actions_tab",
               "Show questions put to the chief constable and conditions of approval"),
    ActionSpec("add_evidence", "Add e&vidence…", (), "S&crutiny", "add_evidence",
               "Add a document or statement to the evidence register"),
    ActionSpec("add_action", "Add ac&tion or condition…", (), "S&crutiny", "add_action_item",
               "Record a question to the chief constable or a condition of approval"),
    # Rounds, summary, meeting mode and stage (engineer F1).
    ActionSpec("summary", "S&ummary…", ("Ctrl+Shift+S",), "S&crutiny", "show_summary",
               "Readiness, red flags, theme heat map and open actions, before exporting"),
    ActionSpec("meeting", "&Meeting mode", ("F5",), "S&crutiny", "meeting_mode",
               "Full-screen, large-type walk through the summary and each red flag (Esc leaves)"),
    ActionSpec("again", "Scrutinise &again…", (), "S&crutiny", "scrutinise_again",
               "Start a new round of this deployment, carrying the answers forward"),
    ActionSpec("changes", "C&hanges since previous round", (), "S&crutiny",
               "show_round_changes", "What changed in the answers since the round before"),
    ActionSpec("stage", "Change sta&ge…", (), "S&crutiny", "change_stage",
               "Move the deployment to proposal, pilot, live or review (recorded)"),
    ActionSpec("coverage", "Framework &coverage…", (), "S&crutiny", "framework_coverage",
               "How far the answers cover ALGOCARE, the Surveillance Camera Code, the NPCC AI "
               "Covenant and ATRS, and which elements remain unanswered"),
    ActionSpec("upgrade", "Move to ne&wer checklist version…", (), "S&crutiny",
               "move_to_newer_templates",
               "See what a newer checklist version adds, changes and removes, then move to it"),
    ActionSpec("decide", "Record &decision…", ("Ctrl+D",), "Recor&d", "record_decision",
               "Record the panel's or PCC's decision in the record"),
    ActionSpec("history", "Decision h&istory", ("Ctrl+H",), "Recor&d", "decision_history",
               "Every decision in order: panel advice, PCC and chief constable decisions, "
               "and which superseded which"),
    ActionSpec("verify", "&Verify record", ("Ctrl+Shift+V",), "Recor&d", "verify_record",
               "Check that no entry in the decision record has been altered"),
    ActionSpec("backup", "&Back up record…", (), "Recor&d", "backup_record",
               "Save a checked copy of the whole record"),
    ActionSpec("restore", "&Restore from backup…", (), "Recor&d", "restore_record",
               "Replace the record with a backup; the record as it is now is saved first"),
    ActionSpec("about", "&About Ethics Scrutiny", (), "&Help", "about",
               "Version, data folder and log file"),
)  # fmt: skip


def build_actions(
    parent: QWidget, controller: object, specs: Iterable[ActionSpec] = ACTIONS
) -> dict[str, QAction]:
    """Create one QAction per spec, wired to ``controller.<handler>``."""
    actions: dict[str, QAction] = {}
    for spec in specs:
        action = QAction(spec.text, parent)
        action.setObjectName(f"action_{spec.id}")
        action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        action.setStatusTip(spec.tip)
        action.setToolTip(_tooltip(spec))
        handler: Callable[[], None] = getattr(controller, spec.handler)
        action.triggered.connect(lambda _checked=False, h=handler: h())
        parent.addAction(action)
        actions[spec.id] = action
    return actions


def fill_menus(menu_bar: QMenuBar, actions: dict[str, QAction]) -> None:
    """Menus in table order; the menu bar is the keyboard route to every command."""
    menus: dict[str, object] = {}
    for spec in ACTIONS:
        if spec.id not in actions:
            continue
        if spec.menu not in menus:
            menus[spec.menu] = menu_bar.addMenu(spec.menu)
        menus[spec.menu].addAction(actions[spec.id])  # type: ignore[attr-defined]


def button_for(action: QAction, parent: QWidget | None = None) -> QPushButton:
    """A push button that triggers ``action`` and follows its enabled state.

    The ``&`` is dropped from the button text: the menus own the Alt mnemonics, and the
    same letters on buttons would clash with the form labels' mnemonics.
    """
    text = action.text().replace("&", "")
    button = named(QPushButton(text, parent), text.rstrip("…"), action.statusTip())
    button.setToolTip(action.toolTip())
    button.setEnabled(action.isEnabled())
    button.clicked.connect(action.trigger)
    action.enabledChanged.connect(button.setEnabled)
    return button


def _tooltip(spec: ActionSpec) -> str:
    keys = " or ".join(
        QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in spec.shortcuts
    )
    return f"{spec.tip} ({keys})" if keys else spec.tip
