"""The lettering faces embedded in a PDF: CID-keyed TrueType subsets, one font program per face and document.

Why not ReportLab's 256-code subsets: a ReportLab subset gives each glyph the next free byte of the
document, so how a page is written depends on every page drawn before it. Here a page's character codes
are its own (below), so a drawn page depends on nothing but itself: it can be cached as bytes, and a
rebuild after one edit writes one page. The font program is subset once per document, from the union of
what its pages used, keeping every glyph at its id (unused glyphs become empty), which takes
milliseconds, not the tenth of a second fontTools' general subsetter needs.

Each page has its own font per face — one small dictionary over the document's one font program — whose
CIDs 1, 2, … are the (glyph, text) pairs in the order the page first drew them, with its own CIDToGIDMap,
widths and ToUnicode. So copy, search and screen readers get exactly the text HarfBuzz said each glyph
stands for — a ligature, a Bulgarian `locl` form, one of Shantell Sans' bouncing alternates, an Arabic
letter with its vowel mark — and the page still depends only on itself. (A font shared by all pages with
glyph ids as codes was tried first: Shantell's alternates have no character of their own, so nearly every
other glyph needed a second font and a font switch.)
"""

from __future__ import annotations

import hashlib
import struct
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import pikepdf
from pikepdf import Array, Dictionary, Name
from reportlab.pdfbase import pdfmetrics

__all__ = ["FaceInfo", "face_info", "subset_truetype", "FontObjects", "font_name"]

_REQUIRED = (b"head", b"hhea", b"maxp", b"hmtx", b"loca", b"glyf")
_HINTING = (b"cvt ", b"fpgm", b"prep")


@cache
def font_name(face: str) -> str:
    """Resource name of a face's font on any page: fixed by the face, so page content never depends on others."""
    return "/L" + "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in face)


@dataclass(frozen=True)
class FaceInfo:
    """What drawing and embedding need of one face, read once per process."""

    name: str
    widths: tuple[float, ...]           # advance per glyph id, in thousandths of the size (the PDF's units)
    upem: int


@cache
def face_info(name: str) -> FaceInfo:
    font = pdmetrics_font(name)
    face = font.face
    hb = font.hb_font
    count = hb.face.glyph_count
    upem = face.unitsPerEm
    widths = tuple(round(hb.get_glyph_h_advance(g) * 1000.0 / upem, 3) for g in range(count))
    return FaceInfo(name, widths, upem)


def pdmetrics_font(name: str):
    """The registered `GlyphFont` of a face (the font stack registers every face before drawing)."""
    return pdfmetrics.getFont(name)


# ---------------------------------------------------------------- subsetting

def subset_truetype(name: str, gids: Iterable[int]) -> bytes:
    """The face's font program with only `gids` (and the components of composite glyphs) drawn; every
    other glyph is empty, and every glyph keeps its id."""
    face = pdmetrics_font(name).face
    glyf = face.get_table("glyf")
    loca = face.glyphPos
    count = len(loca) - 1
    keep = {0} | {g for g in gids if 0 <= g < count}
    todo = list(keep)
    while todo:                                   # composite glyphs draw other glyphs: keep those too
        g = todo.pop()
        start, end = loca[g], loca[g + 1]
        if end - start < 10 or struct.unpack_from(">h", glyf, start)[0] >= 0:
            continue
        pos = start + 10
        while True:
            flags, component = struct.unpack_from(">HH", glyf, pos)
            if component not in keep and component < count:
                keep.add(component)
                todo.append(component)
            pos += 4 + (4 if flags & 0x0001 else 2)
            pos += 2 if flags & 0x0008 else 4 if flags & 0x0040 else 8 if flags & 0x0080 else 0
            if not flags & 0x0020:
                break
    out = bytearray()
    offsets = []
    for g in range(count):
        offsets.append(len(out))
        if g in keep:
            out += glyf[loca[g]:loca[g + 1]]
            out += b"\0" * (-len(out) % 4)
    offsets.append(len(out))
    head = bytearray(face.get_table("head"))
    head[8:12] = b"\0\0\0\0"                      # checkSumAdjustment, set below
    head[50:52] = struct.pack(">h", 1)            # long loca offsets
    tables = {b"head": bytes(head), b"loca": struct.pack(f">{count + 1}L", *offsets), b"glyf": bytes(out)}
    for tag in _REQUIRED + _HINTING:
        if tag not in tables and tag.decode("latin-1") in face.table:
            tables[tag] = face.get_table(tag.decode("latin-1"))
    font, offsets = _sfnt(tables)
    adjust = (0xB1B0AFBA - _checksum(font)) & 0xFFFFFFFF
    at = offsets[b"head"] + 8
    return font[:at] + struct.pack(">L", adjust) + font[at + 4:]


def _checksum(data: bytes) -> int:
    data = data + b"\0" * (-len(data) % 4)
    return sum(struct.unpack(f">{len(data) // 4}L", data)) & 0xFFFFFFFF


def _sfnt(tables: dict[bytes, bytes]) -> tuple[bytes, dict[bytes, int]]:
    tags = sorted(tables)
    n = len(tags)
    power = 1 << (n.bit_length() - 1)
    header = struct.pack(">LHHHH", 0x00010000, n, power * 16, power.bit_length() - 1, n * 16 - power * 16)
    offset = 12 + 16 * n
    records, body, where = [], bytearray(), {}
    for tag in tags:
        data = tables[tag]
        where[tag] = offset + len(body)
        records.append(struct.pack(">4sLLL", tag, _checksum(data), where[tag], len(data)))
        body += data + b"\0" * (-len(data) % 4)
    return header + b"".join(records) + bytes(body), where


# ---------------------------------------------------------------- the PDF objects

class FontObjects:
    """The fonts of one document: per face one embedded subset of every glyph its pages drew, and per page
    and face a small Type0 font over it."""

    def __init__(self, pdf: pikepdf.Pdf, used: dict[str, set[int]]):
        self.pdf = pdf
        self._descriptors: dict[str, tuple[pikepdf.Object, str]] = {}
        for face in sorted(used):
            self._descriptor(face, sorted(used[face]))

    def _descriptor(self, face: str, gids: list[int]) -> tuple[pikepdf.Object, str]:
        found = self._descriptors.get(face)
        if found is None:
            program = subset_truetype(face, gids)
            tag = _tag(face, program)
            ft = pdmetrics_font(face).face
            stream = pikepdf.Stream(self.pdf, zlib.compress(program, 6))
            stream.Filter = Name.FlateDecode
            stream.Length1 = len(program)
            descriptor = self.pdf.make_indirect(Dictionary(
                Type=Name.FontDescriptor, FontName=Name("/" + tag + "+" + face), Flags=ft.flags,
                FontBBox=Array([int(v) for v in ft.bbox]), ItalicAngle=ft.italicAngle, Ascent=ft.ascent,
                Descent=ft.descent, CapHeight=ft.capHeight, StemV=ft.stemV, FontFile2=stream))
            found = self._descriptors[face] = (descriptor, tag)
        return found

    def page_font(self, face: str, glyphs: Iterable[tuple[int, str]]) -> pikepdf.Object:
        """A page's font of `face`: CID k+1 draws glyphs[k] and copies as its text."""
        glyphs = list(glyphs)
        info = face_info(face)
        descriptor, tag = self._descriptors[face]
        base = Name("/" + tag + "+" + face)
        widths = _w_array([(k + 1, info.widths[g]) for k, (g, _) in enumerate(glyphs)])
        unicode = _to_unicode([(k + 1, text) for k, (_, text) in enumerate(glyphs) if text])
        table = struct.pack(f">{len(glyphs) + 1}H", 0, *(g for g, _ in glyphs))
        cid_to_gid = pikepdf.Stream(self.pdf, zlib.compress(table, 6))
        cid_to_gid.Filter = Name.FlateDecode
        cid = Dictionary(Type=Name.Font, Subtype=Name.CIDFontType2, BaseFont=base,
                         CIDSystemInfo=Dictionary(Registry=pikepdf.String("Adobe"),
                                                  Ordering=pikepdf.String("Identity"), Supplement=0),
                         FontDescriptor=descriptor, DW=0, W=widths, CIDToGIDMap=cid_to_gid)
        to_unicode = pikepdf.Stream(self.pdf, zlib.compress(unicode, 6))
        to_unicode.Filter = Name.FlateDecode
        return self.pdf.make_indirect(Dictionary(
            Type=Name.Font, Subtype=Name.Type0, BaseFont=base, Encoding=Name("/Identity-H"),
            DescendantFonts=Array([self.pdf.make_indirect(cid)]), ToUnicode=to_unicode))


def _tag(face: str, program: bytes) -> str:
    """The six capital letters PDF puts before a subset's name, from its contents (same glyphs, same tag)."""
    digest = hashlib.sha256(face.encode() + program).digest()
    return "".join(chr(65 + b % 26) for b in digest[:6])


def _w_array(widths: list[tuple[int, float]]) -> Array:
    """/W in its compact form: runs of consecutive codes share one entry."""
    out: list = []
    run: list = []
    start = prev = None
    for code, w in widths:
        if prev is not None and code == prev + 1:
            run.append(w)
        else:
            if run:
                out += [start, Array(run)]
            start, run = code, [w]
        prev = code
    if run:
        out += [start, Array(run)]
    return Array(out)


def _to_unicode(entries: list[tuple[int, str]]) -> bytes:
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
             "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
    for start in range(0, len(entries), 100):          # at most 100 entries per block (PDF CMap limit)
        block = entries[start:start + 100]
        lines.append(f"{len(block)} beginbfchar")
        lines += [f"<{code:04X}> <{text.encode('utf-16-be').hex().upper()}>" for code, text in block]
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")
