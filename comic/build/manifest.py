"""`build/manifest.json`: every output of the last builds, with page counts and digests, and the diagnostics.

Other tools and CI read it instead of guessing file names; its shape is documented in docs/manifest.md and
only grows (new fields), never changes.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from comic import __version__
from comic import model as m
from comic.atomic import atomic_write
from comic.diagnostics import Report

MANIFEST_VERSION = 1


@dataclass(frozen=True)
class Output:
    language: str | None
    kind: str          # screen | print | preview | contact-sheet | proof | proof-script | booklet | cover
    path: str          # relative to the project root
    pages: int | None = None
    sha256: str = ""

    def to_json(self) -> dict:
        return {"language": self.language, "kind": self.kind, "path": self.path, "pages": self.pages,
                "sha256": self.sha256}


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def rel(root: Path, path: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)


def output(root: Path, language: str | None, kind: str, path: Path, pages: int | None) -> Output:
    return Output(language, kind, rel(root, path), pages, sha256(path))


def previous_outputs(out_dir: Path) -> list[dict]:
    try:
        data = json.loads((out_dir / "manifest.json").read_text(encoding="utf-8"))
        outs = data.get("outputs", [])
        return [o for o in outs if isinstance(o, dict)]
    except (OSError, ValueError, AttributeError):
        return []


def write_manifest(out_dir: Path, book: m.Book, outputs: list[Output], report: Report,
                   binding: dict | None = None) -> Path:
    """Outputs of this build, plus those of earlier builds it did not redo (another --lang, the print
    edition) that are still on disk: a partial build must not make the manifest forget them."""
    path = out_dir / "manifest.json"
    rebuilt = {(o.language, o.kind) for o in outputs}
    kept = [o for o in previous_outputs(out_dir) if (o.get("language"), o.get("kind")) not in rebuilt
            and (book.root / str(o.get("path", ""))).is_file()]
    merged = kept + [o.to_json() for o in outputs]
    order = {lang: i for i, lang in enumerate(book.languages)}
    merged.sort(key=lambda o: (order.get(o.get("language"), 99), o.get("kind", ""), o.get("path", "")))
    data = {
        "manifest_version": MANIFEST_VERSION,
        "toolkit": f"comic {__version__}",
        "title": book.title.source,
        "languages": list(book.languages),
        "outputs": merged,
        "diagnostics": [d.to_json() for d in report.sorted()],
    }
    if binding is not None:
        data["binding"] = binding    # comic.layout.binding.BindingPlan.to_json(): pages, blanks, spine
    atomic_write(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return path
