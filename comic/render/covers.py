"""Finishing the print edition: covers split off when they are printed apart, then PDF/X for each file.

The split happens on the composed PDF before PDF/X finishing, so the interior and the cover file each get
their own OutputIntent, identification and metadata. Pages are moved as they are (boxes, marks, images),
never redrawn. The cover file always has two pages, front then back; a book whose last page is not
`part: back` gets a blank back cover with the same boxes, for the printer to fill or leave white.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pikepdf

from comic.atomic import atomic_path

__all__ = ["FinishedFile", "cover_path", "finish_print", "split_covers"]


@dataclass(frozen=True)
class FinishedFile:
    kind: str        # "print" (the interior, or the whole book) | "cover"
    path: Path
    pages: int


def cover_path(pdf: Path) -> Path:
    """`disrupt-en-print.pdf` → `disrupt-en-print-cover.pdf`."""
    return pdf.with_name(f"{pdf.stem}-cover{pdf.suffix}")


def split_covers(src: Path, interior: Path, cover: Path, cover_pages: tuple[int, ...]) -> tuple[int, int]:
    """Write the pages of `src` listed in `cover_pages` (1-based; the first is the front cover) to `cover`
    and the others to `interior`. Returns (interior pages, cover pages)."""
    with pikepdf.open(src) as pdf:
        total = len(pdf.pages)
        if not cover_pages or any(not 1 <= n <= total for n in cover_pages):
            raise ValueError(f"cover pages {cover_pages} are not pages of a {total}-page PDF")
        front = cover_pages[0]
        back = cover_pages[1] if len(cover_pages) > 1 else None
        inner = [n for n in range(1, total + 1) if n not in cover_pages]
        _write(pdf, inner, interior)
        _write(pdf, [front, back], cover)
        return len(inner), 2


def _write(pdf: pikepdf.Pdf, numbers: list[int | None], dst: Path) -> None:
    """A new PDF of the given pages of `pdf` (None: a blank page shaped like the one before it)."""
    with pikepdf.new() as out:
        for number in numbers:
            if number is not None:
                out.pages.append(pdf.pages[number - 1])
                continue
            model = out.pages[-1].obj
            blank = out.add_blank_page(page_size=(72, 72))
            for key in ("/MediaBox", "/BleedBox", "/TrimBox"):
                if key in model:
                    blank.obj[key] = pikepdf.Array(list(model[key]))
        if "/Info" in pdf.trailer:
            out.trailer.Info = out.copy_foreign(pdf.trailer.Info)
        with atomic_path(dst) as tmp:
            out.save(tmp, deterministic_id=True, compress_streams=True, recompress_flate=False,
                     object_stream_mode=pikepdf.ObjectStreamMode.disable)


def finish_print(raw: Path, pdf: Path, settings, cover_pages: tuple[int, ...] = ()) -> list[FinishedFile]:
    """The composed CMYK PDF `raw` → PDF/X at `pdf`, and, when `cover_pages` are given, the covers at
    `cover_path(pdf)` and only the interior at `pdf`. Raises `comic.render.pdfx.PdfxError`, naming the
    file the user will look for, not the temporary one."""
    from comic.render.pdfx import PdfxError, finalize

    def finish(src: Path, dst: Path) -> None:
        try:
            finalize(src, dst, settings)
        except PdfxError as e:
            raise PdfxError(str(e).replace(str(src), dst.name)) from None

    if not cover_pages:
        finish(raw, pdf)
        with pikepdf.open(pdf) as done:
            return [FinishedFile("print", pdf, len(done.pages))]
    inner_raw = raw.with_name(f"{raw.name}.interior.tmp")
    cover_raw = raw.with_name(f"{raw.name}.cover.tmp")
    try:
        inner, covers = split_covers(raw, inner_raw, cover_raw, cover_pages)
        finish(inner_raw, pdf)
        finish(cover_raw, cover_path(pdf))
    finally:
        inner_raw.unlink(missing_ok=True)
        cover_raw.unlink(missing_ok=True)
    return [FinishedFile("print", pdf, inner), FinishedFile("cover", cover_path(pdf), covers)]
