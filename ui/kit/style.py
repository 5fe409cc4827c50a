"""The app's one look: palette, spacing, buttons and keyboard focus, applied once in ``ui.app``.

Restrained on purpose (public-sector software read for hours): near-black text on white,
one blue for the primary action and selection, and a yellow-and-black focus that no control
can hide. Every colour pair a person reads is listed in ``READ_PAIRS`` and measured against
WCAG 2.2 AA by ``tests/ui/test_style.py``; the RAG colours live in ``rag.py``.

The type scale stays relative to the system font (so the officer's text size setting still
works): body text is the system size, and headings use Qt's rich-text sizes, ``<h3>``,
``<h2>`` and ``<h1>`` (meeting mode multiplies the whole scale, nothing else).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QPushButton


@dataclass(frozen=True)
class Colours:
    window: str = "#f3f4f6"  # page background: a quiet grey, so white fields stand out
    base: str = "#ffffff"  # fields, lists and tables
    alternate: str = "#f7f8fa"
    text: str = "#1b1f24"
    muted: str = "#4a5260"  # secondary text and placeholders: still AA on white and grey
    border: str = "#7a828e"  # field outlines: 3:1 against white (WCAG 1.4.11)
    divider: str = "#d3d7dd"  # separators only, never the only edge of a control
    primary: str = "#1d4f91"  # primary buttons, selection, links
    primary_hover: str = "#163d70"
    on_primary: str = "#ffffff"
    focus: str = "#ffdd00"  # the focus fill: yellow, always with ``focus_edge`` around it
    focus_edge: str = "#0b0c0c"
    on_focus: str = "#0b0c0c"
    disabled_text: str = "#6b7280"


COLOURS = Colours()

# Spacing in pixels: every margin and gap is one of these.
SPACE_SMALL, SPACE, SPACE_LARGE = 4, 8, 16

# (foreground, background, minimum ratio): text needs 4.5:1, control edges 3:1.
READ_PAIRS: tuple[tuple[str, str, float], ...] = (
    (COLOURS.text, COLOURS.window, 4.5),
    (COLOURS.text, COLOURS.base, 4.5),
    (COLOURS.text, COLOURS.alternate, 4.5),
    (COLOURS.muted, COLOURS.base, 4.5),
    (COLOURS.muted, COLOURS.window, 4.5),
    (COLOURS.on_primary, COLOURS.primary, 4.5),
    (COLOURS.on_primary, COLOURS.primary_hover, 4.5),
    (COLOURS.primary, COLOURS.base, 4.5),  # links
    (COLOURS.on_focus, COLOURS.focus, 4.5),
    (COLOURS.border, COLOURS.base, 3.0),
    (COLOURS.border, COLOURS.window, 3.0),
    (COLOURS.focus_edge, COLOURS.base, 3.0),
    (COLOURS.focus_edge, COLOURS.window, 3.0),
    (COLOURS.focus_edge, COLOURS.focus, 3.0),
)


def palette(c: Colours = COLOURS) -> QPalette:
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.base,
        QPalette.ColorRole.AlternateBase: c.alternate,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.base,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.Highlight: c.primary,
        QPalette.ColorRole.HighlightedText: c.on_primary,
        QPalette.ColorRole.ToolTipBase: c.base,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.PlaceholderText: c.muted,
        QPalette.ColorRole.Link: c.primary,
        QPalette.ColorRole.LinkVisited: c.primary_hover,
        QPalette.ColorRole.BrightText: c.on_primary,
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.disabled_text))
    # A selection stays readable when the window loses focus (Fusion greys it otherwise).
    pal.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight, QColor(c.primary))
    return pal


def style_sheet(c: Colours = COLOURS) -> str:
    """Only what the palette cannot say: edges, spacing, the primary button and focus.

    Combo boxes, spin boxes and date fields keep Fusion's own drawing (a full style sheet
    box would drop their arrows) and take only the dark focus edge.
    """
    return f"""
QPushButton {{
    background: {c.base}; color: {c.text}; border: 1px solid {c.border};
    border-radius: 4px; padding: 5px 14px; min-height: 18px;
}}
QPushButton:hover {{ background: {c.alternate}; }}
QPushButton:pressed {{ background: {c.divider}; }}
QPushButton:disabled {{ color: {c.disabled_text}; border-color: {c.divider}; }}
QPushButton:default, QPushButton[primary="true"] {{
    background: {c.primary}; color: {c.on_primary}; border-color: {c.primary}; font-weight: bold;
}}
QPushButton:default:hover, QPushButton[primary="true"]:hover {{ background: {c.primary_hover}; }}
QPushButton:default:disabled, QPushButton[primary="true"]:disabled {{
    background: {c.divider}; color: {c.disabled_text}; border-color: {c.divider};
}}
QPushButton:focus, QToolButton:focus, QPushButton:default:focus,
QPushButton[primary="true"]:focus {{
    background: {c.focus}; color: {c.on_focus}; border: 2px solid {c.focus_edge};
}}
QLineEdit, QPlainTextEdit, QTextEdit {{
    border: 1px solid {c.border}; border-radius: 3px; padding: 3px 5px;
    background: {c.base}; selection-background-color: {c.primary};
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 2px solid {c.focus_edge}; padding: 2px 4px;
}}
QComboBox:focus, QSpinBox:focus, QDateEdit:focus {{ border: 2px solid {c.focus_edge}; }}
QTreeView, QTableView, QListView, QTextBrowser {{
    border: 1px solid {c.border}; background: {c.base};
    alternate-background-color: {c.alternate};
}}
QTreeView:focus, QTableView:focus, QListView:focus, QTextBrowser:focus {{
    border: 2px solid {c.focus_edge};
}}
QCheckBox, QRadioButton {{ padding: 2px 4px; border: 2px solid transparent; }}
QCheckBox:focus, QRadioButton:focus {{
    background: {c.focus}; color: {c.on_focus}; border: 2px solid {c.focus_edge};
}}
QTabWidget::pane {{ border: 1px solid {c.border}; top: -1px; background: {c.window}; }}
QTabBar::tab {{
    background: {c.window}; color: {c.text}; border: 1px solid {c.divider};
    border-bottom: none; padding: 6px 14px; margin-right: 2px;
}}
QTabBar::tab:selected {{ background: {c.base}; border-color: {c.border}; font-weight: bold; }}
QTabBar::tab:focus {{ background: {c.focus}; color: {c.on_focus}; }}
QGroupBox {{ border: 1px solid {c.divider}; border-radius: 4px; margin-top: 12px;
    padding-top: 6px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 8px; padding: 0 4px; }}
QMenuBar::item:selected, QMenu::item:selected {{
    background: {c.primary}; color: {c.on_primary};
}}
QToolTip {{ background: {c.base}; color: {c.text}; border: 1px solid {c.border}; padding: 4px; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QStatusBar {{ border-top: 1px solid {c.divider}; }}
"""


def apply(app: QApplication) -> None:
    """The look for every window, dialog and meeting mode alike (set once, before any window)."""
    app.setStyle("Fusion")
    app.setPalette(palette())
    app.setStyleSheet(style_sheet())
    if app.findChild(HeaderFonts) is None:
        app.installEventFilter(HeaderFonts(app))


class HeaderFonts(QObject):
    """Table and tree headers take their view's font, as they do without a style sheet.

    Under any application style sheet Qt gives a header the application's font instead, so
    meeting mode's large type stopped at the column headings.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, QHeaderView):
            _follow_view(watched)
        elif kind == QEvent.Type.FontChange and isinstance(watched, QAbstractItemView):
            for header in watched.findChildren(QHeaderView):
                if header.parentWidget() is watched:
                    _follow_view(header)
        return False


def _follow_view(header: QHeaderView) -> None:
    view = header.parentWidget()
    if view is not None and header.font() != view.font():
        header.setFont(view.font())


def mark_primary(button: QPushButton) -> QPushButton:
    """Show ``button`` as its screen's main action (a dialog's default button already is)."""
    button.setProperty("primary", True)
    return button
