"""Replay lettered items on a ReportLab canvas: outlines, then text. Decides nothing about layout.

Print (cmyk=True): every colour is converted to device CMYK and text is pure K — black text on four inks
would blur with the slightest misregistration — and nothing uses transparency (PDF/X-1a forbids it).

Shaped runs (`GlyphRun.glyphs`: glyph ids placed by HarfBuzz) are written as real PDF text: each glyph is a
byte of one of ReportLab's embedded subsets (`GlyphFont.glyph_codes` finds or makes its code), placed with TJ
adjustments and text rise. Of the ways measured (see comic/lettering/glyphfont.py), ReportLab's `shapeStr`
path draws Bulgarian without its `locl` forms and copies as private-use characters, and glyph outlines as
paths draw right but leave no text to copy, search or read aloud and no fonts for pdffonts to list. Written
this way the PDF keeps embedded subset fonts, and PDFium and pdftotext read Bulgarian, Arabic and Hebrew
back as their letters, in logical order. Only glyphs that stand for no character of their own (the dots
Noto Sans Arabic draws apart from ب ن ت) are drawn as paths — see `glyph_text`.
"""

from __future__ import annotations

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics
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
    if run.glyphs is not None:
        if run.stroke and run.stroke_width > 0:
            c.setLineWidth(run.stroke_width)
            c.setLineJoin(1)
            _stroke(c, run.stroke, cmyk)
        _text_fill(c, run.color, cmyk)
        c.addLiteral(glyph_text(c, run))
        return
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


def glyph_text(c: Canvas, run: GlyphRun) -> str:
    """PDF operators drawing a shaped run's glyphs where HarfBuzz put them (colours already set).

    Glyphs that stand for text go into one text object, in visual order, so a reader's text extraction finds
    a right-to-left run whole and reverses it as one (PDFium reverses per text object; splitting a word with
    /ActualText spans came back as "فرعأ" for "أعرف"). Glyphs that stand for nothing on their own — Noto
    Sans Arabic draws the dots of ب ن ت apart from their letters — are drawn as paths after it: seen, not read
    (as text they would come back as stray control characters in PDFium, whatever /ActualText said).
    """
    font = pdfmetrics.getFont(run.font)
    doc = c._doc                     # ReportLab's own text objects reach the document the same way
    glyphs = run.glyphs
    texts = [g for g in glyphs if g[4]]
    marks = [g for g in glyphs if not g[4]]
    ops = []
    stroke = bool(run.stroke and run.stroke_width > 0)
    if texts:
        codes = font.glyph_codes(((g[0], g[4]) for g in texts), doc)
        placed: list[tuple[int, int]] = []          # (subset, byte) per glyph
        for subset, data in font.splitString("".join(map(chr, codes)), doc):
            placed.extend((subset, b) for b in data)
        ops.extend(_text_object(font, doc, run, texts, codes, placed, stroke))
    if marks:
        ops.extend(_mark_paths(font, run, marks, stroke))
    return "\n".join(ops)


def _text_object(font, doc, run: GlyphRun, glyphs, codes, placed, stroke: bool) -> list[str]:
    size = run.size
    per_unit = size / 1000.0
    width = font.face.getCharWidth
    ops = ["BT"]
    if stroke:
        ops.append("2 Tr")                      # fill, then stroke: outlined display lettering
    ops.append(f"1 0 0 1 {fp_str(run.x)} {fp_str(run.y)} Tm")
    items: list = []                            # TJ operands: ints (glyph bytes) and floats (adjustments)

    def flush() -> None:
        if not items:
            return
        out, chunk = [], bytearray()
        for item in items:
            if isinstance(item, int):
                chunk.append(item)
                continue
            if chunk:
                out.append(f"({escapePDF(bytes(chunk))})")
                chunk = bytearray()
            out.append(fp_str(item))
        if chunk:
            out.append(f"({escapePDF(bytes(chunk))})")
        ops.append(f"[{' '.join(out)}] TJ")
        items.clear()

    pen = 0.0          # where the next glyph would be drawn without adjustment, points from the origin
    rise = 0.0
    current = None
    for (_, gx, gy, _, _), code, (subset, byte) in zip(glyphs, codes, placed):
        if subset != current:
            flush()
            ops.append(f"{font.getSubsetInternalName(subset, doc)} {fp_str(size)} Tf")
            current = subset
        if gy != rise:
            flush()
            ops.append(f"{fp_str(gy)} Ts")
            rise = gy
        adjust = round((pen - gx) / per_unit, 1)       # TJ numbers are thousandths of the size, leftward
        if adjust:
            items.append(float(adjust))
            pen -= adjust * per_unit
        items.append(byte)
        pen += width(code) * per_unit
    flush()
    if rise:
        ops.append("0 Ts")
    ops.append("ET")
    return ops


def _mark_paths(font, run: GlyphRun, glyphs, stroke: bool) -> list[str]:
    scale = run.size / font.units_per_em
    ops = []
    for gid, gx, gy, _, _ in glyphs:
        ox, oy = run.x + gx, run.y + gy
        path = []
        for op in font.outline(gid):
            kind = op[0]
            if kind == "Z":
                path.append("h")
                continue
            xy = " ".join(fp_str(ox + v * scale if i % 2 == 0 else oy + v * scale) for i, v in enumerate(op[1:]))
            path.append(f"{xy} {'m' if kind == 'M' else 'l' if kind == 'L' else 'c'}")
        if path:
            ops.append(" ".join(path) + (" B" if stroke else " f"))
    return ops
