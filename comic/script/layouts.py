"""Named page layouts ("grid 2x3", "3-tier", "splash") resolved to rows and per-row column ratios."""

from __future__ import annotations

import re

from comic.model import Layout


class LayoutError(Exception):
    def __init__(self, message: str, hint: str):
        super().__init__(message)
        self.message = message
        self.hint = hint


TEMPLATES = ("splash", "grid CxR (e.g. grid 2x3 = 2 columns, 3 rows)", "N-tier (e.g. 3-tier)",
             "manga 5", "feature")


def resolve_layout(spec, panel_count: int) -> Layout:
    """A layout spec as written (template name or rows/cols) → Layout. Rows without cols get one panel each."""
    if not isinstance(spec, str):
        rows = tuple(float(r) for r in spec.rows)
        if any(r <= 0 for r in rows):
            raise LayoutError("row heights must be positive ratios", "e.g. rows: [1, 1.5, 1]")
        if spec.cols is None:
            cols = tuple((1.0,) for _ in rows)
        else:
            if len(spec.cols) != len(rows):
                raise LayoutError(f"{len(rows)} rows but {len(spec.cols)} column lists",
                                  "give one list of widths per row, e.g. cols: [[1, 1], [1]]")
            cols = tuple(tuple(float(c) for c in row) for row in spec.cols)
            if any(not row or any(c <= 0 for c in row) for row in cols):
                raise LayoutError("each row needs at least one positive width ratio", "e.g. cols: [[1, 1], [2, 1]]")
        return Layout(rows, cols, spec.gutter, spec.margin)
    name = spec.strip().lower()
    if name in ("splash", "full", "grid 1x1"):
        return Layout((1.0,), ((1.0,),))
    m = re.fullmatch(r"grid\s*(\d)\s*[x×]\s*(\d)", name)
    if m:
        c, r = int(m.group(1)), int(m.group(2))
        if not (1 <= c <= 4 and 1 <= r <= 6):
            raise LayoutError(f"'{spec}' has too many cells", "use at most 4 columns and 6 rows")
        return Layout(tuple(1.0 for _ in range(r)), tuple(tuple(1.0 for _ in range(c)) for _ in range(r)))
    m = re.fullmatch(r"(\d)\s*-?\s*tiers?", name)
    if m:
        n = int(m.group(1))
        if not 1 <= n <= 6:
            raise LayoutError(f"'{spec}' has too many tiers", "use 1 to 6 tiers")
        return Layout(tuple(1.0 for _ in range(n)), tuple((1.0,) for _ in range(n)))
    if name == "manga 5":
        return Layout((1.0, 1.2, 1.0), ((1.0, 1.0), (1.0,), (1.2, 1.0)))
    if name == "feature":
        return Layout((1.6, 1.0), ((1.0,), (1.0, 1.0, 1.0)))
    from comic.script.errors import did_you_mean
    guess = did_you_mean(name, ["splash", "grid 2x2", "grid 2x3", "grid 1x3", "3-tier", "2-tier", "manga 5", "feature"])
    raise LayoutError(f"unknown layout '{spec}'",
                      f"did you mean '{guess}'?" if guess else f"use one of: {', '.join(TEMPLATES)}, or rows:/cols:")
