"""The floor: a minimal ReportLab script placing the stress book's art and strings, no fitting.

Usage: python benchmarks/floor.py PROJECT OUT.pdf [--lang en] [--cmyk]
With --cmyk it also does what a print build must: RGB → CMYK with ImageCms and JPEG encoding of each
image, like a minimal print pipeline would.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

import yaml
from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

rl_config.useA85 = 0
MM = 72 / 25.4


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("project", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--lang", default="en")
    ap.add_argument("--cmyk", action="store_true")
    args = ap.parse_args()
    scene = yaml.safe_load((args.project / "scripts/scenes/s.yaml").read_text(encoding="utf-8"))
    font = "Lettering"
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    fonts = Path(__file__).resolve().parent.parent / "assets" / "fonts"
    pdfmetrics.registerFont(TTFont(font, str(fonts / "ShantellSans" / "ShantellSans-Regular.ttf")))
    if args.cmyk:
        from PIL import Image, ImageCms
        profile = ImageCms.getOpenProfile(str(fonts.parent / "icc" / "ISOcoated_v2_300_bas.icc"))
        srgb = ImageCms.createProfile("sRGB")
        transform = ImageCms.buildTransform(srgb, profile, "RGB", "CMYK", renderingIntent=1)
    w, h = 176 * MM, 246 * MM
    c = Canvas(str(args.out), pagesize=(w, h), invariant=1, initialFontName=font)
    pw, ph = (w - 26 * MM) / 2, (h - 34 * MM) / 3
    for page in scene["pages"]:
        for k, panel in enumerate(page["panels"]):
            x = 13 * MM + (k % 2) * (pw + 4 * MM)
            y = h - 13 * MM - (k // 2 + 1) * ph - (k // 2) * 4 * MM
            art = args.project / "panels" / f"{page['id']}-{panel['id']}.jpg"
            if not art.exists():
                art = art.with_suffix(".png")
            if args.cmyk:
                im = ImageCms.applyTransform(Image.open(art).convert("RGB"), transform)
                buf = io.BytesIO()
                im.save(buf, "JPEG", quality=90)
                cmyk = art.parent / ".floor" / (art.stem + ".jpg")
                cmyk.parent.mkdir(exist_ok=True)
                cmyk.write_bytes(buf.getvalue())
                c.drawImage(str(cmyk), x, y, pw, ph)
            else:
                c.drawImage(str(art), x, y, pw, ph)
            c.rect(x, y, pw, ph)
            for j, item in enumerate(panel["items"]):
                text = item["speech"][args.lang]
                words = text.split()
                c.setFont(font, 9)
                for line_no in range(0, len(words), 5):
                    c.drawString(x + 10 + j * pw / 2, y + ph - 20 - line_no * 2.2, " ".join(words[line_no:line_no + 5]))
        c.showPage()
    c.save()
    return 0


if __name__ == "__main__":
    sys.exit(main())
