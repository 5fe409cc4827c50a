"""The list of scrutinies, its dashboard strip and the new-scrutiny dialog."""
