"""Print options a user notices: the screen PDF is small, dark art stays under the ink limit, books are
padded for their binding, booklets come out in printer's spreads, covers can be printed apart."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from PIL import Image, ImageDraw
from reportlab.pdfgen.canvas import Canvas

from comic import editions
from comic.diagnostics import Report
from comic.layout.binding import plan_binding, with_blank_pages
from comic.layout.pages import layout_book
from comic.render.art import ArtCache, prepared_image
from comic.render.booklet import A4, booklet_order, impose_booklet, padded_order
from comic.render.covers import split_covers
from comic.render.ink import limit_ink, limit_ink_color, max_ink
from comic.script import load_book
from test_art_support import make_project

PROFILE = Path(__file__).resolve().parents[1] / "assets" / "icc" / "ISOcoated_v2_300_bas.icc"
MM = 72 / 25.4


def cache(tmp_path, **kw) -> ArtCache:
    return ArtCache(tmp_path / "cache", profile=PROFILE, **kw)


def hard_edges(w: int = 600, h: int = 400) -> Image.Image:
    """Black lines on saturated red and blue: the darkest colours, and the edges JPEG rings at."""
    im = Image.new("RGB", (w, h), (230, 30, 30))
    d = ImageDraw.Draw(im)
    d.rectangle([w // 2, 0, w, h], fill=(20, 0, 70))
    for x in range(10, w, 37):
        d.line([(x, 0), (x, h)], fill=(0, 0, 0), width=5)
    return im


def decoded(path) -> Image.Image:
    im = Image.open(path)
    im.load()
    return im


# ---------------------------------------------------------------- total ink

def test_ink_limit_scales_cmy_and_keeps_k():
    im = Image.new("CMYK", (3, 1))
    im.putpixel((0, 0), (255, 255, 255, 255))      # 400 %
    im.putpixel((1, 0), (200, 100, 50, 128))       # about 188 %: under the limit, untouched
    im.putpixel((2, 0), (250, 250, 0, 200))        # 275 %
    out = limit_ink(im, 240)
    assert max_ink(out) <= 240
    assert [out.getpixel((x, 0))[3] for x in range(3)] == [255, 128, 200]        # K kept
    assert out.getpixel((1, 0)) == (200, 100, 50, 128)
    c, m, y, k = out.getpixel((2, 0))
    assert c == m and y == 0 and c + m + k >= 240 / 100 * 255 - 3               # hue kept, limit used
    assert limit_ink(im, 400) is im                                              # nothing over: no copy


def test_ink_limit_for_a_single_vector_colour():
    assert limit_ink_color((1, 1, 1, 1), 300) == pytest.approx((2 / 3, 2 / 3, 2 / 3, 1))
    assert limit_ink_color((0.2, 0.3, 0, 0.5), 300) == (0.2, 0.3, 0, 0.5)


@pytest.mark.parametrize("limit", [300, 240])
def test_converted_print_art_stays_under_the_limit_after_jpeg(tmp_path, limit):
    src = tmp_path / "dark.png"
    hard_edges().save(src)
    out = prepared_image(src, cmyk=True, cache=cache(tmp_path, ink_limit=limit))
    im = decoded(out)
    assert im.mode == "CMYK" and out.path.suffix == ".jpg"
    assert limit - 15 <= max_ink(im) <= limit                    # close to the limit, never over it


def test_rendering_intent_changes_the_conversion(tmp_path):
    src = tmp_path / "vivid.png"
    Image.new("RGB", (64, 64), (0, 255, 40)).save(src)           # far outside the press gamut
    rel = decoded(prepared_image(src, cmyk=True, cache=cache(tmp_path / "r"))).getpixel((5, 5))
    per = decoded(prepared_image(src, cmyk=True, cache=cache(tmp_path / "p", intent="perceptual"))).getpixel((5, 5))
    assert rel != per


def test_unknown_intent_is_refused_with_the_choices(tmp_path):
    with pytest.raises(ValueError, match="relative-colorimetric, perceptual"):
        ArtCache.for_project(tmp_path, intent="saturation")


def test_svg_gradients_and_colours_turn_cmyk_under_the_limit(tmp_path):
    from reportlab.graphics.shapes import Drawing, Rect
    from reportlab.lib.colors import CMYKColor, Color

    from comic.render.svg import _svg_to_cmyk

    class Gradient:                                  # the shape svglib makes for a gradient fill
        _rl_colors = [Color(0, 0, 0), Color(0.1, 0.2, 0.9)]

    drawing = Drawing(10, 10)
    drawing.add(Rect(0, 0, 10, 10, fillColor=Color(0, 0, 0), strokeColor=Color(1, 0, 0)))
    drawing.contents.append(Gradient())
    _svg_to_cmyk(drawing, str(PROFILE), "relative-colorimetric", 240)
    rect, gradient = drawing.contents
    for colour in (rect.fillColor, rect.strokeColor, *gradient._rl_colors):
        assert isinstance(colour, CMYKColor)
        assert colour.cyan + colour.magenta + colour.yellow + colour.black <= 2.4 + 1e-6


# ---------------------------------------------------------------- the screen PDF's resolution

def test_screen_art_is_scaled_down_to_150_ppi_at_its_drawn_size(tmp_path, monkeypatch):
    src = tmp_path / "big.jpg"
    hard_edges(1200, 900).save(src, quality=92)                  # drawn 4 × 3 in: 300 ppi
    drafts = []
    from PIL.JpegImagePlugin import JpegImageFile

    real = JpegImageFile.draft
    monkeypatch.setattr(JpegImageFile, "draft", lambda self, *a: drafts.append(a) or real(self, *a))
    out = prepared_image(src, cmyk=False, cache=cache(tmp_path), size=(4 * 72, 3 * 72))
    assert decoded(out).size == (600, 450) and decoded(out).mode == "RGB"
    assert drafts, "JPEG sources are decoded at a reduced size (DCT scaling), not in full"
    assert out.path.stat().st_size < src.stat().st_size / 2


def test_screen_art_at_or_below_the_screen_resolution_passes_through(tmp_path):
    src = tmp_path / "small.jpg"
    hard_edges(600, 450).save(src, quality=92)                   # 150 ppi at 4 × 3 in
    out = prepared_image(src, cmyk=False, cache=cache(tmp_path), size=(4 * 72, 3 * 72))
    assert out.path.read_bytes() == src.read_bytes()


def test_screen_resolution_is_configurable_and_print_keeps_every_pixel(tmp_path):
    src = tmp_path / "big.png"
    hard_edges(1200, 900).save(src)
    size = (4 * 72, 3 * 72)
    assert decoded(prepared_image(src, cmyk=False, cache=cache(tmp_path / "a", screen_ppi=100), size=size)).size \
        == (400, 300)
    assert decoded(prepared_image(src, cmyk=False, cache=cache(tmp_path / "b", screen_ppi=None), size=size)).size \
        == (1200, 900)
    assert decoded(prepared_image(src, cmyk=True, cache=cache(tmp_path / "c"), size=size)).size == (1200, 900)


def test_rotated_jpeg_is_scaled_the_right_way_up(tmp_path):
    src = tmp_path / "turned.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6                                             # stored landscape, shown portrait
    hard_edges(1200, 800).save(src, quality=92, exif=exif)
    out = prepared_image(src, cmyk=False, cache=cache(tmp_path), size=(2 * 72, 3 * 72))   # 400 ppi
    assert decoded(out).size == (300, 450)


def test_same_art_at_two_sizes_is_prepared_once_per_size(tmp_path):
    src = tmp_path / "art.png"
    hard_edges(1200, 900).save(src)
    c = cache(tmp_path)
    a = prepared_image(src, cmyk=False, cache=c, size=(288, 216))
    b = prepared_image(src, cmyk=False, cache=c, size=(144, 108))
    assert decoded(a).size == (600, 450) and decoded(b).size == (300, 225)
    assert prepared_image(src, cmyk=False, cache=c, size=(288, 216)) == a
    assert len(list(c.dir.iterdir())) == 2


def test_settings_key_changes_with_what_the_art_layer_depends_on(tmp_path):
    base = cache(tmp_path)
    assert base.settings_key(cmyk=True) != cache(tmp_path, ink_limit=240).settings_key(cmyk=True)
    assert base.settings_key(cmyk=True) != cache(tmp_path, intent="perceptual").settings_key(cmyk=True)
    assert base.settings_key(cmyk=False) != cache(tmp_path, screen_ppi=100).settings_key(cmyk=False)
    assert base.settings_key(cmyk=True) == cache(tmp_path, screen_ppi=100).settings_key(cmyk=True)


# ---------------------------------------------------------------- binding

def _book(tmp_path, pages: int, *, first: str = "front", last: str = "back"):
    parts = [first] + ["story"] * (pages - 2) + [last] if pages > 1 else [first]
    text = "".join(f"- id: p{i + 1}\n  layout: splash\n  part: {part}\n  panels: [{{id: a}}]\n"
                   + (f"  goto: p{i + 2}\n" if part == "story" and i + 2 < pages else "")
                   + ("  ending: true\n" if part == "story" and i + 2 == pages else "")
                   for i, part in enumerate(parts))
    root = make_project(tmp_path / "book", text)
    report = Report()
    book = load_book(root, report)
    assert book is not None and report.ok, [d.text() for d in report]
    return book


def _options(**kw) -> editions.EditionOptions:
    return editions.EditionOptions(**kw)


def test_saddle_stitch_pads_to_four_with_blank_pages_before_the_back_cover(tmp_path):
    book = _book(tmp_path, 6)
    report = Report()
    plan = plan_binding(book, _options(binding="saddle"), report)
    assert (plan.pad, plan.total, plan.blank_after, plan.sheets) == (2, 8, (5, 5), 2)
    [warning] = report.warnings
    assert "2 blank pages added before page 6 (the back cover)" in warning.message
    padded = with_blank_pages(book, plan)
    assert [p.id for p in padded.pages] == ["p1", "p2", "p3", "p4", "p5", "_blank-1", "_blank-2", "p6"]
    layouts = layout_book(padded, Report(), bleed=True)
    blank = layouts[5]
    assert blank.panels == () and blank.boxes.trim.w > 0 and blank.number == 6


def test_a_book_that_fits_its_binding_gets_no_blank_pages(tmp_path):
    book = _book(tmp_path, 8)
    report = Report()
    plan = plan_binding(book, _options(binding="saddle"), report)
    assert plan.pad == 0 and not report.warnings and with_blank_pages(book, plan) is book


def test_perfect_binding_reports_the_spine_width(tmp_path):
    book = _book(tmp_path, 7)
    report = Report()
    plan = plan_binding(book, _options(binding="perfect", paper_thickness=0.12 * MM, cover_allowance=0.5 * MM),
                        report)
    assert plan.pad == 1 and plan.total == 8
    assert plan.spine_mm == pytest.approx(8 / 2 * 0.12 + 0.5)
    assert any(d.code == "spine" and "spine 0.98 mm" in d.message for d in report.items)


def test_separate_covers_leave_the_interior_and_pad_it(tmp_path):
    book = _book(tmp_path, 7)
    plan = plan_binding(book, _options(binding="saddle", covers="separate"), Report())
    # 5 interior pages need 3 blank ones; they go before the back cover, which stays last
    assert plan.cover_pages == (1, 10) and plan.interior == 8 and plan.blank_after == (6, 6, 6)


def test_separate_covers_need_a_front_cover_page(tmp_path):
    book = _book(tmp_path, 4, first="story")
    report = Report()
    plan_binding(book, _options(covers="separate"), report)
    [error] = report.errors
    assert error.code == "cover-not-front" and "page 'p1' is story matter" in error.message
    assert "part: front" in error.hint


def test_separate_covers_need_interior_pages(tmp_path):
    report = Report()
    plan_binding(_book(tmp_path, 2), _options(covers="separate"), report)
    assert [e.code for e in report.errors] == ["no-interior"]


def test_print_section_is_validated_with_positions(tmp_path):
    root = make_project(tmp_path / "book", "- id: p1\n  layout: splash\n  panels: [{id: a}]\n",
                        page_format="print:\n  binding: spiral\n  ink_limit: 500\n")
    report = Report()
    load_book(root, report)
    text = "\n".join(d.text() for d in report.errors)
    assert "binding" in text and "saddle" in text and "ink_limit" in text, text
    assert "scripts/book.yaml:" in text


def test_print_section_becomes_edition_options(tmp_path):
    from comic.script.schema import BookSpec

    spec = BookSpec.model_validate({"title": "x", "scenes": ["a.yaml"], "screen": {"ppi": 120}, "print": {
        "binding": "perfect", "paper_thickness": "0.09mm", "profile": "icc/press.icc", "intent": "perceptual",
        "ink_limit": 260, "standard": "X-1a", "covers": "separate"}})
    options = editions.from_spec(spec, tmp_path)
    assert options.binding == "perfect" and options.paper_thickness == pytest.approx(0.09 * MM)
    assert options.profile == tmp_path / "icc" / "press.icc" and options.ink_limit == 260
    assert (options.intent, options.standard, options.covers, options.screen_ppi) == \
        ("perceptual", "X-1a", "separate", 120)
    assert editions.from_spec(BookSpec.model_validate({"title": "x", "scenes": ["a.yaml"],
                                                       "screen": {"ppi": None}}), tmp_path).screen_ppi is None


def test_a_missing_printer_profile_is_a_user_error(tmp_path):
    book = _book(tmp_path, 2)
    report = Report()
    assert not editions.check(book, report, _options(profile=tmp_path / "nope.icc"))
    [error] = report.errors
    assert error.code == "print-profile" and "nope.icc" in error.message


# ---------------------------------------------------------------- booklet imposition

def numbered_pdf(path: Path, pages: int, size=(148 * MM, 210 * MM), trim: float = 0.0) -> Path:
    c = Canvas(str(path), pagesize=size, invariant=1)
    for n in range(1, pages + 1):
        if trim:
            c.setTrimBox((trim, trim, size[0] - trim, size[1] - trim))
            c.setFont("Helvetica", 9)
            c.drawString(2, 2, "OUTSIDE")                       # in the bleed: cut off, never shown
        c.setFont("Helvetica", 40)
        c.drawCentredString(size[0] / 2, size[1] / 2, f"Page {n}")
        c.showPage()
    c.save()
    return path


def halves(pdf: Path) -> list[tuple[str, str]]:
    """The text on the left and right half of every sheet side, read back with PDFium."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        out = []
        for page in doc:
            w, h = page.get_size()
            text = page.get_textpage()
            out.append(tuple(" ".join(text.get_text_bounded(x0, 0, x1, h).split())
                             for x0, x1 in ((0, w / 2), (w / 2, w))))
        return out
    finally:
        doc.close()


def test_booklet_order_is_printers_spreads():
    assert booklet_order(8) == [(8, 1), (2, 7), (6, 3), (4, 5)]
    assert padded_order(6) == [1, 2, 3, 4, 5, None, None, 6]
    with pytest.raises(ValueError):
        booklet_order(6)


def test_booklet_puts_pages_on_a4_sheets_in_folding_order(tmp_path):
    src = numbered_pdf(tmp_path / "six.pdf", 6)
    dst = tmp_path / "booklet.pdf"
    assert impose_booklet(src, dst) == 4
    assert halves(dst) == [("Page 6", "Page 1"), ("Page 2", ""), ("", "Page 3"), ("Page 4", "Page 5")]
    with pikepdf.open(dst) as pdf:
        for page in pdf.pages:
            assert [float(v) for v in page.mediabox] == pytest.approx([0, 0, A4[0], A4[1]], abs=0.01)
        assert all(page.Resources.XObject[n].Subtype == "/Form" for page in pdf.pages for n in page.Resources.XObject)


def test_booklet_scales_large_pages_to_the_half_sheet_and_cuts_at_the_trim(tmp_path):
    src = numbered_pdf(tmp_path / "big.pdf", 4, size=(170 * MM + 50, 240 * MM + 50), trim=25)
    dst = tmp_path / "booklet.pdf"
    impose_booklet(src, dst)
    assert halves(dst)[0] == ("Page 4", "Page 1")                # no "OUTSIDE": the bleed is cut away
    with pikepdf.open(dst) as pdf:
        form = pdf.pages[0].Resources.XObject["/Page2"]
        assert [float(v) for v in form.BBox] == pytest.approx([25, 25, 170 * MM + 25, 240 * MM + 25], abs=0.01)
        content = pdf.pages[0].Contents.read_bytes().decode()
        scale = float(content.split("\n")[1].split()[0])
        assert scale == pytest.approx(min(A4[0] / 2 / (170 * MM), A4[1] / (240 * MM)), abs=1e-4)


# ---------------------------------------------------------------- covers printed apart

def test_split_covers_keeps_boxes_and_orders_front_then_back(tmp_path):
    src = numbered_pdf(tmp_path / "book.pdf", 6, trim=9)
    inner, cover = tmp_path / "inner.pdf", tmp_path / "cover.pdf"
    assert split_covers(src, inner, cover, (1, 6)) == (4, 2)
    import pypdfium2 as pdfium

    def texts(path):
        doc = pdfium.PdfDocument(str(path))
        try:
            return [" ".join(p.get_textpage().get_text_range().split()) for p in doc]
        finally:
            doc.close()
    assert texts(cover) == ["OUTSIDE Page 1", "OUTSIDE Page 6"]
    assert texts(inner) == [f"OUTSIDE Page {n}" for n in (2, 3, 4, 5)]
    with pikepdf.open(cover) as pdf:
        assert all("/TrimBox" in p.obj for p in pdf.pages)


def test_a_book_without_a_back_cover_gets_a_blank_one(tmp_path):
    src = numbered_pdf(tmp_path / "book.pdf", 3, trim=9)
    cover = tmp_path / "cover.pdf"
    assert split_covers(src, tmp_path / "inner.pdf", cover, (1,)) == (2, 2)
    with pikepdf.open(cover) as pdf:
        assert len(pdf.pages) == 2
        assert list(pdf.pages[1].obj.TrimBox) == list(pdf.pages[0].obj.TrimBox)


def test_the_quick_ink_bound_never_undercounts_and_is_tight() -> None:
    """`max_ink(below=...)` may answer with an upper bound from 8-bit sums: it must never be lower than the
    exact total (an over-inked image would pass), and at most 1.6 % above it."""
    import random

    from PIL import Image

    from comic.render.ink import max_ink

    rnd = random.Random(7)
    for _ in range(40):
        pixels = [tuple(rnd.randrange(256) for _ in range(4)) for _ in range(64)]
        im = Image.new("CMYK", (8, 8))
        im.putdata(pixels)
        exact = max(sum(p) for p in pixels) * 100 / 255
        assert max_ink(im) == exact
        bound = max_ink(im, below=400.0)
        assert exact <= bound <= exact + 1.6
