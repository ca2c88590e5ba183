"""Translator's proof marks: each balloon's id in a small tag, overflowing balloons highlighted.

Drawn over the finished page so a translator can find the msgctxt of any balloon at a glance and see at
once which ones do not fit.
"""

from __future__ import annotations

from comic.lettering.labels import label_runs, label_width
from comic.lettering.types import LetteredPage
from comic.render.content import Content

TAG_SIZE = 4.5


def draw_proof_tags(c: Content, page: LetteredPage, stack) -> None:
    from comic.render.lettering import glyph_ops
    for lettered in page.items:
        x0, y0, x1, y1 = lettered.bounds
        c.save()
        if lettered.overflow:
            c.save()
            c.stroke("#d9001a")
            c.fill("#ff3333")
            c.opacity(0.18)
            c.line_style(1.5)
            c.rect(x0 - 2, y0 - 2, x1 - x0 + 4, y1 - y0 + 4, fill=True, stroke=False)
            c.restore()
            c.stroke("#d9001a")
            c.line_style(1.5)
            c.rect(x0 - 2, y0 - 2, x1 - x0 + 4, y1 - y0 + 4, fill=False, stroke=True)
        label = lettered.item.id + (f"  ×{lettered.overflow_scale:.2f}" if lettered.overflow else "")
        w = label_width(stack, label, TAG_SIZE) + 3
        tx, ty = x0, y1 + 1
        c.fill("#d9001a" if lettered.overflow else "#264dbf")
        c.rect(tx, ty, w, TAG_SIZE + 2, fill=True, stroke=False)
        c.fill("#ffffff")
        for run in label_runs(stack, label, TAG_SIZE, tx + 1.5, ty + 1.6):
            c.ops.extend(glyph_ops(c, run))
        c.restore()
