"""The office: the welcome step, office settings, the demonstration, archiving the record."""
