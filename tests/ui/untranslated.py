"""Find user-visible string literals in ui/ source that bypass Qt's translation (an AST check)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Widget constructors whose first argument is shown.
CONSTRUCTORS = frozenset(
    {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
     "QMenu", "QCommandLinkButton"}
)  # fmt: skip
# Methods (any receiver) and the positions of their shown text.
_FIRST_ARGUMENT = (
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "setLabelText",
    "setPrefix",
    "setSuffix",
    "setSpecialValueText",
    "showMessage",
    "setInformativeText",
    "setDetailedText",
    "addMenu",
    "addItem",
    "addRow",
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
    "setHeaderLabels",
    "buddy_label",
    "addButton",
)
METHODS: dict[str, tuple[int, ...]] = {
    **dict.fromkeys(_FIRST_ARGUMENT, (0,)),
    "addAction": (0, 1),
    "addTab": (1,),
    "insertTab": (2,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "setItemText": (1,),
    "named": (1, 2),
    "QProgressDialog": (0, 1),
    # QMessageBox statics and constructor, QInputDialog, and the app's message helpers.
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "question": (1, 2),
    "about": (1, 2),
    "QMessageBox": (1, 2),
    "info": (1, 2),
    "error": (1, 2),
    "show_failure": (1,),
    "getText": (1, 2),
    "getItem": (1, 2),
    "getMultiLineText": (1, 2),
    "getInt": (1, 2),
    # QFileDialog: caption and the file-type filter.
    "getSaveFileName": (1, 3),
    "getOpenFileName": (1, 3),
    "getOpenFileNames": (1, 3),
    "getExistingDirectory": (1,),
}
KEYWORDS = frozenset(
    {"text", "title", "caption", "filter", "tip", "toolTip", "placeholderText", "label",
     "heading", "message"}
)  # fmt: skip
# Calls whose result is translated text: their literal arguments are what lupdate reads.
TRANSLATING = frozenset({"translate", "tr", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"})


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text!r}"


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _is_words(text: str) -> bool:
    # Separators, numbers and symbols are the same in every language; words are not.
    return any(character.isalpha() for character in text)


def bare_literals(node: ast.expr) -> Iterator[ast.expr]:
    """The untranslated text literals that ``node`` would show."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if _is_words(node.value):
            yield node
    elif isinstance(node, ast.JoinedStr):
        if any(isinstance(v, ast.Constant) and _is_words(str(v.value)) for v in node.values):
            yield node
    elif isinstance(node, ast.IfExp):
        yield from bare_literals(node.body)
        yield from bare_literals(node.orelse)
    elif isinstance(node, ast.BinOp):
        yield from bare_literals(node.left)
        yield from bare_literals(node.right)
    elif isinstance(node, (ast.List, ast.Tuple)):
        for element in node.elts:
            yield from bare_literals(element)
    elif isinstance(node, ast.Call):
        name = _name(node.func)
        if name == "arg" and node.args:  # arg(translate(...), values): the text comes first
            yield from bare_literals(node.args[0])
        elif name in ("format", "join") and isinstance(node.func, ast.Attribute):
            yield from bare_literals(node.func.value)


def shown_arguments(call: ast.Call) -> Iterator[ast.expr]:
    name = _name(call.func)
    if name in TRANSLATING:
        return
    positions = (0,) if name in CONSTRUCTORS else METHODS.get(name, ())
    for index in positions:
        if index < len(call.args):
            yield call.args[index]
    for keyword in call.keywords:
        if keyword.arg in KEYWORDS:
            yield keyword.value


def find_in_source(source: str, path: str) -> list[Finding]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            for argument in shown_arguments(node):
                for literal in bare_literals(argument):
                    text = ast.get_source_segment(source, literal) or ""
                    found.append(Finding(path, literal.lineno, text))
    return found


def find_untranslated(root: Path) -> list[Finding]:
    found: list[Finding] = []
    for path in sorted(root.rglob("*.py")):
        relative = str(path.relative_to(root.parent))
        found += find_in_source(path.read_text(encoding="utf-8"), relative)
    return found
