"""Regenerate the sample artwork: one SVG per panel in panels/, sized from the book's layout.

    python tools/art/generate.py            # write every panels/<page>-<panel>.svg
    python tools/art/generate.py --check    # also parse every file with svglib, as the build does
    python tools/art/generate.py --only home-1 --sheets /tmp/sheets   # some pages, plus review sheets

Each SVG's viewBox is the panel's art box (the panel, plus the bleed where it runs off the page) at
300 ppi, so `fit: cover` places it without cropping. Faces are kept clear of the balloons: where the toolkit's
lettering puts them in every language of the book (or, if it cannot run, an estimate from the text).
Output is deterministic: the same scripts and translations give the same bytes, and files whose content did
not change are not rewritten.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.art.lettering import Region, Talk, regions  # noqa: E402
from tools.art.scene import Panel, compose  # noqa: E402

PPI = 300.0


def load_layout(root: Path):
    from comic.diagnostics import Report
    from comic.layout.pages import layout_book
    from comic.script import load_book

    report = Report()
    book = load_book(root, report)
    if book is None:
        raise SystemExit("tools/art: the book could not be loaded; run `comic check`")
    return book, layout_book(book, report, bleed=True)


def lettered_boxes(book, pages) -> dict[str, list[tuple]] | None:
    """Where the toolkit's own lettering puts every balloon, in every language of the book.

    Faces are kept out of the union of them all. Page points, (x0, y0, x1, y1, kind, item id) per panel key.
    None when the lettering cannot run (then the balloon sizes are estimated from the text).
    """
    try:
        from comic.build import assets_dir, page_numbers
        from comic.build.texts import EditionTexts
        from comic.diagnostics import Report
        from comic.i18n.catalog import Catalog
        from comic.lettering.fonts import default_stack
        from comic.lettering.letter import letter_page

        stack = default_stack(assets_dir(book.root, "fonts"))
        stack.register()
        numbers = page_numbers(book)
        out: dict[str, set] = {}
        for lang in book.languages:
            catalog = Catalog.load(book, lang, Report(), strict=False, summarize=True)
            texts = EditionTexts(catalog, lang, numbers)
            for layout in pages:
                lp = letter_page(book, layout, lang, texts.item, stack, Report(), texts.numbers,
                                 option_of=texts.option, name_of=texts.name)
                for lt in lp.items:
                    x0, y0, x1, y1 = lt.bounds
                    pad = 9.0 if lt.item.kind == "chat" else 3.0     # chats: the name above, time below
                    out.setdefault(f"{lt.item.page}-{lt.item.panel}", set()).add(
                        (round(x0 - 3, 1), round(y0 - pad, 1), round(x1 + 3, 1), round(y1 + pad, 1), lt.item.kind,
                         lt.item.id))
        return {k: sorted(v) for k, v in out.items()}
    except Exception as e:  # the lettering is optional here: estimates still work
        print(f"tools/art: lettering not available ({type(e).__name__}: {e}); estimating balloon sizes")
        return None


def panel_of(pb, boxes: dict | None = None) -> Panel:
    """The panel in art-box pixels, with the script's panel coordinates converted to art-box fractions."""
    art = pb.art_box or pb.bounds
    b = pb.bounds
    W = round(art.w / 72.0 * PPI, 1)
    H = round(art.h / 72.0 * PPI, 1)

    def fx(x: float) -> float:
        return (b.x + x * b.w - art.x) / art.w

    def fy(y: float) -> float:
        return (art.y2 - (b.y2 - y * b.h)) / art.h

    regs, talks = regions(pb.panel.items, b.w, b.h)
    regs = [Region(fx(r.x0), fy(r.y0), fx(r.x1), fy(r.y1), r.kind, r.item) for r in regs]
    if boxes is not None:
        regs = [Region((x0 - art.x) / art.w, (art.y2 - y1) / art.h, (x1 - art.x) / art.w, (art.y2 - y0) / art.h,
                       kind, item) for x0, y0, x1, y1, kind, item in boxes.get(pb.panel.key, [])]
    talks = [Talk(t.item, t.by, t.kind, (fx(t.at[0]), fy(t.at[1])) if t.at else None,
                  (fx(t.tail[0]), fy(t.tail[1])) if t.tail else None) for t in talks]
    return Panel(pb.panel.key, W, H, regs, talks, art.w, art.h)


def write_if_changed(path: Path, text: str) -> bool:
    data = text.encode("utf-8")
    if path.exists() and path.read_bytes() == data:
        return False
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return True


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", nargs="*", help="page ids to regenerate (default: all)")
    ap.add_argument("--check", action="store_true", help="parse every written file with svglib")
    ap.add_argument("--sheets", help="also write review sheets (PNG per page, balloon regions marked) here")
    ap.add_argument("--out", default=str(ROOT / "panels"), help="output folder (default: panels/)")
    ap.add_argument("--estimate", action="store_true",
                    help="estimate balloon sizes from the text instead of running the lettering")
    args = ap.parse_args(argv)

    from tools.art.panels import SPECS

    t0 = time.perf_counter()
    book, pages = load_layout(ROOT)
    boxes = None if args.estimate else lettered_boxes(book, pages)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    written = same = 0
    missing: list[str] = []
    notes: list[str] = []
    done: list[tuple] = []
    for pl in pages:
        if args.only and pl.page.id not in args.only:
            continue
        for pb in pl.panels:
            key = pb.panel.key
            spec = SPECS.get(key)
            if spec is None:
                missing.append(key)
                continue
            panel = panel_of(pb, boxes)
            canvas = compose(spec() if callable(spec) else spec, panel)
            path = out / f"{key}.svg"
            if write_if_changed(path, canvas.svg()):
                written += 1
            else:
                same += 1
            notes += [f"{key}: {n}" for n in panel.notes]
            done.append((pl, pb, path, panel))
    took = time.perf_counter() - t0
    total = sum(p.stat().st_size for p in out.glob("*.svg"))
    print(f"tools/art: {written} written, {same} unchanged, {len(missing)} without a spec, "
          f"panels/ holds {total / 1e6:.2f} MB of SVG; {took:.1f} s")
    for n in notes:
        print("  note:", n)
    if missing:
        print("  no spec:", " ".join(missing))
    if args.check:
        bad = check([d[2] for d in done])
        if bad:
            return 1
    if args.sheets:
        from tools.art.preview import sheets

        sheets(done, Path(args.sheets))
    return 0


def check(paths) -> int:
    import logging

    from svglib.svglib import svg2rlg

    logging.getLogger("svglib").setLevel(logging.CRITICAL)
    bad = 0
    for p in paths:
        d = svg2rlg(str(p))
        if d is None or d.width <= 0:
            print(f"  {p}: svglib could not read it")
            bad += 1
    print(f"tools/art: svglib read {len(paths) - bad} of {len(paths)} files")
    return bad


if __name__ == "__main__":
    raise SystemExit(main())
