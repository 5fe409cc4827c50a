"""``python -m ethics_scrutiny``: the command line."""

import sys

from .cli import main

sys.exit(main())
