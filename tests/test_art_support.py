"""Helpers shared by the layout and art tests: tiny projects, test patterns, a page renderer, a rasteriser.

The renderer draws only what this stage owns (art, frames, marks), standing in for the full page renderer.
"""

from __future__ import annotations

import struct
import textwrap
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab import rl_config
from reportlab.pdfgen import canvas as rl_canvas

from comic.diagnostics import Report
from comic.layout.boxes import PageLayout
from comic.layout.pages import layout_book
from comic.render.art import ArtCache, draw_page_art
from comic.lettering.fonts import default_stack
from comic.lettering.types import LetteredPage
from comic.render.pdf import RenderOptions, assemble, draw_page
from comic.script import load_book

rl_config.useA85 = 0
ASSETS = Path(__file__).resolve().parent.parent / "assets"

PAGE = """\
page:
  trim: 400pt x 600pt
  bleed: 9pt
  safe: 15pt
  margin: 20pt
  gutter: 10pt
  border: 1pt
"""

QUADRANTS = {"tl": (230, 0, 0), "tr": (0, 170, 0), "bl": (0, 0, 230), "br": (0, 0, 0)}


def make_project(root: Path, pages: str, page_format: str = PAGE) -> Path:
    """A one-scene project; `pages` is the YAML list under `pages:` (dedented)."""
    (root / "scripts" / "scenes").mkdir(parents=True, exist_ok=True)
    (root / "panels").mkdir(exist_ok=True)
    (root / "scripts" / "book.yaml").write_text(
        "title: Test\nlanguages: [en]\n" + page_format + "scenes: [scenes/s.yaml]\n", encoding="utf-8")
    body = textwrap.indent(textwrap.dedent(pages).strip("\n"), "  ")
    (root / "scripts" / "scenes" / "s.yaml").write_text(f"scene: s\npages:\n{body}\n", encoding="utf-8")
    return root


def lay_out(root: Path, *, bleed: bool = True, strict: bool = False, allow_missing: bool = False
            ) -> tuple[list[PageLayout], Report]:
    report = Report()
    book = load_book(root, report)
    assert book is not None, [d.text() for d in report]
    return layout_book(book, report, bleed=bleed, strict=strict, allow_missing=allow_missing), report


def quadrants(w: int, h: int) -> Image.Image:
    """Four solid quadrants, so any corner or edge of the placed image is recognisable by colour."""
    im = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, w // 2 - 1, h // 2 - 1], fill=QUADRANTS["tl"])
    d.rectangle([w // 2, 0, w - 1, h // 2 - 1], fill=QUADRANTS["tr"])
    d.rectangle([0, h // 2, w // 2 - 1, h - 1], fill=QUADRANTS["bl"])
    d.rectangle([w // 2, h // 2, w - 1, h - 1], fill=QUADRANTS["br"])
    return im


def write_psd(path: Path, im: Image.Image) -> None:
    """A flat 8-bit RGB Photoshop file (Pillow reads PSD but cannot write it): header, no layers, raw planes."""
    im = im.convert("RGB")
    w, h = im.size
    head = b"8BPS" + struct.pack(">H6xHIIHH", 1, 3, h, w, 8, 3)
    planes = b"".join(band.tobytes() for band in im.split())
    path.write_bytes(head + struct.pack(">III", 0, 0, 0) + struct.pack(">H", 0) + planes)


def render(layouts: list[PageLayout], out: Path, *, cmyk: bool, root: Path, slug: bool = True) -> Path:
    """The art drawn as a build draws its art layer, then trim and bleed boxes, crop marks and slug over it."""
    under = out.with_name(out.stem + "-art.pdf")
    c = rl_canvas.Canvas(str(under), invariant=1)
    cache = ArtCache.for_project(root)
    for layout in layouts:
        b = layout.boxes
        c.setPageSize((b.media.w, b.media.h))
        draw_page_art(c, layout, cmyk=cmyk, cache=cache)
        c.showPage()
    c.save()
    opts = RenderOptions(language="en", title="test", cmyk=cmyk, marks=True, slug="test.pdf · en" if slug else None,
                         outline=False, links=False, folio_start=10 ** 9)
    stack = default_stack(ASSETS)
    stack.register()
    drawn = [draw_page(layout, LetteredPage(layout.page.id, "en", ()), opts, stack) for layout in layouts]
    assemble(under, layouts, drawn, out, opts)
    return out


class Raster:
    """A PDF page rendered with PDFium, sampled in PDF points (origin bottom-left of the media box)."""

    def __init__(self, pdf: Path, page: int = 0, dpi: float = 144):
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(str(pdf))
        p = doc[page]
        self.height = p.get_height()
        self.scale = dpi / 72
        self.image = p.render(scale=self.scale).to_pil().convert("RGB")
        doc.close()

    def at(self, x: float, y: float) -> tuple[int, int, int]:
        return self.image.getpixel((int(x * self.scale), int((self.height - y) * self.scale)))


def colour_name(rgb: tuple[int, int, int]) -> str:
    """Coarse colour class (a quadrant name, "white" or "other"), tolerant of CMYK round trips and JPEG noise."""
    if min(rgb) > 225:
        return "white"
    if max(rgb) < 100:
        return "br"
    order = sorted(range(3), key=lambda i: rgb[i], reverse=True)
    if rgb[order[0]] - rgb[order[1]] < 40:
        return f"other{rgb}"
    return ("tl", "tr", "bl")[order[0]]
