"""Settings of the print edition's PDF/X finishing."""

from __future__ import annotations

from datetime import datetime, timezone

from comic import model as m
from comic.build.paths import assets_dir

# A fixed date: the same inputs give byte-identical print PDFs.
FIXED_DATE = datetime(2000, 1, 1, tzinfo=timezone.utc)


def cmyk_profile(book: m.Book):
    from comic import editions
    return editions.profile_path(book)


def print_settings(book: m.Book, title: str):
    from comic import editions
    return editions.pdfx_settings(book, title)
