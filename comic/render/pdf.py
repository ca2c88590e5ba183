"""Draw laid-out, lettered pages into a PDF. Replays what earlier stages decided.

A page is two layers. The **art layer** (backgrounds, panel art, borders) is the same in every language,
so it is drawn once per edition with ReportLab and cached; six languages then cost one art encoding, not
six. The **lettering layer** (balloons, text, folios, proof tags, crop marks) is drawn per page as PDF
operators (`comic.render.content`) that depend on that page alone, so each drawn page is cached too and a
rebuild after an edit draws one page. `assemble` then adds each page's lettering over its art page with
pikepdf, embeds each face once as a subset of what all pages drew, and adds links, outline and metadata.

Screen PDFs are sRGB and cut at the trim, with an outline and working links; print PDFs are CMYK with
trim and bleed boxes and crop marks, finished into PDF/X by `comic.render.pdfx`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pikepdf
from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from comic import __version__
from comic.atomic import atomic_path
from comic.layout.boxes import PageLayout
from comic.lettering.types import LetteredPage

# ASCII85 wraps every stream: +25 % size and many times slower (measured in shared notes). Off.
rl_config.useA85 = 0


@dataclass(frozen=True)
class RenderOptions:
    language: str
    title: str
    cmyk: bool = False            # print: CMYK colours, K-only text and marks
    marks: bool = False           # print: trim/bleed boxes, crop marks and slug
    slug: str | None = None       # text of the slug line (file, language)
    proof: bool = False           # translator's proof: id tags and overflow highlights
    outline: bool = True          # screen: scenes and pages in the PDF outline
    links: bool = True            # screen: choice options link to their pages
    folio_start: int = 2          # first page that shows its number (the cover shows none)
    scene_titles: tuple[tuple[str, str], ...] = ()   # (first page id of a scene, scene title)


def _canvas(path: Path, first: PageLayout, font: str, *, cmyk: bool) -> Canvas:
    media = first.boxes.media
    return Canvas(str(path), pagesize=(media.w, media.h), invariant=1, pageCompression=1,
                  initialFontName=font, pdfVersion=(1, 6) if cmyk else None)


# ---------------------------------------------------------------- the art layer

ART_CHUNK = 6   # pages per ReportLab document: it keeps a document's images in memory until it is saved


def render_art_layer(layouts: list[PageLayout], out: Path, *, cmyk: bool, font: str, cache=None,
                     workers: int = 1) -> list:
    """One page per layout: page background, panel art (clipped), placeholders and borders.
    Returns the art files that could not be drawn (they became placeholders).

    ReportLab builds a whole document in memory, images included, so the pages are drawn a few at a time
    into parts — on `workers` cores at once: vector art is drawn, not copied (DISRUPT's 139 SVG panels took
    4.2 s on one core) — then joined by qpdf's own page machinery (`pikepdf.Job`), which streams the images
    from the parts: memory stays flat however long the book. (pikepdf's `pages.extend` copies every image
    into memory first: 810 MB for a 96-page print book, against 46 MB this way.)"""
    global _LAYER
    out.parent.mkdir(parents=True, exist_ok=True)
    starts = list(range(0, len(layouts), ART_CHUNK))
    _LAYER = (layouts, out, cmyk, font, cache)
    parts = [_part_path(out, start) for start in starts]
    try:
        if workers > 1 and len(starts) > 1:
            import multiprocessing
            with multiprocessing.get_context("fork").Pool(min(workers, len(starts))) as pool:
                found = pool.map(_draw_part, starts, chunksize=1)
        else:
            found = [_draw_part(start) for start in starts]
        with atomic_path(out) as tmp:
            if len(parts) == 1:
                os.replace(parts[0], tmp)
            else:
                pikepdf.Job(["qpdf", "--empty", "--deterministic-id", "--object-streams=disable", "--pages",
                             *map(str, parts), "--", str(tmp)]).run()
    finally:
        _LAYER = None
        for part in parts:
            part.unlink(missing_ok=True)
    from comic.render.art import ArtError
    return [ArtError(path, message) for errors in found for path, message in errors]


_LAYER: tuple | None = None       # what the forked part-drawing workers need, set before they fork


def _part_path(out: Path, start: int) -> Path:
    return out.with_name(f".{out.name}.part{start // ART_CHUNK:03d}.tmp")


def _draw_part(start: int) -> list[tuple[Path | None, str]]:
    """Draw pages start … start + ART_CHUNK − 1 into their part; (file, message) of art that failed."""
    from comic.render.art import draw_page_art
    layouts, out, cmyk, font, cache = _LAYER
    chunk = layouts[start:start + ART_CHUNK]
    errors = []
    c = _canvas(_part_path(out, start), chunk[0], font, cmyk=cmyk)
    for layout in chunk:
        c.setPageSize((layout.boxes.media.w, layout.boxes.media.h))
        errors += draw_page_art(c, layout, cmyk=cmyk, cache=cache, font=font)
        c.showPage()
    c.save()
    return [(e.path, e.message) for e in errors]


# ---------------------------------------------------------------- the lettering layer, page by page

@dataclass(frozen=True)
class DrawnPage:
    """One page's lettering layer, drawn: everything a document needs to include it, and nothing that
    depends on another page — so it is cached by the page's key and a rebuild redraws only what changed."""

    content: bytes                                                   # operators, Flate-compressed
    fonts: tuple[tuple[str, tuple[tuple[int, str], ...]], ...]       # face → (glyph id, text) in CID order
    links: tuple[tuple[tuple[float, float, float, float], str], ...] = ()   # choice areas → page id
    alpha: tuple[float, ...] = ()                                    # fill opacities (proofs)
    overflowing: tuple[str, ...] = ()                                # ids of items that do not fit


def _draw_folio(c, layout: PageLayout, opts: RenderOptions, stack) -> None:
    if layout.number < opts.folio_start or layout.page.part == "blank":
        return
    from comic.lettering.labels import label_runs
    from comic.render.lettering import glyph_ops
    trim, safe = layout.boxes.trim, layout.boxes.safe
    y = trim.y + max((safe.y - trim.y) * 0.45, 5)
    c.save()
    c.text_fill("#000000")
    for run in label_runs(stack, str(layout.number), 7.5, trim.x + trim.w / 2, y, align="center"):
        c.ops.extend(glyph_ops(c, run))
    c.restore()


def draw_page(layout: PageLayout, lettered: LetteredPage, opts: RenderOptions, stack) -> DrawnPage:
    """The lettering layer of one page: balloons and text, folio, proof tags, crop marks and slug."""
    from comic.render.content import Content
    from comic.render.lettering import draw_lettered
    from comic.render.marks import draw_marks

    c = Content(opts.cmyk)
    links = []
    for item in lettered.items:
        draw_lettered(c, item)
        if opts.links:
            links.extend(item.links)
    if opts.proof:
        from comic.render.proof import draw_proof_tags
        draw_proof_tags(c, lettered, stack)
    _draw_folio(c, layout, opts, stack)
    if opts.marks:
        draw_marks(c, layout.boxes, opts.slug and f"{opts.slug} · page {layout.number}", stack=stack)
    return drawn(c, links=tuple(links), overflowing=tuple(it.item.id for it in lettered.items if it.overflow))


def drawn(c, *, links: tuple = (), overflowing: tuple[str, ...] = ()) -> DrawnPage:
    """A finished `Content` as the page's drawn lettering layer."""
    import zlib
    return DrawnPage(
        content=zlib.compress(c.data(), 1),      # level 6: 4 ms more a page for 12 % less of a small stream
        fonts=tuple((face, tuple(table)) for face, table in sorted(c.fonts.items())),
        links=links, alpha=tuple(sorted(c.alpha)), overflowing=overflowing)


def assemble(art_pdf: Path, layouts: list[PageLayout], pages: Iterable[DrawnPage], out: Path,
             opts: RenderOptions, finish=None) -> int:
    """The edition: each art page with its drawn lettering over it, the fonts embedded once as subsets of
    what all pages drew, links, outline and metadata. Image streams are copied, never re-encoded.
    `finish(pdf)`, when given, completes the document before it is written (PDF/X) and returns extra
    arguments for saving it — one pass over the file, not two."""
    drawn = pages if isinstance(pages, list) else list(pages)   # emptied as the pages are added
    with pikepdf.open(art_pdf) as pdf:     # changed in place: its images stream from the file as it is saved
        return _assemble(pdf, layouts, drawn, out, opts, finish)


def _assemble(pdf: pikepdf.Pdf, layouts: list[PageLayout], drawn: list[DrawnPage], out: Path, opts: RenderOptions,
              finish) -> int:
    from pikepdf import Array, Dictionary, Name

    with atomic_path(out) as tmp:
        if len(pdf.pages) != len(drawn) or len(layouts) != len(drawn):
            raise ValueError(f"{len(drawn)} lettering pages but {len(pdf.pages)} art pages")
        fonts = _fonts(pdf, drawn)
        index = {layout.page.id: i for i, layout in enumerate(layouts)}
        page_objs = [page.obj for page in pdf.pages]
        for i, (page, layout, d) in enumerate(zip(pdf.pages, layouts, drawn)):
            drawn[i] = None               # its bytes now live in the document: one copy in memory, not two
            _attach(pdf, page, d, fonts)
            boxes = layout.boxes
            if opts.marks:
                page.obj.TrimBox = Array([round(v, 4) for v in _corners(boxes.trim)])
                page.obj.BleedBox = Array([round(v, 4) for v in _corners(boxes.bleed)])
            annots = [pdf.make_indirect(Dictionary(
                Type=Name.Annot, Subtype=Name.Link, Rect=Array([round(v, 3) for v in rect]),
                Border=Array([0, 0, 0]), Dest=Array([page_objs[index[target]], Name.Fit])))
                for rect, target in d.links if target in index]
            if annots:
                page.obj.Annots = Array(annots)
        if opts.outline:
            _outline(pdf, layouts, opts)
        pdf.trailer.Info = pdf.make_indirect(Dictionary(
            Title=pikepdf.String(opts.title), Author=pikepdf.String(""), Subject=pikepdf.String(""),
            Creator=pikepdf.String("comic"), Producer=pikepdf.String(f"comic {__version__}")))
        pdf.Root.Lang = pikepdf.String(opts.language)
        extra = finish(pdf) if finish is not None else ({"min_version": "1.6"} if opts.cmyk else {})
        pdf.save(tmp, deterministic_id=True, compress_streams=True, recompress_flate=False,
                 object_stream_mode=pikepdf.ObjectStreamMode.disable, **extra)
        return len(drawn)


def _fonts(pdf: pikepdf.Pdf, drawn: list[DrawnPage]):
    from comic.render.fontfile import FontObjects
    used: dict[str, set[int]] = {}
    for d in drawn:
        for face, glyphs in d.fonts:
            used.setdefault(face, set()).update(g for g, _ in glyphs)
    return FontObjects(pdf, used)


def _attach(pdf: pikepdf.Pdf, page: pikepdf.Page, d: DrawnPage, fonts) -> None:
    """Draw `d` over the page's own content, with the fonts and graphics states it names."""
    from pikepdf import Dictionary, Name

    from comic.render.content import opacity_name
    from comic.render.fontfile import font_name
    old = page.obj.get("/Resources", Dictionary())
    res = Dictionary({k: v for k, v in old.items()})         # art pages may share one resource dictionary
    font_dict = Dictionary({k: v for k, v in old.get("/Font", Dictionary()).items()})
    for face, glyphs in d.fonts:
        font_dict[font_name(face)] = fonts.page_font(face, glyphs)
    if len(font_dict):
        res.Font = font_dict
    if d.alpha:
        states = Dictionary({k: v for k, v in old.get("/ExtGState", Dictionary()).items()})
        for a in d.alpha:
            states[opacity_name(a)] = Dictionary(Type=Name.ExtGState, ca=a)
        res.ExtGState = states
    page.obj.Resources = res
    # the art's graphics state is closed before the lettering starts
    page.contents_add(pikepdf.Stream(pdf, b"q\n"), prepend=True)
    page.contents_add(pikepdf.Stream(pdf, b"Q\n"))
    lettering = pikepdf.Stream(pdf, b"")
    lettering.write(d.content, filter=Name.FlateDecode)
    page.contents_add(lettering)


def _corners(rect) -> tuple[float, float, float, float]:
    return rect.as_tuple() if hasattr(rect, "as_tuple") else rect


def _outline(pdf: pikepdf.Pdf, layouts: list[PageLayout], opts: RenderOptions) -> None:
    from pikepdf import Name, OutlineItem, PageLocation
    scene_starts = dict(opts.scene_titles)
    with pdf.open_outline() as outline:
        parent = None
        for i, layout in enumerate(layouts):
            if layout.page.part == "blank":
                continue
            if layout.page.id in scene_starts:
                parent = OutlineItem(scene_starts[layout.page.id], i, PageLocation.Fit)
                outline.root.append(parent)
            item = OutlineItem(str(layout.number), i, PageLocation.Fit)
            (parent.children if parent is not None else outline.root).append(item)
    pdf.Root.PageMode = Name.UseOutlines


def render_pdf(pages: Iterable[tuple[PageLayout, DrawnPage]], out: Path, opts: RenderOptions, *,
               art_pdf: Path, finish=None) -> int:
    """Write one language's edition atomically; `art_pdf` is the (cached) art layer of these layouts."""
    out.parent.mkdir(parents=True, exist_ok=True)
    pairs = list(pages)
    layouts, drawn = [layout for layout, _ in pairs], [d for _, d in pairs]
    if isinstance(pages, list):
        pages.clear()                     # (the caller's list: its drawn pages go into the document)
    del pairs
    return assemble(art_pdf, layouts, drawn, out, opts, finish)


def content_pdf(out: Path, size: tuple[float, float], pages: list, *, under: Path | None = None) -> Path:
    """A PDF of drawn `Content`s, one per page, over the pages of `under` or on blank pages: for tests and
    examples that look at lettering alone."""
    with (pikepdf.open(under) if under else pikepdf.new()) as pdf, atomic_path(out) as tmp:
        if under is None:
            for _ in pages:
                pdf.add_blank_page(page_size=size)
        done = [drawn(c) for c in pages]
        fonts = _fonts(pdf, done)
        for page, d in zip(pdf.pages, done):
            _attach(pdf, page, d, fonts)
        pdf.save(tmp, deterministic_id=True)
    return out


def lettered_pdf(out: Path, layout: PageLayout, items, *, cmyk: bool = False, under: Path | None = None) -> Path:
    """A one-page PDF of lettered items (drawn as a build draws them) over `under` or a blank page."""
    from comic.render.content import Content
    from comic.render.lettering import draw_lettered
    c = Content(cmyk)
    for item in items:
        draw_lettered(c, item)
    media = layout.boxes.media
    return content_pdf(out, (media.w, media.h), [c], under=under)
