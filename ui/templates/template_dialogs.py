"""Dialogs for templates: a file's problems, and what moving to a newer version would change."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ethics_scrutiny.domain.template_diff import QuestionChange, TemplateDiff, TemplateMove

from ..kit.accessibility import named
from ..kit.i18n import QT_TRANSLATE_NOOP, arg, translate

FIELD_NAMES = {
    "prompt": QT_TRANSLATE_NOOP("template_dialogs", "question"),
    "guidance": QT_TRANSLATE_NOOP("template_dialogs", "guidance"),
    "sources": QT_TRANSLATE_NOOP("template_dialogs", "sources"),
    "evidence": QT_TRANSLATE_NOOP("template_dialogs", "evidence to ask for"),
    "red_flag": QT_TRANSLATE_NOOP("template_dialogs", "red flag"),
    "critical": QT_TRANSLATE_NOOP("template_dialogs", "critical"),
    "blocking": QT_TRANSLATE_NOOP("template_dialogs", "blocking"),
    "stages": QT_TRANSLATE_NOOP("template_dialogs", "stages"),
    "frameworks": QT_TRANSLATE_NOOP("template_dialogs", "frameworks"),
    "cy": QT_TRANSLATE_NOOP("template_dialogs", "Welsh text"),
    "theme": QT_TRANSLATE_NOOP("template_dialogs", "theme"),
}


class _TextDialog(QDialog):
    """A heading, a scrollable read-only text and buttons: the shape of both dialogs here."""

    def __init__(
        self, parent: QWidget | None, title: str, intro: str, body_html: str, ok_text: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        em = self.fontMetrics().averageCharWidth()
        self.resize(em * 100, self.fontMetrics().lineSpacing() * 30)
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.body = named(QTextBrowser(self), title)
        self.body.setOpenLinks(False)
        self.body.setHtml(body_html)
        buttons = (
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            if ok_text
            else QDialogButtonBox.StandardButton.Close
        )
        self.buttons = QDialogButtonBox(buttons, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if ok_text:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        for button in self.buttons.buttons():
            named(button, button.text().replace("&", ""))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.buttons)
        self.body.setFocus()


class TemplateProblemsDialog(_TextDialog):
    """Every problem found in a template file, one per line, with its place and fix."""

    @classmethod
    def ask(cls, parent: QWidget | None, file_name: str, problems: Sequence[str]) -> None:
        dialog = cls(parent, file_name, problems)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def __init__(self, parent: QWidget | None, file_name: str, problems: Sequence[str]) -> None:
        noun = "problem" if len(problems) == 1 else "problems"
        intro = arg(
            translate(
                "TemplateProblemsDialog",
                "%1 was not added: %2 %3 found. Correct the file and add it again; "
                "docs/authoring-templates.md explains every field.",
            ),
            file_name,
            len(problems),
            noun,
        )
        items = "".join(f"<li>{escape(problem)}</li>" for problem in problems)
        super().__init__(
            parent,
            translate("TemplateProblemsDialog", "Template not added"),
            intro,
            f"<ol>{items}</ol>",
        )


class UpgradeDialog(_TextDialog):
    """What moving to newer templates would add, change and remove; OK applies it."""

    @classmethod
    def ask(cls, parent: QWidget | None, scrutiny_title: str, diff: TemplateDiff) -> bool:
        dialog = cls(parent, scrutiny_title, diff)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def __init__(self, parent: QWidget | None, scrutiny_title: str, diff: TemplateDiff) -> None:
        carried = len(diff.carried)
        intro = arg(
            translate(
                "UpgradeDialog",
                "Move “%1” to the newer checklist? Answers carry across by question key (%2 "
                "answer%3). The move is recorded in the record.",
            ),
            scrutiny_title,
            carried,
            "" if carried == 1 else "s",
        )
        super().__init__(
            parent,
            translate("UpgradeDialog", "Move to newer checklist version"),
            intro,
            upgrade_html(diff),
            ok_text=translate("UpgradeDialog", "Move to the newer version"),
        )


def upgrade_html(diff: TemplateDiff) -> str:
    """The plan in words: versions, then added, changed (which parts) and removed questions."""
    moves = "".join(f"<li>{escape(m.title)}: {_move_text(m)}</li>" for m in diff.templates)
    parts = [f"<h3>Templates</h3><ul>{moves}</ul>"]
    parts.append(
        _section(
            translate("template_dialogs", "Questions added"),
            diff.added,
            lambda c: translate("template_dialogs", "not yet answered"),
        )
    )
    parts.append(
        _section(translate("template_dialogs", "Questions changed"), diff.changed, _changed_note)
    )
    parts.append(
        _section(translate("template_dialogs", "Questions removed"), diff.removed, _removed_note)
    )
    return "".join(parts)


def _move_text(move: TemplateMove) -> str:
    if move.from_version is None:
        return arg(
            translate("template_dialogs", "newly applies to this technology (version %1)"),
            escape(move.to_version),
        )
    return arg(
        translate("template_dialogs", "version %1 to %2"),
        escape(move.from_version),
        escape(move.to_version),
    )


def _section(
    heading: str, changes: Sequence[QuestionChange], note: Callable[[QuestionChange], str]
) -> str:
    if not changes:
        return f"<h3>{heading}</h3><p>None.</p>"
    rows = "".join(
        f"<li><b>{escape(c.key)}</b> {escape(c.prompt)} <i>({escape(note(c))})</i></li>"
        for c in changes
    )
    return f"<h3>{heading} ({len(changes)})</h3><ul>{rows}</ul>"


def _changed_note(change: QuestionChange) -> str:
    fields = ", ".join(translate("template_dialogs", FIELD_NAMES.get(f, f)) for f in change.fields)
    kept = (
        translate("template_dialogs", "your answer is kept; check it still fits")
        if change.answered
        else translate("template_dialogs", "not answered")
    )
    return arg(translate("template_dialogs", "changed: %1; %2"), fields, kept)


def _removed_note(change: QuestionChange) -> str:
    if change.answered:
        return translate(
            "template_dialogs", "your answer leaves the checklist and is kept in full in the record"
        )
    return translate("template_dialogs", "was not answered")
