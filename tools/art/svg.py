"""A tiny SVG writer limited to what svglib draws faithfully.

Only rect, circle, ellipse, path (M/L/C/Q/Z), polygon, polyline and g with a transform are written, with
inline attributes: no CSS, no text, no filters or masks, so ReportLab draws every panel as plain vectors.
Numbers are rounded to one decimal (pixels at 300 ppi), which keeps files small and the output
byte-identical from run to run.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from typing import Callable, Iterable, Sequence

Point = tuple[float, float]


def num(v: float) -> str:
    s = f"{v:.1f}"
    if s.endswith(".0"):
        s = s[:-2]
    return "0" if s == "-0" else s


_NUM = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")


def tidy(d: str) -> str:
    """Path data with every number rounded like the rest of the file."""
    return _NUM.sub(lambda m: num(float(m.group())), d)


def pts(points: Iterable[Point]) -> str:
    return " ".join(f"{num(x)},{num(y)}" for x, y in points)


class Canvas:
    """Collects elements for one panel. `tone` recolours every fill and stroke (the panel's light)."""

    def __init__(self, width: float, height: float):
        self.w = width
        self.h = height
        self.parts: list[str] = []
        self.tone: Callable[[str], str] = lambda c: c
        self.lw = 1.0          # stroke-width multiplier inside zoomed groups, so lines keep their weight

    # ------------------------------------------------------------ attributes
    def _paint(self, fill: str | None, stroke: str | None, width: float, opacity: float | None,
               extra: str = "") -> str:
        a = []
        a.append(f'fill="{self.tone(fill)}"' if fill else 'fill="none"')
        if stroke:
            a.append(f'stroke="{self.tone(stroke)}" stroke-width="{num(width * self.lw)}" '
                     'stroke-linejoin="round" stroke-linecap="round"')
        if opacity is not None and opacity < 1:
            # svglib ignores `opacity` on shapes; it honours the fill and stroke opacities
            if fill:
                a.append(f'fill-opacity="{opacity:.2f}"')
            if stroke:
                a.append(f'stroke-opacity="{opacity:.2f}"')
        if extra:
            a.append(extra)
        return " ".join(a)

    # ------------------------------------------------------------ elements
    def rect(self, x, y, w, h, fill=None, stroke=None, width=0.0, rx=0.0, opacity=None):
        r = f' rx="{num(rx)}"' if rx else ""
        self.parts.append(f'<rect x="{num(x)}" y="{num(y)}" width="{num(w)}" height="{num(h)}"{r} '
                          f'{self._paint(fill, stroke, width, opacity)}/>')

    def circle(self, x, y, r, fill=None, stroke=None, width=0.0, opacity=None):
        self.parts.append(f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(r)}" '
                          f'{self._paint(fill, stroke, width, opacity)}/>')

    def ellipse(self, x, y, rx, ry, fill=None, stroke=None, width=0.0, opacity=None):
        self.parts.append(f'<ellipse cx="{num(x)}" cy="{num(y)}" rx="{num(rx)}" ry="{num(ry)}" '
                          f'{self._paint(fill, stroke, width, opacity)}/>')

    def path(self, d: str, fill=None, stroke=None, width=0.0, opacity=None):
        self.parts.append(f'<path d="{tidy(d)}" {self._paint(fill, stroke, width, opacity)}/>')

    def poly(self, points: Sequence[Point], fill=None, stroke=None, width=0.0, opacity=None):
        self.parts.append(f'<polygon points="{pts(points)}" {self._paint(fill, stroke, width, opacity)}/>')

    def line(self, points: Sequence[Point], stroke: str, width: float, opacity=None):
        self.parts.append(f'<polyline points="{pts(points)}" {self._paint(None, stroke, width, opacity)}/>')

    def limb(self, points: Sequence[Point], color: str, width: float, ink: str, outline: float):
        """A thick rounded stroke with a dark edge: arms, legs, straps."""
        self.line(points, ink, width + 2 * outline)
        self.line(points, color, width)

    # ------------------------------------------------------------ grouping
    @contextmanager
    def group(self, transform: str = "", lw: float | None = None):
        self.parts.append(f'<g transform="{transform}">' if transform else "<g>")
        old = self.lw
        if lw is not None:
            self.lw = lw
        try:
            yield self
        finally:
            self.lw = old
            self.parts.append("</g>")

    @contextmanager
    def toned(self, tone: Callable[[str], str]):
        old = self.tone
        self.tone = tone
        try:
            yield self
        finally:
            self.tone = old

    def svg(self) -> str:
        w, h = num(self.w), num(self.h)
        head = (f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{w}" height="{h}" '
                f'viewBox="0 0 {w} {h}">')
        return head + "\n" + "\n".join(self.parts) + "\n</svg>\n"


class PathBuilder:
    """Path data in absolute coordinates, optionally through a point transform (for mirrored figures)."""

    def __init__(self, f: Callable[[float, float], Point] | None = None):
        self.f = f or (lambda x, y: (x, y))
        self.d: list[str] = []

    def _p(self, x, y) -> str:
        X, Y = self.f(x, y)
        return f"{num(X)} {num(Y)}"

    def M(self, x, y):
        self.d.append("M" + self._p(x, y))
        return self

    def L(self, x, y):
        self.d.append("L" + self._p(x, y))
        return self

    def Q(self, x1, y1, x, y):
        self.d.append("Q" + self._p(x1, y1) + " " + self._p(x, y))
        return self

    def C(self, x1, y1, x2, y2, x, y):
        self.d.append("C" + self._p(x1, y1) + " " + self._p(x2, y2) + " " + self._p(x, y))
        return self

    def Z(self):
        self.d.append("Z")
        return self

    def __str__(self) -> str:
        return "".join(self.d)


def blob(points: Sequence[Point], f: Callable[[float, float], Point] | None = None, closed: bool = True) -> str:
    """A smooth closed (or open) curve through points (Catmull-Rom turned into cubic Béziers)."""
    n = len(points)
    pb = PathBuilder(f)
    pb.M(*points[0])
    rng = range(n) if closed else range(n - 1)
    for i in rng:
        p0 = points[(i - 1) % n] if closed or i > 0 else points[0]
        p1 = points[i]
        p2 = points[(i + 1) % n]
        p3 = points[(i + 2) % n] if closed or i + 2 < n else points[n - 1]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        pb.C(*c1, *c2, *p2)
    if closed:
        pb.Z()
    return str(pb)
