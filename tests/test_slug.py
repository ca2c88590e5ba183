"""The slug line (file, language, page) outside the bleed of print pages is optional."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from comic.build import build_project
from comic.diagnostics import Report
from tests.conftest import edit


@pytest.mark.parametrize("slug", [True, False])
def test_slug_line_on_and_off(project: Path, tmp_path: Path, slug: bool):
    extra = "" if slug else "print:\n  slug: false\n"
    edit(project / "scripts/book.yaml", "characters:", f"allow_missing_art: true\n{extra}characters:")
    report = Report()
    result = build_project(project, report, languages=["en"], print_=True, screen=False, previews=False,
                           out_dir=tmp_path / "out")
    assert report.ok, [d.text() for d in report.errors]
    pdf = Path(next(o.path for o in result.outputs if o.kind == "print"))
    text = pdfium.PdfDocument(str(pdf if pdf.is_absolute() else project / pdf))[0].get_textpage().get_text_range()
    assert ("my-first-comic-en-print.pdf" in text and "page 1" in text) == slug, text
