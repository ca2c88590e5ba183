"""Crop marks and the slug line, drawn in the strip outside the bleed.

ReportLab's own `cropMarks` are RGB and do not move the page boxes; these are pure K (C=M=Y=0, so they
print on one plate and cannot misregister) and stay wholly outside the BleedBox, so no trace of them can
reach the trimmed page even when the knife drifts through the bleed.
"""

from __future__ import annotations

from comic.layout.boxes import PageBoxes
from comic.render.content import Content

MARK_GAP = 3.0          # points between the bleed edge and the start of a mark
MARK_WIDTH = 0.25       # points: a hairline, as printers expect
SLUG_SIZE = 6.0


def draw_marks(c: Content, boxes: PageBoxes, slug: str | None = None, *, stack=None) -> None:
    """Crop marks at the four trim corners and, when given, a slug line (file, language, page) below the page,
    lettered with the stack's primary face (embedded, as PDF/X requires).

    Does nothing on pages without room outside the bleed (screen pages).
    """
    t, b, m = boxes.trim, boxes.bleed, boxes.media
    room = min(b.x - m.x, b.y - m.y, m.x2 - b.x2, m.y2 - b.y2)
    if room <= MARK_GAP + 1:
        return
    c.save()
    c.ops.append("0 0 0 1 K")
    c.line_style(MARK_WIDTH, cap=0)
    for x in (t.x, t.x2):
        c.line(x, b.y - MARK_GAP, x, m.y)
        c.line(x, b.y2 + MARK_GAP, x, m.y2)
    for y in (t.y, t.y2):
        c.line(b.x - MARK_GAP, y, m.x, y)
        c.line(b.x2 + MARK_GAP, y, m.x2, y)
    if slug and stack is not None:
        from comic.lettering.labels import label_runs
        from comic.render.lettering import glyph_ops
        size = min(SLUG_SIZE, (b.y - m.y) * 0.4)
        x0, width = t.x + 2 * MARK_GAP, t.w - 4 * MARK_GAP
        c.ops.append("0 0 0 1 k")
        y = m.y + (b.y - MARK_GAP - m.y) / 2 - size * 0.35
        for run in label_runs(stack, slug, size, x0, y, max_width=width):
            c.ops.extend(glyph_ops(c, run))
    c.restore()
