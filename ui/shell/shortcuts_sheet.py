"""The keyboard shortcuts sheet, built from the action table so it can never drift from it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from html import escape

from PySide6.QtGui import QAction, QKeySequence

from ..kit.i18n import translate
from .actions import ACTIONS, ActionSpec


@dataclass(frozen=True)
class ShortcutRow:
    menu: str
    command: str
    keys: tuple[str, ...]  # as this computer shows them (Ctrl on Windows, ⌘ on a Mac)
    tip: str


def shortcut_rows(
    actions: Mapping[str, QAction] | None = None, specs: Iterable[ActionSpec] = ACTIONS
) -> list[ShortcutRow]:
    """Every command with a key, in menu order; the window's own keys where it has them."""
    rows: list[ShortcutRow] = []
    for spec in specs:
        action = actions.get(spec.id) if actions is not None else None
        sequences = (
            action.shortcuts() if action is not None else [QKeySequence(s) for s in spec.shortcuts]
        )
        keys = tuple(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty()
        )
        if not keys:
            continue
        rows.append(
            ShortcutRow(
                _plain(translate("actions", spec.menu)),
                _plain(spec.translated(spec.text)),
                keys,
                spec.translated(spec.tip),
            )
        )
    return rows


def shortcuts_html(rows: Iterable[ShortcutRow]) -> str:
    """One table per menu: the keys, the command and what it does."""
    parts: list[str] = []
    menu = None
    for row in rows:
        if row.menu != menu:
            if menu is not None:
                parts.append("</table>")
            menu = row.menu
            parts.append(f"<h3>{escape(menu)}</h3><table cellpadding='4'>")
        keys = translate("shortcuts_sheet", " or ").join(f"<b>{escape(k)}</b>" for k in row.keys)
        parts.append(
            f"<tr><td width='30%'>{keys}</td><td>{escape(row.command)}"
            f"<br/><small>{escape(row.tip)}</small></td></tr>"
        )
    if menu is not None:
        parts.append("</table>")
    return "".join(parts)


def _plain(text: str) -> str:
    """A menu text without its mnemonic marker or trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()
