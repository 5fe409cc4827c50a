"""Question-set templates: import, listing and framework coverage."""
