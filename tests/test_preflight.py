"""Preflight: a finalized CMYK book passes; each problem a printer would reject fails, naming page and fix."""

from __future__ import annotations

import argparse
import json
import shutil
from datetime import datetime, timezone
from pathlib import Path

import pikepdf
import pytest

from comic.checks.preflight import PreflightOptions, format_text, preflight
from comic.commands import preflight as command
from comic.render.pdfx import PdfxSettings, finalize

REPO = Path(__file__).resolve().parents[1]
FONT_PLACES = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    *sorted((REPO / "assets" / "fonts").glob("**/*.ttf")),
)
BLEED, TRIM = 9.0, 72.0  # 3.175 mm bleed around a one-inch page: fast to render
needs_gs = pytest.mark.skipif(shutil.which("gs") is None, reason="Ghostscript not installed")


@pytest.fixture(scope="session")
def ttf() -> Path:
    for place in FONT_PLACES:
        if place.is_file():
            return place
    pytest.skip("no TrueType font to embed")


@pytest.fixture(scope="session")
def art(tmp_path_factory) -> dict[str, Path]:
    from PIL import Image

    folder = tmp_path_factory.mktemp("art")
    paths = {"cmyk": folder / "cmyk.jpg", "rgb": folder / "rgb.png", "small": folder / "small.jpg"}
    Image.new("CMYK", (60, 60), (120, 40, 20, 10)).save(paths["cmyk"], quality=90)
    Image.new("RGB", (60, 60), (200, 30, 30)).save(paths["rgb"])
    Image.new("CMYK", (30, 30), (0, 80, 80, 0)).save(paths["small"], quality=90)
    return paths


@pytest.fixture
def build(tmp_path, icc_profile, ttf, art):
    """build(pages=..., ...) → a finalized PDF/X-4 whose page 2 (or 1) carries the requested problem."""

    def _build(
        name: str = "book.pdf",
        *,
        pages: int = 2,
        rgb_image_on: int | None = None,
        standard_font: bool = False,
        ink400_on: int | None = None,
        low_ppi_on: int | None = None,
        ppi_via_form: bool = False,
        alpha: bool = False,
        rgb_vector_on: int | None = None,
        finalize_as: str | None = "X-4",
    ) -> Path:
        import reportlab.rl_config as rl_config
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen.canvas import Canvas

        rl_config.useA85 = 0
        pdfmetrics.registerFont(TTFont("TestSans", str(ttf)))
        raw = tmp_path / f"raw-{name}"
        side = TRIM + 2 * BLEED
        c = Canvas(
            str(raw),
            pagesize=(side, side),
            invariant=1,
            initialFontName="Helvetica" if standard_font else "TestSans",
            trimBox=(BLEED, BLEED, BLEED + TRIM, BLEED + TRIM),
            bleedBox=(0, 0, side, side),
        )
        for n in range(1, pages + 1):
            c.setFillColorCMYK(0.1, 0.2, 0.3, 0)
            c.rect(0, 0, side, side, fill=1, stroke=0)
            c.drawImage(str(art["cmyk"]), 20, 20, 14.4, 14.4)  # 60 px over 0.2 in: 300 ppi
            c.setFillColorCMYK(0, 0, 0, 1)
            c.setFont("Helvetica" if standard_font else "TestSans", 8)
            c.drawString(20, 60, f"Page {n}")
            if rgb_image_on == n:
                c.drawImage(str(art["rgb"]), 40, 20, 14.4, 14.4)
            if ink400_on == n:
                c.setFillColorCMYK(1, 1, 1, 1)
                c.rect(40, 40, 30, 30, fill=1, stroke=0)
            if low_ppi_on == n:
                if ppi_via_form:  # 30 px over 0.1 in inside a form scaled ×4: 75 ppi
                    c.beginForm(f"art{n}")
                    c.drawImage(str(art["small"]), 0, 0, 7.2, 7.2)
                    c.endForm()
                    c.saveState()
                    c.translate(40, 40)
                    c.scale(4, 4)
                    c.doForm(f"art{n}")
                    c.restoreState()
                else:  # 30 px over 1 in: 30 ppi
                    c.drawImage(str(art["small"]), 9, 9, 72, 72)
            if rgb_vector_on == n:
                c.setFillColorRGB(1, 0, 0)
                c.rect(30, 30, 10, 10, fill=1, stroke=0)
            if alpha:
                c.setFillAlpha(0.5)
                c.rect(30, 30, 10, 10, fill=1, stroke=0)
                c.setFillAlpha(1)
            c.showPage()
        c.save()
        if finalize_as is None:
            return raw
        out = tmp_path / name
        settings = PdfxSettings(
            version=finalize_as,
            profile=icc_profile,
            output_condition="FOGRA39",
            title="Preflight test",
            date=datetime(2024, 5, 1, tzinfo=timezone.utc),
        )
        finalize(raw, out, settings)
        return out

    return _build


def errors(report, code):
    return [f for f in report.errors if f.code == code]


def cli(*files, **options) -> argparse.Namespace:
    base = dict(files=[Path(f) for f in files], format="text", binding="none", ink_limit=300.0, standard="auto", quiet=False)
    base.update(options)
    return argparse.Namespace(**base)


# --------------------------------------------------------------------------------------------------


def test_finalized_cmyk_book_passes(build, capsys):
    path = build()
    report = preflight(path)
    assert report.ok, format_text(report)
    assert report.findings == [] or all(f.severity == "info" for f in report.findings), format_text(report)
    assert report.standard == "PDF/X-4" and report.checked_as == "x4" and report.pages == 2
    assert command.run(cli(path)) == 0
    assert "PASS" in capsys.readouterr().out


def test_x1a_book_passes_as_x1a(build):
    report = preflight(build(finalize_as="X-1a"))
    assert report.checked_as == "x1a"
    assert report.ok, format_text(report)


def test_rgb_image_fails_naming_page_and_fix(build):
    report = preflight(build(rgb_image_on=2))
    [finding] = errors(report, "image-rgb")
    assert finding.page == 2
    assert finding.message.startswith("page 2: image ")
    assert "is DeviceRGB — print PDFs must be CMYK; convert the art or rebuild with --print" in finding.message
    assert not report.ok


def test_unembedded_standard_font_fails(build):
    report = preflight(build(standard_font=True, pages=3))
    [finding] = errors(report, "font-not-embedded")
    assert finding.message.startswith("pages 1-3: font Helvetica")
    assert "is not embedded" in finding.message
    assert finding.pages == [1, 2, 3]


def test_page_without_trimbox_fails(build, tmp_path):
    path = build()
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        del pdf.pages[1].obj["/TrimBox"]
        pdf.save(path)
    report = preflight(path)
    [finding] = errors(report, "trimbox-missing")
    assert finding.page == 2 and finding.message.startswith("page 2: no TrimBox")


def test_unfinalized_pdf_fails_as_not_pdfx(build):
    report = preflight(build(finalize_as=None))
    assert {"pdfx-missing", "output-intent"} <= {f.code for f in report.errors}
    assert preflight(build("plain.pdf", finalize_as=None), PreflightOptions(standard="none")).ok


@needs_gs
def test_ink_over_limit_fails(build):
    report = preflight(build(ink400_on=2))
    [finding] = errors(report, "ink-limit")
    assert finding.page == 2
    assert "total ink reaches 400% (limit 300%)" in finding.message
    assert report.max_ink == pytest.approx(400, abs=1)
    # The same book is fine for a 400% press, and the clean pages never trip the check.
    assert not errors(preflight(report.path, PreflightOptions(ink_limit=400)), "ink-limit")


@needs_gs
def test_clean_book_ink_is_measured(build):
    report = preflight(build())
    assert report.max_ink is not None and 95 <= report.max_ink <= 101  # the 100% K text


def test_seven_pages_fail_saddle_stitching(build, capsys):
    path = build(pages=7)
    report = preflight(path, PreflightOptions(binding="saddle", check_ink=False))
    [finding] = errors(report, "page-count")
    assert "7 pages — saddle stitching needs a multiple of 4; add 1 blank page" in finding.message
    assert preflight(path, PreflightOptions(binding="none", check_ink=False)).ok
    assert command.run(cli(path, binding="saddle")) == 1
    assert "page-count" in capsys.readouterr().out


def test_low_ppi_image_fails_naming_page_and_resolution(build):
    report = preflight(build(low_ppi_on=2), PreflightOptions(check_ink=False))
    [finding] = errors(report, "image-ppi")
    assert finding.page == 2
    assert "(30×30 px) is printed at 30 ppi — print needs 300 ppi" in finding.message


def test_low_ppi_found_through_nested_form_scaling(build):
    report = preflight(build(low_ppi_on=1, ppi_via_form=True), PreflightOptions(check_ink=False))
    [finding] = errors(report, "image-ppi")
    assert "printed at 75 ppi" in finding.message and finding.page == 1


def test_x1a_rules_catch_transparency(build):
    path = build(alpha=True)  # fine as PDF/X-4
    assert preflight(path, PreflightOptions(check_ink=False)).ok
    report = preflight(path, PreflightOptions(standard="x1a", check_ink=False))
    transparency = errors(report, "transparency")
    assert transparency and "sets opacity 0.5 — PDF/X-1a forbids transparency" in transparency[0].message
    assert errors(report, "pdfx-version")  # and it is not identified as X-1a either


def test_rgb_vector_colour_fails(build):
    report = preflight(build(rgb_vector_on=2), PreflightOptions(check_ink=False))
    [finding] = errors(report, "vector-colour")
    assert finding.message.startswith("page 2: vector art is painted in DeviceRGB — print PDFs must be CMYK")


def test_encryption_and_javascript_fail(build, tmp_path):
    path = build()
    locked, scripted = tmp_path / "locked.pdf", tmp_path / "scripted.pdf"
    with pikepdf.open(path) as pdf:
        pdf.save(locked, encryption=pikepdf.Encryption(owner="owner", user=""))
        script = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert('hi')"))
        pdf.Root.Names = pikepdf.Dictionary(
            JavaScript=pikepdf.Dictionary(Names=pikepdf.Array([pikepdf.String("a"), pdf.make_indirect(script)]))
        )
        pdf.save(scripted)
    assert errors(preflight(locked, PreflightOptions(check_ink=False)), "encrypted")
    with pikepdf.open(path) as pdf:
        pdf.save(tmp_path / "password.pdf", encryption=pikepdf.Encryption(owner="owner", user="secret"))
    report = preflight(tmp_path / "password.pdf")
    assert [f.code for f in report.errors] == ["encrypted"] and "password" in report.errors[0].message
    [finding] = errors(preflight(scripted, PreflightOptions(check_ink=False)), "javascript")
    assert "PDF/X forbids it" in finding.message


def test_missing_ghostscript_is_an_info_not_a_failure(build, monkeypatch):
    path = build()
    monkeypatch.setattr(shutil, "which", lambda name: None)
    report = preflight(path)
    assert report.ok and report.max_ink is None
    assert any(f.code == "ink-skipped" and f.severity == "info" for f in report.findings)


def test_cli_json_and_exit_codes(build, tmp_path, capsys):
    good, bad = build("good.pdf"), build("bad.pdf", rgb_image_on=1)
    assert command.run(cli(good, bad, format="json")) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False
    assert [r["ok"] for r in data["reports"]] == [True, False]
    assert any(f["code"] == "image-rgb" and f["page"] == 1 for f in data["reports"][1]["findings"])

    text = tmp_path / "notes.pdf"
    text.write_text("not a pdf")
    assert command.run(cli(tmp_path / "missing.pdf")) == 2
    err = capsys.readouterr().err
    assert "missing.pdf: no such file" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert command.run(cli(text, good)) == 2
    captured = capsys.readouterr()
    assert "notes.pdf: not a PDF" in captured.err and "PASS" in captured.out


def test_parser_options(tmp_path):
    parser = argparse.ArgumentParser()
    command.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["preflight", "a.pdf", "b.pdf", "--binding", "saddle", "--ink-limit", "240", "--standard", "x1a"])
    assert args.files == [Path("a.pdf"), Path("b.pdf")] and args.ink_limit == 240 and args.standard == "x1a"
    with pytest.raises(SystemExit) as exc:
        parser.parse_args(["preflight", "a.pdf", "--ink-limit", "900"])
    assert exc.value.code == 2
