"""Page geometry for a whole book: boxes, panel outlines and art placement, page by page.

Print pages carry the bleed plus a strip outside it for crop marks and the slug, so the MediaBox strictly
contains the BleedBox, which strictly contains the TrimBox. Screen pages are cut at the trim. Panel shapes
and art placement are computed the same way for both, so both PDFs show the same picture.
"""

from __future__ import annotations

from comic import model as m
from comic.diagnostics import Report
from comic.layout.art import ArtTarget, place_art
from comic.layout.boxes import PageBoxes, PageLayout, PanelBox, Rect
from comic.layout.grid import make_grid, place_panels
from comic.layout.panels import inset_cell, panel_geometry
from comic.layout.sources import ArtFinder

MARKS_ROOM = 18.0      # points outside the bleed for crop marks and the slug line (print only)
MIN_BLEED = 8.0        # points; printers ask for 3 mm (8.5 pt)


def page_boxes(pf: m.PageFormat, *, bleed: bool = True) -> PageBoxes:
    if not bleed:
        trim = Rect(0.0, 0.0, pf.trim_width, pf.trim_height)
        return PageBoxes(media=trim, bleed=trim, trim=trim, safe=trim.inset(pf.safe))
    off = MARKS_ROOM + pf.bleed
    trim = Rect(off, off, pf.trim_width, pf.trim_height)
    return PageBoxes(media=trim.inset(-off), bleed=trim.inset(-pf.bleed), trim=trim, safe=trim.inset(pf.safe))


def layout_book(book: m.Book, report: Report, *, bleed: bool = True, strict: bool = False,
                allow_missing: bool = False) -> list[PageLayout]:
    """Every page laid out. bleed=False for the screen PDF (media = trim).

    strict: a print build, where art under 200 ppi and missing art (unless allow_missing) are errors.
    """
    pf = book.page_format
    if bleed and pf.bleed < MIN_BLEED:
        report.warning("small-bleed", f"the bleed is {pf.bleed / 72 * 25.4:.1f} mm; printers ask for 3 mm",
                       book.pos, hint="set `page: {bleed: 3mm}` in scripts/book.yaml")
    finder = ArtFinder(book.root)
    return [layout_page(book, page, n, report, finder, bleed=bleed, strict=strict, allow_missing=allow_missing)
            for n, page in enumerate(book.pages, start=1)]


def layout_page(book: m.Book, page: m.Page, number: int, report: Report, finder: ArtFinder, *,
                bleed: bool = True, strict: bool = False, allow_missing: bool = False) -> PageLayout:
    pf = book.page_format
    boxes = page_boxes(pf, bleed=bleed)
    margin = page.layout.margin if page.layout.margin is not None else pf.margin
    gutter = page.layout.gutter if page.layout.gutter is not None else pf.gutter
    area = boxes.trim.inset(margin)
    grid = make_grid(area, page.layout, gutter)
    cells = place_panels(grid, page, report)
    art_opts = dict(strict=strict, allow_missing=allow_missing)

    grid_boxes, inset_boxes = [], []
    for i, panel in enumerate(page.panels):
        if panel.inset is not None:
            cell = inset_cell(panel, area, report)
        elif i in cells:
            cell = cells[i]
        else:
            continue
        g = panel_geometry(cell, panel, area, boxes.trim, pf.bleed, bleed, report)
        target = ArtTarget(panel.key, g.art_box, g.art_clip, g.bounds, panel.art.pos or panel.pos, page.id, panel.id)
        pb = PanelBox(panel=panel, frame=g.frame, bounds=g.bounds, art_clip=g.art_clip,
                      border=panel.border if panel.border is not None else pf.border,
                      border_color=panel.border_color or pf.border_color,
                      art=place_art(panel.art, target, finder, report, **art_opts),
                      bleeds=g.bleeds, border_path=g.border_path, art_box=g.art_box, inset=panel.inset is not None)
        (inset_boxes if pb.inset else grid_boxes).append(pb)

    background = None
    if page.background is not None:
        target = ArtTarget(f"{page.id}-background", boxes.trim.inset(-pf.bleed), boxes.bleed.polygon(), boxes.trim,
                           page.background.pos or page.pos, page.id, None)
        background = place_art(page.background, target, finder, report, **art_opts)
    return PageLayout(page=page, number=number, boxes=boxes, panels=tuple(grid_boxes + inset_boxes),
                      background=background, bleed=bleed)
