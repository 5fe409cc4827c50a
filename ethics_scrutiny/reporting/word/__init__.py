"""The editable Word copy of a report (python-docx)."""
