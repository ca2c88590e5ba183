"""Change one balloon's text in one language and rebuild, as `comic watch` does (one warm process).

Target: the rebuild takes ≤ 0.5 s wall and ≤ 10 % of a cold build of the same book, measured in this run.
Also prints, for information, the same rebuild through a fresh `comic build` process.

    python benchmarks/bench_incremental.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# (not the checkout itself: the rebuilds in this process must use the comic the `comic build` runs use —
# an installed copy has its own font files, whose dates are part of every page's key)

from _common import best, cold, line, run  # noqa: E402
from stressbook import make  # noqa: E402


def main() -> int:
    project = make(24, "jpg")
    scene = project / "scripts" / "scenes" / "s.yaml"
    original = scene.read_text(encoding="utf-8")
    try:
        cold_s, _ = best(2, lambda: (cold(project), run(["comic", "build", "-q"], project))[1])

        from comic.build import build_project
        from comic.diagnostics import Report
        report = Report()
        build_project(project, report, workers=1, keep_in_memory=True)   # the watch process's first build
        assert report.ok, [d.text() for d in report.errors]
        times = []
        for n in range(3):
            # one balloon, one language: the German text of the first balloon on page 12
            text = scene.read_text(encoding="utf-8")
            marker = "de: Die"
            at = text.index(marker, text.index("id: p12-a-0"))
            scene.write_text(text[:at] + f"de: Edit{n} Die" + text[at + len(marker):], encoding="utf-8")
            start = time.perf_counter()
            report = Report()
            build_project(project, report, workers=1, keep_in_memory=True)
            times.append(time.perf_counter() - start)
            assert report.ok
        inc = min(times)
        cli, _ = best(1, lambda: run(["comic", "build", "-q"], project))
    finally:
        scene.write_text(original, encoding="utf-8")
    print("stress book: 24 pages, 6 languages; one German balloon edited, then rebuilt in the same process")
    print(f"cold build {cold_s:.2f} s; incremental rebuild {inc:.3f} s; the same through a new `comic build` "
          f"process {cli:.2f} s (information)")
    ok = line("incremental rebuild, seconds", inc, 0.5, " s")
    ok &= line("incremental rebuild / cold build", inc / cold_s, 0.10)
    print("all targets hold" if ok else "a target was missed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
