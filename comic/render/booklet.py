"""Booklet imposition: print a finished PDF double-sided on A4, fold the stack once, staple: an A5 booklet.

Pages go onto sheets in printer's spreads. For n pages (padded to a multiple of 4 with blank pages before
the last page, the back cover) sheet k (from 0) has n-2k | 1+2k on the front and 2+2k | n-1-2k on the back,
so the outermost sheet carries the covers. Each page is placed whole as a Form XObject (pikepdf), scaled to
fit its half of the landscape sheet and clipped to its trim box: nothing is re-encoded, so imposing is fast
and the booklet looks exactly like the source. Print it "double-sided, flip on short edge".
"""

from __future__ import annotations

from pathlib import Path

import pikepdf
from pikepdf import Name

from comic.atomic import atomic_path

__all__ = ["A4", "booklet_order", "impose_booklet"]

MM = 72 / 25.4
A4 = (297 * MM, 210 * MM)           # the sheet, landscape: two A5 pages side by side


def padded_order(pages: int, blank_after: list[int] | None = None) -> list[int | None]:
    """Source page numbers (1-based) in reading order, None for a blank page, padded to a multiple of 4.

    `blank_after`: source page numbers a blank page follows (once per blank); by default the padding goes
    before the last page, so the back cover stays on the back."""
    if blank_after is None:
        pad = -pages % 4
        blank_after = [max(pages - 1, 1)] * pad if pages > 1 else [pages] * pad
    order: list[int | None] = [None] * blank_after.count(0)
    for number in range(1, pages + 1):
        order.append(number)
        order += [None] * blank_after.count(number)
    order += [None] * (-len(order) % 4)
    return order


def booklet_order(n: int) -> list[tuple[int, int]]:
    """Positions (1-based) on each sheet side, left then right: front of sheet 1, back of sheet 1, …"""
    if n % 4:
        raise ValueError(f"a booklet needs a multiple of 4 pages, not {n}")
    sides = []
    for k in range(n // 4):
        sides.append((n - 2 * k, 1 + 2 * k))
        sides.append((2 + 2 * k, n - 1 - 2 * k))
    return sides


def impose_booklet(src: Path, dst: Path, sheet: tuple[float, float] = A4, *, margin: float = 0.0,
                   blank_after: list[int] | None = None) -> int:
    """Write the booklet of `src` to `dst` (atomically). Returns the number of sheet sides written.

    `sheet` is in points and used landscape; `margin` (points) keeps pages off the sheet's edges for printers
    that cannot print to the edge."""
    width, height = max(sheet), min(sheet)
    with pikepdf.open(src) as pdf, pikepdf.new() as out:
        order = padded_order(len(pdf.pages), blank_after)
        forms: dict[int, pikepdf.Object] = {}
        for left, right in booklet_order(len(order)):
            side = out.add_blank_page(page_size=(width, height))
            content = b""
            for slot, position in enumerate((left, right)):
                number = order[position - 1]
                if number is None:
                    continue
                if number not in forms:
                    forms[number] = out.copy_foreign(pdf.pages[number - 1].as_form_xobject())
                name = Name(f"/Page{slot + 1}")
                side.add_resource(forms[number], Name.XObject, name)
                half = pikepdf.Rectangle(slot * width / 2 + margin, margin, (slot + 1) * width / 2 - margin,
                                         height - margin)
                content += side.calc_form_xobject_placement(forms[number], name, half, allow_expand=True)
            side.obj.Contents = out.make_stream(content)
        title = pdf.docinfo.get("/Title")
        if title is not None:
            out.docinfo[Name.Title] = pikepdf.String(str(title))
        out.docinfo[Name.Producer] = pikepdf.String("comic (booklet)")
        with atomic_path(Path(dst)) as tmp:
            out.save(tmp, deterministic_id=True, compress_streams=True, recompress_flate=False,
                     object_stream_mode=pikepdf.ObjectStreamMode.disable)
        return len(out.pages)
