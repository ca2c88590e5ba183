"""Placed art is drawn where it belongs, in the output's colour, embedded efficiently; marks stay out of the page."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import warnings
from pathlib import Path

import pikepdf
import pytest
from PIL import Image, ImageDraw
from reportlab.pdfgen import canvas as rl_canvas

import comic.render.art as render_art
from comic.commands import art_specs
from comic.layout.pages import page_boxes
from comic.model import PageFormat
from comic.render.art import ArtError, draw_art, draw_page_art
from comic.lettering.fonts import default_stack
from comic.render.content import Content
from comic.render.marks import draw_marks
from comic.render.pdf import content_pdf
from test_art_support import Raster, colour_name, lay_out, make_project, quadrants, render, write_psd


STACK = default_stack(Path(__file__).resolve().parent.parent / "assets")
STACK.register()


def images(pdf_path):
    """(colour space, filters, raw bytes) of every image on every page."""
    out = []
    with pikepdf.open(pdf_path) as pdf, warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        for page in pdf.pages:
            for img in page.images.values():
                filters = img.get("/Filter")
                filters = [str(f) for f in filters] if isinstance(filters, pikepdf.Array) else [str(filters)]
                out.append((str(img.ColorSpace), filters, img.read_raw_bytes()))
    return out


def corners(rect, inside=2.0):
    return [(rect.x + inside, rect.y2 - inside), (rect.x2 - inside, rect.y2 - inside),
            (rect.x + inside, rect.y + inside), (rect.x2 - inside, rect.y + inside)]


ALL_FORMATS = """
- id: p1
  layout: grid 3x3
  panels: [{id: a}, {id: b}, {id: c}, {id: d}, {id: e}, {id: f}, {id: g}, {id: h}, {id: i}]
"""


def _all_formats(root):
    make_project(root, ALL_FORMATS)
    q = quadrants(120, 120)
    q.save(root / "panels" / "p1-a.png")
    q.save(root / "panels" / "p1-b.jpg", quality=90)
    q.convert("CMYK").save(root / "panels" / "p1-c.jpg", quality=90)
    q.convert("CMYK").save(root / "panels" / "p1-d.tif")
    q.save(root / "panels" / "p1-e.webp", lossless=True)
    write_psd(root / "panels" / "p1-f.psd", q)
    (root / "panels" / "p1-g.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2">'
        '<rect x="0" y="0" width="1" height="1" fill="#e60000"/><rect x="1" y="0" width="1" height="1" fill="#00aa00"/>'
        '<rect x="0" y="1" width="1" height="1" fill="#0000e6"/><rect x="1" y="1" width="1" height="1" fill="#000"/>'
        '</svg>')
    q.convert("1").save(root / "panels" / "p1-h.png")             # 1-bit line art
    rgba = q.convert("RGBA")
    rgba.putalpha(Image.new("L", q.size, 0))                      # fully transparent: white paper shows
    rgba.save(root / "panels" / "p1-i.png")


@pytest.mark.parametrize("mode", ["screen", "print"])
def test_every_format_lands_in_its_panel_in_the_outputs_colour(tmp_path, mode):
    root = tmp_path / "book"
    _all_formats(root)
    cmyk = mode == "print"
    (layout,), report = lay_out(root, bleed=cmyk)
    assert not report.errors
    pdf = render([layout], tmp_path / "out.pdf", cmyk=cmyk, root=root)
    spaces = {space for space, _, _ in images(pdf)}
    assert spaces <= ({"/DeviceCMYK", "/DeviceGray"} if cmyk else {"/DeviceRGB", "/DeviceGray"})
    raster = Raster(pdf)
    for pid in "abcdefg":
        art = layout.panel(pid).art
        # the square image covers a non-square panel: its visible corners are the crop of the quadrants
        got = [colour_name(raster.at(*p)) for p in corners(layout.panel(pid).bounds, 4)]
        assert got == ["tl", "tr", "bl", "br"], (pid, art.format, got)
    assert colour_name(raster.at(*corners(layout.panel("i").bounds, 4)[0])) == "white"


def test_jpeg_that_suits_the_output_is_embedded_byte_for_byte(tmp_path):
    root = tmp_path / "book"
    _all_formats(root)
    rgb_jpeg = (root / "panels" / "p1-b.jpg").read_bytes()
    cmyk_jpeg = (root / "panels" / "p1-c.jpg").read_bytes()
    (screen,), _ = lay_out(root, bleed=False)
    (printed,), _ = lay_out(root, bleed=True)
    screen_raw = {raw: f for _, f, raw in images(render([screen], tmp_path / "s.pdf", cmyk=False, root=root))}
    print_raw = {raw: f for _, f, raw in images(render([printed], tmp_path / "p.pdf", cmyk=True, root=root))}
    assert screen_raw[rgb_jpeg] == ["/DCTDecode"] and cmyk_jpeg not in screen_raw
    assert print_raw[cmyk_jpeg] == ["/DCTDecode"] and rgb_jpeg not in print_raw
    if shutil.which("pdfimages"):
        listing = subprocess.run(["pdfimages", "-list", str(tmp_path / "p.pdf")], capture_output=True, text=True).stdout
        rows = [line.split() for line in listing.splitlines()[2:]]
        assert all(row[5] in ("cmyk", "gray") for row in rows)
        assert sum(row[8] == "jpeg" for row in rows) >= 6


def test_a_broken_embedded_colour_profile_falls_back_to_the_standard_one(tmp_path):
    root = tmp_path / "book"
    make_project(root, "- id: p1\n  layout: grid 2x1\n  panels: [{id: a}, {id: b}]\n")
    quadrants(200, 300).save(root / "panels" / "p1-a.png", icc_profile=b"not a profile at all")
    quadrants(200, 300).convert("CMYK").save(root / "panels" / "p1-b.tif", icc_profile=b"broken")
    for cmyk in (False, True):
        (layout,), report = lay_out(root, bleed=cmyk)
        assert report.ok
        pdf = render([layout], tmp_path / "o.pdf", cmyk=cmyk, root=root)
        raster = Raster(pdf)
        for pid in "ab":
            b = layout.panel(pid).bounds
            assert colour_name(raster.at(b.x + 4, b.y2 - 4)) == "tl", (pid, cmyk)


def test_line_art_stays_grey_and_lossless(tmp_path):
    root = tmp_path / "book"
    make_project(root, "- id: p1\n  layout: splash\n  panels: [{id: a}]\n")
    quadrants(200, 300).convert("1").save(root / "panels" / "p1-a.png")
    for cmyk in (False, True):
        (layout,), _ = lay_out(root, bleed=cmyk)
        ((space, filters, _),) = images(render([layout], tmp_path / "o.pdf", cmyk=cmyk, root=root))
        assert space == "/DeviceGray" and filters == ["/FlateDecode"]


def test_svg_stays_vector_and_turns_cmyk_for_print(tmp_path):
    root = tmp_path / "book"
    make_project(root, "- id: p1\n  layout: splash\n  panels: [{id: a, border: 0}]\n")
    (root / "panels" / "p1-a.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#3060c0"/></svg>')
    (layout,), _ = lay_out(root)
    pdf = render([layout], tmp_path / "o.pdf", cmyk=True, root=root, slug=False)
    assert images(pdf) == []
    with pikepdf.open(pdf) as doc:
        ops = {str(op) for _, op in pikepdf.parse_content_stream(doc.pages[0])}
    assert "k" in ops and not ops & {"rg", "RG", "sc", "scn"}
    b = layout.panel("a").bounds
    raster = Raster(pdf)
    assert colour_name(raster.at(b.x + b.w / 2, b.y + b.h / 2)) == "bl"


def test_each_art_file_is_converted_once_for_all_languages(tmp_path, monkeypatch):
    root = tmp_path / "book"
    make_project(root, "- id: p1\n  layout: grid 2x1\n  panels: [{id: a}, {id: b}]\n")
    quadrants(300, 300).save(root / "panels" / "p1-a.png")
    quadrants(300, 300).save(root / "panels" / "p1-b.png")        # same pixels, same file bytes
    calls = []
    real = render_art._for_output
    monkeypatch.setattr(render_art, "_for_output", lambda *a: calls.append(1) or real(*a))
    (layout,), _ = lay_out(root)
    for lang in ("en", "de", "fr"):                                # a fresh cache object per language build
        render([layout], tmp_path / f"{lang}.pdf", cmyk=True, root=root)
    assert len(calls) == 1
    assert len(list((root / "build" / ".cache" / "art").iterdir())) == 1
    assert len(images(tmp_path / "de.pdf")) == 1                   # drawn twice, stored once


def test_output_does_not_depend_on_where_the_project_lives(tmp_path):
    first = tmp_path / "one" / "book"
    _all_formats(first)
    second = tmp_path / "elsewhere" / "deeper" / "book"
    shutil.copytree(first, second)
    pdfs = []
    for root in (first, second):
        (layout,), _ = lay_out(root)
        pdfs.append(render([layout], root / "out.pdf", cmyk=True, root=root).read_bytes())
    assert pdfs[0] == pdfs[1]


def test_missing_art_placeholder_shows_the_panel_and_its_note(tmp_path):
    root = tmp_path / "book"
    make_project(root, "- id: p1\n  layout: splash\n  panels:\n"
                       "    - {id: a, note: 'Mara looks at her phone in the dark kitchen.'}\n")
    (layout,), _ = lay_out(root)
    pdf = render([layout], tmp_path / "o.pdf", cmyk=True, root=root)
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    text = doc[0].get_textpage().get_text_range()
    doc.close()
    assert "p1-a" in text and "Mara looks at her phone" in text
    b = layout.panel("a").bounds
    grey = Raster(pdf).at(b.x + b.w / 2, b.y + 20)
    assert 215 < min(grey) and max(grey) < 250                     # very light, not white


def test_art_that_breaks_while_drawing_raises_art_error_with_the_path(tmp_path):
    root = tmp_path / "book"
    make_project(root, "- id: p1\n  layout: splash\n  panels: [{id: a}]\n")
    path = root / "panels" / "p1-a.tif"
    quadrants(300, 300).save(path)
    data = path.read_bytes()
    (layout,), _ = lay_out(root)
    path.write_bytes(data[:2000])                                  # cut after layout read the header
    c = rl_canvas.Canvas(str(tmp_path / "o.pdf"))
    with pytest.raises(ArtError) as err:
        draw_art(c, layout.panel("a").art, cmyk=False, label="p1-a",
                 cache=render_art.ArtCache(tmp_path / "cache"))
    assert "p1-a.tif" in err.value.message and err.value.path == path
    # drawing the whole page carries on with a placeholder and hands the error back
    errors = draw_page_art(c, layout, cmyk=False, cache=render_art.ArtCache(tmp_path / "cache2"))
    assert [e.path for e in errors] == [path]


def test_crop_marks_are_pure_black_and_outside_the_bleed(tmp_path):
    pf = PageFormat(trim_width=400, trim_height=600, bleed=9, safe=15, margin=20, gutter=10, border=1)
    boxes = page_boxes(pf)
    path = tmp_path / "marks.pdf"
    c = Content(cmyk=True)
    draw_marks(c, boxes, "book-en-print.pdf · en · page 7", stack=STACK)
    content_pdf(path, (boxes.media.w, boxes.media.h), [c])
    with pikepdf.open(path) as doc:
        stream = b"".join(part.read_bytes() for part in doc.pages[0].obj.Contents.as_list()
                          if isinstance(doc.pages[0].obj.Contents, pikepdf.Array)) or doc.pages[0].Contents.read_bytes()
        stream = stream.decode("latin-1")
    assert "0 0 0 1 K" in stream and " RG" not in stream and " rg" not in stream
    raster = Raster(path, dpi=144)
    dark = raster.image.convert("L").point(lambda v: 255 if v < 200 else 0)
    bleed, k = boxes.bleed, raster.scale
    inner = (int((bleed.x + 1) * k), int((raster.height - bleed.y2 + 1) * k),
             int((bleed.x2 - 1) * k), int((raster.height - bleed.y - 1) * k))
    assert dark.getbbox() is not None and dark.crop(inner).getbbox() is None
    # a mark on each side of every trim corner
    t = boxes.trim
    for x, y in ((t.x, boxes.media.y + 3), (t.x2, boxes.media.y2 - 3), (boxes.media.x + 3, t.y), (boxes.media.x2 - 3, t.y2)):
        assert min(raster.at(x, y)) < 200
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    assert "page 7" in doc[0].get_textpage().get_text_range()
    doc.close()


def test_screen_pages_get_no_marks(tmp_path):
    pf = PageFormat(trim_width=400, trim_height=600, bleed=9, safe=15, margin=20, gutter=10, border=1)
    c = Content(cmyk=True)
    draw_marks(c, page_boxes(pf, bleed=False), "slug", stack=STACK)
    content_pdf(tmp_path / "m.pdf", (400, 600), [c])
    with pikepdf.open(tmp_path / "m.pdf") as doc:
        ops = [str(op) for _, op in pikepdf.parse_content_stream(doc.pages[0])]
    assert "K" not in ops and "S" not in ops and "Tj" not in ops


def test_template_round_trip_lands_pixel_exact_at_the_frame(tmp_path):
    """art-specs template → painted → dropped into panels/ → print build → rasterised: edges at the frame."""
    root = tmp_path / "book"
    make_project(root, """
        - id: p1
          layout: grid 2x3
          panels:
            - {id: a, bleed: true}
            - {id: b}
            - {id: c, shape: [[0, 0], [1, 0.3], [1, 1], [0, 1]]}
    """)
    args = argparse.Namespace(project=root, csv=tmp_path / "specs.csv", templates=tmp_path / "tpl")
    assert art_specs.run(args) == 0
    for key in ("p1-a", "p1-b", "p1-c"):
        template = Image.open(tmp_path / "tpl" / f"{key}.png").convert("RGB")
        painted = quadrants(*template.size)
        ImageDraw.Draw(painted).rectangle([10, 10, 20, 20], fill=(255, 255, 255))   # the illustrator's touch
        painted.save(root / "panels" / f"{key}.png")
    (layout,), report = lay_out(root, strict=True)
    assert not [d for d in report if d.code == "art-low-ppi"] and report.ok
    pdf = render([layout], tmp_path / "print.pdf", cmyk=True, root=root)
    raster = Raster(pdf, dpi=288)
    boxes = layout.boxes

    a = layout.panel("a")
    assert a.art_box.x == pytest.approx(boxes.bleed.x) and a.art_box.y2 == pytest.approx(boxes.bleed.y2)
    # the bleeding panel's art reaches the bleed edge, and the page is white just beyond it
    assert [colour_name(raster.at(*p)) for p in corners(a.art_box, 1)] == ["tl", "tr", "bl", "br"]
    assert colour_name(raster.at(boxes.bleed.x - 1, boxes.bleed.y2 - 30)) == "white"
    assert colour_name(raster.at(boxes.trim.x + 1, boxes.trim.y2 - 1)) == "tl"

    b = layout.panel("b")
    assert [colour_name(raster.at(*p)) for p in corners(b.bounds, 1.5)] == ["tl", "tr", "bl", "br"]
    assert [colour_name(raster.at(*p)) for p in corners(b.bounds, -1.5)] == ["white"] * 4
    # the quadrant boundary sits at the middle of the frame, to within a template pixel (0.24 pt)
    mid_x = b.bounds.x + b.bounds.w / 2
    assert colour_name(raster.at(mid_x - 0.6, b.bounds.y2 - 5)) == "tl"
    assert colour_name(raster.at(mid_x + 0.6, b.bounds.y2 - 5)) == "tr"

    c = layout.panel("c")
    # inside the cell but above the slanted top edge: clipped away; just below it: art
    assert colour_name(raster.at(c.bounds.x2 - 3, c.bounds.y2 - 3)) == "white"
    assert colour_name(raster.at(c.bounds.x2 - 3, c.bounds.y2 - 0.3 * c.bounds.h - 3)) == "tr"
    assert colour_name(raster.at(c.bounds.x + 8, c.bounds.y2 - 8)) == "tl"
    # the white square painted at template pixels 10..20 (2.4..4.8 pt from the corner) is exactly there
    assert colour_name(raster.at(c.bounds.x + 3.6, c.bounds.y2 - 3.6)) == "white"
    assert colour_name(raster.at(b.bounds.x + 3.6, b.bounds.y2 - 3.6)) == "white"
    assert colour_name(raster.at(b.bounds.x + 6, b.bounds.y2 - 3.6)) == "tl"
