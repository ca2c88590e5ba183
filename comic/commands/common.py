"""Options and output shared by the subcommands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from comic.diagnostics import Report


def add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--project", "-C", type=Path, default=Path("."), metavar="DIR",
                   help="project folder (default: the current folder)")
    p.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    p.add_argument("-v", "--verbose", action="store_true", help="also print information messages")


def print_report(report: Report, args: argparse.Namespace, *, fmt: str = "text", stream=None) -> None:
    from comic.diagnostics import Severity

    stream = stream or sys.stderr
    if fmt == "json":
        print(report.to_json(), file=sys.stdout)
        return
    for d in report.sorted():
        if d.severity is Severity.INFO and not getattr(args, "verbose", False):
            continue
        if d.severity is not Severity.ERROR and getattr(args, "quiet", False):
            continue
        print(d.text(), file=stream)
    if not getattr(args, "quiet", False):
        n_err, n_warn = len(report.errors), len(report.warnings)
        if n_err or n_warn:
            print(f"{n_err} error{'s' * (n_err != 1)}, {n_warn} warning{'s' * (n_warn != 1)}", file=stream)


def dump_json(data) -> str:
    import json

    return json.dumps(data, ensure_ascii=False, indent=2)
