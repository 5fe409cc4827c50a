"""The evidence register: the list, the dialog and the commands."""
