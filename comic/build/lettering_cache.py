"""Lettered pages remembered by everything they depend on, so a rebuild letters only what changed.

A page's key covers its geometry, each item's script values and its text in the language, the speakers'
names, the page numbers choices print, the house style, the fonts and the toolkit version, and where each
item is written: diagnostics the page produced are stored with it (a cached page still reports its
overflow), and they must cite the right line.
"""

from __future__ import annotations

import dataclasses
import hashlib
import pickle
from pathlib import Path

from comic import __version__
from comic import model as m
from comic.build.texts import EditionTexts
from comic.diagnostics import Diagnostic, Report
from comic.layout.boxes import PageLayout
from comic.lettering.types import LetteredPage

_MEMORY: dict[str, tuple[LetteredPage, list[Diagnostic]]] = {}


def _code_fingerprint() -> str:
    """The lettering code itself is an input: a changed fitting rule must not reuse pages lettered before."""
    h = hashlib.sha256()
    base = Path(__file__).resolve().parent.parent
    for path in sorted((base / "lettering").glob("*.py")) + [base / "i18n" / "typography.py"]:
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


CODE = _code_fingerprint()


def _item_key(item: m.Item, texts: EditionTexts, book: m.Book) -> tuple:
    plain = dataclasses.replace(item, text=None, options=())   # positions kept: cached diagnostics cite them
    speaker = book.characters.get(item.by) if item.by else None
    return (repr(plain), texts.item(item), tuple(texts.option(item, o) for o in item.options),
            tuple(o.goto for o in item.options), texts.name(speaker) if speaker else None)


def page_key(book: m.Book, layout: PageLayout, texts: EditionTexts, fonts: str) -> str:
    h = hashlib.sha256()
    h.update(repr((__version__, CODE, texts.language, fonts, book.lettering, book.balloons, layout.number,
                   layout.boxes, tuple(sorted(texts.numbers.items())))).encode())
    for box in layout.panels:
        h.update(repr((box.panel.key, box.frame, box.bounds, box.panel.keep_clear)).encode())
        for item in box.panel.items:
            h.update(repr(_item_key(item, texts, book)).encode())
    return h.hexdigest()[:32]


class LetteringCache:
    """On disk under build/.cache/lettering for separate runs; also in memory for `comic watch`, whose one
    process rebuilds again and again (a one-off build keeps nothing: memory stays flat with page count)."""

    def __init__(self, folder: Path | None, memory: bool = False):
        self.folder = folder
        self.memory: dict = _MEMORY if memory else {}

    def _load(self, path: Path):
        try:
            with open(path, "rb") as f:
                return pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError):
            return None

    def diagnostics(self, key: str) -> list[Diagnostic] | None:
        """What lettering the page reported, without loading the page itself (a few hundred bytes)."""
        if key in self.memory:
            return self.memory[key][1]
        return None if self.folder is None else self._load(self.folder / f"{key}.diag")

    def get(self, key: str) -> tuple[LetteredPage, list[Diagnostic]] | None:
        if key in self.memory:
            return self.memory[key]
        if self.folder is None:
            return None
        page, diags = self._load(self.folder / f"{key}.page"), self._load(self.folder / f"{key}.diag")
        if page is None or diags is None:
            return None
        self._remember(key, (page, diags))
        return page, diags

    def _remember(self, key: str, entry) -> None:
        if self.memory is _MEMORY:
            self.memory[key] = entry

    def put(self, key: str, page: LetteredPage, diagnostics: list[Diagnostic]) -> None:
        self._remember(key, (page, diagnostics))
        if self.folder is None:
            return
        from comic.atomic import atomic_write
        try:
            atomic_write(self.folder / f"{key}.page", pickle.dumps(page, protocol=5))
            atomic_write(self.folder / f"{key}.diag", pickle.dumps(diagnostics, protocol=5))
        except OSError:
            pass   # a cache that cannot be written only costs time


def letter_cached(book: m.Book, layout: PageLayout, texts: EditionTexts, stack, report: Report,
                  cache: LetteringCache, key: str) -> LetteredPage:
    from comic.lettering.letter import letter_page
    found = cache.get(key)
    if found is not None:
        page, diagnostics = found
        report.extend(diagnostics)
        return page
    own = Report()
    page = letter_page(book, layout, texts.language, texts.item, stack, own, texts.numbers,
                       option_of=texts.option, name_of=texts.name)
    report.extend(own.items)
    cache.put(key, page, list(own.items))
    return page
