"""The main window, its menus and actions, and the commands that span several features."""
