"""One edition of one language: letter its pages, draw them over the shared art layer, finish the file.

Runs in the main process or in a forked worker; everything it needs is in a `Plan` made before the fork,
and everything it produces comes back as outputs and diagnostics.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from pathlib import Path

from comic import __version__
from comic import model as m
from comic.build.lettering_cache import (
    LetteringCache,
    PageStore,
    drawn_cached,
    letter_cached,
    page_key,
)
from comic.build.manifest import Output, output, previous_outputs, rel
from comic.build.texts import EditionTexts
from comic.diagnostics import Report
from comic.layout.boxes import PageLayout


@dataclass
class Edition:
    kind: str                      # screen | print
    layouts: list[PageLayout]
    art_pdf: Path
    art_key: str
    art_job: object | None = None  # comic.build.art_job.ArtJob while the art layer is being drawn

    def art_ready(self) -> bool:
        return self.art_job is None or self.art_job.wait()


@dataclass
class Plan:
    book: m.Book
    root: Path
    out_dir: Path
    name: str                      # file name stem, e.g. "disrupt"
    stack: object                  # FontStack, fonts registered
    fonts_key: str
    editions: dict[str, Edition] = field(default_factory=dict)
    strict: bool = False
    proof: bool = False
    previews: bool = True
    numbers: dict[str, int] = field(default_factory=dict)
    cache: LetteringCache | None = None
    binding: object | None = None  # comic.layout.binding.BindingPlan
    booklet: bool = False          # also impose the screen PDF as an A4 booklet


def edition_keys(plan: Plan, lang: str, kind: str, report: Report):
    """(catalog, texts, page keys, edition key): what decides whether anything must be lettered or drawn."""
    from comic.i18n.catalog import Catalog
    strict = plan.strict and kind == "print"
    catalog = Catalog.load(plan.book, lang, report, strict=strict, summarize=not strict)
    texts = EditionTexts(catalog, lang, plan.numbers)
    edition = plan.editions[kind]
    keys = [page_key(plan.book, layout, texts, plan.fonts_key) for layout in edition.layouts]
    from comic import editions
    h = hashlib.sha256(repr((__version__, lang, kind, plan.strict, plan.proof, plan.previews, edition.art_key,
                             plan.name, editions.of(plan.book).key(), plan.binding, plan.booklet)).encode())
    for key in keys:
        h.update(key.encode())
    return catalog, texts, keys, h.hexdigest()[:32]


def letter_edition(plan: Plan, lang: str, kind: str, report: Report) -> None:
    """Everything lettering one language reports (overflow, missing glyphs, placement), through the cache."""
    _, texts, keys, _ = edition_keys(plan, lang, kind, report)
    store = plan.cache.pages(lang, kind)
    for layout, key in zip(plan.editions[kind].layouts, keys):
        letter_cached(plan.book, layout, texts, plan.stack, report, store, key)
    store.save()


def _kinds_made(kind: str, plan: Plan) -> set[str]:
    if kind == "print":
        return {"print"} | ({"cover"} if plan.binding is not None and plan.binding.cover_pages else set())
    return {"screen"} | ({"preview", "contact-sheet"} if plan.previews else set()) | (
        {"proof", "proof-script"} if plan.proof else set()) | ({"booklet"} if plan.booklet else set())


def build_edition(plan: Plan, lang: str, kind: str) -> tuple[list[Output], list]:
    """Returns (outputs, diagnostics). Letters and draws nothing when nothing this edition depends on
    changed; otherwise letters the pages that changed and draws the edition."""
    report = Report()
    catalog, texts, keys, key = edition_keys(plan, lang, kind, report)
    if not report.ok:           # e.g. missing translations in a strict print build: keep the last good file
        return [], report.items
    edition = plan.editions[kind]
    stamp = plan.out_dir / ".cache" / "editions" / f"{lang}-{kind}.json"
    made = _kinds_made(kind, plan)
    before = _read_stamp(stamp)
    store = plan.cache.pages(lang, kind)
    try:                        # what was lettered stays lettered, even when the art layer failed
        if before.get("key") == key:
            old = [o for o in previous_outputs(plan.out_dir) if o.get("language") == lang and o.get("kind") in made]
            diags = [store.diagnostics(k) for k in keys]
            if ({o["kind"] for o in old} == made and all((plan.root / o["path"]).is_file() for o in old)
                    and all(d is not None for d in diags)):
                for d in diags:
                    report.extend(d)
                return [Output(o["language"], o["kind"], o["path"], o.get("pages"), o.get("sha256", ""))
                        for o in old], report.items
        pages = _DrawnPages(plan, texts, report, edition.layouts, keys, store)
        page_keys = [k + edition.art_key for k in keys]
        old_keys = before.get("pages") or []
        changed = {i + 1 for i, k in enumerate(page_keys) if i >= len(old_keys) or old_keys[i] != k}
        outputs = _draw(plan, lang, kind, catalog, pages, report, changed)
    finally:
        store.save()
    if outputs is None:         # the art layer failed: the build reports why; nothing written, nothing stamped
        return [], report.items
    if report.ok:
        import json

        from comic.atomic import atomic_write
        atomic_write(stamp, json.dumps({"key": key, "pages": page_keys}))
    return outputs, report.items


class _DrawnPages:
    """The edition's pages, each lettered and drawn (or taken from the cache) as the document is assembled;
    only the drawn bytes are kept. `drawn(opts)` again gives them drawn another way (the proof)."""

    def __init__(self, plan: Plan, texts: EditionTexts, report: Report, layouts, keys, store: PageStore):
        self.plan, self.texts, self.report, self.layouts, self.keys = plan, texts, report, layouts, keys
        self.store = store
        self.overflowing: set[str] = set()
        self._reported = False

    def drawn(self, opts):
        from comic.build.progress import page_done
        p = self.plan
        report = self.report if not self._reported else Report()   # diagnostics once, not per pass
        first = not self._reported
        for layout, key in zip(self.layouts, self.keys):
            page = drawn_cached(p.book, layout, self.texts, p.stack, report, self.store, key, opts)
            self.overflowing.update(page.overflowing)
            if first:
                page_done()
            yield layout, page
        self._reported = True


def _read_stamp(path: Path) -> dict:
    import json
    try:
        data = json.loads(path.read_text())
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _draw(plan: Plan, lang: str, kind: str, catalog, pages: _DrawnPages, report: Report,
          changed: set[int]) -> list[Output] | None:
    from comic.render.pdf import RenderOptions, render_pdf
    book, root, edition = plan.book, plan.root, plan.editions[kind]
    is_print = kind == "print"
    pdf = plan.out_dir / lang / f"{plan.name}-{lang}{'-print' if is_print else ''}.pdf"
    title = catalog.meta("book:title")
    opts = RenderOptions(
        language=lang, title=title, cmyk=is_print, marks=is_print, outline=not is_print, links=not is_print,
        slug=f"{pdf.name} · {lang}" if is_print and _slug(book) else None,
        scene_titles=tuple((s.pages[0].id, catalog.meta(f"scene:{s.id}:title") if s.title else s.id)
                           for s in book.scenes if s.pages),
    )
    if is_print:
        from comic import editions
        from comic.render.covers import finish_print
        from comic.render.pdfx import PdfxError
        raw = pdf.with_name(f".{pdf.name}.raw.tmp")
        drawn = list(pages.drawn(opts))             # lettered while the art layer is still being drawn
        if not edition.art_ready():
            return None
        settings = editions.pdfx_settings(book, title)
        covers = plan.binding.cover_pages if plan.binding is not None else ()
        try:
            if covers:              # split first, then each file finished on its own
                render_pdf(drawn, raw, opts, art_pdf=edition.art_pdf)
                files = finish_print(raw, pdf, settings, covers)
            else:                   # PDF/X as the edition is written: one pass over a file of full-size art
                from comic.build.art_job import layer_digest
                from comic.render.covers import FinishedFile
                from comic.render.pdfx import finish_in_place
                seed = hashlib.sha256(layer_digest(edition.art_pdf).encode())
                for _, d in drawn:
                    seed.update(d.content)
                count = render_pdf(drawn, pdf, opts, art_pdf=edition.art_pdf,
                                   finish=lambda doc: finish_in_place(doc, settings, seed.digest(), name=pdf.name))
                files = [FinishedFile("print", pdf, count)]
        except PdfxError as e:
            options = editions.of(book)
            x1a = options.standard == "X-1a" and "transparency" in str(e)
            report.error("pdfx", str(e), options.where.get("standard") if x1a else None, language=lang,
                         hint="PDF/X-1a allows no transparency: use `print: {standard: X-4}` or art without opacity"
                         if x1a else "this is a bug in comic's print output; please report it")
            return []
        finally:
            raw.unlink(missing_ok=True)
        return [output(root, lang, f.kind, f.path, f.pages) for f in files]
    drawn = list(pages.drawn(opts))                 # lettered while the art layer is still being drawn
    if not edition.art_ready():
        return None
    count = render_pdf(drawn, pdf, opts, art_pdf=edition.art_pdf)
    outputs = [output(root, lang, "screen", pdf, count)]
    if plan.booklet:
        from comic.render.booklet import impose_booklet
        sheet = pdf.with_name(f"{plan.name}-{lang}-booklet.pdf")
        outputs.append(output(root, lang, "booklet", sheet, impose_booklet(pdf, sheet)))
    if plan.proof:
        outputs += _proof(plan, lang, catalog, pages, opts, edition)
    if plan.previews:
        from comic.render.preview import contact_sheet, write_previews
        pngs = write_previews(pdf, plan.out_dir / lang / "preview", only=changed)
        outputs += [output(root, lang, "preview", png, 1) for png in pngs]
        sheet = contact_sheet(pngs, plan.out_dir / lang / f"{plan.name}-{lang}-contact.jpg",
                              remember=plan.cache is not None and plan.cache.remembers)
        outputs.append(output(root, lang, "contact-sheet", sheet, len(pngs)))
    return outputs


def _slug(book: m.Book) -> bool:
    from comic import editions
    return editions.of(book).slug


def _proof(plan: Plan, lang: str, catalog, pages, opts, edition: Edition) -> list[Output]:
    """The translator's proof (balloon ids, overflow highlighted) and the side-by-side script."""
    from comic.i18n.catalog import book_units
    from comic.render.pdf import render_pdf
    from comic.render.script_pdf import ScriptRow, write_script_pdf
    pdf = plan.out_dir / lang / f"{plan.name}-{lang}-proof.pdf"
    count = render_pdf(pages.drawn(replace(opts, proof=True)), pdf, replace(opts, proof=True), art_pdf=edition.art_pdf)
    overflow = pages.overflowing
    rows = [ScriptRow(u.key, u.source, catalog._texts.get(u.key, u.source), u.comments,
                      catalog.states.get(u.key, "missing"), bool(u.item and u.item in overflow))
            for u in book_units(plan.book)]
    script = plan.out_dir / lang / f"{plan.name}-{lang}-script.pdf"
    write_script_pdf(rows, script, stack=plan.stack, title=plan.book.title.source,
                     source_lang=plan.book.source_language, lang=lang)
    return [output(plan.root, lang, "proof", pdf, count), output(plan.root, lang, "proof-script", script, None)]


__all__ = ["Plan", "Edition", "build_edition", "letter_edition", "rel"]
