"""PDF/X finishing: what a printer's RIP and preflight read back from the file we hand over."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from pathlib import Path

import pikepdf
import pytest

from comic.render.pdfx import PdfxError, PdfxSettings, finalize

REPO = Path(__file__).resolve().parents[1]
DATE = datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)
BLEED = 9.0  # 3.175 mm
TRIM = 72.0  # a one-inch page keeps the tests fast


@pytest.fixture(scope="session")
def cmyk_jpeg(tmp_path_factory) -> Path:
    from PIL import Image

    path = tmp_path_factory.mktemp("art") / "art.jpg"
    Image.new("CMYK", (60, 60), (120, 40, 20, 10)).save(path, quality=90)
    return path


def make_cmyk_pdf(path: Path, jpeg: Path, *, pages: int = 2, boxes: bool = True, alpha: bool = False) -> Path:
    import reportlab.rl_config as rl_config
    from reportlab.pdfgen.canvas import Canvas

    rl_config.useA85 = 0
    side = TRIM + 2 * BLEED
    kw = {"trimBox": (BLEED, BLEED, BLEED + TRIM, BLEED + TRIM), "bleedBox": (0, 0, side, side)} if boxes else {}
    c = Canvas(str(path), pagesize=(side, side), invariant=1, **kw)
    for n in range(pages):
        c.setFillColorCMYK(0.1, 0.2 + n / 100, 0.3, 0)
        c.rect(0, 0, side, side, fill=1, stroke=0)
        if alpha:
            c.setFillAlpha(0.5)
        c.drawImage(str(jpeg), 20, 20, 14.4, 14.4)  # 60 px over 0.2 in = 300 ppi
        c.showPage()
    c.save()
    return path


def settings(profile: Path, **kw) -> PdfxSettings:
    base = dict(profile=profile, output_condition="FOGRA39", title="DISRUPT — test", date=DATE)
    base.update(kw)
    return PdfxSettings(**base)


NAMESPACES = {
    "http://www.npes.org/pdfx/ns/id/": "pdfxid",
    "http://ns.adobe.com/pdfx/1.3/": "pdfx",
    "http://ns.adobe.com/pdf/1.3/": "pdf",
    "http://ns.adobe.com/xap/1.0/": "xmp",
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
}


def xmp_of(pdf: pikepdf.Pdf) -> dict[str, str]:
    """prefix:name → text of every XMP element with text (dc:title's text sits in rdf:li)."""
    out = {}
    for elem in ET.fromstring(pdf.Root.Metadata.read_bytes()).iter():
        ns, _, local = elem.tag[1:].partition("}")
        if elem.text and elem.text.strip():
            out[f"{NAMESPACES.get(ns, ns)}:{local}"] = elem.text.strip()
    return out


def test_x4_output_intent_info_xmp_and_version(tmp_path, icc_profile, cmyk_jpeg):
    src = make_cmyk_pdf(tmp_path / "in.pdf", cmyk_jpeg)
    dst = tmp_path / "out.pdf"
    finalize(src, dst, settings(icc_profile))
    with pikepdf.open(dst) as pdf:
        assert pdf.pdf_version == "1.6"
        intents = pdf.Root.OutputIntents
        assert len(intents) == 1
        oi = intents[0]
        assert oi.S == pikepdf.Name.GTS_PDFX
        assert str(oi.OutputConditionIdentifier) == "FOGRA39"
        assert str(oi.RegistryName) == "http://www.color.org"
        assert "300%" in str(oi.Info)  # the profile's own description
        assert oi.DestOutputProfile.N == 4
        assert oi.DestOutputProfile.read_bytes() == icc_profile.read_bytes()
        info = pdf.docinfo
        assert str(info.Title) == "DISRUPT — test"
        assert str(info.CreationDate) == "D:20240501120000+00'00'" == str(info.ModDate)
        assert info.Trapped == pikepdf.Name("/False")
        assert str(info.GTS_PDFXVersion) == "PDF/X-4"
        assert "/GTS_PDFXConformance" not in info
        assert "/Author" not in info  # ReportLab's "anonymous" placeholder is gone
        ids = pdf.trailer.ID
        assert len(ids) == 2 and len(bytes(ids[0])) == 16
        xmp = xmp_of(pdf)
        assert xmp["pdfxid:GTS_PDFXVersion"] == "PDF/X-4"
        assert xmp["rdf:li"] == "DISRUPT — test"
        assert xmp["pdf:Trapped"] == "False"
        assert xmp["xmp:CreateDate"] == xmp["xmp:ModifyDate"] == "2024-05-01T12:00:00+00:00"
        assert all("/TrimBox" in p.obj and "/BleedBox" in p.obj for p in pdf.pages)


def test_x1a_is_pdf13_with_conformance_and_trapped_true(tmp_path, icc_profile, cmyk_jpeg):
    src = make_cmyk_pdf(tmp_path / "in.pdf", cmyk_jpeg)
    dst = tmp_path / "out.pdf"
    finalize(src, dst, settings(icc_profile, version="X-1a", trapped=True))
    assert dst.read_bytes().startswith(b"%PDF-1.3")
    with pikepdf.open(dst) as pdf:
        assert str(pdf.docinfo.GTS_PDFXVersion) == "PDF/X-1a:2001"
        assert str(pdf.docinfo.GTS_PDFXConformance) == "PDF/X-1a:2001"
        assert pdf.docinfo.Trapped == pikepdf.Name("/True")
        meta = pdf.Root.Metadata.read_bytes()
        assert b"<pdfx:GTS_PDFXVersion>PDF/X-1a:2001</pdfx:GTS_PDFXVersion>" in meta
        assert b"<pdf:Trapped>True</pdf:Trapped>" in meta


def test_same_input_gives_identical_bytes_and_a_content_derived_id(tmp_path, icc_profile, cmyk_jpeg):
    src = make_cmyk_pdf(tmp_path / "in.pdf", cmyk_jpeg)
    a, b, c = tmp_path / "a.pdf", tmp_path / "sub" / "b.pdf", tmp_path / "c.pdf"
    finalize(src, a, settings(icc_profile))
    finalize(src, b, settings(icc_profile))
    finalize(src, c, settings(icc_profile, title="Another title"))
    assert a.read_bytes() == b.read_bytes()
    with pikepdf.open(a) as pa, pikepdf.open(c) as pc:
        assert bytes(pa.trailer.ID[0]) != bytes(pc.trailer.ID[0])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf", "c.pdf", "in.pdf", "sub"]  # no temp files left


def test_finalize_in_place(tmp_path, icc_profile, cmyk_jpeg):
    path = make_cmyk_pdf(tmp_path / "book.pdf", cmyk_jpeg)
    finalize(path, path, settings(icc_profile))
    with pikepdf.open(path) as pdf:
        assert len(pdf.Root.OutputIntents) == 1 and len(pdf.pages) == 2


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf not installed")
def test_qpdf_check_passes(tmp_path, icc_profile, cmyk_jpeg):
    src = make_cmyk_pdf(tmp_path / "in.pdf", cmyk_jpeg)
    for version in ("X-4", "X-1a"):
        dst = tmp_path / f"{version}.pdf"
        finalize(src, dst, settings(icc_profile, version=version))
        run = subprocess.run(["qpdf", "--check", str(dst)], capture_output=True, text=True)
        assert run.returncode == 0, run.stdout + run.stderr
        assert "No syntax or stream encoding errors" in run.stdout


def test_page_without_boxes_is_refused_and_named(tmp_path, icc_profile, cmyk_jpeg):
    src = make_cmyk_pdf(tmp_path / "in.pdf", cmyk_jpeg, boxes=False)
    with pytest.raises(PdfxError, match=r"page 1 has no TrimBox or BleedBox"):
        finalize(src, tmp_path / "out.pdf", settings(icc_profile))
    assert not (tmp_path / "out.pdf").exists()


def test_x1a_refuses_transparency_x4_accepts_it(tmp_path, icc_profile, cmyk_jpeg):
    src = make_cmyk_pdf(tmp_path / "in.pdf", cmyk_jpeg, alpha=True)
    with pytest.raises(PdfxError, match=r"PDF/X-1a forbids it"):
        finalize(src, tmp_path / "x1a.pdf", settings(icc_profile, version="X-1a"))
    finalize(src, tmp_path / "x4.pdf", settings(icc_profile))


def test_rgb_profile_is_refused(tmp_path, cmyk_jpeg):
    srgb = Path("/usr/share/scribus/profiles/sRGB_icc22.icm")
    if not srgb.is_file():
        pytest.skip("no RGB profile at hand")
    src = make_cmyk_pdf(tmp_path / "in.pdf", cmyk_jpeg)
    with pytest.raises(PdfxError, match="not CMYK"):
        finalize(src, tmp_path / "out.pdf", settings(srgb))
