"""Short one-line texts the renderer adds around the story — folios, the slug line, proof tags — shaped like
the lettering, so they draw through the same glyph machinery and embed in the same font subsets."""

from __future__ import annotations

from comic.lettering.breaking import Piece
from comic.lettering.fonts import FontStack, Style
from comic.lettering.shaping import shaper
from comic.lettering.types import GlyphRun


def label_width(stack: FontStack, text: str, size: float, language: str | None = None) -> float:
    return shaper(stack, language).width(text, Style.REGULAR, size)


def label_runs(stack: FontStack, text: str, size: float, x: float, y: float, *, language: str | None = None,
               align: str = "left", color: str = "#000000", max_width: float | None = None) -> tuple[GlyphRun, ...]:
    """`text` on one line with its baseline at y; x is its left end, centre or right end (`align`).
    Longer than `max_width`: cut, with an ellipsis."""
    line = shaper(stack, language)
    if max_width is not None and line.width(text, Style.REGULAR, size) > max_width:
        while text and line.width(text + "…", Style.REGULAR, size) > max_width:
            text = text[:-1]
        text += "…"
    layout = line.line([Piece(text, Style.REGULAR)])
    width = layout.width * size
    x0 = x - width / 2 if align == "center" else x - width if align == "right" else x
    return tuple(GlyphRun(seg.text, seg.face.name, size, round(x0 + seg.x * size, 3), round(y, 3), color,
                          glyphs=tuple((gid, round(gx * size, 3), round(gy * size, 3), cluster, chars)
                                       for gid, gx, gy, cluster, chars in seg.glyphs), role="label")
                 for seg in layout.segments)
