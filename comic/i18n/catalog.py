"""The texts a build letters in one language, with every gap reported where the writer can find it.

Lookup order per string: the PO translation (unless fuzzy or made for an older source text), then an
inline translation in the script, then the source text. Falling back is never silent: a draft build warns,
a strict (release) build fails, so a book never ships with English balloons by accident.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from pathlib import Path

from comic import model as m
from comic.diagnostics import Pos, Report, Severity
from comic.i18n.po import language_name, po_path, read_po, rel
from comic.i18n.units import Unit, collect, is_meta_key, option_key
from comic.script.refs import page_refs

# States of one string in one language.
PO, INLINE, FUZZY, STALE, MISSING = "po", "inline", "fuzzy", "stale", "missing"


@dataclass(frozen=True)
class Entry:
    """What a PO file says about one key."""

    msgid: str
    msgstr: str
    fuzzy: bool


def resolve(unit: Unit, entry: Entry | None, lang: str) -> tuple[str, str]:
    """(state, text to letter) for one string."""
    if entry is not None and entry.msgstr and not entry.fuzzy and entry.msgid == unit.source:
        return PO, entry.msgstr
    inline = unit.inline.get(lang)
    if inline:
        return INLINE, inline
    if entry is not None and entry.msgstr:
        return (FUZZY if entry.fuzzy else STALE), unit.source
    return MISSING, unit.source


def _check_markup(unit: Unit, text: str, display: str, report: Report, where: dict) -> None:
    """Markup a translation must carry over: paired emphasis marks, the same page references."""
    if text.count("*") % 2 and not unit.source.count("*") % 2:
        report.warning("translation-markup", f"the translation of '{unit.key}' has an unpaired * (emphasis mark)",
                       hint=f"put * on both sides of the emphasised words in {display}, or remove it", **where)
    if sorted(page_refs(text)) != sorted(page_refs(unit.source)):
        want = " ".join(f"{{page:{ref}}}" for ref in page_refs(unit.source)) or "none"
        report.warning("translation-markup",
                       f"the translation of '{unit.key}' does not keep the source's page references ({want})",
                       hint=f"copy each {{page:…}} from the source unchanged into the translation in {display}",
                       **where)


# ---------------------------------------------------------------- caches: parse each file once

_UNITS: dict[int, tuple[weakref.ref, list[Unit]]] = {}
_ENTRIES: dict[tuple[str, int, int], dict[str, Entry]] = {}


def book_units(book: m.Book) -> list[Unit]:
    """The book's strings, collected once per book object (a build loads one catalogue per language)."""
    key = id(book)
    cached = _UNITS.get(key)
    if cached is not None and cached[0]() is book:
        return cached[1]
    units = collect(book)
    _UNITS[key] = (weakref.ref(book, lambda _r, k=key: _UNITS.pop(k, None)), units)
    return units


def po_entries(path: Path, report: Report, display: str) -> dict[str, Entry] | None:
    """msgctxt → entry for a PO file, parsed once per file version; None if it is missing or broken."""
    try:
        st = path.stat()
    except OSError:
        return None
    key = (str(path.resolve()), st.st_mtime_ns, st.st_size)
    if key in _ENTRIES:
        return _ENTRIES[key]
    po = read_po(path, report, display)
    if po is None:
        return None
    entries: dict[str, Entry] = {}
    for e in po:
        if not e.obsolete and e.msgctxt is not None and e.msgctxt not in entries:
            entries[e.msgctxt] = Entry(e.msgid, e.msgstr, e.fuzzy)
    if len(_ENTRIES) > 64:
        _ENTRIES.clear()
    _ENTRIES[key] = entries
    return entries


# ---------------------------------------------------------------- the catalogue

class Catalog:
    """Translated texts of one book in one language; build it with `Catalog.load`."""

    def __init__(self, book: m.Book, language: str, texts: dict[str, str], states: dict[str, str],
                 strict: bool = False):
        self.book = book
        self.language = language
        self.strict = strict
        self._texts = texts
        self.states = states          # key -> po | inline | fuzzy | stale | missing

    @classmethod
    def load(cls, book: m.Book, lang: str, report: Report, *, strict: bool = False,
             summarize: bool = False) -> "Catalog":
        """Read scripts/i18n/<lang>.po (if any) and report every string that falls back to the source.

        Each gap is a warning (an error when strict). With summarize=True a draft build gets one warning per
        language instead and the per-string diagnostics become info: a book not yet translated into five
        languages would otherwise print a thousand lines. Strict builds always list every string."""
        units = book_units(book)
        if lang == book.source_language:
            return cls(book, lang, {u.key: u.source for u in units}, {u.key: PO for u in units}, strict)
        path = po_path(book.root, lang)
        display = rel(book.root, path)
        entries = po_entries(path, report, display)
        has_po = path.is_file()
        entries = entries or {}
        texts: dict[str, str] = {}
        states: dict[str, str] = {}
        source_name = language_name(book.source_language)
        missing_sev = Severity.ERROR if strict else Severity.INFO if summarize else Severity.WARNING
        for unit in units:
            state, text = resolve(unit, entries.get(unit.key), lang)
            texts[unit.key], states[unit.key] = text, state
            where = dict(pos=unit.pos, language=lang, item=unit.item or unit.key, page=unit.page, panel=unit.panel)
            if state == MISSING:
                hint = (f"translate msgctxt \"{unit.key}\" in {display}" if has_po and unit.key in entries else
                        f"run `comic i18n update`, then translate msgctxt \"{unit.key}\" in {display}" if has_po else
                        f"run `comic i18n add {lang}` and translate {display}")
                report.add(missing_sev, "untranslated",
                           f"'{unit.key}' has no {language_name(lang)} translation; the {source_name} text is used",
                           hint=hint, **where)
            elif state == FUZZY:
                report.add(missing_sev, "fuzzy-translation",
                           f"the translation of '{unit.key}' is marked fuzzy (its source changed), so the "
                           f"{source_name} text is used",
                           hint=f"review it in {display} against the new source and clear the fuzzy flag "
                                "(Poedit: untick “Needs work”)", **where)
            elif state == STALE:
                report.add(missing_sev, "outdated-translation",
                           f"the translation of '{unit.key}' in {display} was made for an older source text; the "
                           f"{source_name} text is used",
                           hint="run `comic i18n update`, then review the entries it marks fuzzy", **where)
            else:
                _check_markup(unit, text, display, report, where)
        gaps = sum(1 for state in states.values() if state in (MISSING, FUZZY, STALE))
        if gaps and summarize and not strict:
            report.warning("untranslated",
                           f"{gaps} of {len(units)} strings have no usable {language_name(lang)} translation; the "
                           f"{source_name} text is used", pos=Pos(display) if has_po else Pos(book.file),
                           language=lang, hint=f"`comic i18n status {lang}` lists them; translate them in {display}")
        return cls(book, lang, texts, states, strict)

    # -- lookups used by lettering and rendering

    def text(self, item: m.Item) -> str:
        """An item's text (a choice's question) in this language."""
        found = self._texts.get(item.id)
        if found is not None:
            return found
        # Not offered for translation (sfx with translate: false) or empty: the script decides.
        return item.text.get(self.language) or item.text.source

    def option(self, item: m.Item, option: m.ChoiceOption) -> str:
        found = self._texts.get(option_key(item.id, option.id))
        return found if found is not None else (option.text.get(self.language) or option.text.source)

    def name(self, character: m.Character) -> str:
        found = self._texts.get(f"character:{character.id}")
        return found if found is not None else (character.name.get(self.language) or character.name.source)

    def meta(self, key: str) -> str:
        """'book:title', 'book:subtitle', 'book:credits', 'scene:<id>:title' or 'page:<id>:title';
        an empty string when the script has no such text."""
        if not is_meta_key(key):
            raise KeyError(key)
        return self._texts.get(key, "")

    # -- summaries

    @property
    def complete(self) -> bool:
        return all(state in (PO, INLINE) for state in self.states.values())

    def counts(self) -> dict[str, int]:
        out = {PO: 0, INLINE: 0, FUZZY: 0, STALE: 0, MISSING: 0}
        for state in self.states.values():
            out[state] += 1
        return out
