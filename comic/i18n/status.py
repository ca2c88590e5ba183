"""How far each language is: counted against the scripts as they are now, not against a possibly stale PO.

Lettering knows more (balloons that overflow, characters the fonts lack); it plugs in through
`register_extra_status` so this module never imports it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from comic import model as m
from comic.diagnostics import Report
from comic.i18n.catalog import (
    FUZZY,
    INLINE,
    MISSING,
    PO,
    STALE,
    book_units,
    po_entries,
    resolve,
)
from comic.i18n.po import language_name, po_languages, po_path, rel

ExtraStatus = Callable[[m.Book, str], dict[str, Any]]
_extra: ExtraStatus | None = None


def register_extra_status(fn: ExtraStatus | None) -> None:
    """Let a later stage add per-language figures, e.g. {"overflowing": 3, "missing_glyphs": "ħ"}."""
    global _extra
    _extra = fn


@dataclass
class LanguageStatus:
    language: str
    name: str
    file: str | None
    total: int
    translated: int           # from the PO or inline in the scripts
    inline: int               # of which inline in the scripts
    fuzzy: int                # fuzzy, or made for an older source text (run `comic i18n update`)
    missing: int
    in_book: bool
    extra: dict[str, Any] = field(default_factory=dict)
    fuzzy_keys: list[str] = field(default_factory=list)
    missing_keys: list[str] = field(default_factory=list)

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0

    @property
    def complete(self) -> bool:
        return self.translated == self.total

    def to_json(self) -> dict[str, Any]:
        d = {"language": self.language, "name": self.name, "file": self.file, "in_book": self.in_book,
             "total": self.total, "translated": self.translated, "inline": self.inline, "fuzzy": self.fuzzy,
             "missing": self.missing, "percent": round(self.percent, 1),
             "fuzzy_keys": self.fuzzy_keys, "missing_keys": self.missing_keys}
        d.update(self.extra)
        return d


def status_languages(book: m.Book) -> list[str]:
    langs = [lang for lang in book.languages if lang != book.source_language]
    return langs + [lang for lang in po_languages(book.root) if lang not in langs and lang != book.source_language]


def language_status(book: m.Book, lang: str, report: Report, extra: ExtraStatus | None = None) -> LanguageStatus:
    units = book_units(book)
    path = po_path(book.root, lang)
    entries = po_entries(path, report, rel(book.root, path)) or {}
    counts = {PO: 0, INLINE: 0, FUZZY: 0, STALE: 0, MISSING: 0}
    st = LanguageStatus(lang, language_name(lang), rel(book.root, path) if path.is_file() else None,
                        len(units), 0, 0, 0, 0, lang in book.languages)
    for unit in units:
        state, _ = resolve(unit, entries.get(unit.key), lang)
        counts[state] += 1
        if state in (FUZZY, STALE):
            st.fuzzy_keys.append(unit.key)
        elif state == MISSING:
            st.missing_keys.append(unit.key)
    st.translated = counts[PO] + counts[INLINE]
    st.inline = counts[INLINE]
    st.fuzzy = counts[FUZZY] + counts[STALE]
    st.missing = counts[MISSING]
    hook = extra if extra is not None else _extra
    if hook is not None:
        st.extra = dict(hook(book, lang) or {})
    return st


def book_status(book: m.Book, report: Report, languages: list[str] | None = None,
                extra: ExtraStatus | None = None) -> list[LanguageStatus]:
    return [language_status(book, lang, report, extra) for lang in (languages or status_languages(book))]


def format_table(book: m.Book, rows: list[LanguageStatus]) -> str:
    total = len(book_units(book))
    out = [f"{book.title.source}: {total} strings to translate (source language: {book.source_language})"]
    extra_keys = list(dict.fromkeys(k for row in rows for k in row.extra))
    head = ["language", "translated", "", "fuzzy", "missing"] + extra_keys + ["file"]
    table = [head]
    for row in rows:
        name = f"{row.language} {row.name}" + ("" if row.in_book else " (not in book.yaml)")
        cells = [name, f"{row.translated}/{row.total}", f"{row.percent:.0f}%", str(row.fuzzy), str(row.missing)]
        cells += [_cell(row.extra.get(k)) for k in extra_keys]
        cells.append(row.file or "(no PO file)")
        table.append(cells)
    widths = [max(len(r[i]) for r in table) for i in range(len(head))]
    for r in table:
        out.append("  ".join(c.ljust(w) if i in (0, len(head) - 1) else c.rjust(w)
                             for i, (c, w) in enumerate(zip(r, widths))).rstrip())
    if any(row.fuzzy for row in rows):
        out.append("fuzzy: the source changed since it was translated — review and clear the fuzzy flag")
    if not rows:
        out.append("no languages besides the source: run `comic i18n add LANG`")
    return "\n".join(out)


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, (list, tuple, set)):
        return " ".join(str(v) for v in value) if value else "0"
    return str(value)
