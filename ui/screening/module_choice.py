"""The technology modules a new scrutiny asks: fixed, proposed by the screening, or added."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ethics_scrutiny.domain.enums import Technology
from ethics_scrutiny.domain.templates import Template

from ..kit.accessibility import named
from ..kit.i18n import arg, translate
from .reason_dialog import ReasonDialog

SLUG_ROLE = Qt.ItemDataRole.UserRole + 1
MIN_ROWS = 2

AskReason = Callable[[str], "str | None"]


class ModuleChoice(QListWidget):
    """Ticks for modules. Dropping one the screening proposed asks for a reason, kept with it."""

    def __init__(
        self,
        modules: Sequence[Template],
        parent: QWidget | None = None,
        ask_reason: AskReason | None = None,
        allow_extra: bool = True,
    ) -> None:
        """``allow_extra``: whether modules nobody proposed may be ticked (not on re-screening)."""
        super().__init__(parent)
        named(self, translate("ModuleChoice", "Technology modules"))
        self._modules = list(modules)
        self._ask_reason = ask_reason or self._ask_with_dialog
        self._technology: Technology | None = None
        self._fixed: set[str] = set()  # already in the scrutiny
        self._allow_extra = allow_extra
        self._proposed: set[str] = set()
        self._dropped: dict[str, str] = {}
        self._added: set[str] = set()  # ticked by the officer, not proposed
        self._updating = False
        for module in self._modules:
            item = QListWidgetItem(module.title, self)
            item.setData(SLUG_ROLE, module.slug)
        # Long titles wrap rather than being cut off; no sideways scroll bar.
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(False)
        self.setSpacing(1)
        self.itemChanged.connect(self._on_item_changed)
        self._refresh()

    def set_technology(self, technology: Technology | None) -> None:
        self._technology = technology
        self._refresh()

    def set_fixed(self, slugs: Iterable[str]) -> None:
        """Modules the scrutiny already asks: shown ticked, not for changing here."""
        self._fixed = set(slugs)
        self._refresh()

    def set_proposed(self, slugs: Iterable[str]) -> None:
        """Tick what the screening proposes now; a module dropped before stays dropped."""
        self._proposed = set(slugs)
        self._refresh()

    def set_chosen(self, extra: Iterable[str], dropped: dict[str, str]) -> None:
        """Show an earlier choice: modules added, and proposed ones left out with reasons."""
        self._added = set(extra)
        self._dropped = dict(dropped)
        self._refresh()

    def extra_modules(self) -> tuple[str, ...]:
        """Ticked modules beyond those the technology always brings."""
        return tuple(
            str(item.data(SLUG_ROLE))
            for item, module in self._items()
            if item.checkState() == Qt.CheckState.Checked and not self._included(module)
        )

    def dropped_modules(self) -> dict[str, str]:
        """Proposed modules left out, each with the reason given."""
        return {slug: reason for slug, reason in self._dropped.items() if slug in self._proposed}

    def _items(self) -> list[tuple[QListWidgetItem, Template]]:
        return [(self.item(row), self._modules[row]) for row in range(self.count())]

    def _included(self, module: Template) -> bool:
        by_technology = self._technology is not None and self._technology in module.technologies
        return by_technology or module.slug in self._fixed

    def _refresh(self) -> None:
        self._updating = True
        try:
            for item, module in self._items():
                self._show_item(item, module)
        finally:
            self._updating = False
        self._fit_height()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()  # wrapped rows grow or shrink with the width

    def _fit_height(self) -> None:
        """Tall enough for every row as wrapped at the present width: no module hidden.

        Before the list is shown its width means nothing (every row would wrap at a few
        characters), so until then each row counts as one line.
        """
        gap = 2 * self.spacing()
        if self.isVisible():
            self.doItemsLayout()
            heights = [self.visualItemRect(self.item(r)).height() for r in range(self.count())]
        else:
            heights = [self.fontMetrics().lineSpacing()] * self.count()
        rows = sum(height + gap for height in heights)
        floor = self.fontMetrics().lineSpacing() * MIN_ROWS
        self.setMinimumHeight(max(rows, floor) + 2 * self.frameWidth() + 2)

    def _show_item(self, item: QListWidgetItem, module: Template) -> None:
        included = self._included(module)
        proposed = module.slug in self._proposed and not included
        dropped = proposed and module.slug in self._dropped
        flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
        changeable = not included and (proposed or self._allow_extra)
        item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled if changeable else flags)
        ticked = included or (proposed and not dropped) or module.slug in self._added
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        item.setText(self._text(module, included, proposed, dropped))
        item.setToolTip(self._tip(module, included, proposed, dropped))

    def _text(self, module: Template, included: bool, proposed: bool, dropped: bool) -> str:
        if module.slug in self._fixed:
            return arg(translate("ModuleChoice", "%1 (already asked)"), module.title)
        if included:
            return arg(translate("ModuleChoice", "%1 (included for the technology)"), module.title)
        if dropped:
            return arg(
                translate("ModuleChoice", "%1 (proposed, left out: %2)"),
                module.title,
                self._dropped[module.slug],
            )
        if proposed:
            return arg(translate("ModuleChoice", "%1 (proposed by the screening)"), module.title)
        return module.title

    def _tip(self, module: Template, included: bool, proposed: bool, dropped: bool) -> str:
        if module.slug in self._fixed:
            return translate("ModuleChoice", "The scrutiny already asks this module's questions")
        if included:
            return translate("ModuleChoice", "Always included for the chosen technology")
        if proposed and not dropped:
            return translate(
                "ModuleChoice", "The screening answers propose it; leaving it out asks why"
            )
        if not self._allow_extra:
            return translate("ModuleChoice", "Not proposed by the screening answers")
        return translate("ModuleChoice", "Tick to add this module's questions")

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if self._updating:
            return
        module = self._modules[self.row(item)]
        slug = module.slug
        proposed = slug in self._proposed and not self._included(module)
        ticked = item.checkState() == Qt.CheckState.Checked
        if proposed and not ticked:
            reason = self._ask_reason(module.title)
            if reason:  # no reason given: the module stays in
                self._dropped[slug] = reason
        elif proposed:
            self._dropped.pop(slug, None)
        elif ticked:
            self._added.add(slug)
        else:
            self._added.discard(slug)
        self._refresh()

    def _ask_with_dialog(self, title: str) -> str | None:
        return ReasonDialog.ask(
            self.window(),
            translate("ModuleChoice", "Leave out a proposed module"),
            arg(
                translate(
                    "ModuleChoice",
                    "The screening answers propose the module “%1”. Why leave it out? The "
                    "reason is recorded with the scrutiny.",
                ),
                title,
            ),
        )
