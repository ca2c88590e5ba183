"""Where a project's fonts and colour profiles come from, and how its outputs are named."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE_DATA = Path(__file__).resolve().parent.parent / "data"


def assets_dir(root: Path, what: str) -> Path:
    """The project's own assets/<what> (fonts, icc) if it ships them, else the toolkit's."""
    own = Path(root) / "assets" / what
    if own.is_dir() and any(own.iterdir()):
        return Path(root) / "assets"
    return PACKAGE_DATA


def slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s or "comic"
