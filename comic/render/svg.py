"""SVG art drawn as vectors: sharp at any size, and recoloured into the printer's CMYK for print.

svglib turns the file into a ReportLab drawing once per file (cached); for print every RGB colour in it,
gradient stops included, goes through the printer profile with the book's rendering intent and ink limit,
so a print page holds no RGB and no vector colour over the limit.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageCms

from comic.layout.boxes import Rect
from comic.render.art import INK_LIMIT, ArtCache, ArtError, _build_transform
from comic.render.ink import limit_ink_color


def draw_svg(canvas, path: Path, rect: Rect, *, cmyk: bool, cache: ArtCache) -> None:
    """The SVG as vectors, scaled into `rect`; for print, recoloured in the printer's CMYK."""
    from reportlab.graphics import renderPDF

    drawing = _svg_drawing(os.fspath(path), path.stat().st_mtime_ns, cmyk,
                           os.fspath(cache.cmyk_profile()) if cmyk else "", cache.intent, cache.ink_limit)
    # renderPDF starts from a default state of RGB black and its own font: start from the canvas's font
    # instead (no extra, unembedded font) and, for print, from pure K (no RGB on a CMYK page)
    # (set through __dict__: Drawing validates attribute names, the state tracker reads them all the same)
    start = {"initialFontName": canvas._fontname, "initialFontSize": canvas._fontsize}
    if cmyk:
        from reportlab.lib.colors import CMYKColor

        start["initialFillColor"] = start["initialStrokeColor"] = CMYKColor(0, 0, 0, 1, alpha=None)
    drawing.__dict__.update(start)
    canvas.translate(rect.x, rect.y)
    canvas.scale(rect.w / drawing.width, rect.h / drawing.height)
    renderPDF.draw(drawing, canvas, 0, 0, showBoundary=False)


@lru_cache(maxsize=64)
def _svg_drawing(path: str, mtime_ns: int, cmyk: bool, profile: str, intent: str, ink_limit: float):
    from comic.layout.sources import ArtReadError, load_svg

    try:
        drawing = load_svg(Path(path))
    except ArtReadError as e:
        raise ArtError(Path(path), f"{path}: {e.message} — {e.hint}") from None
    if cmyk:
        _svg_to_cmyk(drawing, profile, intent, ink_limit)
    return drawing


def _svg_to_cmyk(node, profile: str, intent: str = "relative-colorimetric", ink_limit: float = INK_LIMIT) -> None:
    """Recolour an SVG drawing in the printer's CMYK under the ink limit, so print pages hold no RGB.

    All of a drawing's new colours go through the transform in one image: Pillow serialises the output
    profile on every call (11 ms for the printer profile), so a call per colour took a minute per book."""
    from reportlab.lib.colors import CMYKColor, Color

    found = []      # (holder, key, colour): an attribute of a shape, or an index into a gradient's stops

    def rgb_of(colour) -> tuple[int, int, int]:
        return round(colour.red * 255), round(colour.green * 255), round(colour.blue * 255)

    def walk(n) -> None:
        for attr in ("fillColor", "strokeColor"):
            colour = getattr(n, attr, None)
            if isinstance(colour, Color) and not isinstance(colour, CMYKColor):
                found.append((n, attr, colour))
        stops = getattr(n, "_rl_colors", None)             # svglib's linear and radial gradient shapes
        if isinstance(stops, list):
            found.extend((stops, i, c) for i, c in enumerate(stops)
                         if isinstance(c, Color) and not isinstance(c, CMYKColor))
        for child in getattr(n, "contents", ()) or ():
            walk(child)

    walk(node)
    known = _SVG_CMYK.setdefault((profile, intent, ink_limit), {})
    new = sorted({rgb_of(colour) for *_, colour in found} - known.keys())
    if new:
        strip = Image.new("RGB", (len(new), 1))
        strip.putdata(new)
        out = ImageCms.applyTransform(strip, _build_transform("sRGB", "RGB", profile, "CMYK", intent))
        for rgb, px in zip(new, (out.getpixel((i, 0)) for i in range(len(new)))):
            known[rgb] = limit_ink_color(tuple(v / 255 for v in px), ink_limit)
    for holder, key, colour in found:
        alpha = getattr(colour, "alpha", 1)
        cmyk = CMYKColor(*known[rgb_of(colour)], alpha=None if alpha in (None, 1) else alpha)
        if isinstance(holder, list):
            holder[key] = cmyk
        else:
            setattr(holder, key, cmyk)


_SVG_CMYK: dict[tuple, dict] = {}    # (profile, intent, ink limit) → {rgb: cmyk}, for every drawing
