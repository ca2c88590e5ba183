"""The translation workflow's steps: extract the template, merge it into every language, add a language.

Each step writes only what changed, so running it twice in a row changes nothing on disk.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from comic import model as m
from comic.diagnostics import Pos, Report
from comic.i18n import bookfile
from comic.i18n.po import (
    MergeResult,
    build_pot,
    header_date,
    merge,
    new_po,
    po_languages,
    po_path,
    pot_path,
    read_po,
    rel,
    render,
    stamp,
    write_if_changed,
)
from comic.i18n.units import Unit, collect


@dataclass
class Extracted:
    path: Path
    written: bool
    units: list[Unit]
    pot_date: str


@dataclass
class Updated:
    language: str
    path: Path
    written: bool
    created: bool = False
    merge: MergeResult | None = None


@dataclass
class Added:
    language: str
    po: Updated | None
    book_edit: bookfile.LanguageEdit | None
    notes: list[str] = field(default_factory=list)


def extract(book: m.Book, now: datetime | None = None) -> Extracted:
    """Refresh scripts/i18n/messages.pot. Its POT-Creation-Date only moves when the strings change."""
    units = collect(book)
    title = book.title.source
    path = pot_path(book.root)
    old = path.read_text(encoding="utf-8") if path.is_file() else None
    old_date = header_date(old, "POT-Creation-Date") if old else None
    if old is not None and old_date:
        text = render(build_pot(units, title, old_date))
        if text == old:
            return Extracted(path, False, units, old_date)
    date = stamp(now)
    write_if_changed(path, render(build_pot(units, title, date)))
    return Extracted(path, True, units, date)


def _targets(book: m.Book, report: Report) -> list[str]:
    """Languages to keep a PO for: the book's (source excepted) and any other PO already there."""
    wanted = [lang for lang in book.languages if lang != book.source_language]
    present = po_languages(book.root)
    for lang in present:
        if lang == book.source_language:
            report.warning("source-po", f"{rel(book.root, po_path(book.root, lang))} is for the source language "
                           "and is never used", Pos(rel(book.root, po_path(book.root, lang))),
                           hint="delete it; the source text comes from the scripts")
        elif lang not in book.languages:
            report.warning("po-not-built", f"{lang}.po exists but {lang} is not in the book's languages, so it is "
                           "not built", Pos(book.file), hint=f"run `comic i18n add {lang}` or add it to `languages:`")
    return list(dict.fromkeys(wanted + [lang for lang in present if lang != book.source_language]))


def update_language(book: m.Book, lang: str, extracted: Extracted, report: Report,
                    now: datetime | None = None) -> Updated | None:
    path = po_path(book.root, lang)
    title = book.title.source
    if not path.is_file():
        po = new_po(extracted.units, lang, title, extracted.pot_date, stamp(now))
        write_if_changed(path, render(po))
        result = MergeResult(po, new=[u.key for u in extracted.units],
                             inline=[u.key for u in extracted.units if u.inline.get(lang)])
        return Updated(lang, path, True, created=True, merge=result)
    old = read_po(path, report, rel(book.root, path))
    if old is None:
        return None
    result = merge(old, extracted.units, lang, title, extracted.pot_date)
    written = write_if_changed(path, render(result.po))
    return Updated(lang, path, written, merge=result)


def update(book: m.Book, report: Report, now: datetime | None = None,
           languages: list[str] | None = None) -> tuple[Extracted, list[Updated]]:
    """Extract, then merge into every PO (creating those the book lists but lacks)."""
    extracted = extract(book, now)
    out = []
    for lang in languages or _targets(book, report):
        done = update_language(book, lang, extracted, report, now)
        if done is not None:
            out.append(done)
    return extracted, out


def add(book: m.Book, lang: str, report: Report, now: datetime | None = None) -> Added:
    """A new PO for lang (holding the scripts' inline translations) and lang in book.yaml's languages."""
    added = Added(lang, None, None)
    extracted = extract(book, now)
    path = po_path(book.root, lang)
    if path.is_file():
        added.notes.append(f"{rel(book.root, path)} already exists: merged the current strings into it")
    added.po = update_language(book, lang, extracted, report, now)
    if lang not in book.languages:
        added.book_edit = bookfile.add_language(book.root / book.file, lang, book.source_language)
    return added
