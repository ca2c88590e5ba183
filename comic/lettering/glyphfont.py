"""A ReportLab TrueType font that can also draw glyphs by id, with text a reader can copy and search.

Shaped text is glyph ids (Bulgarian `locl` forms, Arabic joining forms, ligatures), but ReportLab's TrueType
fonts only know characters: a PDF subset is a list of code points, each drawn with the glyph the font's cmap
gives it. A glyph drawn for anything but its own single character gets a private code point here — in planes 15 and
16, at `PRIVATE_BASE + k × glyph count + glyph id` for the k-th different text that glyph stands for in the
document (an Arabic letter with each of its vowel marks) — so the subset machinery embeds it like any other
glyph. Which glyph a code point draws depends only on the glyph id and k, never on what the process drew
before, so the same book gives the same bytes whatever else was built with it.

A private code point must never reach the reader: when the document is written, the ToUnicode map of every
subset holding one is rewritten to say which characters the glyph stands for (the text of its HarfBuzz
cluster, recorded per document as it is drawn). Copy, search and screen readers then see д, not U+F04E3.

ReportLab's own shaping (`TTFont(shapable=True)`, `shapeStr`) was measured and not used: it cannot set the
buffer language (no Bulgarian `locl`), numbers its private code points from U+E000 in the order the process
first met the glyphs (the PDF's bytes then depend on what was built before it), and leaves them in the
ToUnicode map (copying "office" gave "\\ue000ffi\\ue001e"; the Arabic line came out in pieces).
"""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.pdfbase.ttfonts import TTFont

__all__ = ["GlyphFont", "PRIVATE_BASE"]

PRIVATE_BASE = 0xF0000          # planes 15 and 16 (to U+10FFFF): private use, never in real text or a cmap


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

    def glyph_codes(self, glyphs: Iterable[tuple[int, str]], doc) -> list[int]:
        """The code point that draws each (glyph id, text it stands for) in `doc`.

        A glyph that is the font's own glyph for its one character keeps that character (plain text stays
        plain); any other gets a private code point, and its text is remembered for the document's ToUnicode.
        """
        face = self.face
        to_glyph = face.charToGlyph
        state = self._doc_state(doc)
        codes: dict[tuple[int, str], int] = state.comic_codes
        texts: dict[int, str] = state.comic_texts
        count = self.hb_font.face.glyph_count
        variants = max(1, (0x110000 - PRIVATE_BASE) // count)
        out = []
        for gid, text in glyphs:
            if len(text) == 1 and to_glyph.get(ord(text)) == gid:
                out.append(ord(text))
                continue
            code = codes.get((gid, text))
            if code is None:
                k = state.comic_variants.get(gid, 0)
                if k < variants:
                    state.comic_variants[gid] = k + 1
                    code = texts_key = PRIVATE_BASE + k * count + gid
                    texts[texts_key] = text
                else:                             # more texts for one glyph than codes: reuse the first
                    code = PRIVATE_BASE + gid
                codes[(gid, text)] = code
                if code not in to_glyph:
                    to_glyph[code] = gid
                    face.charWidths[code] = self.hb_font.get_glyph_h_advance(gid) * 1000.0 / face.unitsPerEm
            out.append(code)
        return out

    def _doc_state(self, doc):
        state = self.state.get(doc)
        if state is None:
            self.splitString("", doc)         # ReportLab creates the per-document state on first use
            state = self.state[doc]
        if not hasattr(state, "comic_texts"):
            state.comic_texts = {}        # private code → the text it stands for, for ToUnicode
            state.comic_codes = {}        # (glyph id, text) → code
            state.comic_variants = {}     # glyph id → how many private codes it has in this document
        return state

    def addObjects(self, doc) -> None:
        """ReportLab writes the subsets; then the ToUnicode maps of subsets with private code points are redone."""
        state = self.state.get(doc)
        texts = getattr(state, "comic_texts", None) if state is not None else None
        if not texts:
            super().addObjects(doc)
            return
        subsets = [list(s) for s in state.subsets]
        names = [self.getSubsetInternalName(n, doc)[1:] for n in range(len(subsets))]
        super().addObjects(doc)
        fonts = doc.idToObject["BasicFonts"].dict
        for name, subset in zip(names, subsets):
            if not any(code >= PRIVATE_BASE for code in subset):
                continue
            pdf_font = fonts[name]
            stream = doc.idToObject[pdf_font.ToUnicode.name]
            stream.content = to_unicode_cmap(pdf_font.BaseFont, subset, texts)


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


def _utf16(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def to_unicode_cmap(font_name: str, subset: list[int], texts: dict[int, str]) -> str:
    """A ToUnicode CMap for one 256-code subset: real characters as themselves, private ones as their text.

    A private code with no text gets no entry (the renderer draws glyphs that stand for no character — a dot
    HarfBuzz places apart from its letter — as paths, so none reaches here).
    """
    entries = []
    for i, code in enumerate(subset):
        text = texts.get(code, "") if code >= PRIVATE_BASE else chr(code)
        if text:
            entries.append(f"<{i:02X}> <{_utf16(text)}>")
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
             f"<< /Registry ({font_name})", f"/Ordering ({font_name})", "/Supplement 0", ">> def",
             f"/CMapName /{font_name} def", "/CMapType 2 def", "1 begincodespacerange",
             f"<00> <{len(subset) - 1:02X}>", "endcodespacerange"]
    for start in range(0, len(entries), 100):          # at most 100 entries per block (PDF CMap limit)
        block = entries[start:start + 100]
        lines += [f"{len(block)} beginbfchar", *block, "endbfchar"]
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)
