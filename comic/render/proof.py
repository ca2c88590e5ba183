"""Translator's proof marks: each balloon's id in a small tag, overflowing balloons highlighted.

Drawn over the finished page so a translator can find the msgctxt of any balloon at a glance and see at
once which ones do not fit.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from comic.lettering.types import LetteredPage

TAG_SIZE = 4.5


def draw_proof_tags(c: Canvas, page: LetteredPage, font: str = "Helvetica") -> None:
    for lettered in page.items:
        x0, y0, x1, y1 = lettered.bounds
        c.saveState()
        if lettered.overflow:
            c.setStrokeColorRGB(0.85, 0.0, 0.1)
            c.setFillColorRGB(1.0, 0.2, 0.2, alpha=0.18)
            c.setLineWidth(1.5)
            c.rect(x0 - 2, y0 - 2, x1 - x0 + 4, y1 - y0 + 4, stroke=1, fill=1)
        label = lettered.item.id + (f"  ×{lettered.overflow_scale:.2f}" if lettered.overflow else "")
        c.setFont(font, TAG_SIZE)
        w = c.stringWidth(label, font, TAG_SIZE) + 3
        tx, ty = x0, y1 + 1
        c.setFillColorRGB(0.85, 0.0, 0.1) if lettered.overflow else c.setFillColorRGB(0.15, 0.3, 0.75)
        c.rect(tx, ty, w, TAG_SIZE + 2, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.drawString(tx + 1.5, ty + 1.6, label)
        c.restoreState()
