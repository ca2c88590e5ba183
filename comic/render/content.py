"""One page's lettering layer as PDF operators, written directly, and the glyphs they draw.

A `Content` knows nothing of other pages: text is written in codes of the page's own font per face,
numbered in the order the page draws its glyphs (see `comic.render.fontfile`), so the bytes of a drawn
page can be cached and put in any document. ReportLab's canvas is not used here: it keeps a whole document in memory, numbers each glyph
by the order the document met it, and costs several times more per operator.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.rl_accel import fp_str

from comic.render.color import to_cmyk, to_rgb
from comic.render.fontfile import font_name


class Content:
    """Operators in drawing order; `fonts` says which glyphs of which faces the page draws, and as what."""

    __slots__ = ("cmyk", "ops", "fonts", "alpha")

    def __init__(self, cmyk: bool):
        self.cmyk = cmyk
        self.ops: list[str] = []
        self.fonts: dict[str, dict[tuple[int, str], int]] = {}     # face → (glyph id, text) → CID on this page
        self.alpha: set[float] = set()                             # fill opacities used (proof highlights)

    # ------------------------------------------------------------ state and colour

    def save(self) -> None:
        self.ops.append("q")

    def restore(self) -> None:
        self.ops.append("Q")

    def fill(self, color: str) -> None:
        if self.cmyk:
            self.ops.append(f"{fp_str(*to_cmyk(color))} k")
        else:
            self.ops.append(f"{fp_str(*to_rgb(color))} rg")

    def stroke(self, color: str) -> None:
        if self.cmyk:
            self.ops.append(f"{fp_str(*to_cmyk(color))} K")
        else:
            self.ops.append(f"{fp_str(*to_rgb(color))} RG")

    def text_fill(self, color: str) -> None:
        """Text colours: neutral greys and black become K only in print, whatever their RGB noise — black
        text on four inks would blur with the slightest misregistration."""
        if self.cmyk and not color.replace(" ", "").startswith("cmyk("):
            r, g, b = to_rgb(color)
            if max(r, g, b) - min(r, g, b) < 0.06:
                self.ops.append(f"0 0 0 {fp_str(round(1 - (r + g + b) / 3, 4))} k")
                return
        self.fill(color)

    def opacity(self, alpha: float) -> None:
        """Fill opacity (proofs only: print has no transparency)."""
        self.alpha.add(alpha)
        self.ops.append(f"{opacity_name(alpha)} gs")

    def line_style(self, width: float, *, join: int | None = None, cap: int | None = None,
                   dash: Sequence[float] | None = None) -> None:
        self.ops.append(f"{fp_str(width)} w")
        if join is not None:
            self.ops.append(f"{join} j")
        if cap is not None:
            self.ops.append(f"{cap} J")
        if dash:
            self.ops.append(f"[{fp_str(*dash)}] 0 d")

    # ------------------------------------------------------------ geometry

    def transform(self, a: float, b: float, c: float, d: float, e: float, f: float) -> None:
        self.ops.append(f"{fp_str(a, b, c, d, e, f)} cm")

    def line(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self.ops.append(f"{fp_str(x0, y0)} m {fp_str(x1, y1)} l S")

    def rect(self, x: float, y: float, w: float, h: float, *, fill: bool, stroke: bool) -> None:
        self.ops.append(f"{fp_str(x, y, w, h)} re {_paint(fill, stroke)}")

    def path(self, ops, *, fill: bool, stroke: bool) -> None:
        """A path of `PathOp`s ('M', 'L', 'C' with three points, 'Z'), filled (non-zero) and/or stroked."""
        out = []
        for op in ops:
            kind = op.op
            if kind == "C":
                (x1, y1), (x2, y2), (x3, y3) = op.points
                out.append(f"{fp_str(x1, y1, x2, y2, x3, y3)} c")
            elif kind == "L":
                out.append(f"{fp_str(*op.points[0])} l")
            elif kind == "M":
                out.append(f"{fp_str(*op.points[0])} m")
            elif kind == "Z":
                out.append("h")
        out.append(_paint(fill, stroke))
        self.ops.append(" ".join(out))

    # ------------------------------------------------------------ text

    def font(self, face: str) -> tuple[str, dict[tuple[int, str], int]]:
        """(resource name, CID table) of the page's font for `face`: CIDs 1, 2, … in the order the page first
        draws each (glyph id, text it stands for), so the same glyph can copy as different text."""
        table = self.fonts.get(face)
        if table is None:
            table = self.fonts[face] = {}
        return font_name(face), table

    def data(self) -> bytes:
        return "\n".join(self.ops).encode("latin-1")


def _paint(fill: bool, stroke: bool) -> str:
    return "B" if fill and stroke else "f" if fill else "S" if stroke else "n"


def opacity_name(alpha: float) -> str:
    return f"/GSa{round(alpha * 1000):03d}"
