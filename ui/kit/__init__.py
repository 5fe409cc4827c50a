"""Pieces every feature uses.

Background tasks, messages, crash reports, file choosers, accessibility, sizing and shared models.
"""
