"""`comic schema`: the JSON Schema of the script format, for editors with a YAML language server."""

from __future__ import annotations

import argparse
from pathlib import Path

from comic.commands.common import dump_json


def schemas() -> dict[str, dict]:
    # imported here, not at the top: only `comic schema` and `comic new` need the pydantic models
    from comic.script.schema import BookSpec, SceneSpec

    out = {}
    for name, cls in (("book", BookSpec), ("scene", SceneSpec)):
        s = cls.model_json_schema()
        s["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        s["$id"] = f"https://comic.invalid/schema/{name}.schema.json"
        out[name] = s
    return out


def add_parser(sub) -> None:
    p = sub.add_parser("schema", help="print the JSON Schema of book and scene files",
                       description="Print the JSON Schema of the script format (book file by default), "
                                   "or write both schemas into a folder for your editor.")
    p.add_argument("which", nargs="?", choices=("book", "scene"), default="book")
    p.add_argument("--write", type=Path, metavar="DIR", help="write book.schema.json and scene.schema.json into DIR")


def run(args: argparse.Namespace) -> int:
    from comic.atomic import atomic_write

    all_schemas = schemas()
    if args.write:
        for name, s in all_schemas.items():
            atomic_write(args.write / f"{name}.schema.json", dump_json(s) + "\n")
        return 0
    print(dump_json(all_schemas[args.which]))
    return 0
