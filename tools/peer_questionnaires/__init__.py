"""Convert published peer questionnaires into Ethics Scrutiny office templates.

See docs/peer-questionnaires.md. Each converter reads a saved copy of its source (never the
network) and writes one template into docs/examples/.
"""
