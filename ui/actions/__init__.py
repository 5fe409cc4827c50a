"""Action items: the list, the dialog and the commands."""
