"""Review sheets: each page with its panels' art in place and the expected lettering marked.

Red boxes are the estimated balloon and caption regions (faces must stay out of them), red dots the
balloon tails (mouths should be near them). For looking at, not for print.
"""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path


def sheets(done, folder: Path, ppi: int = 75) -> list[Path]:
    from reportlab.graphics import renderPDF
    from reportlab.pdfgen.canvas import Canvas
    from svglib.svglib import svg2rlg

    logging.getLogger("svglib").setLevel(logging.CRITICAL)
    folder.mkdir(parents=True, exist_ok=True)
    by_page: dict[int, list] = {}
    for pl, pb, path, panel in done:
        by_page.setdefault(pl.number, []).append((pl, pb, path, panel))
    outs = []
    for number, rows in sorted(by_page.items()):
        pl = rows[0][0]
        media = pl.boxes.media
        pdf = folder / f"p{number:02d}-{pl.page.id}.pdf"
        cv = Canvas(str(pdf), pagesize=(media.w, media.h), invariant=1)
        cv.setFillColorRGB(1, 1, 1)
        cv.rect(0, 0, media.w, media.h, stroke=0, fill=1)
        for _, pb, path, panel in rows:
            art = pb.art_box or pb.bounds
            d = svg2rlg(str(path))
            cv.saveState()
            p = cv.beginPath()
            p.moveTo(*pb.art_clip[0])
            for pt in pb.art_clip[1:]:
                p.lineTo(*pt)
            p.close()
            cv.clipPath(p, stroke=0, fill=0)
            cv.translate(art.x, art.y)
            cv.scale(art.w / d.width, art.h / d.height)
            renderPDF.draw(d, cv, 0, 0)
            cv.restoreState()
            cv.setStrokeColorRGB(0, 0, 0)
            cv.setLineWidth(1)
            cv.rect(pb.bounds.x, pb.bounds.y, pb.bounds.w, pb.bounds.h, stroke=1, fill=0)
            cv.setStrokeColorRGB(0.9, 0.1, 0.1)
            cv.setLineWidth(0.6)
            for r in panel.regions:
                x0, y1 = art.x + r.x0 * art.w, art.y2 - r.y0 * art.h
                x1, y0 = art.x + r.x1 * art.w, art.y2 - r.y1 * art.h
                cv.rect(x0, y0, x1 - x0, y1 - y0, stroke=1, fill=0)
            cv.setFillColorRGB(0.9, 0.1, 0.1)
            for t in panel.talks:
                if t.tail:
                    cv.circle(art.x + t.tail[0] * art.w, art.y2 - t.tail[1] * art.h, 1.6, stroke=0, fill=1)
                    if t.at:
                        cv.line(art.x + t.at[0] * art.w, art.y2 - t.at[1] * art.h,
                                art.x + t.tail[0] * art.w, art.y2 - t.tail[1] * art.h)
        cv.showPage()
        cv.save()
        png = folder / pdf.stem
        subprocess.run(["pdftoppm", "-r", str(ppi), "-png", "-singlefile", str(pdf), str(png)], check=True)
        pdf.unlink()
        outs.append(png.with_suffix(".png"))
    return outs
