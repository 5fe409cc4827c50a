"""Ethics Scrutiny core: templates, scrutinies, the decision record and reports (no Qt)."""

__version__ = "0.1.0"
APP_NAME = "Ethics Scrutiny"
