"""`comic art-specs` tells an illustrator the exact size of every panel; previews show a book at a glance."""

from __future__ import annotations

import argparse
import csv

import pytest
from PIL import Image

from comic.commands import art_specs
from comic.render.preview import contact_sheet, write_previews
from test_art_support import lay_out, make_project, quadrants, render

PAGES = """
- id: p1
  layout: grid 2x3
  panels: [{id: a, bleed: true}, {id: b}, {id: c}]
- id: p2
  layout: splash
  background: panels/back.png
  panels: [{id: a, inset: [0.1, 0.1, 0.3, 0.2]}]
"""


def run(capsys, root, *extra):
    parser = argparse.ArgumentParser(prog="comic")
    art_specs.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["art-specs", "--project", str(root), *extra])
    code = art_specs.run(args)
    return code, capsys.readouterr()


def test_table_and_csv_give_mm_and_pixels_per_panel(tmp_path, capsys):
    make_project(tmp_path, PAGES)
    quadrants(730, 750).save(tmp_path / "panels" / "p1-b.png")          # exactly 300 ppi
    quadrants(300, 300).save(tmp_path / "panels" / "p1-c.png")          # too small
    Image.new("RGB", (10, 10)).save(tmp_path / "panels" / "back.png")
    code, out = run(capsys, tmp_path, "--csv", str(tmp_path / "specs.csv"))
    assert code == 0
    line = next(l.split() for l in out.out.splitlines() if l.startswith("p1 ") and " b " in l)
    assert line[:4] == ["p1", "b", "panels/p1-b.png", "ok"] and "730x750" in line
    table = {(r["page"], r["panel"]): r for r in csv.DictReader(open(tmp_path / "specs.csv", encoding="utf-8"))}
    b = table[("p1", "b")]
    # cell 175 × 180 pt = 61.7 × 63.5 mm
    assert (b["width_mm"], b["height_mm"], b["px_300"], b["px_600"]) == ("61.7", "63.5", "730x750", "1459x1500")
    assert (b["status"], b["ppi"], b["pixels"], b["bleed"]) == ("ok", "300", "730x750", "")
    a = table[("p1", "a")]
    # bleeding panel: cell + 20 pt margin + 9 pt bleed on the left and top = 204 × 209 pt
    assert (a["width_mm"], a["height_mm"], a["px_300"], a["bleed"], a["status"]) == ("72.0", "73.7", "850x871",
                                                                                     "left top", "missing")
    assert table[("p1", "c")]["status"] == "low"
    back = table[("p2", "background")]
    assert back["px_300"] == "1742x2575" and back["art"] == "panels/back.png"
    assert ("p2", "a") in table
    assert "under 300 ppi" in out.out


def test_templates_have_the_300_ppi_size_and_visible_guides(tmp_path, capsys):
    make_project(tmp_path, PAGES)
    Image.new("RGB", (10, 10)).save(tmp_path / "panels" / "back.png")
    code, _ = run(capsys, tmp_path, "--templates", str(tmp_path / "tpl"))
    assert code == 0
    names = sorted(p.name for p in (tmp_path / "tpl").iterdir())
    assert names == ["p1-a.png", "p1-b.png", "p1-c.png", "p2-a.png", "p2-background.png"]
    a = Image.open(tmp_path / "tpl" / "p1-a.png")
    assert a.size == (850, 871) and a.info["dpi"] == pytest.approx((300, 300), abs=0.01)
    # the red trim line of the bleeding panel runs 9 pt (37.5 px) in from the left edge
    red = [x for x in range(0, 80) if a.getpixel((x, 400))[:3] == (230, 40, 40)]
    assert red and abs(red[0] - 37.5) <= 1.5


def test_templates_never_overwrite_finished_art_in_panels(tmp_path, capsys):
    make_project(tmp_path, PAGES)
    finished = tmp_path / "panels" / "p1-b.png"
    quadrants(730, 750).save(finished)
    before = finished.read_bytes()
    run(capsys, tmp_path, "--templates", str(tmp_path / "panels"))
    assert finished.read_bytes() == before
    assert (tmp_path / "panels" / "p1-c.png").is_file()


def test_a_broken_script_exits_1_without_a_traceback(tmp_path, capsys):
    code, out = run(capsys, tmp_path)
    assert code == 1 and "Traceback" not in out.err and "book" in out.err


def test_previews_are_cut_at_the_trim_and_make_a_contact_sheet(tmp_path):
    make_project(tmp_path, PAGES)
    layouts, _ = lay_out(tmp_path)
    pdf = render(layouts, tmp_path / "book-en.pdf", cmyk=True, root=tmp_path)
    pngs = write_previews(pdf, tmp_path / "previews", dpi=36)
    assert [p.name for p in pngs] == ["book-en-001.png", "book-en-002.png"]
    assert Image.open(pngs[0]).size == (200, 300)                   # 400 × 600 pt trim at 36 dpi
    sheet = contact_sheet(pngs, tmp_path / "sheet.png", columns=6)
    assert Image.open(sheet).size[0] > 400
