"""Colours as written in scripts ('#rrggbb' or 'cmyk(c, m, y, k)') turned into device values."""

from __future__ import annotations

import re
from functools import lru_cache

_CMYK = re.compile(r"cmyk\(([^)]*)\)")


@lru_cache(maxsize=256)
def to_cmyk(color: str) -> tuple[float, float, float, float]:
    """Device CMYK 0..1. Pure black and greys become K only, so text and lines never need registration."""
    m = _CMYK.fullmatch(color.replace(" ", ""))
    if m:
        vals = [float(v.rstrip("%")) for v in m.group(1).split(",")]
        scale = 100.0 if max(vals) > 1 else 1.0
        return tuple(v / scale for v in vals)  # type: ignore[return-value]
    r, g, b = to_rgb(color)
    if abs(r - g) < 0.02 and abs(g - b) < 0.02:
        return (0.0, 0.0, 0.0, round(1.0 - (r + g + b) / 3, 4))
    k = 1 - max(r, g, b)
    if k >= 1:
        return (0.0, 0.0, 0.0, 1.0)
    return tuple(round((1 - v - k) / (1 - k), 4) for v in (r, g, b)) + (round(k, 4),)  # type: ignore[return-value]


@lru_cache(maxsize=256)
def to_rgb(color: str) -> tuple[float, float, float]:
    m = _CMYK.fullmatch(color.replace(" ", ""))
    if m:
        vals = [float(v.rstrip("%")) for v in m.group(1).split(",")]
        scale = 100.0 if max(vals) > 1 else 1.0
        c, mm, y, k = (v / scale for v in vals)
        return ((1 - c) * (1 - k), (1 - mm) * (1 - k), (1 - y) * (1 - k))
    h = color.lstrip("#")
    return (int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255)
