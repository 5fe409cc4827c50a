"""File choosers as small functions, so tests patch them instead of driving native dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

PDF_FILTER = "PDF documents (*.pdf)"


def ask_save_pdf(parent: QWidget | None, caption: str, suggested: Path) -> Path | None:
    """Ask where to save a PDF; ``None`` if the user cancels. Always ends in ``.pdf``."""
    chosen, _selected_filter = QFileDialog.getSaveFileName(
        parent, caption, str(suggested), PDF_FILTER
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")
