"""`comic preflight`: check PDFs (ours or anyone's) the way a printer's prepress would, before sending them."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

STANDARDS = {"auto": "auto", "x4": "x4", "x1a": "x1a", "none": "none"}


def _ink_limit(text: str) -> float:
    try:
        value = float(text.rstrip("%"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number — write e.g. 300 or 240") from None
    if not 100 <= value <= 400:
        raise argparse.ArgumentTypeError(f"{value:g}% is not a total ink limit — use 100 to 400 (printers ask 240–320)")
    return value


def add_parser(sub) -> None:
    p = sub.add_parser(
        "preflight",
        help="check print PDFs for what a printer would reject",
        description="Check PDFs for print: PDF/X identification and OutputIntent, page boxes and bleed, "
        "embedded fonts, image colour spaces and resolution, total ink, page count for the binding, "
        "transparency (PDF/X-1a), encryption and scripts. Exit 0 when every file passes, 1 when one fails, "
        "2 when a file is missing or not a PDF.",
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE.pdf", help="PDF files to check")
    p.add_argument("--format", choices=("text", "json"), default="text", help="json: one object for all files")
    p.add_argument(
        "--binding",
        choices=("none", "saddle", "perfect"),
        default="none",
        help="saddle: page count must be a multiple of 4; perfect: an even page count",
    )
    p.add_argument(
        "--ink-limit",
        type=_ink_limit,
        default=300.0,
        metavar="PERCENT",
        help="highest total ink C+M+Y+K in percent (default 300; some print-on-demand printers ask 240)",
    )
    p.add_argument(
        "--standard",
        choices=tuple(STANDARDS),
        default="auto",
        help="auto: the PDF/X version the file declares (error if none); x4/x1a: require it; none: skip PDF/X rules",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="text format: print failing files and errors only")


def run(args: argparse.Namespace) -> int:
    import json

    # imported here, not at the top: pikepdf and the checks are heavy and no other command needs them
    from comic.checks.preflight import (
        NotAPdfError,
        PreflightOptions,
        format_text,
        preflight,
    )

    options = PreflightOptions(
        binding=getattr(args, "binding", "none"),
        ink_limit=float(getattr(args, "ink_limit", 300.0)),
        standard=STANDARDS.get(getattr(args, "standard", "auto"), "auto"),
    )
    fmt = getattr(args, "format", "text")
    quiet = getattr(args, "quiet", False)
    reports, unreadable = [], []
    for path in args.files:
        try:
            reports.append(preflight(Path(path), options))
        except NotAPdfError as exc:
            unreadable.append(str(exc))
            print(exc, file=sys.stderr)
    if fmt == "json":
        data = {
            "ok": not unreadable and all(r.ok for r in reports),
            "reports": [r.to_dict() for r in reports],
            "unreadable": unreadable,
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for report in reports:
            if quiet:
                if report.ok:
                    continue
                report = _errors_only(report)
            print(format_text(report))
    if unreadable:
        return 2
    return 0 if all(r.ok for r in reports) else 1


def _errors_only(report):
    from dataclasses import replace

    return replace(report, findings=[f for f in report.findings if f.severity == "error"])
