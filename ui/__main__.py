"""``python -m ui`` starts the desktop app."""

import sys

from .launch import main

sys.exit(main())
