"""The summary and meeting mode."""
