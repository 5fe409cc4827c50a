"""The PDF renderer: the only part of the project that imports reportlab."""

from .render import render_pdf

__all__ = ["render_pdf"]
