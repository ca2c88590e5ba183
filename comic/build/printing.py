"""Settings of the print edition's PDF/X finishing."""

from __future__ import annotations

from datetime import datetime, timezone

from comic import model as m
from comic.build.paths import assets_dir

# A fixed date: the same inputs give byte-identical print PDFs.
FIXED_DATE = datetime(2000, 1, 1, tzinfo=timezone.utc)


def cmyk_profile(book: m.Book):
    return assets_dir(book.root, "icc") / "icc" / "ISOcoated_v2_300_bas.icc"


def print_settings(book: m.Book, title: str):
    from comic.render.pdfx import PdfxSettings
    return PdfxSettings(version="X-4", profile=cmyk_profile(book), output_condition="ISO Coated v2 300% (basICColor)",
                        registry="http://www.color.org", title=title, date=FIXED_DATE)
