"""Every user command declared once: id, text, shortcuts, menu and tip.

The feature controllers bring the handlers (see ``ui.kit.commands``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar, QWidget

from ethics_scrutiny import i18n
from ethics_scrutiny.reporting.formats import menu_entries

from ..kit.i18n import QT_TRANSLATE_NOOP, arg, translate


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    shortcuts: tuple[str, ...]
    menu: str
    tip: str
    core_words: bool = False  # text and tip are the core's (the format table): its catalogue

    def translated(self, text: str) -> str:
        return i18n.gettext(text) if self.core_words else translate("actions", text)


def _export_specs() -> tuple[ActionSpec, ...]:
    """The File menu's export entries, as the report format table lists them."""
    file_menu = QT_TRANSLATE_NOOP("actions", "&File")
    return tuple(
        ActionSpec(entry.id, entry.text, _keys(entry.shortcut), file_menu, entry.tip, True)
        for entry in menu_entries()
    )


def _keys(shortcut: str) -> tuple[str, ...]:
    return (shortcut,) if shortcut else ()


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "new",
        QT_TRANSLATE_NOOP("actions", "&New scrutiny…"),
        ("Ctrl+N",),
        QT_TRANSLATE_NOOP("actions", "&File"),
        QT_TRANSLATE_NOOP("actions", "Start a scrutiny of a technology deployment"),
    ),
    # Export entries come from the report format table, one per format and public summary.
    *_export_specs(),
    ActionSpec(
        "import_bundle",
        QT_TRANSLATE_NOOP("actions", "&Import bundle…"),
        ("Ctrl+I",),
        QT_TRANSLATE_NOOP("actions", "&File"),
        QT_TRANSLATE_NOOP("actions", "Add a scrutiny from a bundle another office exported"),
    ),
    # Office templates, newer checklist versions and framework coverage.
    ActionSpec(
        "add_template",
        QT_TRANSLATE_NOOP("actions", "Add office &template…"),
        (),
        QT_TRANSLATE_NOOP("actions", "&File"),
        QT_TRANSLATE_NOOP(
            "actions", "Add your office's own checklist or module from a YAML or JSON file"
        ),
    ),
    # Who the office is, and the whole record handed on to a successor.
    ActionSpec(
        "office_settings",
        QT_TRANSLATE_NOOP("actions", "O&ffice settings…"),
        (),
        QT_TRANSLATE_NOOP("actions", "&File"),
        QT_TRANSLATE_NOOP(
            "actions", "The office's name, its decision-maker, its panel and the report logo"
        ),
    ),
    ActionSpec(
        "signing_key",
        QT_TRANSLATE_NOOP("actions", "Si&gning key…"),
        (),
        QT_TRANSLATE_NOOP("actions", "&File"),
        QT_TRANSLATE_NOOP(
            "actions", "Create or import the office's signing key and see its fingerprint"
        ),
    ),
    ActionSpec(
        "check_file",
        QT_TRANSLATE_NOOP("actions", "Chec&k a received file…"),
        (),
        QT_TRANSLATE_NOOP("actions", "&File"),
        QT_TRANSLATE_NOOP(
            "actions", "Who signed a PDF, bundle or archive, and whether it is unaltered"
        ),
    ),
    ActionSpec(
        "archive_record",
        QT_TRANSLATE_NOOP("actions", "&Archive the whole record…"),
        (),
        QT_TRANSLATE_NOOP("actions", "&File"),
        QT_TRANSLATE_NOOP(
            "actions",
            "Write every scrutiny, file and record entry to one checked file for a successor",
        ),
    ),
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("actions", "&Quit"),
        ("Ctrl+Q",),
        QT_TRANSLATE_NOOP("actions", "&File"),
        QT_TRANSLATE_NOOP("actions", "Close Ethics Scrutiny"),
    ),
    # Undo and the status keys act on the open scrutiny's answers.
    ActionSpec(
        "undo",
        QT_TRANSLATE_NOOP("actions", "&Undo"),
        ("Ctrl+Z",),
        QT_TRANSLATE_NOOP("actions", "&Edit"),
        QT_TRANSLATE_NOOP(
            "actions", "Undo the last change to an answer (typing in a note is one step)"
        ),
    ),
    ActionSpec(
        "redo",
        QT_TRANSLATE_NOOP("actions", "&Redo"),
        ("Ctrl+Shift+Z", "Ctrl+Y"),
        QT_TRANSLATE_NOOP("actions", "&Edit"),
        QT_TRANSLATE_NOOP("actions", "Redo the change to an answer that was just undone"),
    ),
    ActionSpec(
        "status_met",
        QT_TRANSLATE_NOOP("actions", "Mark &met"),
        ("Ctrl+1",),
        QT_TRANSLATE_NOOP("actions", "&Edit"),
        QT_TRANSLATE_NOOP("actions", "Answer the shown question: met"),
    ),
    ActionSpec(
        "status_partly_met",
        QT_TRANSLATE_NOOP("actions", "Mark &partly met"),
        ("Ctrl+2",),
        QT_TRANSLATE_NOOP("actions", "&Edit"),
        QT_TRANSLATE_NOOP("actions", "Answer the shown question: partly met"),
    ),
    ActionSpec(
        "status_not_met",
        QT_TRANSLATE_NOOP("actions", "Mark &not met"),
        ("Ctrl+3",),
        QT_TRANSLATE_NOOP("actions", "&Edit"),
        QT_TRANSLATE_NOOP("actions", "Answer the shown question: not met"),
    ),
    ActionSpec(
        "status_unknown",
        QT_TRANSLATE_NOOP("actions", "Mark un&known"),
        ("Ctrl+4",),
        QT_TRANSLATE_NOOP("actions", "&Edit"),
        QT_TRANSLATE_NOOP("actions", "Answer the shown question: unknown (evidence not yet seen)"),
    ),
    ActionSpec(
        "status_not_applicable",
        QT_TRANSLATE_NOOP("actions", "Mark not &applicable"),
        ("Ctrl+5",),
        QT_TRANSLATE_NOOP("actions", "&Edit"),
        QT_TRANSLATE_NOOP("actions", "Answer the shown question: not applicable"),
    ),
    ActionSpec(
        "find",
        QT_TRANSLATE_NOOP("actions", "&Find scrutiny"),
        ("Ctrl+F",),
        QT_TRANSLATE_NOOP("actions", "S&crutiny"),
        QT_TRANSLATE_NOOP("actions", "Search the list of scrutinies by title, force or technology"),
    ),
    ActionSpec(
        "open",
        QT_TRANSLATE_NOOP("actions", "&Open"),
        ("Ctrl+O",),
        QT_TRANSLATE_NOOP("actions", "S&crutiny"),
        QT_TRANSLATE_NOOP("actions", "Open the selected scrutiny's checklist"),
    ),
    ActionSpec(
        "previous",
        QT_TRANSLATE_NOOP("actions", "&Previous question"),
        ("Alt+Left", "Ctrl+["),
        QT_TRANSLATE_NOOP("actions", "S&crutiny"),
        QT_TRANSLATE_NOOP("actions", "Go to the previous question"),
    ),
    ActionSpec(
        "next",
        QT_TRANSLATE_NOOP("actions", "Ne&xt question"),
        ("Alt+Right", "Ctrl+]"),
        QT_TRANSLATE_NOOP("actions", "S&crutiny"),
        QT_TRANSLATE_NOOP("actions", "Go to the next question"),
    ),
    ActionSpec(
        "go_to_question",
        QT_TRANSLATE_NOOP("actions", "Go to &question…"),
        ("Ctrl+G",),
        QT_TRANSLATE_NOOP("actions", "S&crutiny"),
        QT_TRANSLATE_NOOP("actions", "Find a question by its key or by words in it, and show it"),
    ),
    ActionSpec(
        "back",
        QT_TRANSLATE_NOOP("actions", "&Back to list"),
        ("Ctrl+L",),
        QT_TRANSLATE_NOOP("actions", "S&crutiny"),
        QT_TRANSLATE_NOOP("actions", "Return to the list of scrutinies"),
    ),
    ActionSpec(
        "show_checklist",
        QT_TRANSLATE_NOOP("actions", "Chec&klist"),
        ("Ctrl+Shift+K",),
        QT_TRANSLATE_NOOP("actions", "S&crutiny"),
        QT_TRANSLATE_NOOP("actions", "Show the open scrutiny's questions"),
    ),
    ActionSpec(
        "show_evidence",
        QT_TRANSLATE_NOOP("actions", "Evidence &register"),
        ("Ctrl+Shift+R",),
        QT_TRANSLATE_NOOP("actions", "S&crutiny"),
        QT_TRANSLATE_NOOP("actions", "Show the documents and statements the force supplied"),
    ),
    ActionSpec(
        "show_actions",
        QT_TRANSLATE_NOOP("actions", "Actions and co&nditions"),
        ("Ctrl+Shift+A",),
        QT_TRANSLATE_NOOP("actions", "S&crutiny"),
        QT_TRANSLATE_NOOP(
            "actions", "Show questions put to the chief constable and conditions of approval"
        ),
    ),
    ActionSpec(
        "add_evidence",
        QT_TRANSLATE_NOOP("actions", "Add e&vidence…"),
        (),
        QT_TRANSLATE_NOOP("actions", "S&crutiny"),
        QT_TRANSLATE_NOOP("actions", "Add a document or statement to the evidence register"),
    ),
    ActionSpec(
        "add_action",
        QT_TRANSLATE_NOOP("actions", "Add ac&tion or condition…"),
        (),
        QT_TRANSLATE_NOOP("actions", "S&crutiny"),
        QT_TRANSLATE_NOOP(
            "actions", "Record a question to the chief constable or a condition of approval"
        ),
    ),
    # Rounds, summary, meeting mode and stage.
    ActionSpec(
        "summary",
        QT_TRANSLATE_NOOP("actions", "S&ummary…"),
        ("Ctrl+Shift+S",),
        QT_TRANSLATE_NOOP("actions", "S&crutiny"),
        QT_TRANSLATE_NOOP(
            "actions", "Readiness, red flags, theme heat map and open actions, before exporting"
        ),
    ),
    ActionSpec(
        "meeting",
        QT_TRANSLATE_NOOP("actions", "&Meeting mode"),
        ("F5",),
        QT_TRANSLATE_NOOP("actions", "S&crutiny"),
        QT_TRANSLATE_NOOP(
            "actions",
            "Full-screen, large-type walk through the summary and each red flag (Esc leaves)",
        ),
    ),
    ActionSpec(
        "again",
        QT_TRANSLATE_NOOP("actions", "Scrutinise &again…"),
        (),
        QT_TRANSLATE_NOOP("actions", "S&crutiny"),
        QT_TRANSLATE_NOOP(
            "actions", "Start a new round of this deployment, carrying the answers forward"
        ),
    ),
    ActionSpec(
        "changes",
        QT_TRANSLATE_NOOP("actions", "C&hanges since previous round"),
        (),
        QT_TRANSLATE_NOOP("actions", "S&crutiny"),
        QT_TRANSLATE_NOOP("actions", "What changed in the answers since the round before"),
    ),
    ActionSpec(
        "stage",
        QT_TRANSLATE_NOOP("actions", "Change sta&ge…"),
        (),
        QT_TRANSLATE_NOOP("actions", "S&crutiny"),
        QT_TRANSLATE_NOOP(
            "actions", "Move the deployment to proposal, pilot, live or review (recorded)"
        ),
    ),
    ActionSpec(
        "screening",
        QT_TRANSLATE_NOOP("actions", "Scr&eening…"),
        (),
        QT_TRANSLATE_NOOP("actions", "S&crutiny"),
        QT_TRANSLATE_NOOP(
            "actions",
            "The screening answers that set the impact level; changing them re-scopes the "
            "checklist (recorded)",
        ),
    ),
    ActionSpec(
        "coverage",
        QT_TRANSLATE_NOOP("actions", "Framework &coverage…"),
        (),
        QT_TRANSLATE_NOOP("actions", "S&crutiny"),
        QT_TRANSLATE_NOOP(
            "actions",
            "How far the answers cover ALGOCARE, the Surveillance Camera Code, the NPCC AI "
            "Covenant and ATRS, and which elements remain unanswered",
        ),
    ),
    ActionSpec(
        "upgrade",
        QT_TRANSLATE_NOOP("actions", "Move to ne&wer checklist version…"),
        (),
        QT_TRANSLATE_NOOP("actions", "S&crutiny"),
        QT_TRANSLATE_NOOP(
            "actions",
            "See what a newer checklist version adds, changes and removes, then move to it",
        ),
    ),
    ActionSpec(
        "decide",
        QT_TRANSLATE_NOOP("actions", "Record &decision…"),
        ("Ctrl+D",),
        QT_TRANSLATE_NOOP("actions", "Recor&d"),
        QT_TRANSLATE_NOOP(
            "actions", "Record the panel's advice or the office's decision in the record"
        ),
    ),
    ActionSpec(
        "history",
        QT_TRANSLATE_NOOP("actions", "Decision h&istory"),
        ("Ctrl+H",),
        QT_TRANSLATE_NOOP("actions", "Recor&d"),
        QT_TRANSLATE_NOOP(
            "actions",
            "Every decision in order: panel advice, the office's decisions, the chief constable's, "
            "and which superseded which",
        ),
    ),
    ActionSpec(
        "verify",
        QT_TRANSLATE_NOOP("actions", "&Verify record"),
        ("Ctrl+Shift+V",),
        QT_TRANSLATE_NOOP("actions", "Recor&d"),
        QT_TRANSLATE_NOOP("actions", "Check that no entry in the decision record has been altered"),
    ),
    ActionSpec(
        "backup",
        QT_TRANSLATE_NOOP("actions", "&Back up record…"),
        (),
        QT_TRANSLATE_NOOP("actions", "Recor&d"),
        QT_TRANSLATE_NOOP("actions", "Save a checked copy of the whole record"),
    ),
    ActionSpec(
        "restore",
        QT_TRANSLATE_NOOP("actions", "&Restore from backup…"),
        (),
        QT_TRANSLATE_NOOP("actions", "Recor&d"),
        QT_TRANSLATE_NOOP(
            "actions", "Replace the record with a backup; the record as it is now is saved first"
        ),
    ),
    ActionSpec(
        "guide",
        QT_TRANSLATE_NOOP("actions", "&Guide"),
        ("F1",),
        QT_TRANSLATE_NOOP("actions", "&Help"),
        QT_TRANSLATE_NOOP("actions", "How a scrutiny runs, from screening to review"),
    ),
    ActionSpec(
        "shortcuts",
        QT_TRANSLATE_NOOP("actions", "&Keyboard shortcuts"),
        ("Ctrl+F1",),
        QT_TRANSLATE_NOOP("actions", "&Help"),
        QT_TRANSLATE_NOOP("actions", "Every command that has a key, by menu"),
    ),
    ActionSpec(
        "open_demo",
        QT_TRANSLATE_NOOP("actions", "Open the &demonstration"),
        (),
        QT_TRANSLATE_NOOP("actions", "&Help"),
        QT_TRANSLATE_NOOP(
            "actions", "A part-done example scrutiny in a window and record of its own"
        ),
    ),
    ActionSpec(
        "about",
        QT_TRANSLATE_NOOP("actions", "&About Ethics Scrutiny"),
        (),
        QT_TRANSLATE_NOOP("actions", "&Help"),
        QT_TRANSLATE_NOOP("actions", "What the app is, its version and where your work is kept"),
    ),
)


def build_actions(parent: QWidget, specs: Iterable[ActionSpec] = ACTIONS) -> dict[str, QAction]:
    """Create one QAction per spec; the feature controllers connect their handlers to them."""
    actions: dict[str, QAction] = {}
    for spec in specs:
        action = QAction(spec.translated(spec.text), parent)
        action.setObjectName(f"action_{spec.id}")
        action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        action.setStatusTip(spec.translated(spec.tip))
        action.setToolTip(_tooltip(spec))
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
            menus[spec.menu] = menu_bar.addMenu(translate("actions", spec.menu))
        menus[spec.menu].addAction(actions[spec.id])  # type: ignore[attr-defined]


def _tooltip(spec: ActionSpec) -> str:
    keys = translate("actions", " or ").join(
        QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in spec.shortcuts
    )
    tip = spec.translated(spec.tip)
    return arg(translate("actions", "%1 (%2)"), tip, keys) if keys else tip
