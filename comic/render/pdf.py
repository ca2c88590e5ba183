"""Draw laid-out, lettered pages into a PDF with ReportLab. Replays what earlier stages decided.

A page is two layers. The **art layer** (backgrounds, panel art, borders) is the same in every language,
so it is drawn once per edition and cached; the **lettering layer** (balloons, text, folios, links,
outline, boxes, crop marks) is drawn per language and the art is placed under it with pikepdf. Six
languages then cost one art encoding, not six.

Screen PDFs are sRGB and cut at the trim, with an outline and working links; print PDFs are CMYK with
trim and bleed boxes and crop marks, finished into PDF/X by `comic.render.pdfx`.
"""

from __future__ import annotations

import hashlib
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


def _set_color(c: Canvas, color: str, cmyk: bool, *, stroke: bool = False) -> None:
    from comic.render.color import to_cmyk, to_rgb
    if cmyk:
        (c.setStrokeColorCMYK if stroke else c.setFillColorCMYK)(*to_cmyk(color))
    else:
        (c.setStrokeColorRGB if stroke else c.setFillColorRGB)(*to_rgb(color))


def _canvas(path: Path, first: PageLayout, font: str, *, cmyk: bool, lang: str | None = None) -> Canvas:
    media = first.boxes.media
    return Canvas(str(path), pagesize=(media.w, media.h), invariant=1, pageCompression=1,
                  initialFontName=font, pdfVersion=(1, 6) if cmyk else None, lang=lang)


# ---------------------------------------------------------------- the art layer

def _code_fingerprint() -> str:
    """The drawing code is an input of the cached art layer too."""
    h = hashlib.sha256()
    base = Path(__file__).resolve().parent
    for path in (base / "art.py", base / "pdf.py", base / "color.py"):
        if path.exists():
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


_CODE = _code_fingerprint()


def art_layer_key(layouts: list[PageLayout], *, cmyk: bool) -> str:
    """Everything the art layer depends on — never the text — so a text edit reuses the cached layer."""
    h = hashlib.sha256(f"{__version__}|{_CODE}|cmyk={cmyk}".encode())
    for layout in layouts:
        h.update(repr((layout.boxes, layout.background)).encode())
        for box in layout.panels:
            h.update(repr((box.panel.key, box.panel.note, box.frame, box.art_clip, box.border_path, box.border,
                           box.art)).encode())
        for art in [layout.background] + [b.art for b in layout.panels]:
            if art is not None and art.path is not None and art.path.exists():
                st = art.path.stat()
                h.update(f"{art.path}|{st.st_size}|{st.st_mtime_ns}".encode())
    return h.hexdigest()[:20]


ART_CHUNK = 6   # pages per ReportLab document: it keeps a document's images in memory until it is saved


def render_art_layer(layouts: list[PageLayout], out: Path, *, cmyk: bool, font: str, cache=None) -> list:
    """One page per layout: page background, panel art (clipped), placeholders and borders.
    Returns the art files that could not be drawn (they became placeholders).

    ReportLab builds a whole document in memory, images included, so the pages are drawn a few at a time
    into parts that pikepdf joins without decoding a stream: memory stays flat however long the book."""
    from comic.render.art import draw_page_art
    errors = []
    parts: list[Path] = []
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        for start in range(0, len(layouts), ART_CHUNK):
            part = out.with_name(f".{out.name}.part{start // ART_CHUNK:03d}.tmp")
            parts.append(part)
            chunk = layouts[start:start + ART_CHUNK]
            c = _canvas(part, chunk[0], font, cmyk=cmyk)
            for layout in chunk:
                c.setPageSize((layout.boxes.media.w, layout.boxes.media.h))
                errors += draw_page_art(c, layout, cmyk=cmyk, cache=cache, font=font)
                c.showPage()
            c.save()
            del c
        with atomic_path(out) as tmp:
            if len(parts) == 1:
                os.replace(parts[0], tmp)
            else:
                joined = pikepdf.new()
                sources = [pikepdf.open(part) for part in parts]
                try:
                    for src in sources:
                        joined.pages.extend(src.pages)
                    joined.save(tmp, deterministic_id=True, compress_streams=True, recompress_flate=False,
                                object_stream_mode=pikepdf.ObjectStreamMode.disable)
                finally:
                    for src in sources:
                        src.close()
    finally:
        for part in parts:
            part.unlink(missing_ok=True)
    return errors


# ---------------------------------------------------------------- the lettering layer

def _draw_folio(c: Canvas, layout: PageLayout, opts: RenderOptions, font: str) -> None:
    if layout.number < opts.folio_start or layout.page.part == "blank":
        return
    trim, safe = layout.boxes.trim, layout.boxes.safe
    y = trim.y + max((safe.y - trim.y) * 0.45, 5)
    c.saveState()
    _set_color(c, "cmyk(0,0,0,100)" if opts.cmyk else "#000000", opts.cmyk)
    c.setFont(font, 7.5)
    c.drawCentredString(trim.x + trim.w / 2, y, str(layout.number))
    c.restoreState()


def render_lettering_layer(pages: Iterable[tuple[PageLayout, LetteredPage]], out: Path, opts: RenderOptions, *,
                           font: str) -> int:
    """Draws pages as they come: given a generator, each page is lettered just before it is drawn and
    dropped after, so memory does not grow with the book."""
    from comic.render.lettering import draw_lettered
    from comic.render.marks import draw_marks

    scene_starts = dict(opts.scene_titles)
    c = None
    count = 0
    for layout, lettered in pages:
        if c is None:
            c = _canvas(out, layout, font, cmyk=opts.cmyk, lang=opts.language)
            c.setTitle(opts.title)
            c.setAuthor("")
            c.setSubject("")
            c.setCreator("comic")
            c.setProducer(f"comic {__version__} (ReportLab)")
        count += 1
        boxes = layout.boxes
        c.setPageSize((boxes.media.w, boxes.media.h))
        if opts.marks:
            c.setTrimBox(boxes.trim.as_tuple())
            c.setBleedBox(boxes.bleed.as_tuple())
        key = f"page-{layout.page.id}"
        c.bookmarkPage(key, fit="Fit")
        if opts.outline and layout.page.part != "blank":
            if layout.page.id in scene_starts:
                c.addOutlineEntry(scene_starts[layout.page.id], key + "-scene", level=0)
                c.bookmarkPage(key + "-scene", fit="Fit")
            c.addOutlineEntry(str(layout.number), key, level=1 if scene_starts else 0)
        for item in lettered.items:
            draw_lettered(c, item, cmyk=opts.cmyk)
            if opts.links:
                for rect, target in item.links:
                    c.linkRect("", f"page-{target}", rect, relative=0, thickness=0)
        if opts.proof:
            from comic.render.proof import draw_proof_tags
            draw_proof_tags(c, lettered, font)
        _draw_folio(c, layout, opts, font)
        if opts.marks:
            draw_marks(c, boxes, opts.slug and f"{opts.slug} · page {layout.number}", font=font)
        c.showPage()
    if c is None:
        raise ValueError("a book without pages")
    if opts.outline:
        c.showOutline()
    c.save()
    return count


# ---------------------------------------------------------------- both together

def compose(art_pdf: Path, lettering_pdf: Path, out: Path) -> int:
    """Place each art page under the matching lettering page; image streams are copied, never re-encoded."""
    with pikepdf.open(lettering_pdf) as top, pikepdf.open(art_pdf) as art, atomic_path(out) as tmp:
        if len(top.pages) != len(art.pages):
            raise ValueError(f"{len(top.pages)} lettering pages but {len(art.pages)} art pages")
        for page, under in zip(top.pages, art.pages):
            # Same media box on both layers, so the art form is drawn as is. A fixed resource name (pikepdf's
            # add_underlay picks a random one) keeps identical inputs byte-identical.
            form = top.copy_foreign(under.as_form_xobject())
            page.add_resource(form, pikepdf.Name.XObject, pikepdf.Name("/ArtLayer"))
            page.contents_add(pikepdf.Stream(top, b"q /ArtLayer Do Q\n"), prepend=True)
        top.save(tmp, deterministic_id=True, compress_streams=True, recompress_flate=False,
                 object_stream_mode=pikepdf.ObjectStreamMode.disable)
        return len(top.pages)


def render_pdf(pages: Iterable[tuple[PageLayout, LetteredPage]], out: Path, opts: RenderOptions, *, font: str,
               art_pdf: Path) -> int:
    """Write one language's edition atomically; `art_pdf` is the (cached) art layer of these layouts."""
    letter = out.with_name(f".{out.name}.lettering.tmp")
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        render_lettering_layer(pages, letter, opts, font=font)
        return compose(art_pdf, letter, out)
    finally:
        letter.unlink(missing_ok=True)
