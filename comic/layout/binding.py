"""Binding: how many pages the printed book has, where planned blank pages go, and how thick the spine is.

A saddle-stitched book is folded sheets of four pages, so its page count is a multiple of 4; a perfect-bound
book is glued leaves, so it is even. The shortfall is made up with blank pages placed just before the back
cover (the last page), where a reader expects "notes" pages and no story is split. Blank pages are real
pages of the book (part "blank"): every edition gets them, so page numbers, page references and folios are
the same on screen and on paper.

With `covers: separate` the covers are printed apart (other paper, a cover spread): the front cover is the
first page and must be `part: front`; the back cover is the last page when it is `part: back`. They leave
the interior, and the padding counts interior pages only.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from comic import model as m
from comic.diagnostics import Report

__all__ = ["BLANK", "BindingPlan", "blank_page", "plan_binding", "with_blank_pages"]

MM = 72 / 25.4
BLANK = "blank"                      # Page.part of a planned blank page
_MULTIPLE = {"saddle": 4, "perfect": 2, "none": 1}


@dataclass(frozen=True)
class BindingPlan:
    binding: str                     # none | saddle | perfect
    covers: str                      # inline | separate
    pages: int                       # the book's own pages
    blank_after: tuple[int, ...]     # book page numbers a blank page follows, once per blank page
    front_cover: bool = False        # separate covers: the first page goes to the cover file
    back_cover: bool = False         # separate covers: the last page goes to the cover file
    paper_thickness_mm: float = 0.1
    cover_allowance_mm: float = 0.0

    @property
    def pad(self) -> int:
        return len(self.blank_after)

    @property
    def total(self) -> int:
        """Pages after padding, covers included."""
        return self.pages + self.pad

    @property
    def cover_pages(self) -> tuple[int, ...]:
        """Page numbers (after padding, 1-based) that go to the cover file."""
        return ((1,) if self.front_cover else ()) + ((self.total,) if self.back_cover else ())

    @property
    def interior(self) -> int:
        return self.total - len(self.cover_pages)

    @property
    def sheets(self) -> int | None:
        """Saddle stitch: folded sheets in the interior (four pages each)."""
        return self.interior // 4 if self.binding == "saddle" else None

    @property
    def spine_mm(self) -> float | None:
        """Perfect binding: interior leaves × paper thickness, plus the cover allowance."""
        if self.binding != "perfect":
            return None
        return round(self.interior / 2 * self.paper_thickness_mm + self.cover_allowance_mm, 2)

    def summary(self) -> str:
        parts = [f"{self.total} pages"]
        if self.pad:
            parts.append(f"{self.pad} blank")
        if self.cover_pages:
            parts.append(f"covers separate ({self.interior} interior)")
        if self.binding == "saddle":
            parts.append(f"saddle stitch, {self.sheets} sheet{'s' if self.sheets != 1 else ''}")
        elif self.binding == "perfect":
            parts.append(f"perfect binding, spine {self.spine_mm:.1f} mm")
        return ", ".join(parts)

    def to_json(self) -> dict:
        return {"binding": self.binding, "covers": self.covers, "pages": self.total, "blank_pages": self.pad,
                "blank_after": list(self.blank_after), "cover_pages": list(self.cover_pages),
                "interior_pages": self.interior, "sheets": self.sheets, "spine_mm": self.spine_mm}


def plan_binding(book: m.Book, options=None, report: Report | None = None) -> BindingPlan:
    """The binding plan of the book as the book file's `print:` section asks; problems and padding go to
    `report` (an error for a separate front cover that is not `part: front`, a warning per padding)."""
    from comic import editions

    options = options or editions.of(book)
    pages = book.pages
    n = len(pages)
    pos = options.where.get("binding") or book.pos
    separate = options.covers == "separate"
    front = separate and n > 0
    back = separate and n > 1 and pages[-1].part == "back"
    if front and pages[0].part != "front" and report is not None:
        report.error("cover-not-front", f"covers: separate takes the first page as the front cover, but page "
                     f"'{pages[0].id}' is {pages[0].part} matter", options.where.get("covers") or pos,
                     hint="mark the cover page `part: front`, or set `print: {covers: inline}`")
    interior = n - front - back
    if separate and interior <= 0 and report is not None:
        report.error("no-interior", f"covers: separate leaves no interior pages: the book has {n} page"
                     f"{'s' if n != 1 else ''}, all covers", options.where.get("covers") or pos,
                     hint="add the story pages, or set `print: {covers: inline}`")
    multiple = _MULTIPLE.get(options.binding, 1)
    pad = -interior % multiple if interior > 0 else 0
    # before the back cover (the last page) when it is in the interior or a separate back cover; after the
    # last page when that page is an interior page and there is no back cover
    after = n if separate and not back else max(n - 1, 1)
    plan = BindingPlan(options.binding, options.covers, n, (after,) * pad, front, back,
                       options.paper_thickness / MM, options.cover_allowance / MM)
    if report is not None and pad:
        need = "a multiple of 4" if options.binding == "saddle" else "an even number of"
        where = f"after page {after}" if after == n else f"before page {n} (the back cover)"
        report.warning("binding-pad", f"{options.binding} binding needs {need} pages and the "
                       f"{'interior' if separate else 'book'} has {interior}: {pad} blank page"
                       f"{'s' if pad > 1 else ''} added {where}", pos,
                       hint=f"to print without blank pages, add {pad} page{'s' if pad > 1 else ''}"
                            + (f" or remove {multiple - pad}" if multiple - pad < interior else ""))
    if report is not None and options.binding == "perfect":
        report.info("spine", f"perfect binding: spine {plan.spine_mm:.2f} mm ({plan.interior} interior pages × "
                    f"{plan.paper_thickness_mm:g} mm / 2 + {plan.cover_allowance_mm:g} mm)", pos)
    return plan


def blank_page(page_id: str, scene: str, pos) -> m.Page:
    """A page with no panels and no text: layout gives it boxes (and marks in print), nothing else."""
    return m.Page(id=page_id, scene=scene, layout=m.Layout(rows=(1.0,), cols=((1.0,),)), panels=(), pos=pos,
                  part=BLANK)


def with_blank_pages(book: m.Book, plan: BindingPlan) -> m.Book:
    """The book with the plan's blank pages in place (ids `_blank-1`, … never clash with script ids)."""
    if not plan.pad:
        return book
    number, made, scenes = 0, 0, []
    for scene in book.scenes:
        pages = []
        for page in scene.pages:
            pages.append(page)
            number += 1
            for _ in range(plan.blank_after.count(number)):
                made += 1
                pages.append(blank_page(f"_blank-{made}", scene.id, page.pos))
        scenes.append(replace(scene, pages=tuple(pages)))
    return replace(book, scenes=tuple(scenes))
