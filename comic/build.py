"""The build: scripts → model → layout → lettering → render, for every language, plus the manifest.

Layout is computed once per edition kind and shared by every language; only lettering and drawing are
per language. The manifest (`build/manifest.json`) is what other tools and CI read: keep it stable.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from comic import __version__
from comic import model as m
from comic.atomic import atomic_write
from comic.diagnostics import Report
from comic.script import load_book

MANIFEST_VERSION = 1


@dataclass
class Output:
    language: str | None
    kind: str          # screen | print | preview | contact-sheet | proof | script
    path: str          # relative to the project root
    pages: int | None = None
    sha256: str = ""

    def to_json(self) -> dict:
        return {"language": self.language, "kind": self.kind, "path": self.path, "pages": self.pages,
                "sha256": self.sha256}


@dataclass
class BuildResult:
    outputs: list[Output] = field(default_factory=list)
    book: m.Book | None = None


def fonts_dir(root: Path) -> Path:
    """The project's own fonts if it ships them, else the toolkit's."""
    own = root / "assets" / "fonts"
    if own.is_dir() and any(own.rglob("*.ttf")):
        return own
    return Path(__file__).parent / "data" / "fonts"


def assets_dir(root: Path) -> Path:
    own = root / "assets"
    return own if (own / "icc").is_dir() else Path(__file__).parent / "data"


def slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s or "comic"


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _languages(book: m.Book, wanted: Iterable[str] | None, report: Report) -> list[str]:
    if not wanted:
        return list(book.languages)
    out = []
    for lang in wanted:
        if lang not in book.languages:
            report.error("unknown-language", f"--lang {lang}: the book has no language '{lang}'",
                         hint=f"use one of {', '.join(book.languages)}, or add it with `comic i18n add {lang}`")
        else:
            out.append(lang)
    return out


def page_numbers(book: m.Book) -> dict[str, int]:
    return {page.id: i + 1 for i, page in enumerate(book.pages)}


def check_project(root: Path, report: Report, *, languages: list[str] | None = None, strict: bool = False) -> m.Book | None:
    """Everything `comic check` reports: the scripts, the story graph, and the lettering of each language."""
    book = load_book(Path(root), report)
    if book is None or not report.ok:
        return book
    langs = _languages(book, languages, report)
    from comic.checks.story import check_story
    check_story(book, report)
    _letter_all(book, langs, report, strict=strict, bleed=False)
    return book


def _letter_all(book: m.Book, langs: list[str], report: Report, *, strict: bool, bleed: bool):
    """Layout once, then letter every language. Returns [(lang, [(layout, lettered_page)])]."""
    from comic.i18n.catalog import Catalog
    from comic.layout.pages import layout_book
    from comic.lettering.fonts import default_stack
    from comic.lettering.letter import letter_page

    stack = default_stack(fonts_dir(book.root))
    stack.register()
    layouts = layout_book(book, report, bleed=bleed, strict=strict)
    numbers = page_numbers(book)
    result = []
    for lang in langs:
        catalog = Catalog.load(book, lang, report, strict=strict)
        pages = [(layout, letter_page(book, layout, lang, catalog.text, stack, report, numbers))
                 for layout in layouts]
        result.append((lang, catalog, pages))
    return stack, result


def build_project(root: Path, report: Report, *, languages: list[str] | None = None, print_: bool = False,
                  strict: bool = False, proof: bool = False, previews: bool = True,
                  out_dir: Path | None = None) -> BuildResult:
    root = Path(root)
    out_dir = out_dir or root / "build"
    result = BuildResult()
    book = load_book(root, report)
    result.book = book
    if book is None or not report.ok:
        return result
    langs = _languages(book, languages, report)
    if not report.ok:
        return result
    from comic.checks.story import check_story
    check_story(book, report)
    if not report.ok:
        return result
    name = slug(book.title.source)
    from comic.render.pdf import RenderOptions, render_pdf

    editions = [("screen", False)] + ([("print", True)] if print_ else [])
    for kind, is_print in editions:
        stack, lettered = _letter_all(book, langs, report, strict=strict and is_print, bleed=is_print)
        if not report.ok:
            return result
        folio_font = stack.primary.face("regular").name
        for lang, catalog, pages in lettered:
            suffix = "-print" if is_print else ""
            pdf = out_dir / lang / f"{name}-{lang}{suffix}.pdf"
            title = catalog.meta("book:title") if hasattr(catalog, "meta") else book.title.source
            opts = RenderOptions(
                language=lang, title=title, cmyk=is_print, marks=is_print, outline=not is_print,
                links=not is_print, slug=f"{pdf.name} · {lang}" if is_print else None,
                scene_titles=tuple((s.pages[0].id, (catalog.meta(f"scene:{s.id}:title") if s.title else s.id))
                                   for s in book.scenes if s.pages),
            )
            if is_print:
                raw = pdf.with_suffix(".raw.pdf")
                count = render_pdf(pages, raw, opts, folio_font=folio_font)
                from comic.render.pdfx import PdfxSettings, finalize
                finalize(raw, pdf, print_settings(book, title))
                raw.unlink()
            else:
                count = render_pdf(pages, pdf, opts, folio_font=folio_font)
            result.outputs.append(Output(lang, kind, _rel(root, pdf), count, _sha256(pdf)))
            if previews and not is_print:
                from comic.render.preview import contact_sheet, write_previews
                pngs = write_previews(pdf, out_dir / lang / "preview")
                for png in pngs:
                    result.outputs.append(Output(lang, "preview", _rel(root, png), 1, _sha256(png)))
                sheet = contact_sheet(pngs, out_dir / lang / f"{name}-{lang}-contact.png")
                result.outputs.append(Output(lang, "contact-sheet", _rel(root, sheet), len(pngs), _sha256(sheet)))
    write_manifest(out_dir, book, result.outputs, report)
    return result


def print_settings(book: m.Book, title: str):
    from datetime import datetime, timezone

    from comic.render.pdfx import PdfxSettings
    icc = assets_dir(book.root) / "icc" / "ISOcoated_v2_300_bas.icc"
    return PdfxSettings(version="X-4", profile=icc, output_condition="ISO Coated v2 300% (basICColor)",
                        registry="http://www.color.org", title=title,
                        date=datetime(2000, 1, 1, tzinfo=timezone.utc))


def _rel(root: Path, path: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)


def write_manifest(out_dir: Path, book: m.Book, outputs: list[Output], report: Report) -> Path:
    data = {
        "manifest_version": MANIFEST_VERSION,
        "toolkit": f"comic {__version__}",
        "title": book.title.source,
        "languages": list(book.languages),
        "outputs": [o.to_json() for o in outputs],
        "diagnostics": [d.to_json() for d in report.sorted()],
    }
    path = out_dir / "manifest.json"
    atomic_write(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return path
