"""Where the bundled assets (templates, fonts, icons) live, from source, wheel or frozen build."""

from __future__ import annotations

import os
import site
import sys
from functools import cache
from pathlib import Path

from .domain.errors import EthicsScrutinyError


class MissingAssetsError(EthicsScrutinyError):
    """The installation is incomplete: templates or fonts cannot be found."""


@cache
def assets_dir() -> Path:
    """Return the ``assets`` folder; ``ETHICS_SCRUTINY_ASSETS`` overrides it for packagers."""
    override = os.environ.get("ETHICS_SCRUTINY_ASSETS")
    candidates = [Path(override)] if override else []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "assets")
    candidates.append(Path(__file__).resolve().parent.parent / "assets")
    # Where a wheel puts them: the environment's prefix (a virtual environment, pipx, uv tool),
    # or the user's base for ``pip install --user``.
    for prefix in (sys.prefix, site.getuserbase()):
        candidates.append(Path(prefix) / "share" / "ethics-scrutiny" / "assets")
    for candidate in candidates:
        if (candidate / "templates").is_dir():
            return candidate
    raise MissingAssetsError(
        "The application's assets (templates and fonts) are missing; reinstall Ethics Scrutiny."
    )


def templates_dir() -> Path:
    return assets_dir() / "templates"


def fonts_dir() -> Path:
    return assets_dir() / "fonts"


def icons_dir() -> Path:
    return assets_dir() / "icons"
