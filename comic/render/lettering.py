"""Replay lettered items as PDF operators: outlines, then text. Decides nothing about layout.

Print (cmyk=True): every colour is converted to device CMYK and text is pure K — black text on four inks
would blur with the slightest misregistration — and nothing uses transparency (PDF/X-1a forbids it).

Shaped runs (`GlyphRun.glyphs`: glyph ids placed by HarfBuzz) are written as real PDF text, in codes of
the page's own font for each face (see `comic.render.fontfile`), placed with TJ adjustments and text rise,
so the PDF keeps embedded subset fonts, and PDFium and pdftotext read Bulgarian, Arabic and Hebrew back as
their letters, in logical order. Only glyphs that stand for no character of their own (the dots Noto Sans Arabic draws apart from
ب ن ت) are drawn as paths — see `glyph_ops`.
"""

from __future__ import annotations

from reportlab.lib.rl_accel import fp_str

from comic.lettering.types import GlyphRun, Lettered, Outline
from comic.render.content import Content
from comic.render.fontfile import face_info, pdmetrics_font


def draw_outline(c: Content, outline: Outline) -> None:
    fill = outline.fill is not None
    stroke = outline.stroke is not None and outline.line_width > 0
    if not (fill or stroke):
        return
    c.save()
    if fill:
        c.fill(outline.fill)
    if stroke:
        c.stroke(outline.stroke)
        c.line_style(outline.line_width, join=1, cap=1, dash=outline.dash)
    c.path(outline.ops, fill=fill, stroke=stroke)
    c.restore()


def draw_run(c: Content, run: GlyphRun) -> None:
    stroke = bool(run.stroke and run.stroke_width > 0)
    if stroke:
        c.line_style(run.stroke_width, join=1)
        c.stroke(run.stroke)
    c.text_fill(run.color)
    c.ops.extend(glyph_ops(c, run, stroke))


def draw_lettered(c: Content, lettered: Lettered) -> None:
    """Shapes in order (tails and bridges, body, joint patches), then the text runs."""
    c.save()
    if lettered.rotate:
        import math
        x0, y0, x1, y1 = lettered.bounds
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        a = math.radians(lettered.rotate)
        cos, sin = math.cos(a), math.sin(a)
        c.transform(1, 0, 0, 1, cx, cy)
        c.transform(cos, sin, -sin, cos, 0, 0)
        c.transform(1, 0, 0, 1, -cx, -cy)
    for outline in lettered.shapes:
        draw_outline(c, outline)
    for run in lettered.runs:
        c.save()
        draw_run(c, run)
        c.restore()
    c.restore()


def glyph_ops(c: Content, run: GlyphRun, stroke: bool = False) -> list[str]:
    """PDF operators drawing a shaped run's glyphs where HarfBuzz put them (colours already set).

    Glyphs that stand for text go into one text object, in visual order, so a reader's text extraction finds
    a right-to-left run whole and reverses it as one (PDFium reverses per text object; splitting a word with
    /ActualText spans came back as "فرعأ" for "أعرف"). Glyphs that stand for nothing on their own — Noto
    Sans Arabic draws the dots of ب ن ت apart from their letters — are drawn as paths after it: seen, not read
    (as text they would come back as stray control characters in PDFium, whatever /ActualText said).
    """
    glyphs = run.glyphs
    if glyphs is None:                       # an unshaped run: one glyph per character, by the cmap
        info = face_info(run.font)
        to_glyph = pdmetrics_font(run.font).face.charToGlyph
        pen, out = 0.0, []
        for ch in run.text:
            gid = to_glyph.get(ord(ch), 0)
            out.append((gid, pen, 0.0, 0, ch))
            pen += info.widths[gid] * run.size / 1000.0
        glyphs = tuple(out)
    texts = [g for g in glyphs if g[4]]
    marks = [g for g in glyphs if not g[4]]
    ops: list[str] = []
    if texts:
        ops.extend(_text_object(c, run, texts, stroke))
    if marks:
        ops.extend(_mark_paths(run, marks, stroke))
    return ops


def _text_object(c: Content, run: GlyphRun, glyphs, stroke: bool) -> list[str]:
    """One BT…ET object: glyphs as 2-byte codes in hex strings, HarfBuzz's positions as TJ adjustments
    (thousandths of the size, leftward) wherever they differ from the advances the font's widths give."""
    size = run.size
    per_unit = size / 1000.0
    widths = face_info(run.font).widths
    ops = ["BT"]
    if stroke:
        ops.append("2 Tr")                      # fill, then stroke: outlined display lettering
    ops.append(f"1 0 0 1 {fp_str(run.x)} {fp_str(run.y)} Tm")
    font, table = c.font(run.font)
    ops.append(f"{font} {fp_str(size)} Tf")
    tokens: list[str] = []                      # the TJ array being written
    codes: list[str] = []                       # glyph codes since the last adjustment
    pen = 0.0          # where the next glyph would be drawn without adjustment, points from the origin
    rise = 0.0
    for gid, gx, gy, _, text in glyphs:
        code = table.get((gid, text))
        if code is None:
            code = table[(gid, text)] = len(table) + 1
        if gy != rise:
            if codes:
                tokens.append("<" + "".join(codes) + ">")
                codes = []
            if tokens:
                ops.append("[" + " ".join(tokens) + "] TJ")
                tokens = []
            ops.append(f"{fp_str(gy)} Ts")
            rise = gy
        adjust = round((pen - gx) / per_unit, 1)
        if adjust:
            if codes:
                tokens.append("<" + "".join(codes) + ">")
                codes = []
            tokens.append(_adjustment(adjust))
            pen -= adjust * per_unit
        codes.append(_HEX[code] if code < _HEX_COUNT else f"{code:04X}")
        pen += widths[gid] * per_unit
    if codes:
        tokens.append("<" + "".join(codes) + ">")
    if tokens:
        ops.append("[" + " ".join(tokens) + "] TJ")
    if rise:
        ops.append("0 Ts")
    ops.append("ET")
    return ops


_HEX_COUNT = 2048
_HEX = [f"{i:04X}" for i in range(_HEX_COUNT)]      # a page's CIDs of one face: a few hundred at most


def _adjustment(value: float) -> str:
    """A TJ number, already rounded to tenths: '5', '-3.5' (as `fp_str` writes it, a little faster)."""
    if value.is_integer() and -1e9 < value < 1e9:
        return str(int(value))
    return fp_str(value)


def _mark_paths(run: GlyphRun, glyphs, stroke: bool) -> list[str]:
    font = pdmetrics_font(run.font)
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
