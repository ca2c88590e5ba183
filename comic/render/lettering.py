"""Replay lettered items on a ReportLab canvas: outlines, then text. Decides nothing about layout.

Print (cmyk=True): every colour is converted to device CMYK and text is pure K — black text on four inks
would blur with the slightest misregistration — and nothing uses transparency (PDF/X-1a forbids it).
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from comic.lettering.types import GlyphRun, Lettered, Outline
from comic.render.color import to_cmyk, to_rgb


def _fill(c: Canvas, color: str, cmyk: bool) -> None:
    if cmyk:
        c.setFillColorCMYK(*to_cmyk(color))
    else:
        c.setFillColorRGB(*to_rgb(color))


def _stroke(c: Canvas, color: str, cmyk: bool) -> None:
    if cmyk:
        c.setStrokeColorCMYK(*to_cmyk(color))
    else:
        c.setStrokeColorRGB(*to_rgb(color))


def _text_fill(c: Canvas, color: str, cmyk: bool) -> None:
    """Text colours: neutral greys and black become K only in print, whatever their RGB noise."""
    if cmyk:
        r, g, b = to_rgb(color) if not color.replace(" ", "").startswith("cmyk(") else (None, None, None)
        if r is not None and max(r, g, b) - min(r, g, b) < 0.06:
            c.setFillColorCMYK(0, 0, 0, round(1 - (r + g + b) / 3, 4))
        else:
            c.setFillColorCMYK(*to_cmyk(color))
    else:
        c.setFillColorRGB(*to_rgb(color))


def draw_outline(c: Canvas, outline: Outline, *, cmyk: bool) -> None:
    path = c.beginPath()
    for op in outline.ops:
        if op.op == "M":
            path.moveTo(*op.points[0])
        elif op.op == "L":
            path.lineTo(*op.points[0])
        elif op.op == "C":
            (x1, y1), (x2, y2), (x3, y3) = op.points
            path.curveTo(x1, y1, x2, y2, x3, y3)
        elif op.op == "Z":
            path.close()
    fill = outline.fill is not None
    stroke = outline.stroke is not None and outline.line_width > 0
    if not (fill or stroke):
        return
    c.saveState()
    if fill:
        _fill(c, outline.fill, cmyk)
    if stroke:
        _stroke(c, outline.stroke, cmyk)
        c.setLineWidth(outline.line_width)
        c.setLineJoin(1)
        c.setLineCap(1)
        if outline.dash:
            c.setDash(list(outline.dash), 0)
    c.drawPath(path, fill=1 if fill else 0, stroke=1 if stroke else 0)
    c.restoreState()


def draw_run(c: Canvas, run: GlyphRun, *, cmyk: bool) -> None:
    text = c.beginText()
    text.setTextOrigin(run.x, run.y)
    text.setFont(run.font, run.size)
    if run.stroke and run.stroke_width > 0:
        text.setTextRenderMode(2)            # fill, then stroke: outlined display lettering
        c.setLineWidth(run.stroke_width)
        c.setLineJoin(1)
        _stroke(c, run.stroke, cmyk)
    _text_fill(c, run.color, cmyk)
    text.textOut(run.text)
    c.drawText(text)


def draw_lettered(canvas: Canvas, lettered: Lettered, *, cmyk: bool) -> None:
    """Shapes in order (tails and bridges, body, joint patches), then the text runs."""
    c = canvas
    c.saveState()
    if lettered.rotate:
        x0, y0, x1, y1 = lettered.bounds
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        c.translate(cx, cy)
        c.rotate(lettered.rotate)
        c.translate(-cx, -cy)
    for outline in lettered.shapes:
        draw_outline(c, outline, cmyk=cmyk)
    for run in lettered.runs:
        c.saveState()
        draw_run(c, run, cmyk=cmyk)
        c.restoreState()
    c.restoreState()
