"""`comic art-specs`: the size every panel's artwork must have, and templates to draw on.

Illustrators need pixel sizes, not ratios: the art box of each panel (its cell, plus trim and bleed where it
runs off the page) at 300 ppi for colour and 600 ppi for line art. Templates are blank PNGs of exactly that
size with the trim, safe area and frame drawn in, named so finished art dropped into panels/ fits exactly.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from comic.diagnostics import Report
    from comic.layout.boxes import ArtPlacement, PageLayout, Point, Rect

# The layout, art and script modules are imported inside the functions that use them: the parser of
# every command is built on each run, and `comic build` should not pay for this one's imports.

MM = 72 / 25.4
_FILE_ERRORS = ("art-unreadable", "path-escape", "art-format", "missing-art-file")


@dataclass(frozen=True)
class ArtSpec:
    page: str
    panel: str                      # panel id, or "background"
    file: str                       # the art file (relative), or the conventional name when missing
    status: str                     # ok | low | missing | error | vector
    ppi: float | None
    pixels: tuple[int, int] | None  # the file's current size
    box: Rect                       # art box in points
    bleeds: tuple[str, ...]
    frame: tuple[Point, ...]
    trim: Rect
    safe: Rect

    @property
    def key(self) -> str:
        return f"{self.page}-{self.panel}"

    def size_mm(self) -> tuple[float, float]:
        return (self.box.w / MM, self.box.h / MM)


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "art-specs", help="list the size each panel's artwork must have; write templates to draw on",
        description="Print every panel's art box (trim size plus bleed where the panel runs off the page) in mm "
                    "and in pixels at 300 and 600 ppi, and the state of its art file.")
    p.add_argument("--csv", type=Path, metavar="FILE", help="also write the table as CSV")
    p.add_argument("--templates", type=Path, metavar="DIR",
                   help="write a blank 300-ppi PNG per panel with trim, bleed, safe-area and frame guides")
    p.add_argument("--project", type=Path, default=Path("."), metavar="DIR", help="project folder (default: .)")
    return p


def run(args: argparse.Namespace) -> int:
    from comic.atomic import atomic_write
    from comic.diagnostics import Report
    from comic.layout.pages import layout_book
    from comic.script import load_book

    root = Path(args.project)
    report = Report(root=root)
    book = load_book(root, report)
    if book is None:
        _show(report)
        return 1
    layouts = layout_book(book, report, bleed=True, strict=False)
    specs = collect(layouts, report, root)
    sys.stdout.write(table(specs))
    if args.csv:
        atomic_write(Path(args.csv), to_csv(specs))
        print(f"wrote {args.csv}")
    if args.templates:
        written = write_templates(specs, Path(args.templates), root)
        print(f"wrote {len(written)} template(s) to {args.templates}")
    _show(report)
    return 1 if report.errors else 0


def _show(report: Report) -> None:
    from comic.diagnostics import Severity

    for d in report:
        if d.severity is not Severity.INFO and d.code not in ("art-low-ppi", "art-missing"):  # in the table
            print(d.text(), file=sys.stderr)


def collect(layouts: list[PageLayout], report: Report, root: Path) -> list[ArtSpec]:
    specs = []
    for layout in layouts:
        pid = layout.page.id
        common = dict(trim=layout.boxes.trim, safe=layout.boxes.safe)
        if layout.background is not None:
            bg = layout.background
            specs.append(_spec(pid, "background", bg, bg.box or layout.boxes.bleed, ("left", "bottom", "right", "top"),
                               bg.clip, report, root, layout.page.background.file, **common))
        for pb in layout.panels:
            specs.append(_spec(pid, pb.panel.id, pb.art, pb.art_box or pb.bounds, pb.bleeds, pb.frame, report, root,
                               pb.panel.art.file, **common))
    return specs


def _spec(page: str, panel: str, art: ArtPlacement, box: Rect, bleeds, frame, report: Report, root: Path,
          written: str | None, **common) -> ArtSpec:
    from comic.layout.sources import PANELS_DIR

    if art.path is not None:
        try:
            file = art.path.resolve().relative_to(Path(root).resolve()).as_posix()
        except ValueError:
            file = str(art.path)
    else:
        file = written or f"{PANELS_DIR}/{page}-{panel}.*"
    bad = any(d.code in _FILE_ERRORS and d.page == page and d.panel == (None if panel == "background" else panel)
              for d in report.items)
    if art.kind == "missing":
        status = "error" if bad else "missing"
    elif art.kind == "svg":
        status = "vector"
    else:
        status = "ok" if (art.ppi or 0) >= 299.5 else "low"
    return ArtSpec(page, panel, file, status, art.ppi, art.pixel_size, box, tuple(bleeds), tuple(frame), **common)


COLUMNS = ("page", "panel", "art", "status", "ppi", "pixels", "width_mm", "height_mm", "px_300", "px_600", "bleed")


def rows(specs: list[ArtSpec]) -> list[dict[str, str]]:
    from comic.layout.art import pixels_for

    out = []
    for s in specs:
        w, h = s.size_mm()
        p3, p6 = pixels_for(s.box, 300), pixels_for(s.box, 600)
        out.append({
            "page": s.page, "panel": s.panel, "art": s.file, "status": s.status,
            "ppi": f"{s.ppi:.0f}" if s.ppi is not None else "",
            "pixels": f"{s.pixels[0]}x{s.pixels[1]}" if s.pixels else "",
            "width_mm": f"{w:.1f}", "height_mm": f"{h:.1f}",
            "px_300": f"{p3[0]}x{p3[1]}", "px_600": f"{p6[0]}x{p6[1]}",
            "bleed": " ".join(s.bleeds),
        })
    return out


def table(specs: list[ArtSpec]) -> str:
    data = rows(specs)
    heads = {"page": "page", "panel": "panel", "art": "art file", "status": "status", "ppi": "ppi",
             "pixels": "now px", "width_mm": "w mm", "height_mm": "h mm", "px_300": "300 ppi", "px_600": "600 ppi",
             "bleed": "bleeds"}
    widths = {c: max([len(heads[c])] + [len(r[c]) for r in data]) for c in COLUMNS}
    right = {"ppi", "width_mm", "height_mm", "px_300", "px_600", "pixels"}

    def line(values: dict[str, str]) -> str:
        cells = [values[c].rjust(widths[c]) if c in right else values[c].ljust(widths[c]) for c in COLUMNS]
        return "  ".join(cells).rstrip() + "\n"

    missing = sum(s.status in ("missing", "error") for s in specs)
    low = sum(s.status == "low" for s in specs)
    foot = f"{len(specs)} art boxes: {len(specs) - missing} with art, {missing} missing, {low} under 300 ppi\n"
    return line(heads) + "".join(line(r) for r in data) + foot


def to_csv(specs: list[ArtSpec]) -> str:
    import csv
    import io

    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows(specs))
    return buf.getvalue()


def write_templates(specs: list[ArtSpec], out_dir: Path, root: Path) -> list[Path]:
    """One PNG per art box; never overwrites finished art when pointed at panels/ itself."""
    from comic.atomic import atomic_path
    from comic.layout.sources import PANELS_DIR

    out_dir = Path(out_dir)
    into_panels = out_dir.resolve() == (Path(root) / PANELS_DIR).resolve()
    written = []
    for s in specs:
        target = out_dir / f"{s.key}.png"
        if into_panels and any(out_dir.glob(f"{s.key}.*")):
            continue
        image = template_image(s)
        with atomic_path(target) as tmp:
            image.save(tmp, "PNG", dpi=(300, 300))
        written.append(target)
    return written


def template_image(s: ArtSpec, ppi: float = 300):
    """White art box with guides: grey outside the frame, red trim, blue dashed safe area, black frame."""
    from PIL import Image, ImageDraw

    from comic.layout.art import pixels_for

    w, h = pixels_for(s.box, ppi)
    sx, sy = w / s.box.w, h / s.box.h

    def px(p: Point) -> tuple[float, float]:
        return ((p[0] - s.box.x) * sx, (s.box.y2 - p[1]) * sy)

    image = Image.new("RGB", (w, h), (255, 255, 255))
    outside = Image.new("L", (w, h), 255)
    ImageDraw.Draw(outside).polygon([px(p) for p in s.frame], fill=0)
    image.paste((226, 226, 226), mask=outside)
    draw = ImageDraw.Draw(image)
    line = max(1, round(ppi / 150))
    trim = [px((s.trim.x, s.trim.y2)), px((s.trim.x2, s.trim.y))]
    draw.rectangle(trim, outline=(230, 40, 40), width=line)
    _dashed_rect(draw, [px((s.safe.x, s.safe.y2)), px((s.safe.x2, s.safe.y))], (40, 110, 230), line, 6 * line)
    draw.line([px(p) for p in s.frame] + [px(s.frame[0])], fill=(0, 0, 0), width=line)
    w_mm, h_mm = s.size_mm()
    draw.text((4 * line + 2, 4 * line + 2), f"{s.key}  {w_mm:.1f} x {h_mm:.1f} mm  {w} x {h} px @ {ppi:.0f} ppi",
              fill=(120, 120, 120))
    return image


def _dashed_rect(draw, corners, colour, width: int, dash: int) -> None:
    (x0, y0), (x1, y1) = corners
    for a, b in (((x0, y0), (x1, y0)), ((x1, y0), (x1, y1)), ((x1, y1), (x0, y1)), ((x0, y1), (x0, y0))):
        length = max(abs(b[0] - a[0]), abs(b[1] - a[1]))
        steps = max(1, int(length // dash))
        for k in range(0, steps, 2):
            t0, t1 = k / steps, min(1.0, (k + 1) / steps)
            draw.line([(a[0] + (b[0] - a[0]) * t0, a[1] + (b[1] - a[1]) * t0),
                       (a[0] + (b[0] - a[0]) * t1, a[1] + (b[1] - a[1]) * t1)], fill=colour, width=width)
