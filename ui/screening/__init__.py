"""Screening: the short questionnaire that sets a scrutiny's impact level, and its widgets."""
