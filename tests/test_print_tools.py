"""The print edition as a printer's prepress sees it, checked with tools that share no code with ours.

One small book (raster RGB art, an SVG with a gradient, a CMYK JPEG, 1-bit line art) is built with
`build_project(..., print_=True)` and read back with qpdf, pdffonts, pdfimages, Ghostscript and PDFium.
Each test skips when its tool is missing; .ci/run installs poppler-utils, qpdf and ghostscript.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from PIL import Image, ImageChops, ImageDraw, ImageOps, ImageStat

from comic.checks.preflight import preflight
from comic.cli import main as comic
from comic.diagnostics import Report
from comic.render.ink import max_ink
from tests.conftest import TEMPLATE

W, H = 733, 1099           # a template panel's art box at 300 ppi (trim + bleed where it bleeds)
INK_LIMIT = 300.0


def need(tool: str):
    return pytest.mark.skipif(shutil.which(tool) is None, reason=f"{tool} not installed")


def run(*cmd: str) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def make_art(panels: Path) -> None:
    """Art at 300 ppi: smooth (so two renderers can agree pixel for pixel) with the darkest RGB has."""
    ramp = Image.linear_gradient("L").resize((W, H))
    im = ImageOps.colorize(ramp, (250, 235, 200), (60, 90, 200))
    d = ImageDraw.Draw(im)
    d.rectangle([40, 40, 400, 400], fill=(0, 0, 0))                 # rich black: the most ink RGB gives
    d.rectangle([420, 40, 700, 400], fill=(20, 0, 60))              # a dark saturated blue
    d.ellipse([100, 600, 600, 1000], fill=(230, 30, 30), outline=(0, 0, 0), width=12)   # JPEG rings here
    im.save(panels / "p1-a.png", dpi=(300, 300))
    im.transpose(Image.Transpose.FLIP_LEFT_RIGHT).save(panels / "p1-c.jpg", quality=92, dpi=(300, 300))
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="176" height="264" viewBox="0 0 176 264">'
           '<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#1a2a6c"/>'
           '<stop offset="1" stop-color="#fdbb2d"/></linearGradient></defs>'
           '<rect x="0" y="0" width="176" height="264" fill="url(#g)"/>'
           '<circle cx="88" cy="150" r="50" fill="#00a86b" stroke="#000000" stroke-width="4"/></svg>')
    (panels / "p1-b.svg").write_text(svg)
    (panels / "p2-b.svg").write_text(svg)
    line = Image.new("1", (W, H), 1)
    ld = ImageDraw.Draw(line)
    for x in range(0, W, 120):
        ld.line([(x, 0), (W - x, H)], fill=0, width=6)
    line.save(panels / "p1-d.png", dpi=(300, 300))
    Image.new("CMYK", (W, H), (40, 10, 0, 20)).save(panels / "p2-a.jpg", quality=90, dpi=(300, 300))


PAGE_2 = """
  - id: p2
    layout: grid 2x2
    panels:
      - id: a
        items:
          - {id: p2-caption, caption: "Later that day.", at: [0.5, 0.12]}
      - id: b
"""


@pytest.fixture(scope="module")
def print_pdf(tmp_path_factory) -> Path:
    from comic.build import build_project

    root = tmp_path_factory.mktemp("print") / "book"
    shutil.copytree(TEMPLATE, root)
    scene = root / "scripts" / "scenes" / "01-start.yaml"
    scene.write_text(scene.read_text(encoding="utf-8") + PAGE_2, encoding="utf-8")
    make_art(root / "panels")
    report = Report()
    result = build_project(root, report, languages=["en"], print_=True, screen=False, previews=False)
    assert report.ok, [d.text() for d in report]
    [out] = [o for o in result.outputs if o.kind == "print"]
    return root / out.path


@pytest.fixture()
def broken(print_pdf, tmp_path):
    """A copy of the print PDF for a test to damage."""
    path = tmp_path / "broken.pdf"
    shutil.copy(print_pdf, path)
    return path


@need("qpdf")
def test_qpdf_finds_no_structural_errors(print_pdf):
    result = run("qpdf", "--check", str(print_pdf))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors found" in result.stdout


@need("pdffonts")
def test_every_font_is_embedded(print_pdf):
    rows = run("pdffonts", str(print_pdf)).stdout.splitlines()[2:]
    assert rows, "no fonts listed: the lettering is missing"
    for row in rows:
        emb = row.split()[-5]          # name type encoding emb sub uni object ID
        assert emb == "yes", row


@need("pdfimages")
def test_every_image_is_cmyk_or_grey_at_300_ppi(print_pdf):
    rows = [line.split() for line in run("pdfimages", "-list", str(print_pdf)).stdout.splitlines()[2:]]
    assert len(rows) == 4              # two converted RGB panels, the CMYK JPEG, the line art; SVG stays vector
    for row in rows:
        colour, x_ppi, y_ppi = row[5], float(row[12]), float(row[13])
        assert colour in ("cmyk", "gray"), row
        assert min(x_ppi, y_ppi) >= 299, row


@need("gs")
def test_total_ink_measured_by_ghostscript_stays_under_the_limit(print_pdf, tmp_path):
    result = run("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=tiff32nc", "-r100",
                 f"-sOutputFile={tmp_path / 'ink-%d.tif'}", str(print_pdf))
    assert result.returncode == 0, result.stderr
    peaks = []
    for page in sorted(tmp_path.glob("ink-*.tif")):
        with Image.open(page) as im:
            assert im.mode == "CMYK"
            peaks.append(max_ink(im))
    assert len(peaks) == 2
    # the rich black is there (the limiter did not just wash the art out) and under the limit
    assert 270 <= max(peaks) <= INK_LIMIT, peaks


@need("gs")
def test_pdfium_and_ghostscript_draw_the_same_page(print_pdf, tmp_path):
    import pypdfium2 as pdfium

    png = tmp_path / "gs.png"
    result = run("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=png16m", "-r72", "-dFirstPage=1",
                 "-dLastPage=1", f"-sOutputFile={png}", str(print_pdf))
    assert result.returncode == 0, result.stderr
    doc = pdfium.PdfDocument(str(print_pdf))
    try:
        ours = doc[0].render(scale=1).to_pil().convert("L")
    finally:
        doc.close()
    theirs = Image.open(png).convert("L")
    # the two round the page size differently (a pixel at most); compare at a quarter of the size so image
    # resampling and half-pixel edges do not count, only what is drawn where
    size = (ours.width // 4, ours.height // 4)
    ours, theirs = ours.resize(size, Image.Resampling.BOX), theirs.resize(size, Image.Resampling.BOX)
    difference = ImageStat.Stat(ImageChops.difference(ours, theirs)).mean[0]
    blank = ImageStat.Stat(ImageChops.difference(ours, Image.new("L", size, 255))).mean[0]
    assert blank > 30, "the page rendered (almost) white"
    assert difference < 8, f"PDFium and Ghostscript differ by {difference:.1f} grey levels on average"


def test_comic_preflight_passes_the_print_edition(print_pdf, capsys):
    assert comic(["preflight", str(print_pdf)]) == 0, capsys.readouterr().out
    assert "PASS" in capsys.readouterr().out


def test_lettering_is_pure_black_ink(print_pdf):
    """Rich black text misregisters: every colour text is filled or outlined with has no C, M or Y."""
    with pikepdf.open(print_pdf) as pdf:
        for page in pdf.pages:
            colours = {"k": None, "K": None}
            in_text, used = False, []
            for operands, op in pikepdf.parse_content_stream(page):
                name = str(op)
                if name in ("k", "K"):
                    colours[name] = tuple(float(v) for v in operands)
                elif name in ("rg", "RG", "g", "G", "sc", "SC", "scn", "SCN", "cs", "CS"):
                    colours["k" if name.islower() else "K"] = name
                elif name == "BT":
                    in_text = True
                elif name == "ET":
                    in_text = False
                elif in_text and name in ("Tj", "TJ", "'", '"'):
                    used += [colours["k"], colours["K"]]
            assert used, "no text on the page"
            for colour in used:
                assert colour is None or (isinstance(colour, tuple) and colour[:3] == (0, 0, 0)), colour


# -------------------------------------------------------------- preflight catches damage to this very file

def _codes_on(report, code: str) -> list:
    return [f for f in report.errors if f.code == code]


def test_preflight_names_the_page_with_an_rgb_image(broken):
    with pikepdf.open(broken, allow_overwriting_input=True) as pdf:
        page = pdf.pages[1]
        image = pikepdf.Stream(pdf, bytes([200, 30, 30]) * 4)
        image.Type, image.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
        image.Width, image.Height, image.BitsPerComponent = 2, 2, 8
        image.ColorSpace = pikepdf.Name.DeviceRGB
        page.add_resource(image, pikepdf.Name.XObject, pikepdf.Name("/Intruder"))
        page.contents_add(pikepdf.Stream(pdf, b"q 1 0 0 1 60 60 cm /Intruder Do Q"))
        pdf.save(broken)
    report = preflight(broken)
    [finding] = _codes_on(report, "image-rgb")
    assert finding.page == 2 and finding.message.startswith("page 2: image ")


def test_preflight_names_the_page_with_an_unembedded_font(broken):
    with pikepdf.open(broken, allow_overwriting_input=True) as pdf:
        page = pdf.pages[1]
        font = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                    BaseFont=pikepdf.Name.Helvetica))
        page.add_resource(font, pikepdf.Name.Font, pikepdf.Name("/Plain"))
        page.contents_add(pikepdf.Stream(pdf, b"BT 0 0 0 1 k /Plain 9 Tf 60 60 Td (Hi) Tj ET"))
        pdf.save(broken)
    report = preflight(broken)
    [finding] = _codes_on(report, "font-not-embedded")
    assert finding.page == 2 and "Helvetica" in finding.message and "is not embedded" in finding.message


def test_preflight_names_the_page_without_a_trim_box(broken):
    with pikepdf.open(broken, allow_overwriting_input=True) as pdf:
        del pdf.pages[1].obj["/TrimBox"]
        pdf.save(broken)
    report = preflight(broken)
    [finding] = _codes_on(report, "trimbox-missing")
    assert finding.page == 2 and finding.message.startswith("page 2: no TrimBox")
