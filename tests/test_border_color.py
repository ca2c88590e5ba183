"""Panel borders take the book's or the panel's colour (black by default), in screen and print."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from comic.build import build_project
from comic.diagnostics import Report
from tests.conftest import edit


def _pixel_on_left_border(pdf: Path, panel_x_pt: float, y_pt: float) -> tuple[int, int, int]:
    doc = pdfium.PdfDocument(str(pdf))
    page = doc[0]
    scale = 2.0
    img = page.render(scale=scale).to_pil().convert("RGB")
    h = page.get_height()
    return img.getpixel((round(panel_x_pt * scale), round((h - y_pt) * scale)))


def test_panel_border_colour(project: Path, tmp_path: Path):
    edit(project / "scripts/book.yaml", "  safe: 5mm", "  safe: 5mm\n  border: 4pt\n  border_color: \"#0000ff\"")
    edit(project / "scripts/scenes/01-start.yaml", "      - id: a\n", "      - id: a\n        border_color: \"#ff0000\"\n")
    report = Report()
    result = build_project(project, report, languages=["en"], previews=False, out_dir=tmp_path / "out")
    assert report.ok, [d.text() for d in report.errors]
    path = Path(next(o.path for o in result.outputs if o.kind == "screen"))
    pdf = path if path.is_absolute() else project / path
    margin = 10 * 72 / 25.4                        # default margin: the grid starts here
    top_y = 210 * 72 / 25.4 - margin - 20          # a little below the top of the first row
    red = _pixel_on_left_border(pdf, margin, top_y)               # panel a: its own colour
    assert red[0] > 200 and red[1] < 60 and red[2] < 60, red
    right_panel_x = 148 * 72 / 25.4 - margin                      # panel b's right edge: the book's colour
    blue = _pixel_on_left_border(pdf, right_panel_x, top_y)
    assert blue[2] > 200 and blue[0] < 60 and blue[1] < 60, blue
