"""The book file's `print:` and `screen:` sections change what `comic build` makes.

These run once the build reads the sections (`Book.editions`, see comic/editions.py); until then they skip.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from comic import model as m
from comic.checks.preflight import PreflightOptions, preflight
from comic.diagnostics import Report
from comic.render.ink import max_ink
from tests.conftest import TEMPLATE, edit
from tests.test_print_tools import PAGE_2, make_art

pytestmark = pytest.mark.skipif("editions" not in m.Book.__dataclass_fields__,
                                reason="the build does not read `print:` yet (Book.editions)")


def project(tmp_path: Path, settings: str, *, pages: int = 2) -> Path:
    root = tmp_path / "book"
    shutil.copytree(TEMPLATE, root)
    scene = root / "scripts" / "scenes" / "01-start.yaml"
    extra = PAGE_2 + "".join(f"  - id: x{i}\n    layout: splash\n    panels: [{{id: a}}]\n" for i in range(pages - 2))
    scene.write_text(scene.read_text(encoding="utf-8") + extra, encoding="utf-8")
    make_art(root / "panels")
    for i in range(pages - 2):
        shutil.copy(root / "panels" / "p1-b.svg", root / "panels" / f"x{i}-a.svg")
    edit(root / "scripts" / "book.yaml", "scenes:", settings + "scenes:")
    return root


def build(root: Path, **kw):
    from comic.build import build_project

    report = Report()
    result = build_project(root, report, languages=["en"], previews=False, **kw)
    assert report.ok, [d.text() for d in report]
    return result, report, {o.kind: root / o.path for o in result.outputs}


def pages(path: Path) -> int:
    with pikepdf.open(path) as pdf:
        return len(pdf.pages)


def test_saddle_stitch_pads_both_editions_and_says_so(tmp_path):
    root = project(tmp_path, "print:\n  binding: saddle\n", pages=3)
    result, report, out = build(root, print_=True)
    assert pages(out["screen"]) == pages(out["print"]) == 4
    assert any(d.code == "binding-pad" and "1 blank page added before page 3" in d.message for d in report.warnings)
    manifest = json.loads((root / "build" / "manifest.json").read_text())
    assert manifest["binding"]["pages"] == 4 and manifest["binding"]["blank_pages"] == 1
    assert preflight(out["print"], PreflightOptions(binding="saddle", check_ink=False)).ok


def test_separate_covers_make_a_cover_file(tmp_path):
    root = project(tmp_path, "print:\n  covers: separate\n", pages=4)
    edit(root / "scripts" / "scenes" / "01-start.yaml", "  - id: p1\n", "  - id: p1\n    part: front\n")
    _, _, out = build(root, print_=True, screen=False)
    assert pages(out["print"]) == 3 and pages(out["cover"]) == 2
    assert out["cover"].name.endswith("-print-cover.pdf")
    assert preflight(out["cover"], PreflightOptions(check_ink=False)).ok


def test_booklet_is_built_from_the_screen_pdf(tmp_path):
    root = project(tmp_path, "")
    _, _, out = build(root, booklet=True)
    assert pages(out["booklet"]) == 2                              # 2 pages → 4 → one sheet, both sides


@pytest.mark.skipif(shutil.which("gs") is None, reason="gs not installed")
def test_a_lower_ink_limit_reaches_the_print_pdf(tmp_path):
    root = project(tmp_path, "print:\n  ink_limit: 240\n")
    _, _, out = build(root, print_=True, screen=False)
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=tiff32nc", "-r100",
                    f"-sOutputFile={tmp_path / 'ink-%d.tif'}", str(out["print"])], check=True, timeout=120)
    peak = max(max_ink(Image.open(p)) for p in tmp_path.glob("ink-*.tif"))
    assert 220 <= peak <= 240
    assert preflight(out["print"], PreflightOptions(ink_limit=240)).ok


def test_x1a_and_a_chosen_profile(tmp_path):
    root = project(tmp_path, "print:\n  standard: X-1a\n  profile: assets/press.icc\n  output_condition: FOGRA39\n")
    (root / "assets").mkdir()
    shutil.copy(Path(__file__).resolve().parents[1] / "assets" / "icc" / "ISOcoated_v2_300_bas.icc",
                root / "assets" / "press.icc")
    _, _, out = build(root, print_=True, screen=False)
    report = preflight(out["print"], PreflightOptions(check_ink=False))
    assert report.ok and report.standard == "PDF/X-1a:2001"
    with pikepdf.open(out["print"]) as pdf:
        assert str(pdf.Root.OutputIntents[0].OutputConditionIdentifier) == "FOGRA39"


def test_a_missing_profile_stops_the_print_build_with_a_position(tmp_path):
    from comic.build import build_project

    root = project(tmp_path, "print:\n  profile: assets/nope.icc\n")
    report = Report()
    build_project(root, report, languages=["en"], print_=True, previews=False)
    [error] = report.errors
    assert error.code == "print-profile" and str(error.pos).startswith("scripts/book.yaml:")
