"""Fitting throughput: balloons per second, against greedy wrapping in a rectangle measured in the same run.

    python benchmarks/bench_fitting.py [--seconds 2] [--project .]

Both sides start from the same strings and do the same parsing and measuring, so the ratio is the price
of fitting to the balloon's real shape with balanced breaks (and of growing the balloon to the text).
Texts come from the project's scripts (every language given inline) or, without a project, from a
built-in sample in five languages.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from comic.lettering.breaking import greedy, units  # noqa: E402
from comic.lettering.fit import FitSpec, Profile, fit, shape_exponent  # noqa: E402
from comic.lettering.fonts import default_stack  # noqa: E402
from comic.lettering.markup import parse  # noqa: E402

SAMPLE = [
    "Night shift again. There's soup in the fridge. Homework first, OK?",
    "Пак нощна смяна. В хладилника има супа. Първо домашните, нали?",
    "Schon wieder Nachtschicht. Im Kühlschrank ist Suppe. Erst die Hausaufgaben, okay?",
    "Πάλι νυχτερινή βάρδια. Έχει σούπα στο ψυγείο. Πρώτα τα μαθήματα, εντάξει;",
    "Għal darb'oħra xift tal-lejl. Hemm is-soppa fil-friġġ. L-ewwel il-lezzjonijiet, okay?",
    "Yeah, yeah.", "Who is it?", "A scout. For a sports brand. He says I've got talent.",
    "You're not like other girls your age. So mature. I *really* mean it.",
]


def texts(project: Path | None) -> list[str]:
    if project is not None and (project / "scripts" / "book.yaml").is_file():
        from comic.diagnostics import Report
        from comic.script import load_book

        book = load_book(project, Report())
        if book is not None:
            found = [t for item in book.items if item.kind not in ("sfx", "choice")
                     for t in item.text.texts.values() if t.strip()]
            if found:
                return found
    return SAMPLE


def run(label: str, work, strings: list[str], seconds: float) -> float:
    """Balloons per second, repeating the whole list until `seconds` have passed (at least once)."""
    done = 0
    start = time.perf_counter()
    while True:
        for s in strings:
            work(s)
        done += len(strings)
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            break
    rate = done / elapsed
    print(f"{label:<38} {rate:10.0f} balloons/s  ({done} in {elapsed:.2f} s)")
    return rate


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=2.0, help="time per measurement (default 2 s)")
    ap.add_argument("--project", type=Path, default=ROOT, help="project whose scripts give the texts")
    args = ap.parse_args(argv)

    stack = default_stack(ROOT / "assets")
    from comic.lettering.shaping import shaper
    shaped = shaper(stack, "en")          # what the build measures with: HarfBuzz-shaped widths
    measure = lambda text, style: shaped.width(text, style, 1.0)  # noqa: E731
    strings = texts(args.project)
    size, leading, pad = 9.0, 1.15, 7.09
    spec = FitSpec(Profile("oval", shape_exponent(0.35)), pad, size, 7.0, leading, max_width=300, max_height=300)
    capacity = 120.0

    def baseline(s: str):
        return greedy(units(parse(s), measure), capacity / size)

    def fitted(s: str):
        return fit(units(parse(s), measure), spec)

    for s in strings:          # warm the measuring caches for both sides alike
        baseline(s)
    print(f"{len(strings)} texts")
    base = run("greedy wrap in a rectangle (baseline)", baseline, strings, args.seconds)
    ours = run("balloon fitting (shape, DP, growth)", fitted, strings, args.seconds)
    print(f"ratio: fitting runs at {ours / base:.3f}× the baseline's speed ({base / ours:.1f}× slower)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
