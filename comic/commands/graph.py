"""`comic graph`: the pick-a-path story graph as text or Graphviz DOT."""

from __future__ import annotations

import argparse

from comic.commands.common import add_common, print_report


def add_parser(sub) -> None:
    p = sub.add_parser("graph", help="print the story graph (text or Graphviz DOT)",
                       description="Print where each story page leads: choices, goto and next pages.")
    add_common(p)
    p.add_argument("--format", choices=("text", "dot"), default="text")


def run(args: argparse.Namespace) -> int:
    from comic.build import page_numbers
    from comic.checks.story import check_story, to_dot, to_text
    from comic.diagnostics import Report
    from comic.script import load_book
    report = Report()
    book = load_book(args.project, report)
    if book is not None and report.ok:
        check_story(book, report)
        numbers = page_numbers(book)
        print(to_dot(book, numbers) if args.format == "dot" else to_text(book, numbers), end="")
    print_report(report, args)
    return 0 if report.ok else 1
