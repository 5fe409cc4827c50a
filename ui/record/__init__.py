"""The record as a whole: verify, back up, restore, import and export."""
