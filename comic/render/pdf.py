"""Draw laid-out, lettered pages into a PDF with ReportLab. Replays what earlier stages decided.

Screen PDFs are sRGB and cut at the trim, with an outline and working links; print PDFs are CMYK with
trim and bleed boxes and crop marks, finished into PDF/X by `comic.render.pdfx`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from comic.atomic import atomic_path
from comic.layout.boxes import PageLayout, PanelBox
from comic.lettering.types import LetteredPage

# ASCII85 wraps every stream: +25 % size and many times slower (measured in shared notes). Off.
rl_config.useA85 = 0


@dataclass(frozen=True)
class RenderOptions:
    language: str
    title: str
    cmyk: bool = False            # print: CMYK colours, K-only text and marks
    marks: bool = False           # print: crop marks and slug
    slug: str | None = None       # text of the slug line (file, language)
    proof: bool = False           # translator's proof: id tags and overflow highlights
    outline: bool = True          # screen: scenes and pages in the PDF outline
    links: bool = True            # screen: choice options link to their pages
    folio_start: int = 2          # first page that shows its number (the cover shows none)
    scene_titles: tuple[tuple[str, str], ...] = ()   # (first page id of a scene, scene title)


def _set_color(c: Canvas, color: str, cmyk: bool, *, stroke: bool = False) -> None:
    from comic.render.color import to_cmyk, to_rgb
    if cmyk:
        values = to_cmyk(color)
        (c.setStrokeColorCMYK if stroke else c.setFillColorCMYK)(*values)
    else:
        values = to_rgb(color)
        (c.setStrokeColorRGB if stroke else c.setFillColorRGB)(*values)


def _polygon_path(c: Canvas, points):
    p = c.beginPath()
    p.moveTo(*points[0])
    for pt in points[1:]:
        p.lineTo(*pt)
    p.close()
    return p


def _draw_panel(c: Canvas, box: PanelBox, opts: RenderOptions) -> None:
    from comic.render.art import draw_art
    draw_art(c, box.art, cmyk=opts.cmyk, note=box.panel.note, label=box.panel.key)
    if box.border > 0:
        c.saveState()
        c.setLineWidth(box.border)
        c.setLineJoin(1)
        _set_color(c, "cmyk(0,0,0,100)" if opts.cmyk else "#000000", opts.cmyk, stroke=True)
        c.drawPath(_polygon_path(c, box.frame), stroke=1, fill=0)
        c.restoreState()


def _draw_folio(c: Canvas, layout: PageLayout, opts: RenderOptions, font: str) -> None:
    if layout.number < opts.folio_start:
        return
    trim = layout.boxes.trim
    safe = layout.boxes.safe
    y = trim.y + max((safe.y - trim.y) * 0.55, 6)
    c.saveState()
    _set_color(c, "cmyk(0,0,0,100)" if opts.cmyk else "#000000", opts.cmyk)
    c.setFont(font, 8)
    c.drawCentredString(trim.x + trim.w / 2, y, str(layout.number))
    c.restoreState()


def render_pdf(pages: list[tuple[PageLayout, LetteredPage]], out: Path, opts: RenderOptions, *,
               folio_font: str) -> int:
    """Write the pages to `out` atomically; returns the page count."""
    from comic.render.lettering import draw_lettered
    from comic.render.marks import draw_marks

    scene_starts = dict(opts.scene_titles)
    with atomic_path(out) as tmp:
        first = pages[0][0].boxes.media
        c = Canvas(str(tmp), pagesize=(first.w, first.h), invariant=1, pageCompression=1,
                   initialFontName=folio_font, pdfVersion=(1, 6) if opts.cmyk else None, lang=opts.language)
        c.setTitle(opts.title)
        c.setAuthor("")
        c.setCreator("comic")
        c.setProducer("comic (ReportLab)")
        for layout, lettered in pages:
            boxes = layout.boxes
            c.setPageSize((boxes.media.w, boxes.media.h))
            if opts.marks:
                c.setTrimBox(boxes.trim.as_tuple())
                c.setBleedBox(boxes.bleed.as_tuple())
            key = f"page-{layout.page.id}"
            c.bookmarkPage(key, fit="Fit")
            if opts.outline:
                if layout.page.id in scene_starts:
                    c.addOutlineEntry(scene_starts[layout.page.id], f"scene-{layout.page.id}", level=0)
                    c.bookmarkPage(f"scene-{layout.page.id}", fit="Fit")
                c.addOutlineEntry(f"{layout.number}", key, level=1 if scene_starts else 0)
            if layout.background is not None:
                from comic.render.art import draw_art
                draw_art(c, layout.background, cmyk=opts.cmyk, note=None, label=layout.page.id)
            for box in layout.panels:
                _draw_panel(c, box, opts)
            for item in lettered.items:
                draw_lettered(c, item, cmyk=opts.cmyk)
                if opts.links:
                    for rect, target in item.links:
                        c.linkRect("", f"page-{target}", rect, relative=0, thickness=0)
            if opts.proof:
                from comic.render.proof import draw_proof_tags
                draw_proof_tags(c, lettered)
            _draw_folio(c, layout, opts, folio_font)
            if opts.marks:
                draw_marks(c, boxes, opts.slug and f"{opts.slug} · page {layout.number}")
            c.showPage()
        if opts.outline:
            c.showOutline()
        c.save()
    return len(pages)
