"""`comic watch`: rebuild whenever a script, translation, artwork or font is saved.

Builds run in this one long-lived process, so what did not change stays in memory (parsed scripts,
lettered pages, prepared art) and a saved line costs one page of one language, not a book.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from comic.commands.common import add_common, print_report

WATCHED = ("scripts", "panels", "assets")


def add_parser(sub) -> None:
    p = sub.add_parser("watch", help="rebuild the screen PDFs and previews whenever a file is saved",
                       description="Build, then rebuild what a saved file affects, until Ctrl-C.")
    add_common(p)
    p.add_argument("--lang", action="append", metavar="LANG", help="only this language (repeatable)")
    p.add_argument("--proof", action="store_true", help="also keep the translator's proof fresh")


def rebuild(args: argparse.Namespace, workers: int) -> int:
    from comic.build import build_project
    from comic.diagnostics import Report
    report = Report()
    start = time.perf_counter()
    result = build_project(args.project, report, languages=args.lang, proof=args.proof, workers=workers,
                           keep_in_memory=True)
    print_report(report, args)
    if not args.quiet:
        langs = sorted({o.language for o in result.outputs if o.kind == "screen" and o.language})
        state = "ok" if report.ok else "errors"
        print(f"[{time.strftime('%H:%M:%S')}] {state}: {', '.join(langs) or 'nothing'} built in "
              f"{time.perf_counter() - start:.2f} s — watching {', '.join(WATCHED)}/ (Ctrl-C to stop)",
              file=sys.stderr)
    return 0 if report.ok else 1


def run(args: argparse.Namespace) -> int:
    from watchfiles import watch
    root = Path(args.project)
    if not (root / "scripts" / "book.yaml").is_file():
        print("scripts/book.yaml: no book file — run comic watch in a project folder (or pass --project)",
              file=sys.stderr)
        return 1
    rebuild(args, workers=0)       # the first build may use every core
    paths = [root / d for d in WATCHED if (root / d).is_dir()]
    try:
        for changes in watch(*paths, debounce=200, step=50,
                             watch_filter=lambda _change, path: not Path(path).name.startswith(".")):
            rebuild(args, workers=1)   # in-process: the memory caches make this fast
    except KeyboardInterrupt:
        pass
    return 0
