"""Decisions, conditions, the decision history and stage changes."""
