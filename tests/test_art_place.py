"""Artwork is found, measured, fitted and judged the way an illustrator and a printer expect."""

from __future__ import annotations

import os
import struct
import zlib

import pytest
from PIL import Image

from comic.layout.art import effective_ppi, fit_rect, pixels_for
from comic.layout.boxes import Rect
from comic.model import Art
from test_art_support import lay_out, make_project, quadrants, write_psd

# A 2 in × 2 in splash with no margin: 600 px across is exactly 300 ppi.
SMALL = "page:\n  trim: 144pt x 144pt\n  bleed: 9pt\n  margin: 0pt\n"
SPLASH = "- id: p1\n  layout: splash\n  panels: [{id: a}]\n"


def art(**kw) -> Art:
    return Art(None, **kw)


BOX = Rect(0, 0, 200, 100)


@pytest.mark.parametrize("kw, expected", [
    ({}, (0, -50, 200, 200)),                                  # cover: fills, crops top and bottom equally
    ({"fit": "contain"}, (50, 0, 100, 100)),                   # contain: all of it, centred
    ({"focus": (0.5, 0.0)}, (0, -100, 200, 200)),              # focus on the top edge: top stays in view
    ({"focus": (0.5, 1.0)}, (0, 0, 200, 200)),
    ({"focus": (0.5, 0.3)}, (0, -90, 200, 200)),               # focus point brought to the box centre
    ({"offset": (0.1, 0.2)}, (20, -70, 200, 200)),             # offset: fraction of the box, right and down
    ({"scale": 2.0}, (-100, -150, 400, 400)),
    ({"fit": "none"}, (52, 2, 96, 96)),                        # natural size: 400 px at 300 ppi = 96 pt
])
def test_fit_modes(kw, expected):
    r = fit_rect(BOX, (400, 400), art(**kw), natural=(96, 96))
    assert (r.x, r.y, r.w, r.h) == pytest.approx(expected)


def test_ppi_is_pixels_per_drawn_inch_and_sizes_round_up():
    assert effective_ppi((600, 300), Rect(0, 0, 144, 72)) == pytest.approx(300)
    assert effective_ppi((600, 400), Rect(0, 0, 144, 72)) == pytest.approx(300)   # the weaker axis counts
    assert pixels_for(Rect(0, 0, 175, 180)) == (730, 750)
    assert pixels_for(Rect(0, 0, 175, 180), 600) == (1459, 1500)


@pytest.mark.parametrize("px, strict, severity", [
    (600, False, None), (600, True, None),
    (500, False, "warning"), (500, True, "warning"),     # 250 ppi: soft, but printable
    (300, False, "warning"), (300, True, "error"),       # 150 ppi: a print build refuses it
])
def test_low_resolution_is_reported_by_how_bad_it_is(tmp_path, px, strict, severity):
    make_project(tmp_path, SPLASH, SMALL)
    quadrants(px, px).save(tmp_path / "panels" / "p1-a.png")
    (layout,), report = lay_out(tmp_path, bleed=False, strict=strict)
    placed = layout.panel("a").art
    assert placed.kind == "raster" and placed.pixel_size == (px, px)
    assert placed.ppi == pytest.approx(px / 2)
    found = [d for d in report if d.code == "art-low-ppi"]
    assert [d.severity.value for d in found] == ([severity] if severity else [])
    if found:
        assert "panels/p1-a.png" in found[0].message and "600×600 px" in found[0].hint


def test_bleeding_art_needs_pixels_for_the_bleed_too(tmp_path):
    make_project(tmp_path, "- id: p1\n  layout: splash\n  panels: [{id: a, bleed: true}]\n", SMALL)
    quadrants(600, 600).save(tmp_path / "panels" / "p1-a.png")
    (layout,), report = lay_out(tmp_path)
    pb = layout.panel("a")
    assert pb.art_box.w == pytest.approx(162) and pb.art.ppi == pytest.approx(600 / 162 * 72)
    assert [d.code for d in report.warnings] == ["art-low-ppi"]


@pytest.mark.parametrize("strict, allow, severity", [(False, False, "warning"), (True, False, "error"),
                                                     (True, True, "warning")])
def test_missing_art_is_a_placeholder_and_an_error_only_in_print(tmp_path, strict, allow, severity):
    make_project(tmp_path, SPLASH, SMALL)
    (layout,), report = lay_out(tmp_path, strict=strict, allow_missing=allow)
    placed = layout.panel("a").art
    assert placed.kind == "missing" and placed.path is None
    assert placed.rect == layout.panel("a").bounds
    (d,) = [d for d in report if d.code == "art-missing"]
    assert d.severity.value == severity and "p1-a" in d.message and d.pos.file == "scripts/scenes/s.yaml"


def _tiff_cmyk(path):
    quadrants(60, 40).convert("CMYK").save(path)


FORMATS = {
    "png": (lambda p: quadrants(60, 40).save(p), "PNG", "raster"),
    "jpg": (lambda p: quadrants(60, 40).save(p, quality=90), "JPEG", "raster"),
    "jpeg": (lambda p: quadrants(60, 40).convert("CMYK").save(p, quality=90), "JPEG", "raster"),
    "tif": (_tiff_cmyk, "TIFF", "raster"),
    "tiff": (lambda p: quadrants(60, 40).save(p, compression="tiff_lzw"), "TIFF", "raster"),
    "webp": (lambda p: quadrants(60, 40).save(p, lossless=True), "WEBP", "raster"),
    "psd": (lambda p: write_psd(p, quadrants(60, 40)), "PSD", "raster"),
    "svg": (lambda p: p.write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 60 40">'
                                   '<rect width="60" height="40" fill="#c00"/></svg>'), "SVG", "svg"),
}


@pytest.mark.parametrize("ext", sorted(FORMATS))
def test_every_art_format_is_found_by_convention_and_measured(tmp_path, ext):
    make_project(tmp_path, SPLASH, SMALL)
    write, fmt, kind = FORMATS[ext]
    write(tmp_path / "panels" / f"p1-a.{ext}")
    (layout,), report = lay_out(tmp_path)
    placed = layout.panel("a").art
    assert (placed.kind, placed.format) == (kind, fmt)
    # pixels for raster; points for SVG (60 × 40 CSS px = 45 × 30 pt): only the shape matters for the fit
    assert placed.source_size == pytest.approx((45, 30) if kind == "svg" else (60, 40))
    assert placed.path.name == f"p1-a.{ext}"
    # cover: 60×40 into a 144 pt square → 216 × 144, centred
    assert (placed.rect.w, placed.rect.h) == pytest.approx((216, 144))
    assert not [d for d in report.errors]


def test_explicit_art_path_with_fit_options(tmp_path):
    make_project(tmp_path, "- id: p1\n  layout: splash\n  panels:\n"
                           "    - {id: a, art: {file: art/wide.png, fit: contain, focus: [0, 0]}}\n", SMALL)
    (tmp_path / "art").mkdir()
    quadrants(600, 300).save(tmp_path / "art" / "wide.png")
    (layout,), report = lay_out(tmp_path)
    r = layout.panel("a").art.rect
    assert layout.panel("a").art.path == tmp_path / "art" / "wide.png"
    trim = layout.boxes.trim
    assert (r.x, r.y2, r.w, r.h) == pytest.approx((trim.x, trim.y2, 144, 72))   # top-left kept in view
    assert not report.errors


def test_art_outside_the_project_is_refused_once(tmp_path):
    root = tmp_path / "book"
    root.mkdir()
    make_project(root, "- id: p1\n  layout: splash\n  panels: [{id: a, art: ../secret.png}]\n", SMALL)
    quadrants(10, 10).save(tmp_path / "secret.png")
    (layout,), report = lay_out(root)
    assert layout.panel("a").art.kind == "missing"
    assert [d.code for d in report.errors] == ["path-escape"]


def test_a_link_in_panels_pointing_outside_is_refused(tmp_path):
    root = tmp_path / "book"
    root.mkdir()
    make_project(root, SPLASH, SMALL)
    quadrants(10, 10).save(tmp_path / "secret.png")
    os.symlink(tmp_path / "secret.png", root / "panels" / "p1-a.png")
    (layout,), report = lay_out(root)
    assert layout.panel("a").art.kind == "missing"
    assert [d.code for d in report.errors] == ["path-escape"]


def _png_header_only(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b"")


@pytest.mark.parametrize("name, data, words", [
    ("p1-a.png", b"this is not an image", "not a readable image"),
    ("p1-a.jpg", b"\xff\xd8\xff\xe0 truncated", "not a readable image"),
    ("p1-a.png", _png_header_only(20001, 10), "larger than 20000 px"),
    ("p1-a.png", _png_header_only(15000, 15000), "too many pixels"),      # decompression bomb
    ("p1-a.svg", b"<svg><rect", "SVG"),
    ("p1-a.svg", b"\x00\x01binary", "not a readable SVG"),
])
def test_broken_or_oversized_art_is_an_error_naming_the_file(tmp_path, name, data, words):
    make_project(tmp_path, SPLASH, SMALL)
    (tmp_path / "panels" / name).write_bytes(data)
    (layout,), report = lay_out(tmp_path)
    assert layout.panel("a").art.kind == "missing"
    (d,) = report.errors
    assert d.code == "art-unreadable" and d.pos.file == f"panels/{name}" and words in d.message


def test_truncated_png_is_caught_before_rendering(tmp_path):
    make_project(tmp_path, SPLASH, SMALL)
    quadrants(200, 200).save(tmp_path / "panels" / "p1-a.png")
    data = (tmp_path / "panels" / "p1-a.png").read_bytes()
    (tmp_path / "panels" / "p1-a.png").write_bytes(data[: len(data) // 2])
    (layout,), report = lay_out(tmp_path)
    assert [d.code for d in report.errors] == ["art-unreadable"]


def test_two_files_for_one_panel_warn_and_the_first_type_wins(tmp_path):
    make_project(tmp_path, SPLASH, SMALL)
    quadrants(600, 600).save(tmp_path / "panels" / "p1-a.png")
    quadrants(600, 600).save(tmp_path / "panels" / "p1-a.jpg")
    (layout,), report = lay_out(tmp_path)
    assert layout.panel("a").art.path.name == "p1-a.png"
    assert [d.code for d in report.warnings] == ["art-ambiguous"]


def test_a_near_miss_is_named_in_the_hint(tmp_path):
    make_project(tmp_path, SPLASH, SMALL)
    Image.new("RGB", (10, 10)).save(tmp_path / "panels" / "P1-A.gif", "GIF")
    (layout,), report = lay_out(tmp_path)
    (d,) = [d for d in report if d.code == "art-missing"]
    assert "panels/P1-A.gif" in d.hint


def test_sizes_are_read_from_headers_and_cached(tmp_path, monkeypatch):
    make_project(tmp_path, SPLASH, SMALL)
    quadrants(600, 600).save(tmp_path / "panels" / "p1-a.png")
    lay_out(tmp_path)
    calls = []
    import comic.layout.sources as sources

    real_open = Image.open
    monkeypatch.setattr(sources.Image, "open", lambda *a, **k: calls.append(a) or real_open(*a, **k))
    lay_out(tmp_path)
    assert calls == []          # unchanged file: not opened again


def test_svg_with_live_text_warns_in_print_builds(tmp_path):
    make_project(tmp_path, SPLASH, SMALL)
    (tmp_path / "panels" / "p1-a.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text x="10" y="50">BANG</text></svg>')
    _, draft = lay_out(tmp_path)
    _, printed = lay_out(tmp_path, strict=True)
    assert not [d for d in draft if d.code == "svg-text"]
    assert [d.code for d in printed.warnings] == ["svg-text"]
