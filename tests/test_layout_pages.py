"""Page boxes and the panel grid land where a printer and a reader expect them, to the point."""

from __future__ import annotations

import pytest

from comic.layout.boxes import Rect
from comic.layout.pages import MARKS_ROOM, page_boxes
from comic.model import PageFormat
from test_art_support import lay_out, make_project

PF = PageFormat(trim_width=400, trim_height=600, bleed=9, safe=15, margin=20, gutter=10, border=1)


def approx_rect(r: Rect, x: float, y: float, w: float, h: float) -> bool:
    return (r.x, r.y, r.w, r.h) == pytest.approx((x, y, w, h), abs=1e-6)


def approx_poly(poly, expected) -> bool:
    return [tuple(p) for p in poly] == [pytest.approx(p, abs=1e-6) for p in expected]


def test_print_boxes_nest_strictly_with_room_for_marks_outside_the_bleed():
    b = page_boxes(PF, bleed=True)
    off = MARKS_ROOM + 9
    assert approx_rect(b.trim, off, off, 400, 600)
    assert approx_rect(b.bleed, MARKS_ROOM, MARKS_ROOM, 418, 618)
    assert approx_rect(b.media, 0, 0, 400 + 2 * off, 600 + 2 * off)
    assert approx_rect(b.safe, off + 15, off + 15, 370, 570)
    for outer, inner in ((b.media, b.bleed), (b.bleed, b.trim)):
        assert outer.x < inner.x and outer.y < inner.y and outer.x2 > inner.x2 and outer.y2 > inner.y2
    assert b.trim.x - b.bleed.x >= 8


def test_screen_boxes_are_cut_at_the_trim():
    b = page_boxes(PF, bleed=False)
    assert b.media == b.bleed == b.trim == Rect(0, 0, 400, 600)
    assert approx_rect(b.safe, 15, 15, 370, 570)


def test_a_3mm_bleed_passes_the_printers_8pt_floor(tmp_path):
    make_project(tmp_path, "- id: p1\n  layout: splash\n  panels: [{id: a}]\n",
                 page_format="page: {trim: A5, bleed: 3mm}\n")
    (layout,), report = lay_out(tmp_path)
    b = layout.boxes
    assert b.trim.x - b.bleed.x == pytest.approx(3 * 72 / 25.4)
    assert b.bleed.x - b.media.x >= 12
    assert not [d for d in report if d.code == "small-bleed"]


def test_grid_2x3_cells_exact(tmp_path):
    make_project(tmp_path, """
        - id: p1
          layout: grid 2x3
          panels: [{id: a}, {id: b}, {id: c}, {id: d}, {id: e}, {id: f}]
    """)
    (layout,), report = lay_out(tmp_path, bleed=False)
    assert report.ok
    # area = trim inset 20: (20, 20, 360, 560); rows (560 - 20) / 3 = 180; columns (360 - 10) / 2 = 175
    expected = {"a": (20, 400), "b": (205, 400), "c": (20, 210), "d": (205, 210), "e": (20, 20), "f": (205, 20)}
    for pid, (x, y) in expected.items():
        pb = layout.panel(pid)
        assert approx_rect(pb.bounds, x, y, 175, 180), pid
        assert approx_poly(pb.frame, Rect(x, y, 175, 180).polygon())
        assert pb.art_clip == pb.frame and pb.border == 1 and pb.bleeds == ()
        assert pb.border_path == (pb.frame + (pb.frame[0],),)
    # the print page is the same grid moved by bleed + marks room
    (printed,), _ = lay_out(tmp_path, bleed=True)
    off = MARKS_ROOM + 9
    assert approx_rect(printed.panel("a").bounds, 20 + off, 400 + off, 175, 180)


def test_row_ratios_and_column_ratios(tmp_path):
    make_project(tmp_path, """
        - id: p1
          layout: {rows: [1, 3], cols: [[1, 1, 2], [1]]}
          panels: [{id: a}, {id: b}, {id: c}, {id: d}]
    """)
    (layout,), _ = lay_out(tmp_path, bleed=False)
    # rows share 560 - 10 = 550 as 137.5 / 412.5; row 1 widths share 360 - 20 = 340 as 85 / 85 / 170
    assert approx_rect(layout.panel("a").bounds, 20, 442.5, 85, 137.5)
    assert approx_rect(layout.panel("b").bounds, 115, 442.5, 85, 137.5)
    assert approx_rect(layout.panel("c").bounds, 210, 442.5, 170, 137.5)
    assert approx_rect(layout.panel("d").bounds, 20, 20, 360, 412.5)


def test_span_rowspan_and_the_next_free_cell(tmp_path):
    make_project(tmp_path, """
        - id: p1
          layout: {rows: [1, 1], cols: [[1, 1, 1], [1, 1]], gutter: 15pt}
          panels:
            - {id: a, span: 2}
            - {id: b, rowspan: 2}
            - {id: c}
            - {id: d}
    """)
    (layout,), report = lay_out(tmp_path, bleed=False)
    # rows (560 - 15) / 2 = 272.5; top row cells 110 wide, bottom row cells 172.5 wide
    assert approx_rect(layout.panel("a").bounds, 20, 307.5, 235, 272.5)
    assert approx_rect(layout.panel("b").bounds, 270, 20, 110, 560)
    # cell 5 lies under b, so c takes cell 4 and d finds no cell left
    assert approx_rect(layout.panel("c").bounds, 20, 20, 172.5, 272.5)
    assert layout.panel("d") is None
    assert [d.panel for d in report.errors] == ["d"] and report.errors[0].code == "too-many-panels"


def test_explicit_cells_and_clashes_are_reported(tmp_path):
    make_project(tmp_path, """
        - id: p1
          layout: grid 2x2
          panels:
            - {id: a, cell: 4}
            - {id: b, cell: 1, span: 3}
            - {id: c, cell: 2}
    """)
    (layout,), report = lay_out(tmp_path, bleed=False)
    assert approx_rect(layout.panel("a").bounds, 205, 20, 175, 275)
    codes = {(d.code, d.panel) for d in report.errors}
    assert ("span-too-wide", "b") in codes and ("cell-taken", "c") in codes
    assert approx_rect(layout.panel("b").bounds, 20, 305, 360, 275)   # clamped to its row


def test_full_bleed_panel_reaches_the_bleed_edge_and_drops_its_outer_border(tmp_path):
    make_project(tmp_path, """
        - id: p1
          layout: grid 2x3
          panels: [{id: a, bleed: true}, {id: b}, {id: c}, {id: d}, {id: e}, {id: f, bleed: true}]
    """)
    (layout,), report = lay_out(tmp_path, bleed=True)
    a = layout.panel("a")
    assert a.bleeds == ("left", "top")
    # cell (47, 427, 175, 180) grown 20 to the trim, then 9 into the bleed on the left and top
    assert approx_rect(a.bounds, 27, 427, 195, 200)
    assert approx_rect(a.art_box, 18, 427, 204, 209)
    assert approx_poly(a.art_clip, Rect(18, 427, 204, 209).polygon())
    assert a.frame == a.art_clip
    assert len(a.border_path) == 1 and approx_poly(a.border_path[0], [(18, 427), (222, 427), (222, 636)])
    f = layout.panel("f")
    assert f.bleeds == ("bottom", "right")
    assert approx_rect(f.art_box, 232, 18, 195 + 9, 200 + 9)
    assert len(f.border_path) == 1 and approx_poly(f.border_path[0], [(436, 227), (232, 227), (232, 18)])
    # screen: the same art box (same crop), clipped at the trim
    (screen,), _ = lay_out(tmp_path, bleed=False)
    s = screen.panel("a")
    assert approx_rect(s.art_box, -9, 400, 204, 209)
    assert approx_poly(s.art_clip, Rect(0, 400, 195, 200).polygon())
    assert approx_poly(s.border_path[0], [(0, 400), (195, 400), (195, 600)])


def test_bleed_on_an_inner_panel_is_a_warning(tmp_path):
    make_project(tmp_path, """
        - id: p1
          layout: grid 3x3
          panels: [{id: a}, {id: b}, {id: c}, {id: d}, {id: e, bleed: true}]
    """)
    (layout,), report = lay_out(tmp_path)
    assert layout.panel("e").bleeds == ()
    assert [d.code for d in report.warnings if d.code != "art-missing"] == ["bleed-no-edge"]


def test_borderless_panel_and_book_border(tmp_path):
    make_project(tmp_path, """
        - id: p1
          layout: grid 2x1
          panels: [{id: a, border: 0}, {id: b, border: 2pt}]
    """)
    (layout,), _ = lay_out(tmp_path)
    assert layout.panel("a").border == 0 and layout.panel("b").border == 2


def test_polygon_shape_maps_panel_coordinates_to_the_page(tmp_path):
    make_project(tmp_path, """
        - id: p1
          layout: grid 2x3
          panels:
            - {id: a, bleed: true, shape: [[0, 0], [1, 0], [1, 1], [0, 0.5]]}
            - {id: b}
            - {id: c, shape: [[0, 0], [1, 0.2], [1, 1], [0, 0.8]]}
    """)
    (layout,), _ = lay_out(tmp_path, bleed=False)
    c = layout.panel("c")
    assert approx_rect(c.bounds, 20, 210, 175, 180)
    assert approx_poly(c.frame, [(20, 390), (195, 354), (195, 210), (20, 246)])
    assert c.art_clip == c.frame and approx_rect(c.art_box, 20, 210, 175, 180)
    (printed,), _ = lay_out(tmp_path, bleed=True)
    a = printed.panel("a")
    # vertices on the bleeding left and top edges move out to the bleed edge with them
    assert approx_poly(a.frame, [(18, 636), (222, 636), (222, 427), (18, 527)])


def test_inset_panel_sits_over_the_grid_and_is_drawn_last(tmp_path):
    make_project(tmp_path, """
        - id: p1
          layout: grid 2x2
          panels:
            - {id: inset, inset: [0.25, 0.25, 0.5, 0.5]}
            - {id: a}
            - {id: b}
    """)
    (layout,), report = lay_out(tmp_path, bleed=False)
    assert report.ok
    assert [p.panel.id for p in layout.panels] == ["a", "b", "inset"]
    assert approx_rect(layout.panel("inset").bounds, 110, 160, 180, 280)
    assert layout.panel("inset").inset and approx_rect(layout.panel("a").bounds, 20, 305, 175, 275)


def test_inset_outside_the_panel_area_is_reported(tmp_path):
    make_project(tmp_path, """
        - id: p1
          layout: splash
          panels: [{id: a}, {id: b, inset: [0.8, 0.1, 0.5, 0.2]}]
    """)
    (layout,), report = lay_out(tmp_path)
    assert [d.code for d in report.errors] == ["bad-inset"]
    assert layout.boxes.trim.contains(layout.panel("b").bounds)


def test_layout_margin_and_gutter_override_the_book(tmp_path):
    make_project(tmp_path, """
        - id: p1
          layout: {rows: [1], cols: [[1, 1]], margin: 0pt, gutter: 0pt}
          panels: [{id: a}, {id: b}]
    """)
    (layout,), _ = lay_out(tmp_path, bleed=False)
    assert approx_rect(layout.panel("a").bounds, 0, 0, 200, 600)
    assert approx_rect(layout.panel("b").bounds, 200, 0, 200, 600)


def test_page_numbers_and_background_cover_the_bleed(tmp_path):
    make_project(tmp_path, """
        - id: p1
          layout: splash
          background: panels/bg.png
          panels: [{id: a}]
        - id: p2
          layout: splash
          panels: [{id: a}]
    """)
    from PIL import Image

    Image.new("RGB", (10, 10), "white").save(tmp_path / "panels" / "bg.png")
    layouts, _ = lay_out(tmp_path)
    assert [l.number for l in layouts] == [1, 2]
    bg = layouts[0].background
    assert bg.kind == "raster" and bg.box == layouts[0].boxes.bleed
    assert approx_poly(bg.clip, layouts[0].boxes.bleed.polygon())


def test_every_panel_of_the_sample_book_lies_inside_the_trim():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "comic" / "data" / "template"
    layouts, report = lay_out(root)
    assert layouts and all(not d.code.startswith(("span", "cell", "too-many")) for d in report)
    for layout in layouts:
        for pb in layout.panels:
            assert layout.boxes.trim.contains(pb.bounds)
            assert layout.boxes.bleed.contains(pb.art_box)
