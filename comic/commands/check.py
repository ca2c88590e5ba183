"""`comic check`: validate the scripts (and, with lettering, every language) and print every problem."""

from __future__ import annotations

import argparse

from comic.commands.common import add_common, print_report


def add_parser(sub) -> None:
    p = sub.add_parser("check", help="validate the scene scripts and report every problem",
                       description="Validate the book and scene scripts, the story graph, and the lettering "
                                   "of every language; print all problems at once.")
    add_common(p)
    p.add_argument("--format", choices=("text", "json"), default="text", help="json: one object per diagnostic")
    p.add_argument("--lang", action="append", metavar="LANG", help="check only this language (repeatable)")
    p.add_argument("--strict", action="store_true", help="treat missing translations and art as a print build would")


def run(args: argparse.Namespace) -> int:
    from comic.build import (
        check_project,  # imported here: keeps start-up of other commands light
    )
    from comic.diagnostics import Report
    report = Report()
    check_project(args.project, report, languages=args.lang, strict=args.strict)
    print_report(report, args, fmt=args.format)
    return 0 if report.ok else 1
