"""Crop marks and the slug line, drawn in the strip outside the bleed.

ReportLab's own `cropMarks` are RGB and do not move the page boxes; these are pure K (C=M=Y=0, so they
print on one plate and cannot misregister) and stay wholly outside the BleedBox, so no trace of them can
reach the trimmed page even when the knife drifts through the bleed.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from comic.layout.boxes import PageBoxes

MARK_GAP = 3.0          # points between the bleed edge and the start of a mark
MARK_WIDTH = 0.25       # points: a hairline, as printers expect
SLUG_SIZE = 6.0


def draw_marks(canvas, boxes: PageBoxes, slug: str | None = None, *, font: str = "Helvetica") -> None:
    """Crop marks at the four trim corners and, when given, a slug line (file, language, page) below the page.

    Does nothing on pages without room outside the bleed (screen pages). `font` must be an embedded
    TrueType face in PDF/X output.
    """
    t, b, m = boxes.trim, boxes.bleed, boxes.media
    room = min(b.x - m.x, b.y - m.y, m.x2 - b.x2, m.y2 - b.y2)
    if room <= MARK_GAP + 1:
        return
    canvas.saveState()
    canvas.setStrokeColorCMYK(0, 0, 0, 1)
    canvas.setLineWidth(MARK_WIDTH)
    canvas.setLineCap(0)
    for x in (t.x, t.x2):
        canvas.line(x, b.y - MARK_GAP, x, m.y)
        canvas.line(x, b.y2 + MARK_GAP, x, m.y2)
    for y in (t.y, t.y2):
        canvas.line(b.x - MARK_GAP, y, m.x, y)
        canvas.line(b.x2 + MARK_GAP, y, m.x2, y)
    if slug:
        size = min(SLUG_SIZE, (b.y - m.y) * 0.4)
        x0, width = t.x + 2 * MARK_GAP, t.w - 4 * MARK_GAP
        text = _fit(slug, font, size, width)
        canvas.setFillColorCMYK(0, 0, 0, 1)
        canvas.setFont(font, size)
        canvas.drawString(x0, m.y + (b.y - MARK_GAP - m.y) / 2 - size * 0.35, text)
    canvas.restoreState()


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"
