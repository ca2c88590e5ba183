"""Lengths as writers type them ("3mm", "0.125in", "9pt") turned into PDF points."""

from __future__ import annotations

import re

POINTS_PER = {"pt": 1.0, "mm": 72 / 25.4, "cm": 720 / 25.4, "in": 72.0, "px": 0.75}
_LENGTH = re.compile(r"^\s*(-?\d+(?:\.\d+)?|-?\.\d+)\s*([a-z]*)\s*$")

# Named trim sizes in points (width, height).
TRIM_SIZES = {
    "a4": (210 * POINTS_PER["mm"], 297 * POINTS_PER["mm"]),
    "a5": (148 * POINTS_PER["mm"], 210 * POINTS_PER["mm"]),
    "b5": (176 * POINTS_PER["mm"], 250 * POINTS_PER["mm"]),
    "us-comic": (6.625 * 72, 10.25 * 72),
    "us-letter": (8.5 * 72, 11 * 72),
}


class UnitError(ValueError):
    """A length the writer typed that we cannot read; the message says how to write it."""


def parse_length(value: object) -> float:
    if isinstance(value, bool):
        raise UnitError("expected a length such as 3mm, 0.125in or 9pt")
    if isinstance(value, (int, float)):
        if value == 0:
            return 0.0
        raise UnitError(f"the length {value} has no unit — write it as {value}mm, {value}in or {value}pt")
    if not isinstance(value, str):
        raise UnitError("expected a length such as 3mm, 0.125in or 9pt")
    m = _LENGTH.match(value.lower())
    if not m:
        raise UnitError(f"'{value}' is not a length — write a number and a unit, e.g. 3mm, 0.125in or 9pt")
    number, unit = float(m.group(1)), m.group(2)
    if not unit:
        if number == 0:
            return 0.0
        raise UnitError(f"the length '{value}' has no unit — write {m.group(1)}mm, {m.group(1)}in or {m.group(1)}pt")
    if unit not in POINTS_PER:
        raise UnitError(f"unknown unit '{unit}' in '{value}' — use mm, cm, in or pt")
    return number * POINTS_PER[unit]


def parse_size(value: object) -> tuple[float, float]:
    """A trim size: a name (A4, A5, B5, US comic, US letter) or 'W x H' with units."""
    if isinstance(value, str):
        key = re.sub(r"[\s_]+", "-", value.strip().lower())
        if key in TRIM_SIZES:
            return TRIM_SIZES[key]
        parts = re.split(r"\s*[x×]\s*", value.strip().lower())
        if len(parts) == 2:
            w, h = parts
            if not re.search(r"[a-z]", w) and re.search(r"[a-z]+$", h):
                w += re.search(r"[a-z]+$", h).group(0)
            return parse_length(w), parse_length(h)
    names = ", ".join(k.replace("-", " ").upper() if len(k) == 2 else k for k in TRIM_SIZES)
    raise UnitError(f"'{value}' is not a page size — use a name ({names}) or 'WIDTH x HEIGHT' such as 170mm x 240mm")


def fmt_mm(points: float) -> str:
    return f"{points / POINTS_PER['mm']:.1f} mm"
