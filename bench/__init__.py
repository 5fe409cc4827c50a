"""Benchmarks: realistic data, and each figure against a bare baseline."""
