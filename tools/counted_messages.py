"""Counted interface messages ("%n item(s)") as Qt numerus entries in the ``.ts`` catalogue.

``pyside6-lupdate`` reads Python calls to ``translate(context, text)`` but not their count:
a call that passes ``n=`` by keyword is not collected at all, and none is marked as having
plural forms. Qt's translator still chooses a plural form at run time when the compiled
catalogue holds one for the message, so this module finishes lupdate's work:

* it finds every ``translate(...)`` call in ``ui/`` whose context and text are written out and
  which is given a count, and adds the ones lupdate left out;
* it marks every counted message, and every message whose source holds ``%n``, as numerus,
  with one form per plural form of the target language, keeping each translation there.

The Welsh forms Qt uses are, in order: n = 0, n = 1, n = 2 to 5, n = 6, and every other n.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from pathlib import Path

# Qt's plural rule for Welsh (qtbase numerus rules): 0 | 1 | 2-5 | 6 | other.
PLURAL_FORMS = 5
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'

Key = tuple[str, str]
Forms = tuple[str, ...]


def counted_calls(root: Path) -> list[Key]:
    """(context, source) of each counted ``translate`` call in ``ui/``, in file order."""
    found: dict[Key, None] = {}
    for path in sorted((root / "ui").rglob("*.py")):
        for call in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            key = _counted_key(call)
            if key is not None:
                found[key] = None
    return list(found)


def _calls(tree: ast.AST) -> Iterator[ast.Call]:
    return (node for node in ast.walk(tree) if isinstance(node, ast.Call))


def _counted_key(call: ast.Call) -> Key | None:
    func = call.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
    if name != "translate" or len(call.args) < 2:
        return None
    counted = len(call.args) >= 4 or any(k.arg == "n" for k in call.keywords)
    context, text = call.args[0], call.args[1]
    if not counted or not (_is_text(context) and _is_text(text)):
        return None
    return str(context.value), str(text.value)  # type: ignore[attr-defined]


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def kept_forms(ts: Path) -> dict[Key, Forms]:
    """Each translated message's forms (one for a plain translation), read before lupdate."""
    if not ts.exists():
        return {}
    kept: dict[Key, Forms] = {}
    for context, message in _messages(ET.parse(ts).getroot()):
        forms = _forms(message)
        if any(forms):
            kept[(context, message.findtext("source") or "")] = forms
    return kept


def make_numerus(ts: Path, counted: list[Key], kept: Mapping[Key, Forms]) -> None:
    """Give every ``%n`` message in ``ts`` plural forms; add the counted calls lupdate missed."""
    tree = ET.parse(ts)
    root = tree.getroot()
    present = {(c, m.findtext("source") or "") for c, m in _messages(root)}
    for context, source in counted:
        if (context, source) not in present:
            _add_message(root, context, source)
    plural = set(counted)
    for context, message in _messages(root):
        key = (context, message.findtext("source") or "")
        # A count may choose a word without printing it ("Source(s):"), so a counted call is
        # plural whether or not its text shows %n.
        if "%n" in key[1] or key in plural:
            _numerus(message, kept.get(key) or _forms(message))
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text(HEADER + body + "\n", encoding="utf-8")


def _messages(root: ET.Element) -> Iterator[tuple[str, ET.Element]]:
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _forms(message: ET.Element) -> Forms:
    translation = message.find("translation")
    if translation is None:
        return ()
    numerus = translation.findall("numerusform")
    if numerus:
        return tuple(form.text or "" for form in numerus)
    return (translation.text or "",) if (translation.text or "").strip() else ()


def _numerus(message: ET.Element, forms: Forms) -> None:
    message.set("numerus", "yes")
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    status = translation.get("type")
    translation.clear()
    if status:
        translation.set("type", status)
    for index in range(PLURAL_FORMS):
        form = ET.SubElement(translation, "numerusform")
        # One plain translation stands for every form until a translator gives each its own.
        form.text = forms[min(index, len(forms) - 1)] if forms else ""


def _add_message(root: ET.Element, context: str, source: str) -> None:
    element = _context(root, context)
    message = ET.SubElement(element, "message")
    ET.SubElement(message, "source").text = source
    ET.SubElement(message, "translation", {"type": "unfinished"})


def _context(root: ET.Element, name: str) -> ET.Element:
    contexts = root.findall("context")
    for context in contexts:
        if context.findtext("name") == name:
            return context
    # Kept in lupdate's order (by name), so a rebuild writes the same file.
    element = ET.Element("context")
    ET.SubElement(element, "name").text = name
    later = [i for i, c in enumerate(contexts) if (c.findtext("name") or "") > name]
    position = list(root).index(contexts[later[0]]) if later else len(root)
    root.insert(position, element)
    return element
