"""`comic build`: every language (or --lang ones) into build/, with the manifest."""

from __future__ import annotations

import argparse
import sys

from comic.commands.common import add_common, print_report


def add_parser(sub) -> None:
    p = sub.add_parser("build", help="build the PDFs of every language into build/",
                       description="Build the screen PDF (and with --print the print PDF) of every language, "
                                   "previews, and build/manifest.json.")
    add_common(p)
    p.add_argument("--lang", action="append", metavar="LANG", help="build only this language (repeatable)")
    p.add_argument("--print", dest="print_", action="store_true", help="also build the print-ready PDF/X edition")
    p.add_argument("--print-only", action="store_true", help="build only the print edition")
    p.add_argument("--strict", action="store_true",
                   help="fail on what a printer would reject: missing translations, missing or low-resolution art")
    p.add_argument("--booklet", action="store_true",
                   help="also impose each screen PDF as an A4 booklet: print double-sided (flip on short edge), "
                        "fold to A5")
    p.add_argument("--proof", action="store_true", help="translator's proof: id tags and overflow highlights")
    p.add_argument("--no-preview", dest="preview", action="store_false", help="skip PNG previews")
    p.add_argument("--out", type=str, default=None, metavar="DIR", help="output folder (default: build/)")
    p.add_argument("-j", "--jobs", type=int, default=None, metavar="N",
                   help="worker processes for the languages (default: the number of cores, at most 4)")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    # imported here, not at the top: building the parser for any command stays cheap
    from comic.build import build_project
    from comic.diagnostics import Report
    report = Report()
    out = Path(args.out) if args.out else None
    result = build_project(args.project, report, languages=args.lang, print_=args.print_ or args.print_only,
                           screen=not args.print_only, strict=args.strict,
                           proof=args.proof, previews=args.preview, out_dir=out,
                           workers=args.jobs, progress=not args.quiet, booklet=args.booklet)
    print_report(report, args)
    if not args.quiet:
        for o in result.outputs:
            if o.kind in ("screen", "print", "cover", "booklet", "proof"):
                unit = "sheet sides" if o.kind == "booklet" else "pages"
                print(f"{o.kind:>7} {o.language}: {o.path} ({o.pages} {unit})", file=sys.stdout)
        if result.binding is not None and result.binding.binding != "none":
            print(f"binding: {result.binding.summary()}", file=sys.stdout)
    if not report.ok:
        return 1
    return 0
