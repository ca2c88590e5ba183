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
from comic.diagnostics import Pos, Report
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


def assets_dir(root: Path, what: str) -> Path:
    """The project's own assets/<what> (fonts, icc) if it ships them, else the toolkit's."""
    own = root / "assets" / what
    if own.is_dir() and any(own.iterdir()):
        return root / "assets"
    return Path(__file__).parent / "data"


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


@dataclass(frozen=True)
class EditionTexts:
    """The strings one language's edition letters: translation, then page numbers, then typography."""

    catalog: object
    language: str
    numbers: dict[str, int]

    def _finish(self, text: str) -> str:
        from comic.i18n.typography import apply
        from comic.script.refs import resolve_refs
        return apply(resolve_refs(text, self.numbers), self.language)

    def item(self, item: m.Item) -> str:
        return self._finish(self.catalog.text(item))

    def option(self, item: m.Item, option: m.ChoiceOption) -> str:
        return self._finish(self.catalog.option(item, option))

    def name(self, character: m.Character) -> str:
        return self._finish(self.catalog.name(character))


def check_project(root: Path, report: Report, *, languages: list[str] | None = None, strict: bool = False) -> m.Book | None:
    """Everything `comic check` reports: the scripts, the story graph, and the lettering of each language."""
    book = load_book(Path(root), report)
    if book is None or not report.ok:
        return book
    langs = _languages(book, languages, report)
    from comic.checks.story import check_story
    check_story(book, report)
    if report.ok:
        _letter_all(book, langs, report, strict=strict, bleed=False)
    return book


def _letter_all(book: m.Book, langs: list[str], report: Report, *, strict: bool, bleed: bool):
    """Layout once, then letter every language. Returns [(lang, [(layout, lettered_page)])]."""
    from comic.i18n.catalog import Catalog
    from comic.layout.pages import layout_book
    from comic.lettering.fonts import default_stack
    from comic.lettering.letter import letter_page

    stack = default_stack(assets_dir(book.root, "fonts"))
    stack.register()
    layouts = layout_book(book, report, bleed=bleed, strict=bleed, allow_missing=book.allow_missing_art)
    numbers = page_numbers(book)
    result = []
    for lang in langs:
        catalog = Catalog.load(book, lang, report, strict=strict, summarize=not strict)
        texts = EditionTexts(catalog, lang, numbers)
        pages = [(layout, letter_page(book, layout, lang, texts.item, stack, report, numbers,
                                      option_of=texts.option, name_of=texts.name))
                 for layout in layouts]
        result.append((lang, catalog, pages))
    return stack, result


def build_project(root: Path, report: Report, *, languages: list[str] | None = None, print_: bool = False,
                  screen: bool = True, strict: bool = False, proof: bool = False, previews: bool = True,
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
    from comic.render.pdf import RenderOptions, art_layer_key, render_art_layer, render_pdf

    editions = ([("screen", False)] if screen or not print_ else []) + ([("print", True)] if print_ else [])
    for kind, is_print in editions:
        stack, lettered = _letter_all(book, langs, report, strict=strict and is_print, bleed=is_print)
        if not report.ok:
            return result
        font = stack.primary.face("regular").name
        layouts = [layout for layout, _ in lettered[0][2]] if lettered else []
        art_pdf = out_dir / ".cache" / "layers" / f"art-{kind}-{art_layer_key(layouts, cmyk=is_print)}.pdf"
        if layouts and not art_pdf.exists():
            from comic.render.art import ArtCache
            cache = ArtCache.for_project(root, profile=print_settings(book, "").profile)
            for err in render_art_layer(layouts, art_pdf, cmyk=is_print, font=font, cache=cache):
                report.error("art-unreadable", err.message, Pos(_rel(root, err.path) if err.path else "panels/"),
                             hint="re-export the file from your drawing program (PNG, JPEG, TIFF, WebP, PSD or SVG)")
        for lang, catalog, pages in lettered:
            suffix = "-print" if is_print else ""
            pdf = out_dir / lang / f"{name}-{lang}{suffix}.pdf"
            title = catalog.meta("book:title")
            opts = RenderOptions(
                language=lang, title=title, cmyk=is_print, marks=is_print, outline=not is_print,
                links=not is_print,
                slug=f"{pdf.name} · {lang}" if is_print else None,
                scene_titles=tuple((s.pages[0].id, catalog.meta(f"scene:{s.id}:title") if s.title else s.id)
                                   for s in book.scenes if s.pages),
            )
            if is_print:
                from comic.render.pdfx import PdfxError, finalize
                raw = pdf.with_name(f".{pdf.name}.raw.tmp")
                try:
                    count = render_pdf(pages, raw, opts, font=font, art_pdf=art_pdf)
                    finalize(raw, pdf, print_settings(book, title))
                except PdfxError as e:
                    report.error("pdfx", f"{pdf.name}: {e}", hint="this is a bug in comic's print output; please report it",
                                 language=lang)
                    continue
                finally:
                    raw.unlink(missing_ok=True)
            else:
                count = render_pdf(pages, pdf, opts, font=font, art_pdf=art_pdf)
            result.outputs.append(Output(lang, kind, _rel(root, pdf), count, _sha256(pdf)))
            if proof and not is_print:
                result.outputs += _proof(book, root, out_dir, name, lang, catalog, pages, opts, stack, art_pdf)
            if previews and not is_print:
                from comic.render.preview import contact_sheet, write_previews
                pngs = write_previews(pdf, out_dir / lang / "preview")
                for png in pngs:
                    result.outputs.append(Output(lang, "preview", _rel(root, png), 1, _sha256(png)))
                sheet = contact_sheet(pngs, out_dir / lang / f"{name}-{lang}-contact.png")
                result.outputs.append(Output(lang, "contact-sheet", _rel(root, sheet), len(pngs), _sha256(sheet)))
    write_manifest(out_dir, book, result.outputs, report)
    return result


def _proof(book, root, out_dir, name, lang, catalog, pages, opts, stack, art_pdf) -> list[Output]:
    """The translator's proof (balloon ids, overflow highlighted) and the side-by-side script."""
    from dataclasses import replace

    from comic.i18n.catalog import book_units
    from comic.render.pdf import render_pdf
    from comic.render.script_pdf import ScriptRow, write_script_pdf
    font = stack.primary.face("regular").name
    pdf = out_dir / lang / f"{name}-{lang}-proof.pdf"
    count = render_pdf(pages, pdf, replace(opts, proof=True), font=font, art_pdf=art_pdf)
    overflow = {lettered.item.id for _, lp in pages for lettered in lp.items if lettered.overflow}
    rows = [ScriptRow(u.key, u.source, catalog._texts.get(u.key, u.source), u.comments,
                      catalog.states.get(u.key, "missing"), u.item in overflow if u.item else False)
            for u in book_units(book)]
    script = out_dir / lang / f"{name}-{lang}-script.pdf"
    write_script_pdf(rows, script, stack=stack, title=book.title.source, source_lang=book.source_language, lang=lang)
    return [Output(lang, "proof", _rel(root, pdf), count, _sha256(pdf)),
            Output(lang, "proof-script", _rel(root, script), None, _sha256(script))]


def print_settings(book: m.Book, title: str):
    from datetime import datetime, timezone

    from comic.render.pdfx import PdfxSettings
    icc = assets_dir(book.root, "icc") / "icc" / "ISOcoated_v2_300_bas.icc"
    return PdfxSettings(version="X-4", profile=icc, output_condition="ISO Coated v2 300% (basICColor)",
                        registry="http://www.color.org", title=title,
                        date=datetime(2000, 1, 1, tzinfo=timezone.utc))


def _rel(root: Path, path: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)


def _kept_outputs(path: Path, root: Path, rebuilt: set[tuple]) -> list[dict]:
    """Outputs of an earlier build that this one did not redo (another --lang, the print edition) and that
    are still on disk: a partial build must not make the manifest forget them."""
    try:
        old = json.loads(path.read_text(encoding="utf-8")).get("outputs", [])
    except (OSError, ValueError, AttributeError):
        return []
    return [o for o in old if isinstance(o, dict) and (o.get("language"), o.get("kind")) not in rebuilt
            and (root / str(o.get("path", ""))).is_file()]


def write_manifest(out_dir: Path, book: m.Book, outputs: list[Output], report: Report) -> Path:
    path = out_dir / "manifest.json"
    rebuilt = {(o.language, o.kind) for o in outputs}
    merged = _kept_outputs(path, book.root, rebuilt) + [o.to_json() for o in outputs]
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
    atomic_write(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return path
