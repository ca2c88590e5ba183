"""A ReportLab TrueType font with a HarfBuzz font on the same bytes, and glyph outlines by id.

ReportLab reads the face (metrics, coverage, the art layer's placeholder text); HarfBuzz shapes the
lettering from the same bytes; the lettering layer writes glyph ids itself (`comic.render.fontfile`), so
no ReportLab subset ever has to know a glyph that is not some character's own.

ReportLab's own shaping (`TTFont(shapable=True)`, `shapeStr`) was measured and not used: it cannot set the
buffer language (no Bulgarian `locl`), numbers its private code points from U+E000 in the order the process
first met the glyphs (the PDF's bytes then depend on what was built before it), and leaves them in the
ToUnicode map (copying "office" gave "\\ue000ffi\\ue001e"; the Arabic line came out in pieces).
"""

from __future__ import annotations

from reportlab.pdfbase.ttfonts import TTFont

__all__ = ["GlyphFont"]


class GlyphFont(TTFont):
    """`TTFont` plus drawing by glyph id and a HarfBuzz font on the same bytes (shared by measuring and drawing)."""

    def __init__(self, name: str, filename: str):
        super().__init__(name, filename)
        self._hb_font = None
        self.shape_cache: dict = {}          # filled by comic.lettering.shaping

    @property
    def hb_font(self):
        """The uharfbuzz font of this face, at its units per em (created on first use)."""
        if self._hb_font is None:
            import uharfbuzz as hb

            self._hb_font = hb.Font(hb.Face(self.face._ttf_data))
        return self._hb_font

    @property
    def units_per_em(self) -> int:
        return self.face.unitsPerEm

    def outline(self, gid: int) -> tuple[tuple, ...]:
        """The glyph's outline in font units: ('M', x, y), ('L', x, y), ('C', x1, y1, x2, y2, x3, y3), ('Z',).

        For the glyphs that stand for no text of their own (a dot HarfBuzz places apart from its letter): drawn
        as a path, they are seen but not read, so copying the word gives its letters and nothing else.
        """
        cache = self.__dict__.setdefault("_outlines", {})
        found = cache.get(gid)
        if found is None:
            found = cache[gid] = _outline(self, gid)
        return found


def _outline(font: GlyphFont, gid: int) -> tuple[tuple, ...]:
    from io import BytesIO

    from fontTools.pens.basePen import BasePen
    from fontTools.ttLib import TTFont as FTFont

    tt = font.__dict__.get("_fonttools")
    if tt is None:
        tt = font.__dict__["_fonttools"] = FTFont(BytesIO(font.face._ttf_data), lazy=True)
    ops: list[tuple] = []

    class Pen(BasePen):
        def _moveTo(self, p):
            ops.append(("M", *p))

        def _lineTo(self, p):
            ops.append(("L", *p))

        def _curveToOne(self, p1, p2, p3):
            ops.append(("C", *p1, *p2, *p3))

        def _closePath(self):
            ops.append(("Z",))

    glyph_set = tt.getGlyphSet()
    glyph_set[tt.getGlyphOrder()[gid]].draw(Pen(glyph_set))
    return tuple(ops)
