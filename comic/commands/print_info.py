"""`comic print-info`: what the printer will ask about — sizes, page count, binding, spine, colour settings."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from comic.commands.common import add_common, dump_json, print_report

if TYPE_CHECKING:
    from comic.diagnostics import Report

MM = 72 / 25.4


def add_parser(sub) -> None:
    p = sub.add_parser("print-info", help="page count, binding, spine width and colour settings of the print edition",
                       description="Show what a printer's quote and order form ask: trim and bleed, page count after "
                                   "binding padding, sheets or spine width, PDF/X version, profile, ink limit. "
                                   "Set them in the `print:` section of scripts/book.yaml.")
    add_common(p)
    p.add_argument("--format", choices=("text", "json"), default="text")


def info(book, report: Report) -> dict:
    from comic import editions
    from comic.layout.binding import plan_binding

    options = editions.of(book)
    plan = plan_binding(book, options, report)
    editions.check(book, report, options)
    pf = book.page_format
    settings = editions.pdfx_settings(book, book.title.source, options)
    return {
        "trim_mm": [round(pf.trim_width / MM, 1), round(pf.trim_height / MM, 1)],
        "bleed_mm": round(pf.bleed / MM, 2),
        "safe_mm": round(pf.safe / MM, 2),
        **plan.to_json(),
        "standard": f"PDF/{settings.version}",
        "profile": str(settings.profile),
        "output_condition": settings.output_condition,
        "intent": options.intent,
        "ink_limit": options.ink_limit,
        "screen_ppi": options.screen_ppi,
    }


def text(data: dict) -> str:
    w, h = data["trim_mm"]
    lines = [f"trim        {w:g} × {h:g} mm, bleed {data['bleed_mm']:g} mm, text inside {data['safe_mm']:g} mm"]
    pages = f"{data['pages']} pages"
    if data["blank_pages"]:
        pages += f" ({data['blank_pages']} blank)"
    if data["cover_pages"]:
        pages += f"; covers separate, {data['interior_pages']} interior pages"
    lines.append(f"pages       {pages}")
    if data["binding"] == "saddle":
        binding = f"saddle stitch, {data['sheets']} folded sheet{'s' if data['sheets'] != 1 else ''}"
    elif data["binding"] == "perfect":
        binding = f"perfect binding, spine {data['spine_mm']:.2f} mm"
    else:
        binding = "none (loose pages)"
    lines.append(f"binding     {binding}")
    lines.append(f"standard    {data['standard']}, {data['output_condition']}")
    lines.append(f"profile     {data['profile']}")
    lines.append(f"colour      {data['intent']} intent, total ink ≤ {data['ink_limit']:g} %")
    ppi = data["screen_ppi"]
    lines.append(f"screen PDF  art at {f'{ppi:g} ppi' if ppi else 'full resolution'}")
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    from comic.diagnostics import Report
    from comic.script import load_book

    report = Report()
    book = load_book(args.project, report)
    if book is None or not report.ok:
        print_report(report, args)
        return 1
    data = info(book, report)
    if args.format == "json":
        print(dump_json(data))
    else:
        sys.stdout.write(text(data))
    print_report(report, args)
    return 0 if report.ok else 1
