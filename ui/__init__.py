"""PySide6 desktop interface for Ethics Scrutiny; the composition root is ``ui.app``."""
