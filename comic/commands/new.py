"""`comic new DIR`: a small project that builds at once, to start a comic from."""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parent.parent / "data" / "template"


def add_parser(sub) -> None:
    p = sub.add_parser("new", help="create a new comic project in DIR",
                       description="Create a new comic project: a book file, one scene, a panels/ folder.")
    p.add_argument("dir", type=Path, metavar="DIR")


def run(args: argparse.Namespace) -> int:
    target: Path = args.dir
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        print(f"{target}: already exists and is not empty — choose a new folder name", file=sys.stderr)
        return 1
    shutil.copytree(TEMPLATE, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__", "build"))
    from comic.atomic import atomic_write
    from comic.commands.common import dump_json
    from comic.commands.schema import schemas
    for name, s in schemas().items():
        atomic_write(target / "schema" / f"{name}.schema.json", dump_json(s) + "\n")
    print(f"created {target}: edit scripts/book.yaml and scripts/scenes/, drop art into panels/, "
          f"then run `comic build` in {target}")
    return 0
