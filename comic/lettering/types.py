"""What the lettering stage hands to rendering: shapes and positioned text runs, nothing to decide.

Coordinates are PDF points on the page (origin bottom-left). Paths are lists of drawing operations so
the renderer only replays them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from comic import model as m

Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class PathOp:
    """One path operation: 'M' move, 'L' line, 'C' cubic (three points), 'Z' close."""

    op: str
    points: tuple[Point, ...] = ()


@dataclass(frozen=True, slots=True)
class Outline:
    """A closed vector shape with its paint."""

    ops: tuple[PathOp, ...]
    fill: str | None = "#ffffff"          # '#rrggbb' or 'cmyk(c,m,y,k)'; None = no fill
    stroke: str | None = "#000000"
    line_width: float = 0.7
    dash: tuple[float, ...] | None = None


@dataclass(frozen=True, slots=True)
class GlyphRun:
    """Text in one face at one size, starting at x on its line's baseline (its left end, whatever the direction:
    `text` is in logical order, `glyphs` in visual order)."""

    text: str
    font: str                             # ReportLab font name, registered by the font stack
    size: float
    x: float
    y: float
    color: str = "#000000"
    glyphs: tuple | None = None           # shaped glyphs, left to right: ((gid, x, y, cluster, text), ...) with x, y
                                          # in points from (x, y); None: draw `text` unshaped (see shaping.Glyph)
    stroke: str | None = None             # outline colour (sound effects: filled and stroked glyphs)
    stroke_width: float = 0.0
    role: str = "text"                    # "text" (the item's words), "label" (chat name/time), "sfx"


@dataclass(frozen=True, slots=True)
class Lettered:
    """One item, lettered for one language."""

    item: m.Item
    language: str
    shapes: tuple[Outline, ...]           # balloon body, tail, bridge, bubbles — drawn in order
    runs: tuple[GlyphRun, ...]
    bounds: tuple[float, float, float, float]   # x0, y0, x1, y1 of the balloon body
    text_size: float
    overflow: bool = False
    overflow_scale: float = 1.0           # how much bigger the balloon would need to be
    rotate: float = 0.0                   # sfx: rotation about the bounds' centre
    link: str | None = None               # choice option: page id this area links to
    links: tuple[tuple[tuple[float, float, float, float], str], ...] = field(default=())


@dataclass(frozen=True, slots=True)
class LetteredPage:
    page_id: str
    language: str
    items: tuple[Lettered, ...]
