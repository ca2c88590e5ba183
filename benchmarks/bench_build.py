"""Cold builds of the stress book against the floor, measured in the same run (the machine is noisy).

Prints each figure as a ratio and exits 1 when a target is missed:
  - one-language screen build      ≤ 2.0 × the floor (JPEG art)
  - one-language print build       ≤ 1.5 × a floor doing the same CMYK conversion and encoding
  - six-language screen build      ≤ 1.5 × the one-language screen build
  - peak memory                    ≤ 400 MB, and the 96-page book within 1.25 × the 24-page one
and, for information, what each language beyond the first costs in CPU seconds, and the six ÷ one ratio
of builds whose pages are already lettered (art still decoded, converted and encoded; every file written).

    python benchmarks/bench_build.py [--quick]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import best, cold, line, lettered_only, run  # noqa: E402
from stressbook import make  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="one run each, skip the 96-page memory check")
    args = ap.parse_args()
    n = 1 if args.quick else 2
    jpg = make(24, "jpg")
    here = Path(__file__).resolve().parent
    floor = here / "floor.py"
    out = jpg / "floor.pdf"

    def comic(*extra: str, project: Path = jpg, usage: dict | None = None, clear=cold):
        def go():
            clear(project)
            return run(["comic", "build", "-q", "--no-preview", *extra], project, usage)
        return go

    f_screen, _ = best(n, lambda: run([str(floor), str(jpg), str(out)], jpg))
    cpu_one: dict = {}
    cpu_six: dict = {}
    one, rss_one = best(n, comic("--lang", "en", usage=cpu_one))
    six, rss_six = best(n, comic(usage=cpu_six))
    # the same two builds with every page already lettered (art, assembly and files still made): what the
    # six-language build costs beyond the one-language build when lettering is not counted
    six_art, _ = best(n, comic(clear=lettered_only))
    one_art, _ = best(n, comic("--lang", "en", clear=lettered_only))
    f_print, _ = best(n, lambda: run([str(floor), str(jpg), str(out), "--cmyk"], jpg))
    one_print, rss_print = best(n, comic("--lang", "en", "--print-only"))
    print(f"stress book: 24 pages × 6 panels of 300-ppi JPEG art, 12 balloons per page, 6 languages")
    print(f"floor screen {f_screen:.2f} s, floor print {f_print:.2f} s; comic: screen 1 language {one:.2f} s, "
          f"6 languages {six:.2f} s, print 1 language {one_print:.2f} s")
    ok = True
    ok &= line("one-language screen build / floor (JPEG)", one / f_screen, 2.0)
    ok &= line("one-language print build / CMYK floor", one_print / f_print, 1.5)
    ok &= line("six-language screen build / one language", six / one, 1.5)
    extra = (min(cpu_six["cpu"]) - min(cpu_one["cpu"])) / 5
    line("  CPU s of each language beyond the first (info)", extra, None, " s")
    line("  six / one language, pages already lettered (info)", six_art / one_art, None)
    peak = max(rss_one, rss_six, rss_print)
    ok &= line("peak memory, 24 pages (MB)", peak, 400, " MB")
    if not args.quick:
        png = make(24, "png")
        p_one, _ = best(1, comic("--lang", "en", project=png))
        line("one-language screen build / floor, PNG art (info)", p_one / f_screen, None)
        big = make(96, "jpg")
        _, rss_big = best(1, comic("--lang", "en", project=big))
        ok &= line("peak memory, 96 pages (MB)", rss_big, 400, " MB")
        ok &= line("peak memory growth, 96 / 24 pages", rss_big / rss_one, 1.25)
    print("all targets hold" if ok else "a target was missed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
