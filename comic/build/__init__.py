"""The build: scripts → model → layout → lettering → render, for every language, plus the manifest.

Layout and the art layer are computed once per edition kind and shared by every language; lettering and
drawing run per language, in parallel worker processes when there are several, and lettered pages are
cached by everything they depend on, so a rebuild after one edit letters one page of one language.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from comic import model as m
from comic.build.edition import Edition, Plan, build_edition, letter_edition
from comic.build.lettering_cache import LetteringCache
from comic.build.manifest import Output, rel, write_manifest
from comic.build.paths import assets_dir, slug
from comic.build.texts import EditionTexts
from comic.diagnostics import Pos, Report
from comic.script import load_book

__all__ = ["build_project", "check_project", "page_numbers", "BuildResult", "Output", "EditionTexts",
           "assets_dir", "slug"]


@dataclass
class BuildResult:
    outputs: list[Output] = field(default_factory=list)
    book: m.Book | None = None
    binding: object | None = None      # comic.layout.binding.BindingPlan


def page_numbers(book: m.Book) -> dict[str, int]:
    return {page.id: i + 1 for i, page in enumerate(book.pages)}


def _languages(book: m.Book, wanted: Iterable[str] | None, report: Report) -> list[str]:
    if not wanted:
        return list(book.languages)
    out = []
    for lang in wanted:
        if lang not in book.languages:
            report.error("unknown-language", f"--lang {lang}: the book has no language '{lang}'",
                         hint=f"use one of {', '.join(book.languages)}, or add it with `comic i18n add {lang}`")
        elif lang not in out:
            out.append(lang)
    return out


def _fonts(book: m.Book):
    """The font stack (registered with ReportLab later, by each process that draws: registering reads
    every face, and the art process should not wait for it) and its key."""
    from comic.lettering.fonts import default_stack
    stack = default_stack(assets_dir(book.root, "fonts"))
    h = hashlib.sha256()
    for face in stack.faces():
        st = face.path.stat()
        h.update(f"{face.name}|{st.st_size}|{st.st_mtime_ns}".encode())
    return stack, h.hexdigest()[:16]


def _plan(book: m.Book, report: Report, out_dir: Path, kinds: list[str], *, strict: bool, proof: bool,
          previews: bool, draw: bool, cache: bool = True, booklet: bool = False, memory: bool = False) -> Plan:
    from comic import editions
    from comic.layout.binding import plan_binding, with_blank_pages
    from comic.layout.pages import layout_book
    binding = plan_binding(book, editions.of(book), report)
    book = with_blank_pages(book, binding)     # planned blank pages in every edition: one page numbering
    stack, fonts_key = _fonts(book)
    plan = Plan(book=book, root=book.root, out_dir=out_dir, name=slug(book.title.source), stack=stack,
                fonts_key=fonts_key, strict=strict, proof=proof, previews=previews, numbers=page_numbers(book),
                cache=LetteringCache(out_dir / ".cache" / "lettering" if cache else None, memory=memory),
                binding=binding, booklet=booklet)
    for kind in kinds:
        is_print = kind == "print"
        layouts = layout_book(book, report, bleed=is_print, strict=is_print, allow_missing=book.allow_missing_art)
        art_pdf, key, job = out_dir / ".cache" / "layers" / "none.pdf", "", None
        if draw and layouts:
            from comic.render.layer_key import art_layer_key
            art_cache = editions.art_cache(book)
            key = f"{art_layer_key(layouts, cmyk=is_print)}-{art_cache.settings_key(cmyk=is_print)}"
            art_pdf = out_dir / ".cache" / "layers" / f"art-{kind}-{key}.pdf"
            if not art_pdf.exists():
                from comic.build.art_job import ArtJob
                job = ArtJob(layouts, art_pdf, cmyk=is_print, cache=art_cache, stack=stack,
                             workers=default_workers())
        plan.editions[kind] = Edition(kind, layouts, art_pdf, key, job)
    stack.register()
    from comic.build.lettering_cache import remember_items
    remember_items(book)            # before the fork: every language's worker shares them
    return plan


def _art_errors(plan: Plan, report: Report) -> None:
    """What the art layers reported, once every language is done with them."""
    for edition in plan.editions.values():
        if edition.art_job is None:
            continue
        errors = edition.art_job.finish()
        if errors is None:
            report.error("art-layer", "the art layer could not be drawn (see the message above)",
                         hint="this is a bug in comic, not in your art; please report it")
            continue
        for path, message in errors:
            report.error("art-unreadable", message, Pos(rel(plan.book.root, path) if path else "panels/"),
                         hint="re-export the file from your drawing program (PNG, JPEG, TIFF, WebP, PSD or SVG)")


# ---------------------------------------------------------------- running jobs, in parallel when it pays

_PLAN: Plan | None = None


def _job(args: tuple[str, str, bool]):
    lang, kind, draw = args
    if draw:
        return lang, kind, build_edition(_PLAN, lang, kind)
    report = Report()
    letter_edition(_PLAN, lang, kind, report)
    return lang, kind, ([], report.items)


def _preload(jobs) -> None:
    """Import what every language worker needs before they fork, so they share it instead of each
    importing it again (the art process, already started, never needed it)."""
    import importlib
    names = ["comic.lettering.letter", "comic.render.pdf", "comic.render.content", "comic.render.lettering"]
    if any(draw for _, _, draw in jobs):
        names.append("comic.render.preview")
    for name in names:
        importlib.import_module(name)


def _run(plan: Plan, jobs: list[tuple[str, str, bool]], workers: int, progress: bool):
    global _PLAN
    from comic.build.progress import Progress
    _PLAN = plan
    bar = Progress(len(jobs), sum(len(plan.editions[kind].layouts) for _, kind, draw in jobs if draw),
                   progress and any(draw for _, _, draw in jobs))
    results = []
    try:
        if workers > 1 and len(jobs) > 1:
            import multiprocessing
            _preload(jobs)
            ctx = multiprocessing.get_context("fork")
            with ctx.Pool(min(workers, len(jobs))) as pool:
                running = pool.imap_unordered(_job, jobs)
                while True:
                    try:
                        res = running.next(timeout=0.1)
                    except multiprocessing.TimeoutError:
                        bar.show()               # pages drawn so far, while the languages are at work
                        continue
                    except StopIteration:
                        break
                    results.append(res)
                    bar.step(f"{res[0]} {res[1]}")
        else:
            for job in jobs:
                res = _job(job)
                results.append(res)
                bar.step(f"{res[0]} {res[1]}")
    finally:
        bar.close()
    _PLAN = None
    order = {job[:2]: i for i, job in enumerate(jobs)}
    results.sort(key=lambda r: order[(r[0], r[1])])
    return results


def default_workers() -> int:
    env = os.environ.get("COMIC_JOBS")
    if env and env.isdigit():
        return max(1, int(env))
    return max(1, min(os.cpu_count() or 1, 4))


# ---------------------------------------------------------------- the two entry points

def check_project(root: Path, report: Report, *, languages: list[str] | None = None, strict: bool = False,
                  workers: int | None = None) -> m.Book | None:
    """Everything `comic check` reports: the scripts, the story graph, and the lettering of each language."""
    book = load_book(Path(root), report)
    if book is None or not report.ok:
        return book
    langs = _languages(book, languages, report)
    from comic.checks.story import check_story
    check_story(book, report)
    if not report.ok:
        return book
    kind = "print" if strict else "screen"
    plan = _plan(book, report, Path(root) / "build", [kind], strict=strict, proof=False, previews=False, draw=False)
    for _, _, (_, diagnostics) in _run(plan, [(lang, kind, False) for lang in langs],
                                       workers or default_workers(), progress=False):
        report.extend(diagnostics)
    return book


def build_project(root: Path, report: Report, *, languages: list[str] | None = None, print_: bool = False,
                  screen: bool = True, strict: bool = False, proof: bool = False, previews: bool = True,
                  out_dir: Path | None = None, workers: int | None = None, progress: bool = False,
                  booklet: bool = False, keep_in_memory: bool = False) -> BuildResult:
    root = Path(root).resolve()     # cache keys hold paths: `-C .` and the same folder spelled out are one project
    out_dir = Path(out_dir) if out_dir else root / "build"
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
    kinds = (["screen"] if screen or not print_ else []) + (["print"] if print_ else [])
    if print_:
        from comic import editions
        if not editions.check(book, report):
            return result
    plan = _plan(book, report, out_dir, kinds, strict=strict, proof=proof, previews=previews, draw=True,
                 booklet=booklet, memory=keep_in_memory)
    result.binding = plan.binding
    if not report.ok:
        return result
    jobs = [(lang, kind, True) for kind in kinds for lang in langs]
    for _, _, (outputs, diagnostics) in _run(plan, jobs, workers or default_workers(), progress):
        result.outputs.extend(outputs)
        report.extend(diagnostics)
    _art_errors(plan, report)
    write_manifest(out_dir, book, result.outputs, report, binding=plan.binding.to_json())
    return result


# ---------------------------------------------------------------- what lettering adds to `comic i18n status`

_STATUS_PLANS: dict[int, tuple[m.Book, Plan]] = {}


def lettering_status(book: m.Book, lang: str) -> dict:
    """Per language: balloons that overflow, and the characters no font of the stack has (as U+XXXX)."""
    import re
    found = _STATUS_PLANS.get(id(book))
    if found is None or found[0] is not book:
        plan = _plan(book, Report(), book.root / "build", ["screen"], strict=False, proof=False, previews=False,
                     draw=False)
        _STATUS_PLANS.clear()
        _STATUS_PLANS[id(book)] = (book, plan)
    else:
        plan = found[1]
    report = Report()
    letter_edition(plan, lang, "screen", report)
    overflowing = sorted({d.item for d in report.items if d.code == "overflow" and d.item})
    chars = sorted({m_.group(1) for d in report.items if d.code == "missing-glyph"
                    for m_ in [re.search(r"\(U\+([0-9A-F]{4,6})\)", d.message)] if m_})
    return {"overflowing": len(overflowing), "missing_chars": [f"U+{c}" for c in chars]}
