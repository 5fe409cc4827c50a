"""Regenerate every converted peer questionnaire: ``python -m tools.peer_questionnaires``."""

from __future__ import annotations

from tools.peer_questionnaires import aia, altai, deon


def main() -> int:
    """Run the three converters on their saved sources, writing into docs/examples/."""
    for converter in (aia, altai, deon):
        converter.main([])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
